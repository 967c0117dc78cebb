/**
 * `npx tsx test/bench/link-scale.ts N`: the link stage alone on a synthetic corpus of N
 * plans (scripts/synth), to show it stays linear: time per lower-level clause at N.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { synthesizeCorpus } from '../../scripts/synth/index.ts';
import { readTextSources } from '../../scripts/ingest/read-corpus.ts';
import { structureDocument } from '../../scripts/structure/index.ts';
import { DEFAULTS, emptyCuration, linkCorpus, readConcepts } from '../../scripts/link/index.ts';

for (const count of process.argv.slice(2).map(Number)) {
  const dir = mkdtempSync(join(tmpdir(), `link-scale-${count}-`));
  synthesizeCorpus({ count, outDir: dir });
  const structured = readTextSources(dir).map(structureDocument);
  const { concepts } = readConcepts(join(dir, 'link-concepts.yaml'));
  const cpu = process.cpuUsage();
  const { timing, clauses } = linkCorpus(structured.map((s) => s.document), structured.flatMap((s) => s.clauses), emptyCuration(), DEFAULTS, concepts);
  // CPU time as well as wall time: steadier on a machine shared with other work.
  const cpuMs = Object.values(process.cpuUsage(cpu)).reduce((a, b) => a + b, 0) / 1000;
  const links = clauses.reduce((n, c) => n + c.links.length, 0);
  console.log(`link ${count} plans: ${timing.clauses} lower-level clauses in ${(timing.ms / 1000).toFixed(1)} s wall, ${(cpuMs / 1000).toFixed(1)} s CPU (${(cpuMs / timing.clauses).toFixed(2)} ms CPU per clause), ${links} links`);
  rmSync(dir, { recursive: true, force: true });
}
