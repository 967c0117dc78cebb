import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { readCorpus, type SourceText } from '../../../scripts/ingest/read-corpus.ts';

/** A format fixture read as the one document of a corpus (as `mouxian-2024.<ext>`), with no message. */
export async function readFixture(name: string, format: string): Promise<SourceText> {
  const dir = join(mkdtempSync(join(tmpdir(), `${name}-`)), 'corpus');
  mkdirSync(dir);
  copyFileSync(`test/fixtures/formats/${name}.${format}`, join(dir, `mouxian-2024.${format}`));
  const read = await readCorpus(dir);
  expect(read.messages).toEqual([]);
  return read.sources[0];
}
