/**
 * The link stage: each clause of a lower-level document (county, city) gets
 * `links` to the clauses of higher-level documents (provincial, national) it
 * carries out — scored, labelled with the documents' relation, with the shared
 * wording as evidence — and a researcher's curation applied on top.
 */
import type { AppliedCuration, ClauseRecord, DocumentRecord, Link, Suggestion } from '../publish/schema.ts';
import type { Message } from '../messages.ts';
import { linkSpace, type PairFeatures } from './features.ts';
import { DEFAULTS, modelInput, publishable, type LinkOptions } from './score.ts';
import { choiceProbabilities } from './model.ts';
import { evidence } from './evidence.ts';
import { relation } from './relation.ts';
import { applyCuration } from './apply-curation.ts';
import { suggest } from './suggestions.ts';
import type { Concepts } from './concepts.ts';
import type { CuratedPair, Curation } from './curation.ts';

export { readCuration, parseCuration, emptyCuration, type Curation } from './curation.ts';
export { readConcepts, type Concepts } from './concepts.ts';
export { DEFAULTS, type LinkOptions } from './score.ts';

export interface LinkResult {
  documents: DocumentRecord[];
  clauses: ClauseRecord[];
  messages: Message[];
  timing: { clauses: number; ms: number };
  /** The researcher's decisions as read (published as data/curation.json, so the site can export them with new ones). */
  curation: AppliedCuration;
}

export function linkCorpus(
  documents: DocumentRecord[],
  clauses: ClauseRecord[],
  curation: Curation,
  options: LinkOptions = DEFAULTS,
  concepts: Concepts = new Map(),
): LinkResult {
  const started = performance.now();
  const messages: Message[] = [...(curation.messages ?? [])];
  // Citations arrive resolved (scripts/citations/, a step of its own before linking).
  const docs = documents;
  const docById = new Map(docs.map((d) => [d.id, d]));
  const clauseById = new Map(clauses.map((c) => [c.id, c]));
  // Every candidate pair with its similarities (features.ts); the learned model (score.ts) makes
  // each a probability against the clause's other candidates.
  const space = linkSpace(docs, clauses, concepts);
  const { folded, idfOf, above } = space;
  const candidatesOf = new Map(space.sources.map((s) => [s.source.id, s.candidates]));
  const probabilities = (features: PairFeatures[]) => choiceProbabilities(features.map((f) => modelInput(f, options)), options.model);
  /** A pair's score among its source's candidates, whether or not retrieval proposed it (curation needs this). */
  const scorePair = (source: ClauseRecord, target: ClauseRecord) => {
    const others = (candidatesOf.get(source.id) ?? []).filter((c) => c.target.id !== target.id).map((c) => c.features);
    const f = space.pair(source, target);
    return f ? probabilities([...others, f]).at(-1)! : 0;
  };

  // One relation per pair of documents, from their own facts.
  const docTexts = new Map<string, string>();
  for (const c of clauses) docTexts.set(c.doc, (docTexts.get(c.doc) ?? '') + c.text + '\n');
  const relations = new Map<string, Link['relation']>();
  const relationOf = (lower: string, higher: string): Link['relation'] => {
    const key = `${lower}→${higher}`;
    let r = relations.get(key);
    if (r) return r;
    const l = docById.get(lower)!;
    const text = [l.title ?? '', l.preamble, docTexts.get(lower) ?? ''].join('\n');
    const found = relation(l, text, docById.get(higher)!);
    if (!found) messages.push({ file: l.source.file, line: null, message: `no date to order ${lower} against ${higher}; links labelled implements` });
    r = found ?? 'implements';
    relations.set(key, r);
    return r;
  };

  const makeLink = (source: ClauseRecord, target: ClauseRecord, score: number, curated: Link['curated']): Link => ({
    target: target.id,
    score: round(score),
    relation: relationOf(source.doc, target.doc),
    evidence: evidence(folded.get(source.id)!, source.text, folded.get(target.id)!, options.evidence, idfOf(source.doc)),
    curated,
    note: null,
  });

  const computed = new Map<string, Link[]>();
  const ranked = new Map<string, { target: ClauseRecord; score: number }[]>();
  for (const { source, candidates } of space.sources) {
    const scores = probabilities(candidates.map((c) => c.features));
    const scored = candidates.map((c, i) => ({ target: c.target, score: scores[i] })).sort((a, b) => b.score - a.score);
    ranked.set(source.id, scored);
    const byDoc = Map.groupBy(scored, (c) => c.target.doc);
    const links = [...byDoc.values()].flatMap((list) => publishable(list, options)).sort((a, b) => b.score - a.score);
    computed.set(source.id, links.map((c) => makeLink(source, c.target, c.score, null)));
  }

  const rejected = new Set(curation.reject.map((p) => `${p.source} ${p.target}`));
  const rejectedOf = (source: string) => (target: string) => rejected.has(`${source} ${target}`);
  const curated = applyCuration(computed, curation, {
    clause: (id) => clauseById.get(id),
    above,
    link: (source, target, kind) => makeLink(source, target, scorePair(source, target), kind),
  });
  messages.push(...curated.messages);

  return {
    documents: docs,
    clauses: clauses.map((c) => {
      const links = curated.links.get(c.id) ?? [];
      const suggestions: Suggestion[] = suggest(links, ranked.get(c.id) ?? [], rejectedOf(c.id)).map((s) => ({
        target: s.target.id,
        score: round(s.score),
        evidence: evidence(folded.get(c.id)!, c.text, folded.get(s.target.id)!, options.evidence, idfOf(c.doc)),
      }));
      return { ...c, links, suggestions };
    }),
    messages,
    timing: { clauses: space.sources.length, ms: performance.now() - started },
    curation: {
      confirm: curation.confirm.map(entry),
      reject: curation.reject.map(entry),
      add: curation.add.map(entry),
    },
  };
}

const round = (x: number) => Math.round(x * 1000) / 1000;
const entry = (p: CuratedPair) => ({ source: p.source, target: p.target, note: p.note ?? null });
