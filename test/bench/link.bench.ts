/**
 * Linking time on the seed corpus, and on the county clauses copied 10× to show
 * that the cost grows linearly with the lower-level clauses (targets are indexed once).
 * Vitest 5 benchmarks are `bench` fixtures inside tests; the reporter prints the table.
 */
import { test } from 'vitest';
import { readCorpus } from '../../scripts/ingest/read-corpus.ts';
import { structureDocument } from '../../scripts/structure/index.ts';
import { DEFAULTS, emptyCuration, linkCorpus, readConcepts } from '../../scripts/link/index.ts';
import type { ClauseRecord, DocumentRecord } from '../../scripts/publish/schema.ts';

const structured = (await readCorpus('corpus')).sources.map(structureDocument);
const documents = structured.map((s) => s.document);
const clauses = structured.flatMap((s) => s.clauses);

/** The lower-level documents copied `times` times under new ids. */
function scaled(times: number): { documents: DocumentRecord[]; clauses: ClauseRecord[] } {
  const lower = documents.filter((d) => d.level !== 'national');
  const docs = [...documents];
  const all = [...clauses];
  for (let k = 1; k < times; k++) {
    for (const d of lower) {
      const id = `${d.id}-copy${k}`;
      docs.push({ ...d, id });
      for (const c of clauses.filter((c) => c.doc === d.id)) {
        all.push({ ...c, id: c.id.replace(d.id, id), doc: id, parent: c.parent?.replace(d.id, id) ?? null });
      }
    }
  }
  return { documents: docs, clauses: all };
}

const { concepts } = readConcepts('corpus/link-concepts.yaml');
const ten = scaled(10);
for (const [name, corpus] of [['seed', { documents, clauses }], ['10×', ten]] as const) {
  const { timing } = linkCorpus(corpus.documents, corpus.clauses, emptyCuration(), DEFAULTS, concepts);
  console.log(`link ${name}: ${timing.clauses} lower-level clauses in ${timing.ms.toFixed(0)} ms (${(timing.ms / timing.clauses).toFixed(2)} ms per clause)`);
}

test('linkCorpus: seed corpus and lower-level clauses ×10', async ({ bench }) => {
  await bench.compare(
    bench('seed corpus', () => void linkCorpus(documents, clauses, emptyCuration(), DEFAULTS, concepts)),
    bench('lower-level clauses ×10', () => void linkCorpus(ten.documents, ten.clauses, emptyCuration(), DEFAULTS, concepts)),
    { iterations: 5, time: 0, warmupIterations: 1 },
  );
});
