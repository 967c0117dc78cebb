import type { Vector } from './vectors.ts';

/**
 * Inverted index over the higher-level clauses, built once. Looking a source
 * clause up costs its own bigrams times their postings, so linking grows
 * linearly with the number of lower-level clauses.
 */
export interface TargetIndex {
  postings: Map<string, { target: number; weight: number }[]>;
  size: number;
}

export function indexTargets(vectors: Vector[]): TargetIndex {
  const postings: TargetIndex['postings'] = new Map();
  vectors.forEach((v, target) => {
    for (const [g, weight] of v) {
      const list = postings.get(g);
      if (list) list.push({ target, weight });
      else postings.set(g, [{ target, weight }]);
    }
  });
  return { postings, size: vectors.length };
}

/** Cosine of the source against every indexed target sharing at least one bigram. */
export function retrieve(index: TargetIndex, source: Vector): Map<number, number> {
  const scores = new Map<number, number>();
  for (const [g, w] of source) {
    for (const { target, weight } of index.postings.get(g) ?? []) scores.set(target, (scores.get(target) ?? 0) + w * weight);
  }
  return scores;
}
