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

/** Documents are packed below the hash in one float64 sort key. */
const DOC_BITS = 2 ** 22;

/**
 * The inverted index as flat arrays: `docs` lists the documents of each fingerprint in turn
 * (group g is docs[start[g] .. start[g + 1])), and `groupsOf` (CSR by document) the groups
 * each document is in. One native sort of all (hash, document) keys builds it.
 */
function postings(prints: Fingerprints[]) {
  const total = prints.reduce((sum, fp) => sum + fp.hash.length, 0);
  const keys = new Float64Array(total);
  let k = 0;
  prints.forEach((fp, d) => {
    for (const h of fp.hash) keys[k++] = h * DOC_BITS + d;
  });
  keys.sort();
  const docs = new Int32Array(total);
  const group = new Int32Array(total);
  const start: number[] = [];
  let size = 0;
  let lastHash = -1;
  let lastDoc = -1;
  for (const key of keys) {
    const h = Math.floor(key / DOC_BITS);
    const d = key - h * DOC_BITS;
    if (h !== lastHash) start.push(size);
    else if (d === lastDoc) continue; // a fingerprint repeated in one document counts once
    docs[size] = d;
    group[size] = start.length - 1;
    size++;
    lastHash = h;
    lastDoc = d;
  }
  start.push(size);
  // Groups of each document, by counting sort.
  const offsets = new Int32Array(prints.length + 1);
  for (let e = 0; e < size; e++) offsets[docs[e] + 1]++;
  for (let d = 0; d < prints.length; d++) offsets[d + 1] += offsets[d];
  const fill = offsets.slice(0, prints.length);
  const groupsOf = new Int32Array(size);
  for (let e = 0; e < size; e++) groupsOf[fill[docs[e]]++] = group[e];
  return { docs, start: Int32Array.from(start), groupsOf, offsets };
}

/** For each document, up to `keep` partner indices, strongest first. */
export function candidatePartners(prints: Fingerprints[], options: CandidateOptions): number[][] {
  const { docs, start, groupsOf, offsets } = postings(prints);
  const maxDf = Math.max(options.maxDfFloor, Math.ceil(options.maxDfFraction * prints.length));
  const counts = new Float64Array(prints.length);
  const touched = new Int32Array(prints.length);
  return prints.map((_, d) => {
    let touchedCount = 0;
    for (let x = offsets[d]; x < offsets[d + 1]; x++) {
      const g = groupsOf[x];
      const from = start[g];
      const size = start[g + 1] - from;
      if (size > maxDf || size < 2) continue;
      const take = Math.min(size, options.sample);
      const weight = size / take;
      // A window of `sample` documents, starting where this document's hash with the fingerprint points.
      const first = size === take ? 0 : (Math.imul(g ^ (d + 1), 0x9e3779b1) >>> 0) % size;
      for (let k = 0; k < take; k++) {
        const other = docs[from + ((first + k) % size)];
        if (other === d) continue;
        if (counts[other] === 0) touched[touchedCount++] = other;
        counts[other] += weight;
      }
    }
    const partners = Array.from(touched.subarray(0, touchedCount)).sort((a, b) => counts[b] - counts[a] || a - b);
    for (const other of partners) counts[other] = 0;
    return partners.slice(0, options.keep);
  });
}
