/**
 * Writes every feature of every candidate of the seed corpus's linking plans, and of every parent
 * clause against every target, as JSON for variants.ts (same directory): decision rules and
 * feature sets are then tried in seconds instead of re-building the spaces. The parent pass is
 * recorded by a parent model that returns a code (call × 100000 + target index + 1) instead of
 * probabilities, so each child's candidates say which parent call and which target they read.
 * `secondReading` holds the second, blind reading of the annotated clauses. `exemplars` holds, for each candidate, the source's best cosine (jieba words, bigrams, concepts;
 * IDF over all clauses) with each other annotated plan's clauses whose primary link is the target.
 * `npx tsx test/bench/link-variants/dump.ts [file]` (default: link-features.json in the OS temp folder).
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readTextSources } from '../../../scripts/ingest/read-corpus.ts';
import { structureDocument } from '../../../scripts/structure/index.ts';
import { readConcepts } from '../../../scripts/link/index.ts';
import { FEATURES, linkSpace, type PairFeatures, type ParentModel } from '../../../scripts/link/features.ts';
import { ANNOTATIONS, SECOND_READING, readAnnotations, resolveAnnotations } from '../../../scripts/link/annotations.ts';
import { DEFAULTS, modelInput } from '../../../scripts/link/score.ts';
import { corpusTerms, segmenter } from '../../../scripts/link/words.ts';
import { conceptCounts } from '../../../scripts/link/concepts.ts';
import { fold } from '../../../scripts/link/ngrams.ts';
import { bigramCounts, cosine, weigh, type Vector } from '../../../scripts/link/vectors.ts';
import { idfByDocumentFrequency } from '../../../scripts/link/idf.ts';
import type { ClauseRecord } from '../../../scripts/publish/schema.ts';

const file = process.argv[2] ?? join(tmpdir(), 'link-features.json');
const structured = readTextSources('corpus').map(structureDocument);
const clauses = structured.flatMap((s) => s.clauses);
const concepts = readConcepts('corpus/link-concepts.yaml').concepts;
const CODE = 100000;
const calls: PairFeatures[][] = [];
const recorder: ParentModel = (fs) => {
  const call = calls.length;
  calls.push(fs);
  return fs.map((_, i) => call * CODE + i + 1);
};
const space = linkSpace(structured.map((s) => s.document), clauses, concepts, recorder);
const { labelled } = resolveAnnotations(ANNOTATIONS.map(readAnnotations), clauses);
const secondReading = resolveAnnotations([readAnnotations(SECOND_READING)], clauses).labelled;
const names = [...FEATURES.filter((f) => f !== 'ancestor'), 'sum'];
const row = (f: PairFeatures) => {
  const input = modelInput(f, DEFAULTS);
  return names.map((n) => input[n as keyof typeof input]);
};
const sources = space.sources.map(({ source, candidates }) => {
  let call = -1;
  const cands = candidates.map((c) => {
    const code = c.features.ancestor - 1;
    if (code >= 0) call = Math.floor(code / CODE);
    return { target: c.target.id, x: row(c.features), idx: code >= 0 ? code % CODE : -1 };
  });
  return { id: source.id, doc: source.doc, parent: source.parent, title: source.title, text: source.text.slice(0, 80), call, cands };
});

// Exemplars: how the annotators' other plans word the tasks each target stands for.
const targetTexts = clauses.filter((c) => space.sources.some((s) => s.candidates.some((x) => x.target.doc === c.doc))).map((c) => c.text);
const cut = segmenter(corpusTerms(targetTexts, concepts));
const tally = (xs: string[]) => xs.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map<string, number>());
const kinds: Record<string, (c: ClauseRecord) => Map<string, number>> = {
  words: (c) => tally(cut(c.text)),
  bigrams: (c) => bigramCounts(fold(c.text).chars),
  concepts: (c) => conceptCounts(c.text, concepts),
};
const byTarget = Map.groupBy(labelled.flatMap((l) => l.primary.map((t) => ({ t, doc: l.doc, id: l.source }))), (e) => e.t);
const exemplars = Object.fromEntries(
  Object.entries(kinds).map(([kind, count]) => {
    const raw = clauses.map(count);
    const idf = idfByDocumentFrequency(raw);
    const vector = new Map<string, Vector>(clauses.map((c, i) => [c.id, weigh(raw[i], idf)]));
    const perSource = space.sources.map(({ source, candidates }) => [
      source.id,
      Object.fromEntries(
        candidates.map((c) => {
          const best: Record<string, number> = {};
          for (const e of byTarget.get(c.target.id) ?? []) {
            if (e.doc !== source.doc) best[e.doc] = Math.max(best[e.doc] ?? 0, cosine(vector.get(source.id)!, vector.get(e.id)!));
          }
          return [c.target.id, best];
        }),
      ),
    ]);
    return [kind, Object.fromEntries(perSource)];
  }),
);
writeFileSync(file, JSON.stringify({ names, labelled, secondReading, sources, calls: calls.map((fs) => fs.map(row)), exemplars }));
console.log(`wrote ${file}: ${sources.length} source clauses, ${calls.length} parent passes`);
