import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { readCorpus, type SourceText } from '../../../scripts/ingest/read-corpus.ts';

/** A file's bytes read as the one document of a corpus (as `mouxian-2024.<ext>`), with no message. */
export async function readAsCorpus(bytes: Uint8Array, format: string): Promise<SourceText> {
  const dir = join(mkdtempSync(join(tmpdir(), 'fixture-corpus-')), 'corpus');
  mkdirSync(dir);
  writeFileSync(join(dir, `mouxian-2024.${format}`), bytes);
  const read = await readCorpus(dir);
  expect(read.messages).toEqual([]);
  return read.sources[0];
}

/** A format fixture read as the one document of a corpus. */
export const readFixture = (name: string, format: string): Promise<SourceText> => readAsCorpus(readFileSync(`test/fixtures/formats/${name}.${format}`), format);
