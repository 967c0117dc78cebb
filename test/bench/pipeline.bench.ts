/**
 * Pipeline speed, in figures (`npm run bench`): the structure stage per seed text,
 * the whole in-memory pipeline over the seed corpus, and a corpus of 81 plans (copies of the seeds).
 * Vitest 5 benchmarks are `bench` fixtures inside tests; the reporter prints the table.
 */
import { cpSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'vitest';
import { readCorpus } from '../../scripts/ingest/read-corpus.ts';
import { structureDocument } from '../../scripts/structure/index.ts';
import { buildCorpus } from '../../scripts/pipeline.ts';

test('structure stage, per document', async ({ bench }) => {
  const { sources } = await readCorpus('corpus');
  await bench.compare(...sources.map((source) => bench(source.id, () => void structureDocument(source))));
});

/** Copies of each county plan under new ids, to see how the pipeline scales with plans. */
function largeCorpus(copies: number): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'bench-')), 'corpus');
  cpSync('corpus', dir, { recursive: true });
  for (const file of readdirSync('corpus').filter((f) => f.endsWith('.txt') && !f.startsWith('national'))) {
    for (let n = 1; n < copies; n += 1) cpSync(join('corpus', file), join(dir, file.replace('.txt', `-copy${n}.txt`)));
  }
  return dir;
}

test('whole pipeline: 5 plans and 81 plans', { timeout: 300_000 }, async ({ bench }) => {
  const large = largeCorpus(20);
  await bench.compare(
    bench('seed corpus (5 plans)', async () => void (await buildCorpus('corpus'))),
    bench('81 plans', async () => void (await buildCorpus(large))),
    { iterations: 3, time: 0, warmupIterations: 0 },
  );
});
