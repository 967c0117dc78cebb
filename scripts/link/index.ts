/**
 * The link stage: each clause of a lower-level document (county, city) gets
 * `links` to the clauses of higher-level documents (provincial, national) it
 * carries out — scored, labelled with the documents' relation, with the shared
 * wording as evidence — and a researcher's curation applied on top.
 */
import type { ClauseRecord, DocumentRecord, Link } from '../publish/schema.ts';
import type { Message } from '../messages.ts';
import { fold, type Folded } from './ngrams.ts';
import { buildIdf } from './idf.ts';
import { cosine, vectorize, type Vector } from './vectors.ts';
import { indexTargets, retrieve } from './candidates.ts';
import { namedLists, otherProgramme } from './programmes.ts';
import { combine, DEFAULTS, publishable, type LinkOptions } from './score.ts';
import { evidence } from './evidence.ts';
import { isAbove, relation } from './relation.ts';
import { applyCuration } from './apply-curation.ts';
import { linkRoles } from './roles.ts';
import { conceptVectors, type Concepts } from './concepts.ts';
import type { Curation } from './curation.ts';

export { readCuration, parseCuration, emptyCuration, type Curation } from './curation.ts';
export { readConcepts, type Concepts } from './concepts.ts';
export { DEFAULTS, type LinkOptions } from './score.ts';

export interface LinkResult {
  documents: DocumentRecord[];
  clauses: ClauseRecord[];
  messages: Message[];
  timing: { clauses: number; ms: number };
}

/** A clause must say more than its heading to be linked either way: a heading-only parent leaves the detail to its children. */
const MIN_PROSE = 4;

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
  const folded = new Map<string, Folded>(clauses.map((c) => [c.id, fold(c.text)]));
  const idf = buildIdf([...folded.values()].map((f) => f.chars));
  // Policy concepts named in each clause (硬件 ~ 设备 ~ 用房), for paraphrase the wording misses.
  const conceptVecs = conceptVectors(clauses.map((c) => c.text), concepts);
  const conceptOf = new Map(clauses.map((c, i) => [c.id, conceptVecs[i]]));

  const vectors = new Map<string, Vector>();
  const vectorOf = (c: ClauseRecord) => {
    let v = vectors.get(c.id);
    if (!v) vectors.set(c.id, (v = vectorize(folded.get(c.id)!.chars, idf)));
    return v;
  };
  const titleVectors = new Map<string, Vector>();
  /** A clause's own heading, empty for an untitled clause: compared with the other side's heading (硬件设施 ~ 硬件条件). */
  const titleOf = (c: ClauseRecord) => {
    let v = titleVectors.get(c.id);
    if (!v) titleVectors.set(c.id, (v = c.title ? vectorize(fold(c.title).chars, idf) : new Map<string, number>()));
    return v;
  };
  const headingVector = (id: string | null) => {
    const c = id ? clauseById.get(id) : undefined;
    return c ? vectorize(fold(c.title ?? c.text).chars, idf) : new Map<string, number>();
  };
  const ancestorVectors = (c: ClauseRecord) => {
    const out: Vector[] = [];
    for (let p = c.parent; p; p = clauseById.get(p)?.parent ?? null) out.push(headingVector(p));
    return out;
  };
  const context = (ancestors: Vector[], target: Vector) => Math.max(0, ...ancestors.map((a) => cosine(a, target)));

  const above = (lower: string, higher: string) => {
    const l = docById.get(lower);
    const h = docById.get(higher);
    return !!l && !!h && isAbove(h, l);
  };
  // Which documents link and which are linked to, decided once per document.
  const { sourceDocs, targetDocs } = linkRoles(docs);
  const hasProse = (c: ClauseRecord) => folded.get(c.id)!.chars.length - fold(c.title ?? '').chars.length > MIN_PROSE;

  // Index the higher-level clauses once.
  const targets = clauses.filter((c) => targetDocs.has(c.doc) && hasProse(c));
  const index = indexTargets(targets.map(vectorOf));
  const targetParents = targets.map((t) => headingVector(t.parent));
  const targetLists = targets.map((t) => namedLists(t.text));
  const targetTitles = targets.map(titleOf);

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
    score: Math.round(score * 1000) / 1000,
    relation: relationOf(source.doc, target.doc),
    evidence: evidence(folded.get(source.id)!, source.text, folded.get(target.id)!, options.evidence, idf),
    curated,
    note: null,
  });

  /** Score of one pair, whether or not retrieval would have proposed it (curation needs this). */
  const scorePair = (source: ClauseRecord, target: ClauseRecord) => {
    const lists = namedLists(target.text);
    if (otherProgramme(lists, source.text, folded.get(source.id)!.chars)) return 0;
    return combine(
      { cosine: cosine(vectorOf(source), vectorOf(target)), heading: cosine(titleOf(source), titleOf(target)), context: context(ancestorVectors(source), headingVector(target.parent)), concept: cosine(conceptOf.get(source.id)!, conceptOf.get(target.id)!) },
      options,
    );
  };

  let linked = 0;
  const computed = new Map<string, Link[]>();
  for (const source of clauses) {
    if (!sourceDocs.has(source.doc) || !hasProse(source)) continue;
    linked++;
    const sourceChars = folded.get(source.id)!.chars;
    const ancestors = ancestorVectors(source);
    const title = titleOf(source);
    const byDoc = new Map<string, { target: ClauseRecord; score: number }[]>();
    for (const [i, cos] of retrieve(index, vectorOf(source))) {
      const target = targets[i];
      if (!above(source.doc, target.doc)) continue;
      if (otherProgramme(targetLists[i], source.text, sourceChars)) continue;
      const score = combine({ cosine: cos, heading: cosine(title, targetTitles[i]), context: context(ancestors, targetParents[i]), concept: cosine(conceptOf.get(source.id)!, conceptOf.get(target.id)!) }, options);
      const list = byDoc.get(target.doc) ?? [];
      list.push({ target, score });
      byDoc.set(target.doc, list);
    }
    const links = [...byDoc.values()].flatMap((list) => publishable(list, options)).map((c) => makeLink(source, c.target, c.score, null));
    computed.set(source.id, links);
  }

  const curated = applyCuration(computed, curation, {
    clause: (id) => clauseById.get(id),
    above,
    link: (source, target, kind) => makeLink(source, target, scorePair(source, target), kind),
  });
  messages.push(...curated.messages);

  return {
    documents: docs,
    clauses: clauses.map((c) => ({ ...c, links: curated.links.get(c.id) ?? [] })),
    messages,
    timing: { clauses: linked, ms: performance.now() - started },
  };
}
