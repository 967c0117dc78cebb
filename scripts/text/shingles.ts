/**
 * Character shingles: every run of n consecutive characters of a text, as a rolling hash. Shared
 * wording between two texts is shared shingles — the reuse stage fingerprints them (reuse/), the link
 * stage asks whether a plan repeats runs of a document above it (link/relation.ts).
 */

const BASE = 0x01000193;

/** Rolling hash of every n-character shingle of `chars`, 30 bits (small integers for V8's maps). */
export function shingleHashes(chars: string, n: number): Int32Array {
  const count = Math.max(0, chars.length - n + 1);
  const out = new Int32Array(count);
  if (count === 0) return out;
  let top = 1; // BASE^(n-1)
  for (let k = 1; k < n; k++) top = Math.imul(top, BASE);
  let h = 0;
  for (let k = 0; k < n; k++) h = (Math.imul(h, BASE) + chars.charCodeAt(k)) | 0;
  out[0] = h >>> 2;
  for (let i = 1; i < count; i++) {
    h = (Math.imul(h - Math.imul(chars.charCodeAt(i - 1), top), BASE) + chars.charCodeAt(i + n - 1)) | 0;
    out[i] = h >>> 2;
  }
  return out;
}
