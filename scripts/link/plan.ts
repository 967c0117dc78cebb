/**
 * One linking plan's links: the plan's clauses against the documents above it (features.ts
 * compares each plan in a space of its own), scored by the model, labelled with the
 * documents' relation, with the shared wording as evidence. Pure in its inputs — the plan,
 * the documents above it, the concepts, the options (model included), the segmenter's terms
 * and the researcher's rejections of the plan's links — so linkCorpus caches it per plan and
 * computes it on any thread.
 */
import type { ClauseRecord, DocumentRecord, Link, Suggestion } from '../publish/schema.ts';
import type { Message } from '../messages.ts';
import { linkSpace, type LinkSpace, type PairFeatures } from './features.ts';
import { featuresRead, modelInput, type LinkOptions } from './score.ts';
import { choiceProbabilities } from './model.ts';
import { planChoices } from './choose.ts';
import { evidence } from './evidence.ts';
import { relation } from './relation.ts';
import { suggest } from './suggestions.ts';
import type { Concepts } from './concepts.ts';
import type { Segmenter } from './words.ts';

export interface PlanInput {
  plan: DocumentRecord;
  /** the plan's own clauses */
  clauses: ClauseRecord[];
  /** the documents above the plan, with their clauses */
  higher: { document: DocumentRecord; clauses: ClauseRecord[] }[];
  /** `source target` pairs of the plan's clauses a researcher rejected: no suggestion offers them */
  rejected: string[];
}

export interface PlanLinks {
  /** computed links per source clause id (curation is applied by linkCorpus) */
  links: Record<string, Link[]>;
  /** per source clause id, the suggestions it gets when it is left without links */
  suggestions: Record<string, Suggestion[]>;
  messages: Message[];
  /** source clauses that took part */
  clauses: number;
}

export interface PlanContext {
  concepts: Concepts;
  options: LinkOptions;
  cut: Segmenter;
}

export interface PlanLinker {
  links(): PlanLinks;
  /** a link of the plan's clause to a clause above, scored among the clause's candidates (for confirmed and added pairs) */
  link(source: ClauseRecord, target: ClauseRecord, curated: Link['curated']): Link;
}

export function planLinker(input: PlanInput, { concepts, options, cut }: PlanContext): PlanLinker {
  const documents = [input.plan, ...input.higher.map((h) => h.document)];
  const space = linkSpace(documents, [...input.clauses, ...input.higher.flatMap((h) => h.clauses)], concepts, undefined, cut, featuresRead(options.model));
  // A document above may itself be below another one (a city plan under the national plan): only the plan's own clauses link here.
  const sources = space.sources.filter((s) => s.source.doc === input.plan.id);
  const messages: Message[] = [];
  const relations = planRelations(input, space, messages);
  const probabilities = (features: PairFeatures[]) => choiceProbabilities(features.map((f) => modelInput(f, options)), options.model);
  // The shared wording of the clause (or of its enumeration item `from`: the same offsets) with the target.
  const evidenceOf = (source: ClauseRecord, target: ClauseRecord, from = source) =>
    evidence(space.folded.get(from.id)!, source.text, space.folded.get(target.id)!, options.evidence, space.idfOf(input.plan.id));
  // A link taken from a parent (choose.ts planChoices) shares no wording of the clause's own.
  const makeLink = (source: ClauseRecord, target: ClauseRecord, score: number, curated: Link['curated'], from = source, inheritedFrom?: ClauseRecord): Link => ({
    target: target.id,
    score: round(score),
    relation: relations(target.doc),
    evidence: inheritedFrom ? [] : evidenceOf(source, target, from),
    curated,
    note: null,
    inheritedFrom: inheritedFrom?.id ?? null,
  });

  return {
    links() {
      const rejected = new Set(input.rejected);
      const out: PlanLinks = { links: {}, suggestions: {}, messages, clauses: sources.length };
      const choice = planChoices(sources, probabilities, options);
      for (const { source, terse } of sources) {
        const { links, ranked } = choice(source.id);
        out.links[source.id] = links.map((c) => makeLink(source, c.target, c.score, null, c.from, c.inheritedFrom));
        const isRejected = (target: string) => rejected.has(`${source.id} ${target}`);
        const kept = out.links[source.id].filter((l) => !isRejected(l.target));
        // a heading too short to choose by suggests nothing either
        const suggestions = terse ? [] : suggest(kept, ranked, isRejected);
        if (suggestions.length) {
          out.suggestions[source.id] = suggestions.map((s) => ({ target: s.target.id, score: round(s.score), evidence: evidenceOf(source, s.target) }));
        }
      }
      return out;
    },
    link(source, target, curated) {
      return makeLink(source, target, scorePair(space, sources, source, target, probabilities), curated);
    },
  };
}

/** A pair's score among its source's candidates from the same document, whether or not retrieval proposed it. */
function scorePair(
  space: LinkSpace,
  sources: LinkSpace['sources'],
  source: ClauseRecord,
  target: ClauseRecord,
  probabilities: (features: PairFeatures[]) => number[],
): number {
  const others = (sources.find((s) => s.source.id === source.id)?.candidates ?? []).filter((c) => c.target.doc === target.doc && c.target.id !== target.id).map((c) => c.features);
  const f = space.pair(source, target);
  return f ? probabilities([...others, f]).at(-1)! : 0;
}

/** One relation per document above the plan, from the documents' own facts (whether it cites them: the link space's). */
function planRelations(input: PlanInput, space: LinkSpace, messages: Message[]): (higherDoc: string) => Link['relation'] {
  const found = new Map<string, Link['relation']>();
  return (higherDoc) => {
    let r = found.get(higherDoc);
    if (r) return r;
    const higher = input.higher.find((h) => h.document.id === higherDoc)!.document;
    const ordered = relation(input.plan, higher, space.cites(input.plan.id, higherDoc));
    if (!ordered) messages.push({ file: input.plan.source.file, line: null, message: `no date to order ${input.plan.id} against ${higherDoc}; links labelled implements` });
    r = ordered ?? 'implements';
    found.set(higherDoc, r);
    return r;
  };
}

const round = (x: number) => Math.round(x * 1000) / 1000;
