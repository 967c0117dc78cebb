/**
 * Candidate partners from an inverted index of fingerprints over all documents, as passim does:
 * a fingerprint found in too many documents is boilerplate and dropped; one found in many
 * (more than `sample`) pairs each document with `sample` of the others only, chosen per
 * fingerprint and counted for all of them (an unbiased estimate), so a family of near-copies
 * costs linear time, not quadratic. Each document keeps the `keep` partners it shares most
 * fingerprints with.
 */
import type { Fingerprints } from './fingerprints.ts';

export interface CandidateOptions {
  /** A fingerprint in more than max(maxDfFloor, maxDfFraction × documents) documents is dropped. */
  maxDfFraction: number;
  maxDfFloor: number;
  sample: number;
  keep: number;
}

/** Postings: fingerprint hash → indices of the documents holding it, each once, ascending. */
function postings(prints: Fingerprints[]): Map<number, number[]> {
  const index = new Map<number, number[]>();
  prints.forEach((fp, d) => {
    for (const h of fp.hash) {
      const list = index.get(h);
      if (!list) index.set(h, [d]);
      else if (list[list.length - 1] !== d) list.push(d);
    }
  });
  return index;
}

/** For each document, up to `keep` partner indices, strongest first. */
export function candidatePartners(prints: Fingerprints[], options: CandidateOptions): number[][] {
  const index = postings(prints);
  const maxDf = Math.max(options.maxDfFloor, Math.ceil(options.maxDfFraction * prints.length));
  const counts = new Float64Array(prints.length);
  return prints.map((fp, d) => {
    const touched: number[] = [];
    const add = (other: number, weight: number) => {
      if (other === d) return;
      if (counts[other] === 0) touched.push(other);
      counts[other] += weight;
    };
    let last = -1;
    for (const h of fp.hash) {
      if (h === last) continue;
      last = h;
      const list = index.get(h)!;
      if (list.length > maxDf || list.length < 2) continue;
      if (list.length <= options.sample) {
        for (const other of list) add(other, 1);
        continue;
      }
      // A window of `sample` documents starting where this document's hash with the fingerprint points.
      const start = (Math.imul(h ^ (d + 1), 0x9e3779b1) >>> 0) % list.length;
      for (let k = 0; k < options.sample; k++) add(list[(start + k) % list.length], list.length / options.sample);
    }
    touched.sort((a, b) => counts[b] - counts[a] || a - b);
    const partners = touched.slice(0, options.keep);
    for (const other of touched) counts[other] = 0;
    return partners;
  });
}
