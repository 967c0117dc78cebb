/**
 * Reuse detection and citation resolution at a thousand plans (`npm run bench`): a synthetic
 * corpus from the seeds (scripts/synth/), structured once, then the two stages timed alone.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'vitest';
import { readTextSources } from '../../scripts/ingest/read-corpus.ts';
import { structureDocument } from '../../scripts/structure/index.ts';
import { synthesizeCorpus } from '../../scripts/synth/index.ts';
import { detectReuse } from '../../scripts/reuse/index.ts';
import { resolveCitations } from '../../scripts/citations/resolve.ts';
import { citationNetwork } from '../../scripts/citations/network.ts';

test('reuse and citations at 1,000 plans', { timeout: 600_000 }, async ({ bench }) => {
  const dir = join(mkdtempSync(join(tmpdir(), 'bench-reuse-')), 'corpus');
  synthesizeCorpus({ count: 1000, outDir: dir });
  const structured = readTextSources(dir).map(structureDocument);
  const documents = resolveCitations(structured.map((s) => s.document));
  const clauses = structured.flatMap((s) => s.clauses);
  // CPU time too: on a shared machine the wall clock measures the neighbours.
  const cpu = process.cpuUsage();
  const pairs = detectReuse(documents, clauses);
  const { user, system } = process.cpuUsage(cpu);
  console.log(
    `${documents.length} documents, ${clauses.length} clauses: ${pairs.length} reuse records, ${pairs.reduce((n, p) => n + p.passages.length, 0)} passages; reuse detection ${((user + system) / 1e6).toFixed(1)} s CPU`,
  );
  await bench.compare(
    bench('reuse detection (1,001 documents)', () => void detectReuse(documents, clauses)),
    bench('citation resolution and network (1,001 documents)', () => void citationNetwork(resolveCitations(documents), clauses)),
    { iterations: 3, time: 0, warmupIterations: 0 },
  );
});
