/**
 * Ingest speed per published format (`npm run bench`): one seed plan (襄垣, 10 pages) read from
 * its .txt, PDF, .docx, web page and OFD fixtures, and the two-page scan through OCR.
 */
import { readFileSync } from 'node:fs';
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
