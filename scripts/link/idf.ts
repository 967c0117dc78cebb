import { bigrams } from './ngrams.ts';

/**
 * Inverse document frequency of character bigrams, each clause one document.
 * Generic policy wording (加强, 建设, 提升, 推进) occurs in most clauses and so
 * weighs little; programme items (胸痛, 病理, 医保) weigh a lot.
 */
export type Idf = (gram: string) => number;

/** How many of the texts hold each bigram, and how many texts there are. */
export interface Frequencies {
  df: Map<string, number>;
  n: number;
}

export function bigramFrequencies(texts: string[]): Frequencies {
  const df = new Map<string, number>();
  for (const t of texts) for (const g of new Set(bigrams(t))) df.set(g, (df.get(g) ?? 0) + 1);
  return { df, n: texts.length };
}

/** The IDF over several groups of texts counted apart (a plan and the documents above it: each document's counts are made once). */
export function idfOver(groups: Frequencies[]): Idf {
  const n = groups.reduce((sum, g) => sum + g.n, 0);
  // Smoothed so an unseen bigram weighs like one seen once; never negative.
  return (gram) => {
    let df = 0;
    for (const g of groups) df += g.df.get(gram) ?? 0;
    return Math.log((n + 1) / (df + 1));
  };
}

/** The IDF of keys counted over the members of the list marked as reference (by default all). */
export function idfByDocumentFrequency(list: Map<string, number>[], inReference: boolean[] = list.map(() => true)): Idf {
  const df = new Map<string, number>();
  let n = 0;
  list.forEach((m, i) => {
    if (!inReference[i]) return;
    n++;
    for (const key of m.keys()) df.set(key, (df.get(key) ?? 0) + 1);
  });
  return (key) => Math.log((n + 1) / ((df.get(key) ?? 0) + 1));
}
