/**
 * The link stage: each clause of a lower-level document (county, city) gets
 * `links` to the clauses of higher-level documents (provincial, national) it
 * carries out — scored, labelled with the documents' relation, with the shared
 * wording as evidence — and a researcher's curation applied on top.
 */
import type { AppliedCuration, ClauseRecord, DocumentRecord } from '../publish/schema.ts';
import type { Message } from '../messages.ts';
import type { CacheStats } from '../cache/document-cache.ts';
import { DEFAULTS, type LinkOptions } from './score.ts';
import { isAbove } from './relation.ts';
import { linkRoles } from './roles.ts';
import { applyCuration } from './apply-curation.ts';
import { corpusTerms, segmenter, type Segmenter } from './words.ts';
import { planLinker, type PlanContext, type PlanInput, type PlanLinker, type PlanLinks } from './plan.ts';
import { computePlans, type PlanRun } from './plans-run.ts';
import type { Concepts } from './concepts.ts';
import type { CuratedPair, Curation } from './curation.ts';

export { readCuration, parseCuration, emptyCuration, type Curation } from './curation.ts';
export { corpusConcepts, readConcepts, type Concepts } from './concepts.ts';
export { DEFAULTS, type LinkOptions } from './score.ts';

export interface LinkResult {
  documents: DocumentRecord[];
  clauses: ClauseRecord[];
  messages: Message[];
  timing: { clauses: number; ms: number };
  /** The researcher's decisions as read (published as data/curation.json, so the site can export them with new ones). */
  curation: AppliedCuration;
  /** Plans whose links were taken from the cache (hits) and computed (misses). */
  cache: CacheStats;
}

/** Linking on the main thread, nothing cached (tests, benchmarks of the method). */
export function linkCorpus(
  documents: DocumentRecord[],
  clauses: ClauseRecord[],
  curation: Curation,
  options: LinkOptions = DEFAULTS,
  concepts: Concepts = new Map(),
): LinkResult {
  const started = performance.now();
  const job = prepareLinking(documents, clauses, curation, options, concepts);
  const results = job.inputs.map((input) => planLinker(input, job.context()).links());
  return job.finish(results, { hits: 0, misses: results.length }, started);
}

/** Linking in the build: each plan's links cached by its inputs, the plans left computed on worker threads when many. */
export async function linkCorpusCached(
  documents: DocumentRecord[],
  clauses: ClauseRecord[],
  curation: Curation,
  options: LinkOptions,
  concepts: Concepts,
  run: PlanRun,
): Promise<LinkResult> {
  const started = performance.now();
  const job = prepareLinking(documents, clauses, curation, options, concepts);
  const { results, cache } = await computePlans(job.inputs, { concepts, options, terms: job.terms, context: job.context }, run);
  return job.finish(results, cache, started);
}

/**
 * What linking a corpus needs: each linking plan's inputs (the plan, the documents above it,
 * its clauses' rejections), the shared context, and how the plans' links become the
 * corpus's: the researcher's curation on top, suggestions where a clause is left without links.
 */
function prepareLinking(documents: DocumentRecord[], clauses: ClauseRecord[], curation: Curation, options: LinkOptions, concepts: Concepts) {
  const docById = new Map(documents.map((d) => [d.id, d]));
  const clauseById = new Map(clauses.map((c) => [c.id, c]));
  const byDoc = Map.groupBy(clauses, (c) => c.doc);
  // Which documents link and which are linked to, from place keys in one pass (roles.ts).
  const { sourceDocs, targetDocs } = linkRoles(documents);
  const targets = documents.filter((d) => targetDocs.has(d.id));
  const terms = corpusTerms(
    targets.flatMap((d) => (byDoc.get(d.id) ?? []).map((c) => c.text)),
    concepts,
  );
  let cut: Segmenter | undefined;
  const context = (): PlanContext => ({ concepts, options, cut: (cut ??= segmenter(terms)) });
  const rejectedOf = Map.groupBy(curation.reject, (p) => clauseById.get(p.source)?.doc ?? '');
  const inputs: PlanInput[] = documents
    .filter((d) => sourceDocs.has(d.id))
    .map((plan) => ({
      plan,
      clauses: byDoc.get(plan.id) ?? [],
      higher: targets.filter((t) => isAbove(t, plan)).map((t) => ({ document: t, clauses: byDoc.get(t.id) ?? [] })),
      rejected: (rejectedOf.get(plan.id) ?? []).map((p) => `${p.source} ${p.target}`),
    }));
  const inputOf = new Map(inputs.map((i) => [i.plan.id, i]));

  const finish = (results: PlanLinks[], cache: CacheStats, started: number): LinkResult => {
    const computed = new Map(results.flatMap((r) => Object.entries(r.links)));
    const suggestions = new Map(results.flatMap((r) => Object.entries(r.suggestions)));
    // A confirmed or added pair is scored among its clause's candidates: that plan's space, made again when needed.
    const linkers = new Map<string, PlanLinker>();
    const linkerOf = (doc: string) => linkers.get(doc) ?? linkers.set(doc, planLinker(inputOf.get(doc)!, context())).get(doc)!;
    const curated = applyCuration(computed, curation, {
      clause: (id) => clauseById.get(id),
      above: (lower, higher) => !!docById.get(lower) && !!docById.get(higher) && isAbove(docById.get(higher)!, docById.get(lower)!),
      link: (source, target, kind) => linkerOf(source.doc).link(source, target, kind),
    });
    return {
      documents,
      clauses: clauses.map((c) => {
        const links = curated.links.get(c.id) ?? [];
        return { ...c, links, suggestions: links.length ? [] : (suggestions.get(c.id) ?? []) };
      }),
      messages: [...(curation.messages ?? []), ...results.flatMap((r) => r.messages), ...curated.messages],
      timing: { clauses: results.reduce((n, r) => n + r.clauses, 0), ms: performance.now() - started },
      curation: {
        confirm: curation.confirm.map(entry),
        reject: curation.reject.map(entry),
        add: curation.add.map(entry),
      },
      cache,
    };
  };
  return { inputs, terms, context, finish };
}

const entry = (p: CuratedPair) => ({ source: p.source, target: p.target, note: p.note ?? null });
