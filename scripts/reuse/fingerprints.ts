/**
 * Character n-gram shingles and their winnowed fingerprints (Schleimer, Wilkerson & Aiken 2003):
 * of every window of `window` consecutive shingle hashes the smallest is kept, so two texts that
 * share a run of at least window + n − 1 characters share a fingerprint, while only about
 * 2/(window + 1) of the positions are stored.
 */

export interface Fingerprints {
  /** Fingerprint hashes (30 bits), ascending. */
  hash: Int32Array;
  /** Start of the shingle in the folded text, parallel to `hash`. */
  pos: Int32Array;
}

const BASE = 0x01000193;
/** Positions are packed below the hash in one float64 sort key; 2^22 characters per document is ample. */
export const POSITION_BITS = 2 ** 22;

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

/** Positions chosen by winnowing (rightmost minimum of each window), ascending, each once. */
export function winnow(hashes: Int32Array, window: number): Int32Array {
  const chosen = new Int32Array(hashes.length);
  let count = 0;
  const deque = new Int32Array(hashes.length); // positions with increasing hashes
  let head = 0;
  let tail = 0;
  for (let i = 0; i < hashes.length; i++) {
    while (tail > head && hashes[deque[tail - 1]] >= hashes[i]) tail--;
    deque[tail++] = i;
    if (deque[head] <= i - window) head++;
    if (i >= window - 1 || i === hashes.length - 1) {
      const min = deque[head];
      if (count === 0 || chosen[count - 1] !== min) chosen[count++] = min;
    }
  }
  return chosen.slice(0, count);
}

export function fingerprints(chars: string, n: number, window: number): Fingerprints {
  const hashes = shingleHashes(chars, n);
  const chosen = winnow(hashes, window);
  const keys = new Float64Array(chosen.length);
  for (let i = 0; i < chosen.length; i++) keys[i] = hashes[chosen[i]] * POSITION_BITS + chosen[i];
  keys.sort();
  const hash = new Int32Array(keys.length);
  const pos = new Int32Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    hash[i] = Math.floor(keys[i] / POSITION_BITS);
    pos[i] = keys[i] - hash[i] * POSITION_BITS;
  }
  return { hash, pos };
}
