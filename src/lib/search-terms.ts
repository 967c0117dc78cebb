/**
 * Extra index terms, so that a Chinese query finds every page that contains it as a substring.
 *
 * Pagefind (1.6) segments Chinese into words twice: at index time over the running text, and in
 * the browser over the query alone (Intl.Segmenter). A phrase cut out of its sentence can
 * segment differently from the same characters in context: 较大幅度 alone is 较|大幅度, but
 * in 逐年较大幅度增长 the indexer sees 较大|幅度, so the query's word 大幅度 is not on the page.
 * The indexer's segmenter (ICU4X) does not always agree with the browser's even in context, so
 * we cannot know which words the index lacks. We close the gap at build time: for every Han
 * substring of the text up to `maxQueryLength` characters, segment it alone as the browser
 * would, and index every word it yields, once per clause. The reader hides these terms; they
 * are wrapped in ⟦…⟧ so the search page can strip them from excerpts.
 */
/** Queries longer than this are rare; their words mostly occur in shorter substrings too. */
export const maxQueryLength = 8;

const hanRun = /\p{Script=Han}+/gu;

/**
 * Words of each substring, remembered across the build: plans share much of their wording (they
 * quote the national plan and each other), so most substrings recur, and segmenting is the
 * costly step. Bounded: the memory is dropped and refilled past `memoLimit` entries.
 */
const memoLimit = 500_000;
const memos = new WeakMap<Intl.Segmenter, Map<string, string[]>>();

function wordsOf(segmenter: Intl.Segmenter, text: string): string[] {
  let memo = memos.get(segmenter);
  if (!memo) memos.set(segmenter, (memo = new Map()));
  const known = memo.get(text);
  if (known) return known;
  const words: string[] = [];
  for (const { segment, isWordLike } of segmenter.segment(text)) if (isWordLike) words.push(segment);
  if (memo.size >= memoLimit) memo.clear();
  memo.set(text, words);
  return words;
}

const browserSegmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });

/** Every word a browser would search for when the query is some Han substring of `text`. */
export function extraIndexTerms(text: string, segmenter = browserSegmenter): string[] {
  const extra = new Set<string>();
  // Whitespace inside a phrase (a line broken by PDF extraction) must not stop it being found.
  for (const [run] of text.replace(/\s+/g, '').matchAll(hanRun)) {
    for (let start = 0; start < run.length; start++) {
      for (let end = start + 2; end <= Math.min(run.length, start + maxQueryLength); end++) {
        for (const word of wordsOf(segmenter, run.slice(start, end))) extra.add(word);
      }
    }
  }
  return [...extra];
}
