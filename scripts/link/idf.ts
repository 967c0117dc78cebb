import { bigrams } from './ngrams.ts';

/**
 * Inverse document frequency of character bigrams, each clause one document.
 * Generic policy wording (加强, 建设, 提升, 推进) occurs in most clauses and so
 * weighs little; programme items (胸痛, 病理, 医保) weigh a lot.
 */
export type Idf = (gram: string) => number;

export function buildIdf(texts: string[]): Idf {
  const df = new Map<string, number>();
  for (const t of texts) for (const g of new Set(bigrams(t))) df.set(g, (df.get(g) ?? 0) + 1);
  const n = texts.length;
  // Smoothed so an unseen bigram weighs like one seen once; never negative.
  return (g) => Math.log((n + 1) / ((df.get(g) ?? 0) + 1));
}
