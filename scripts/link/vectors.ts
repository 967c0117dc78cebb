import { bigrams } from './ngrams.ts';

/** Sparse unit-length TF-IDF vector over character bigrams. */
export type Vector = Map<string, number>;

/** How often each bigram occurs: what a vector is weighed from. */
export function bigramCounts(chars: string): Map<string, number> {
  const tf = new Map<string, number>();
  for (const g of bigrams(chars)) tf.set(g, (tf.get(g) ?? 0) + 1);
  return tf;
}

/** Counts → unit-length TF-IDF vector. Sublinear tf: a phrase repeated in one clause should not swamp the rest of it. */
export function weigh(counts: Map<string, number>, idf: (key: string) => number): Vector {
  const v: Vector = new Map();
  let norm = 0;
  for (const [key, n] of counts) {
    const w = (1 + Math.log(n)) * idf(key);
    if (w <= 0) continue;
    v.set(key, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [key, w] of v) v.set(key, w / norm);
  return v;
}

export function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [g, w] of small) dot += w * (large.get(g) ?? 0);
  return dot;
}
