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
 * would, and index every word it yields, once per page. The terms go to the index only
 * (src/search-index/), wrapped in ⟦…⟧ so the search page can strip them from excerpts.
 */
/** Queries longer than this are rare; their words mostly occur in shorter substrings too. */
export const maxQueryLength = 8;

const hanRun = /\p{Script=Han}+/gu;

/**
 * Segmenting is the costly step, and plans share much of their wording (they quote the
 * national plan and each other), so what a substring yields is remembered across the build:
 * the words of each substring, and for each window of `maxQueryLength` characters the words of
 * all its prefixes. Bounded: a memory is dropped and refilled past `memoLimit` entries.
 */
const memoLimit = 500_000;

function remember<T>(memo: Map<string, T>, key: string, compute: () => T): T {
  const known = memo.get(key);
  if (known) return known;
  const value = compute();
  if (memo.size >= memoLimit) memo.clear();
  memo.set(key, value);
  return value;
}

const memos = new WeakMap<Intl.Segmenter, { words: Map<string, string[]>; windows: Map<string, string[]>; runs: Map<string, string[]>; context: Map<string, string[]> }>();

function memosOf(segmenter: Intl.Segmenter) {
  let memo = memos.get(segmenter);
  if (!memo) memos.set(segmenter, (memo = { words: new Map(), windows: new Map(), runs: new Map(), context: new Map() }));
  return memo;
}

function segmentWords(segmenter: Intl.Segmenter, text: string): string[] {
  const words: string[] = [];
  for (const { segment, isWordLike } of segmenter.segment(text)) if (isWordLike) words.push(segment);
  return words;
}

const wordsOf = (segmenter: Intl.Segmenter, text: string) => remember(memosOf(segmenter).words, text, () => segmentWords(segmenter, text));

/** The words of every prefix of `window` of two characters or more, in order, each once. */
function prefixWords(segmenter: Intl.Segmenter, window: string): string[] {
  return remember(memosOf(segmenter).windows, window, () => {
    const words = new Set<string>();
    for (let end = 2; end <= window.length; end++) for (const word of wordsOf(segmenter, window.slice(0, end))) words.add(word);
    return [...words];
  });
}

const browserSegmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });

/** Every word a browser would search for when the query is some substring of one Han run (remembered: plans repeat their sentences). */
function runTerms(segmenter: Intl.Segmenter, run: string): string[] {
  return remember(memosOf(segmenter).runs, run, () => {
    const extra = new Set<string>();
    for (let start = 0; start + 1 < run.length; start++) {
      for (const word of prefixWords(segmenter, run.slice(start, start + maxQueryLength))) extra.add(word);
    }
    return [...extra];
  });
}

/** The runs of Han characters of a text, whitespace removed: a line broken by PDF extraction must not stop a phrase being found. */
const compactRuns = (text: string) => Array.from(text.replace(/\s+/g, '').matchAll(hanRun), ([run]) => run);

/** Every word a browser would search for when the query is some Han substring of `text`. */
export function extraIndexTerms(text: string, segmenter = browserSegmenter): string[] {
  const extra = new Set<string>();
  for (const run of compactRuns(text)) for (const word of runTerms(segmenter, run)) extra.add(word);
  return [...extra];
}

/**
 * The extra terms of a page made of these texts, each once: the words a substring query may
 * bring that the running text, segmented in context, does not already hold. The page is what
 * Pagefind finds (the search page finds the clauses holding a query in the text itself), and a
 * word the running text yields is on the page already: listing it again only costs index time
 * and page weight. The full match of a phrase comes from the exact phrase index, so a word the
 * indexer cuts otherwise only costs a partial match. A segmenter cuts Han characters by its
 * dictionary only within a run of them, so the running text's words are its runs' words.
 */
export function pageIndexTerms(texts: string[], segmenter = browserSegmenter): string[] {
  const { context } = memosOf(segmenter);
  const inContext = new Set<string>();
  for (const text of texts) {
    for (const [run] of text.matchAll(hanRun)) for (const word of remember(context, run, () => segmentWords(segmenter, run))) inContext.add(word);
  }
  const extra = new Set<string>();
  for (const text of texts) for (const run of compactRuns(text)) for (const word of runTerms(segmenter, run)) if (!inContext.has(word)) extra.add(word);
  return [...extra];
}
