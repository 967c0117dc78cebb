/**
 * Character n-gram shingles and their winnowed fingerprints (Schleimer, Wilkerson & Aiken 2003):
 * of every window of `window` consecutive shingle hashes the smallest is kept, so two texts that
 * share a run of at least window + n − 1 characters share a fingerprint, while only about
 * 2/(window + 1) of the positions are stored.
 */

export interface Fingerprints {
  /** Fingerprint hashes, ascending. */
  hash: Uint32Array;
  /** Start of the shingle in the folded text, parallel to `hash`. */
  pos: Int32Array;
}

const BASE = 0x01000193;

/** Rolling hash of every n-character shingle of `chars` (unsigned 32-bit). */
export function shingleHashes(chars: string, n: number): Uint32Array {
  const count = Math.max(0, chars.length - n + 1);
  const out = new Uint32Array(count);
  if (count === 0) return out;
  let top = 1; // BASE^(n-1)
  for (let k = 1; k < n; k++) top = Math.imul(top, BASE);
  let h = 0;
  for (let k = 0; k < n; k++) h = (Math.imul(h, BASE) + chars.charCodeAt(k)) | 0;
  out[0] = h >>> 0;
  for (let i = 1; i < count; i++) {
    h = (Math.imul(h - Math.imul(chars.charCodeAt(i - 1), top), BASE) + chars.charCodeAt(i + n - 1)) | 0;
    out[i] = h >>> 0;
  }
  return out;
}

/** Positions chosen by winnowing (rightmost minimum of each window), ascending, each once. */
export function winnow(hashes: Uint32Array, window: number): number[] {
  const chosen: number[] = [];
  const deque: number[] = []; // positions with increasing hashes
  let head = 0;
  for (let i = 0; i < hashes.length; i++) {
    while (deque.length > head && hashes[deque[deque.length - 1]] >= hashes[i]) deque.pop();
    deque.push(i);
    if (deque[head] <= i - window) head++;
    if (i >= window - 1 || i === hashes.length - 1) {
      const min = deque[head];
      if (chosen[chosen.length - 1] !== min) chosen.push(min);
    }
  }
  return chosen;
}

export function fingerprints(chars: string, n: number, window: number): Fingerprints {
  const hashes = shingleHashes(chars, n);
  const positions = winnow(hashes, window).sort((a, b) => hashes[a] - hashes[b] || a - b);
  return { hash: Uint32Array.from(positions, (p) => hashes[p]), pos: Int32Array.from(positions) };
}
