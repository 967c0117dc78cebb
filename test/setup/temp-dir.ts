/**
 * Vitest global setup: every test run writes its scratch directories (mkdtemp under tmpdir())
 * inside one directory of its own, removed when the run ends, so repeated runs leave nothing
 * behind. The test workers and the tools they start (pdftoppm, tesseract) inherit TMPDIR.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup() {
  const previous = process.env.TMPDIR;
  const runDir = mkdtempSync(join(tmpdir(), 'qianxian-tests-'));
  process.env.TMPDIR = runDir;
  return () => {
    rmSync(runDir, { recursive: true, force: true });
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
  };
}
