/** The whole build as `npm run build` runs it: pipeline, Astro, Pagefind. */
import { execFileSync } from 'node:child_process';
import { test } from 'vitest';

test('site build', { timeout: 600_000 }, async ({ bench }) => {
  await bench('npm run build', () => void execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'ignore' })).run({
    iterations: 1,
    time: 0,
    warmupIterations: 0,
  });
});
