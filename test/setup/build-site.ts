/**
 * Vitest global setup: build the whole site (pipeline → Astro → Pagefind) once
 * before the end-to-end and browser suites read `dist/`.
 * Set SKIP_SITE_BUILD=1 to reuse an existing `dist/` while iterating.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export default function setup() {
  if (process.env.SKIP_SITE_BUILD === '1' && existsSync('dist/index.html')) return;
  execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
}
