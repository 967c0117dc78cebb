/**
 * The pretest step: bring what the tests need onto the machine. Missing packages are installed
 * with apt-get where that is allowed (root); otherwise one line says what to install.
 */
import { execFileSync } from 'node:child_process';
import { canInstall, installAdvice, missingRequirements } from './requirements.ts';

const missing = missingRequirements();
if (missing.length && canInstall()) {
  const names = missing.map((r) => r.package);
  console.log(`Installing ${names.join(' ')} with apt-get (needed by the tests)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...names], { stdio: ['ignore', 'ignore', 'inherit'], env });
}
const stillMissing = missing.length ? missingRequirements(missing) : [];
if (stillMissing.length) {
  console.error(installAdvice(stillMissing));
  process.exit(1);
}
