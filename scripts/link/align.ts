import type { Idf } from './idf.ts';

/** A run of wording shared verbatim by two folded strings. */
export interface Run {
  /** start in the source folded string */
  s: number;
  /** start in the target folded string */
  t: number;
  len: number;
  /** summed IDF of the run's bigrams: how distinctive the shared wording is */
  weight: number;
}

/** Positions of each bigram in a folded string, so alignment seeds only where text is shared. */
export function positions(chars: string): Map<string, number[]> {
  const index = new Map<string, number[]>();
  for (let i = 0; i + 1 < chars.length; i++) {
    const g = chars.slice(i, i + 2);
    const list = index.get(g);
    if (list) list.push(i);
    else index.set(g, [i]);
  }
  return index;
}

export function runWeight(chars: string, start: number, len: number, idf: Idf): number {
  let w = 0;
  for (let i = start; i + 1 < start + len; i++) w += idf(chars.slice(i, i + 2));
  return w;
}

/**
 * Local alignment by greedy tiling: enumerate every maximal shared run
 * (diagonal of matching bigrams) and keep the heaviest ones that do not
 * overlap in either string. Cost is the number of matching bigram pairs,
 * not the product of the lengths.
 */
export function align(source: string, target: string, targetIndex: Map<string, number[]>, idf: Idf): Run[] {
  const runs: Run[] = [];
  for (let i = 0; i + 1 < source.length; i++) {
    const hits = targetIndex.get(source.slice(i, i + 2));
    if (!hits) continue;
    for (const j of hits) {
      // Only start at the beginning of a diagonal; its extension covers the rest.
      if (i > 0 && j > 0 && source[i - 1] === target[j - 1]) continue;
      let len = 2;
      while (i + len < source.length && j + len < target.length && source[i + len] === target[j + len]) len++;
      runs.push({ s: i, t: j, len, weight: runWeight(source, i, len, idf) });
    }
  }
  runs.sort((a, b) => b.weight - a.weight || a.s - b.s);
  const usedS = new Uint8Array(source.length);
  const usedT = new Uint8Array(target.length);
  const kept: Run[] = [];
  for (const r of runs) {
    let free = true;
    for (let k = 0; k < r.len && free; k++) free = !usedS[r.s + k] && !usedT[r.t + k];
    if (!free) continue;
    usedS.fill(1, r.s, r.s + r.len);
    usedT.fill(1, r.t, r.t + r.len);
    kept.push(r);
  }
  return kept.sort((a, b) => a.s - b.s);
}
