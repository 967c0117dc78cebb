/**
 * An exact phrase index over the documents' texts, so that search can say which plans hold a
 * phrase, and how many, without fetching every page. Pagefind matches words, and a word
 * segmenter cuts the same characters differently in and out of context; this index matches
 * characters. Every pair of adjacent characters (whitespace removed, as a reader of Chinese
 * compares, letters lower-cased) records, per document, where it occurs; a phrase is in a
 * document when its pairs occur one after another. Single characters record only presence.
 *
 * Published as /search/phrase/meta.json (document ids, shard count) and shard files
 * /search/phrase/<n>.json, each holding the pairs whose hash falls in it, so a query fetches
 * one shard per pair of the phrase. A posting is a flat number list: for each document,
 * its index, the number of occurrences n, then n offsets as gaps from the previous one
 * (n = 0 for single characters).
 */

export interface PhraseIndexMeta {
  docs: string[];
  shards: number;
}

export type Postings = number[];
export type Shard = Record<string, Postings>;

/** Text as the index sees it: no whitespace (PDF line breaks split phrases), lower case. */
export function phraseText(text: string): string {
  return text.replace(/\s+/g, '').toLowerCase();
}

/** FNV-1a over UTF-16 code units: the same shard in Node and in the browser. */
export function shardOf(gram: string, shards: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < gram.length; i++) {
    hash ^= gram.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % shards;
}

/** The grams a query needs: its adjacent pairs, or the character itself. */
export function queryGrams(phrase: string): string[] {
  const text = phraseText(phrase);
  if (text.length <= 1) return text ? [text] : [];
  return [...new Set(Array.from({ length: text.length - 1 }, (_, i) => text.slice(i, i + 2)))];
}

/** Numbers per shard the build aims at: a shard stays a few tens of kilobytes. */
const targetShardSize = 12_000;

/** Build the index from each document's text, in the order of `docs`. */
export function buildPhraseIndex(docs: readonly { id: string; text: string }[]): { meta: PhraseIndexMeta; shards: Shard[] } {
  const postings = new Map<string, Postings>();
  let size = 0;
  docs.forEach(({ text }, docIndex) => {
    const compact = phraseText(text);
    const pairs = new Map<string, number[]>();
    const chars = new Set<string>();
    for (let i = 0; i < compact.length; i++) {
      chars.add(compact[i]);
      if (i + 1 < compact.length) {
        const pair = compact.slice(i, i + 2);
        const at = pairs.get(pair);
        if (at) at.push(i);
        else pairs.set(pair, [i]);
      }
    }
    // Numbers go straight into the posting lists: at a thousand plans, arrays made per pair and
    // spread into them were most of the build's time.
    const listOf = (gram: string) => {
      let list = postings.get(gram);
      if (!list) postings.set(gram, (list = []));
      return list;
    };
    for (const char of chars) listOf(char).push(docIndex, 0);
    size += 2 * chars.size;
    for (const [pair, at] of pairs) {
      const list = listOf(pair);
      list.push(docIndex, at.length);
      let previous = 0;
      for (const offset of at) {
        list.push(offset - previous);
        previous = offset;
      }
      size += 2 + at.length;
    }
  });
  let shardCount = 1;
  while (shardCount * targetShardSize < size) shardCount *= 2;
  const shards: Shard[] = Array.from({ length: shardCount }, () => ({}));
  for (const [gram, list] of postings) shards[shardOf(gram, shardCount)][gram] = list;
  return { meta: { docs: docs.map((d) => d.id), shards: shardCount }, shards };
}

/** A posting list read back: document index → offsets (empty for a single character). */
function decode(postings: Postings | undefined): Map<number, number[]> {
  const out = new Map<number, number[]>();
  if (!postings) return out;
  for (let i = 0; i < postings.length; ) {
    const doc = postings[i];
    const count = postings[i + 1];
    const offsets: number[] = [];
    let at = 0;
    for (let k = 0; k < count; k++) offsets.push((at += postings[i + 2 + k]));
    out.set(doc, offsets);
    i += 2 + count;
  }
  return out;
}

/**
 * Documents holding the phrase and how often: document index → occurrences (for a single
 * character, 1). `postingsOf` gives a gram's postings from the shards fetched.
 */
export function phraseOccurrences(phrase: string, postingsOf: (gram: string) => Postings | undefined): Map<number, number> {
  const text = phraseText(phrase);
  const found = new Map<number, number>();
  if (!text) return found;
  if (text.length === 1) {
    for (const doc of decode(postingsOf(text)).keys()) found.set(doc, 1);
    return found;
  }
  const pairs = Array.from({ length: text.length - 1 }, (_, i) => decode(postingsOf(text.slice(i, i + 2))));
  for (const [doc, starts] of pairs[0]) {
    const later = pairs.slice(1).map((p) => p.get(doc));
    if (later.some((offsets) => !offsets)) continue;
    const sets = later.map((offsets) => new Set(offsets));
    const count = starts.filter((start) => sets.every((set, i) => set.has(start + i + 1))).length;
    if (count) found.set(doc, count);
  }
  return found;
}
