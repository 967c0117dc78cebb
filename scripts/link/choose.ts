/**
 * What a clause publishes, from its candidates' scores: per document above, the candidates above
 * the threshold and near the best one. The build (plan.ts) and the benchmark and training
 * (train.ts) decide the same way.
 */
import type { ClauseRecord } from '../publish/schema.ts';
import type { PairFeatures, SourceCandidates } from './features.ts';
import { perDocument } from './choice-sets.ts';
import { publishable, type LinkOptions } from './score.ts';

/** Scores of one source clause's candidates (a model may weigh each against the others). */
export type Scorer = (candidates: PairFeatures[]) => number[];

export interface Scored {
  target: ClauseRecord;
  score: number;
  /** the clause, or its enumeration item, whose wording chose the target (the evidence is its) */
  from: ClauseRecord;
}

/** A clause's (or an item's) candidates scored, each document above apart (choice-sets.ts), best first. */
export function ranked({ source, candidates }: SourceCandidates, score: Scorer): Scored[] {
  const scores = perDocument(candidates, (c) => c.target.doc, (group) => score(group.map((c) => c.features)));
  return candidates.map((c, i) => ({ target: c.target, score: scores[i], from: source })).sort((a, b) => b.score - a.score);
}

type Publishing = Pick<LinkOptions, 'threshold' | 'nearTop'>;
const published = (list: Scored[], options: Publishing) =>
  [...Map.groupBy(list, (c) => c.target.doc).values()].flatMap((group) => publishable(group, options)).sort((a, b) => b.score - a.score);

/**
 * The links a clause publishes: its own choice; when that is split between the tasks of its
 * enumeration items (一是…二是…三是…) so that it publishes none, the items' choices, each target
 * once at its best item's score. `ranked` is the clause's own, for its suggestions.
 */
export function chosenLinks(source: SourceCandidates, score: Scorer, options: Publishing): { links: Scored[]; ranked: Scored[] } {
  const own = ranked(source, score);
  const links = published(own, options);
  if (links.length || !source.items?.length) return { links, ranked: own };
  const best = new Map<string, Scored>();
  for (const item of source.items) {
    for (const c of published(ranked(item, score), options)) if (c.score > (best.get(c.target.id)?.score ?? -1)) best.set(c.target.id, c);
  }
  return { links: [...best.values()].sort((a, b) => b.score - a.score), ranked: own };
}
