/**
 * Ingest speed per published format (`npm run bench`): one seed plan (襄垣, 10 pages) read from
 * its .txt, PDF, .docx, web page and OFD fixtures, and the two-page scan through OCR; and a corpus
 * of published files read on one thread against one per core.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCorpus } from '../../scripts/ingest/read-corpus.ts';
import { test } from 'vitest';
import { ingestFile } from '../../scripts/ingest/formats/index.ts';
import { scanSeed } from '../fixtures/formats/make.ts';

const read = (file: string) => {
  const bytes = new Uint8Array(readFileSync(file));
  const ext = file.slice(file.lastIndexOf('.'));
  return async () => void (await ingestFile(bytes, ext));
};

test('ingest, per format (one plan)', { timeout: 300_000 }, async ({ bench }) => {
  await bench.compare(
    bench('.txt', read(`corpus/${scanSeed}.txt`)),
    ...['pdf', 'docx', 'html', 'ofd'].map((ext) => bench(`.${ext}`, read(`test/fixtures/formats/${scanSeed}.${ext}`))),
    { iterations: 5, time: 0, warmupIterations: 1 },
  );
});

test('OCR: two scanned pages against the whole text-layer PDF', { timeout: 300_000 }, async ({ bench }) => {
  await bench.compare(
    bench('text-layer PDF, 10 pages', read(`test/fixtures/formats/${scanSeed}.pdf`)),
    bench('scan, 2 pages (OCR)', read(`test/fixtures/formats/${scanSeed}-scan.pdf`)),
    { iterations: 1, time: 0, warmupIterations: 0 },
  );
});

test('a corpus of 72 published files (PDF, Word, web page, OFD, RTF, .doc): one thread against one per core', { timeout: 600_000 }, async ({ bench }) => {
  const dir = join(mkdtempSync(join(tmpdir(), 'ingest-bench-')), 'corpus');
  mkdirSync(dir);
  for (let copy = 1; copy <= 6; copy++) {
    for (const plan of ['mingxi-2024', 'pianguan-2024']) for (const ext of ['pdf', 'docx', 'html', 'ofd', 'rtf', 'doc']) copyFileSync(`test/fixtures/formats/${plan}.${ext}`, join(dir, `${plan}-${copy}-${ext}.${ext}`));
  }
  await bench.compare(
    bench('one thread', async () => void (await readCorpus(dir, { threads: 1 }))),
    bench('one per core', async () => void (await readCorpus(dir, { parallelFromBytes: 0 }))),
    { iterations: 3, time: 0, warmupIterations: 0 },
  );
});
