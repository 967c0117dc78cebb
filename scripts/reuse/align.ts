/**
 * Local alignment of two documents' folded texts: shared fingerprints seed exact runs, each
 * extended character by character to its longest; runs that follow one another in both texts
 * with gaps of at most `gap` characters (a changed county name, a number, an inserted phrase)
 * chain into one passage.
 */
import type { Fingerprints } from './fingerprints.ts';

/** An exact match: a[a, a + length) equals b[b, b + length). */
export interface Run {
  a: number;
  b: number;
  length: number;
}

/** A passage: runs in order in both texts; it spans [a, aEnd) and [b, bEnd). */
export interface Chain {
  runs: Run[];
  a: number;
  aEnd: number;
  b: number;
  bEnd: number;
  matched: number;
}

export interface AlignOptions {
  /** Shingle length: a seed is an exact match of at least this many characters. */
  n: number;
  /** Largest edit between two runs of one passage, in characters of either text. */
  gap: number;
  /** Fewest identical characters a passage must hold. */
  minMatched: number;
  /** A fingerprint repeated more often in one text seeds nothing (its neighbours still do). */
  maxRepeat: number;
}

/** Seeds are packed as position in a × 2^22 + position in b, one float64 each. */
const PACK = 2 ** 22;

/** Pairs of positions holding one fingerprint in both texts, ordered by position in a. */
let buffer: Float64Array<ArrayBuffer> = new Float64Array(1 << 14); // reused across pairs: a thousand plans align thousands of pairs
function grow(old: Float64Array<ArrayBuffer>): Float64Array<ArrayBuffer> {
  const grown = new Float64Array(old.length * 2);
  grown.set(old);
  return grown;
}

function seeds(fa: Fingerprints, fb: Fingerprints, maxRepeat: number): Float64Array {
  let count = 0;
  let i = 0;
  let j = 0;
  while (i < fa.hash.length && j < fb.hash.length) {
    const h = fa.hash[i];
    if (h < fb.hash[j]) i++;
    else if (h > fb.hash[j]) j++;
    else {
      let ie = i;
      let je = j;
      while (ie < fa.hash.length && fa.hash[ie] === h) ie++;
      while (je < fb.hash.length && fb.hash[je] === h) je++;
      if (ie - i <= maxRepeat && je - j <= maxRepeat) {
        for (let x = i; x < ie; x++) {
          for (let y = j; y < je; y++) {
            if (count === buffer.length) buffer = grow(buffer);
            buffer[count++] = fa.pos[x] * PACK + fb.pos[y];
          }
        }
      }
      i = ie;
      j = je;
    }
  }
  return buffer.subarray(0, count).sort();
}

/** Maximal exact runs through the seeds; a seed inside a run already found adds nothing. */
export function exactRuns(a: string, b: string, fa: Fingerprints, fb: Fingerprints, options: AlignOptions): Run[] {
  const reached = new Map<number, number>(); // diagonal b − a → end in a of the last run on it
  const runs: Run[] = [];
  for (const seed of seeds(fa, fb, options.maxRepeat)) {
    const i = Math.floor(seed / PACK);
    const diagonal = seed - i * PACK - i;
    if ((reached.get(diagonal) ?? -1) > i) continue;
    let s = i;
    while (s > 0 && s + diagonal > 0 && a.charCodeAt(s - 1) === b.charCodeAt(s - 1 + diagonal)) s--;
    let e = i;
    while (e < a.length && e + diagonal < b.length && a.charCodeAt(e) === b.charCodeAt(e + diagonal)) e++;
    if (e - i < options.n) continue; // a hash collision, not a shared shingle
    reached.set(diagonal, e);
    runs.push({ a: s, b: s + diagonal, length: e - s });
  }
  return runs.sort((p, q) => p.a - q.a || p.b - q.b);
}

/** Chain runs into passages: each run joins the open passage it follows most closely in both texts. */
export function chainRuns(runs: Run[], options: AlignOptions): Chain[] {
  const done: Chain[] = [];
  let open: Chain[] = [];
  for (const run of runs) {
    open = open.filter((c) => (run.a - c.aEnd > options.gap ? (done.push(c), false) : true));
    let best: { chain: Chain; cut: number; cost: number } | null = null;
    for (const chain of open) {
      // Overlap with the passage's end is cut from the run's start.
      const cut = Math.max(0, chain.aEnd - run.a, chain.bEnd - run.b);
      if (cut >= run.length) continue;
      const gapA = run.a + cut - chain.aEnd;
      const gapB = run.b + cut - chain.bEnd;
      if (gapA > options.gap || gapB > options.gap) continue;
      if (!best || gapA + gapB < best.cost) best = { chain, cut, cost: gapA + gapB };
    }
    if (best) {
      const { chain, cut } = best;
      const part = { a: run.a + cut, b: run.b + cut, length: run.length - cut };
      chain.runs.push(part);
      chain.aEnd = part.a + part.length;
      chain.bEnd = part.b + part.length;
      chain.matched += part.length;
    } else {
      open.push({ runs: [run], a: run.a, aEnd: run.a + run.length, b: run.b, bEnd: run.b + run.length, matched: run.length });
    }
  }
  return [...done, ...open].filter((c) => c.matched >= options.minMatched).sort((p, q) => p.a - q.a);
}

export function align(a: string, b: string, fa: Fingerprints, fb: Fingerprints, options: AlignOptions): Chain[] {
  return chainRuns(exactRuns(a, b, fa, fb, options), options);
}
