/**
 * From passages in folded coordinates to published ones: a passage is cut where either text
 * moves to another clause (a published passage lies in one clause on each side), and its ends
 * become UTF-16 offsets into the clauses' `text`.
 */
import type { ReusePair } from '../publish/schema.ts';
import type { Chain } from './align.ts';
import type { DocText } from './text.ts';

export type Passage = ReusePair['passages'][number];

/** A piece of a passage within one clause on each side, in folded coordinates. */
interface Piece {
  a: number;
  aEnd: number;
  b: number;
  bEnd: number;
}

/** Cut a chain's runs at clause boundaries of either text; consecutive pieces in the same two clauses stay one. */
function pieces(chain: Chain, A: DocText, B: DocText): Piece[] {
  const out: Piece[] = [];
  for (const run of chain.runs) {
    let s = 0;
    while (s < run.length) {
      const ca = A.clause[run.a + s];
      const cb = B.clause[run.b + s];
      let e = s + 1;
      while (e < run.length && A.clause[run.a + e] === ca && B.clause[run.b + e] === cb) e++;
      const last = out[out.length - 1];
      if (last && A.clause[last.a] === ca && B.clause[last.b] === cb) {
        last.aEnd = run.a + e;
        last.bEnd = run.b + e;
      } else out.push({ a: run.a + s, aEnd: run.a + e, b: run.b + s, bEnd: run.b + e });
      s = e;
    }
  }
  return out;
}

const side = (doc: DocText, start: number, end: number) => ({
  clause: doc.clauseIds[doc.clause[start]],
  start: doc.offset[start],
  end: doc.offset[end - 1] + 1,
});

/** The passages A shares with B, each way: `ab` with A as source, `ba` with B as source, and the folded ranges. */
export function publishedPassages(chains: Chain[], A: DocText, B: DocText, minLength: number) {
  const kept = chains.flatMap((c) => pieces(c, A, B)).filter((p) => p.aEnd - p.a >= minLength && p.bEnd - p.b >= minLength);
  return {
    ab: kept.map((p): Passage => ({ source: side(A, p.a, p.aEnd), target: side(B, p.b, p.bEnd), length: p.aEnd - p.a })),
    ba: kept.map((p): Passage => ({ source: side(B, p.b, p.bEnd), target: side(A, p.a, p.aEnd), length: p.bEnd - p.b })),
    rangesA: kept.map((p): [number, number] => [p.a, p.aEnd]),
    rangesB: kept.map((p): [number, number] => [p.b, p.bEnd]),
  };
}

/** Characters covered by the union of [start, end) ranges. */
export function covered(ranges: [number, number][]): number {
  let total = 0;
  let reach = -1;
  for (const [s, e] of [...ranges].sort((p, q) => p[0] - q[0])) {
    if (e <= reach) continue;
    total += e - Math.max(s, reach);
    reach = e;
  }
  return total;
}
