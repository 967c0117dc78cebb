/**
 * Character n-gram shingles and their winnowed fingerprints (Schleimer, Wilkerson & Aiken 2003):
 * of every window of `window` consecutive shingle hashes the smallest is kept, so two texts that
 * share a run of at least window + n − 1 characters share a fingerprint, while only about
 * 2/(window + 1) of the positions are stored.
 */
import { shingleHashes } from '../text/shingles.ts';

export interface Fingerprints {
  /** Fingerprint hashes (30 bits), ascending. */
  hash: Int32Array;
  /** Start of the shingle in the folded text, parallel to `hash`. */
  pos: Int32Array;
}

/** Positions are packed below the hash in one float64 sort key; 2^22 characters per document is ample. */
export const POSITION_BITS = 2 ** 22;

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
