/**
 * Pure helpers of the search page: URL state, Chinese substring checks and safe excerpts.
 */

/** Pagefind filter names used on reader pages, with the labels the search page shows. */
export const filterLabels: Record<string, string> = {
  document: '文件',
  level: '层级',
  province: '省份',
  year: '年份',
  unit: '责任单位',
  national: '国家条款',
};

/** Brackets around the hidden extra index terms of a reader page (see src/lib/search-terms.ts). */
export const indexTermsOpen = '⟦';
export const indexTermsClose = '⟧';

export type FilterChoice = Record<string, string[]>;

export interface SearchState {
  query: string;
  filters: FilterChoice;
}

/** `?q=胸痛中心&unit=县卫健局&unit=县财政局` ⇄ state; unknown parameters are ignored. */
export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: FilterChoice = {};
  for (const name of Object.keys(filterLabels)) {
    const values = params.getAll(name).filter(Boolean);
    if (values.length) filters[name] = values;
  }
  return { query: (params.get('q') ?? '').trim(), filters };
}

export function writeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const [name, values] of Object.entries(state.filters)) for (const value of values) params.append(name, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Text with all whitespace removed: how a reader of Chinese compares a phrase with a page. */
export function compact(text: string): string {
  return text.replace(/\s+/g, '');
}

/** Page content without the hidden extra index terms. */
export function stripIndexTerms(content: string): string {
  return content.replace(new RegExp(`${indexTermsOpen}[^${indexTermsClose}]*(${indexTermsClose}|$)`, 'g'), ' ').replace(new RegExp(`^[^${indexTermsOpen}]*${indexTermsClose}`), ' ');
}

/** Does the text contain the query as a substring, ignoring whitespace in both and letter case? */
export function containsPhrase(text: string, query: string): boolean {
  const needle = compact(query).toLowerCase();
  return needle.length > 0 && compact(text).toLowerCase().includes(needle);
}

export type ExcerptPart = { text: string; marked: boolean };

/** The phrases of a query: whitespace separates them, as in 胸痛 卒中; duplicates dropped. */
export function queryTerms(query: string): string[] {
  return [...new Set(query.split(/\s+/).filter(Boolean))];
}

/** Does the text contain every phrase of the query (each ignoring whitespace)? */
export function containsAll(text: string, query: string): boolean {
  const terms = queryTerms(query);
  return terms.length > 0 && terms.every((term) => containsPhrase(text, term));
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A pattern for the phrase that also matches it broken by whitespace (PDF line breaks). */
function phrasePattern(phrase: string, flags = 'giu'): RegExp {
  return new RegExp([...compact(phrase)].map(escapeRegExp).join('\\s*'), flags);
}

/** Every occurrence of each term, as [start, end, term index], in order. */
function occurrences(text: string, terms: string[]): [number, number, number][] {
  const found: [number, number, number][] = [];
  terms.forEach((term, t) => {
    if (compact(term)) for (const match of text.matchAll(phrasePattern(term))) found.push([match.index, match.index + match[0].length, t]);
  });
  return found.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
}

/** [start, end) of every occurrence of any term in the text, in order, overlaps merged. */
export function termRanges(text: string, terms: string[]): [number, number][] {
  const merged: [number, number][] = [];
  for (const [start, end] of occurrences(text, terms)) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** The text as parts with every occurrence of the terms marked. */
export function highlight(text: string, terms: string[]): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let at = 0;
  for (const [start, end] of termRanges(text, terms)) {
    if (start > at) parts.push({ text: text.slice(at, start), marked: false });
    parts.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), marked: false });
  return parts;
}

/**
 * An excerpt of the text around the occurrence of a term that has the most different terms
 * close after it (the first such; the text's start when there is none), `before` and `after`
 * characters either side, every occurrence inside marked, cuts shown as ….
 */
export function excerptAround(text: string, terms: string[], before = 30, after = 50): ExcerptPart[] {
  const found = occurrences(text, terms);
  let best: [number, number, number] | undefined;
  let bestCount = 0;
  for (const occurrence of found) {
    const near = new Set(found.filter(([s]) => s >= occurrence[0] && s < occurrence[1] + after).map(([, , t]) => t)).size;
    if (near > bestCount) [best, bestCount] = [occurrence, near];
  }
  let start = best ? Math.max(0, best[0] - before) : 0;
  let end = best ? Math.min(text.length, best[1] + after) : Math.min(text.length, before + after);
  // Do not cut an occurrence in two at either edge.
  for (const [s, e] of found) {
    if (s < start && e > start) start = s;
    if (s < end && e > end) end = e;
  }
  const parts = highlight(text.slice(start, end), terms);
  if (start > 0) parts.unshift({ text: '…', marked: false });
  if (end < text.length) parts.push({ text: '…', marked: false });
  return mergeParts(parts);
}

function mergeParts(parts: ExcerptPart[]): ExcerptPart[] {
  const merged: ExcerptPart[] = [];
  for (const part of parts) {
    const last = merged.at(-1);
    if (last && last.marked === part.marked) last.text += part.text;
    else if (part.text) merged.push({ ...part });
  }
  return merged;
}

/** An element Pagefind recorded with an id, and the number of words before it. */
export interface PageAnchor {
  element: string;
  id: string;
  text: string;
  location: number;
}

/** One heading of a page with the text up to the next heading: a clause without its sub-clauses. */
export interface Section {
  id: string;
  /** The heading's tag name: h1 is the document's title. */
  element: string;
  title: string;
  /** The section's own text after its heading, hidden index terms removed. */
  body: string;
}

const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };
const decodeEntities = (text: string) => text.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (m) => entities[m] ?? m);

/** Pagefind ends every block that ends in a word character with '.'; Chinese text has none. */
const tidy = (text: string) => text.replace(/(?<=[\p{L}\p{N}_'"$*)])\.(?=\s|$)/gu, '').replace(/\s+/g, ' ').trim();

/**
 * Split a Pagefind page's plain `content` into its headings' sections. Pagefind gives every
 * heading's text and position in words, not characters, so each heading is found by its text, in
 * order, as a block of its own (Pagefind puts whitespace around blocks). A heading that cannot be
 * found stays part of the section before it.
 */
export function splitSections(content: string, anchors: PageAnchor[]): Section[] {
  const text = decodeEntities(stripIndexTerms(content));
  const headings = anchors.filter((a) => /^h[1-6]$/i.test(a.element)).sort((a, b) => a.location - b.location);
  const found: { id: string; element: string; title: string; start: number; end: number }[] = [];
  let cursor = 0;
  for (const heading of headings) {
    const title = decodeEntities(heading.text).replace(/\s+/g, ' ').trim();
    if (!compact(title)) continue;
    const pattern = new RegExp(`(?<=^|\\s)${[...compact(title)].map(escapeRegExp).join('\\s*')}\\.?(?=\\s|$)`, 'gu');
    pattern.lastIndex = cursor;
    const match = pattern.exec(text);
    if (!match) continue;
    found.push({ id: heading.id, element: heading.element.toLowerCase(), title, start: match.index, end: match.index + match[0].length });
    cursor = match.index + match[0].length;
  }
  return found.map((heading, i) => ({
    id: heading.id,
    element: heading.element,
    title: heading.title,
    body: tidy(text.slice(heading.end, found[i + 1]?.start ?? text.length)),
  }));
}

/** A clause of a search result: where it is, its title and excerpt with the query marked. */
export interface ClauseHit {
  id: string;
  title: ExcerptPart[];
  excerpt: ExcerptPart[];
  /** How many of the searched terms the clause holds. */
  terms: number;
}

export interface DocumentHit {
  /** Does the document hold every phrase of the query? */
  exact: boolean;
  /** What was looked for in its clauses: the phrases, or for a partial match also their words. */
  terms: string[];
  clauses: ClauseHit[];
}

/**
 * Words the browser's segmenter cuts a query into (what Pagefind searches for), for marking a
 * partial match. Runs of single characters are kept together (千|县|工程 gives 千县 and 工程)
 * and a lone character is left out when there are longer words: 县 alone marks half a page.
 */
export function queryWords(query: string, segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' })): string[] {
  const words: string[] = [];
  for (const term of queryTerms(query)) {
    let run = '';
    const flush = () => {
      if (run) words.push(run);
      run = '';
    };
    for (const { segment, isWordLike } of segmenter.segment(term)) {
      if (!isWordLike) flush();
      else if ([...segment].length === 1) run += segment;
      else {
        flush();
        words.push(segment);
      }
    }
    flush();
  }
  const long = words.filter((w) => [...w].length > 1);
  return [...new Set(long.length ? long : words)];
}

/**
 * The clauses of one document to list for a query. A document holding every phrase lists every
 * clause holding one, those with the most phrases first, then in reading order. A document
 * holding only some of the words (Pagefind matches words) lists the few clauses holding most of
 * them. Either way a clause is listed for its own words, never for its sub-clauses' or the page's.
 */
export function documentHits(content: string, anchors: PageAnchor[], query: string, options: { partialLimit?: number; segmenter?: Intl.Segmenter; exact?: boolean } = {}): DocumentHit {
  const phrases = queryTerms(query);
  if (!phrases.length) return { exact: true, terms: [], clauses: [] };
  // The phrase index's verdict when the caller has it (it reads the whole text), else the page's.
  const exact = options.exact ?? containsAll(stripIndexTerms(content), query);
  const terms = exact ? phrases : [...new Set([...phrases, ...queryWords(query, options.segmenter)])];
  const scored = splitSections(content, anchors)
    .map((section, order) => {
      // The document's title is shown with the result already: its section counts for its body.
      const own = section.element === 'h1' ? section.body : `${section.title} ${section.body}`;
      return { section, order, count: terms.filter((term) => containsPhrase(own, term)).length };
    })
    .filter((s) => s.count > 0)
    .sort((a, b) => b.count - a.count || a.order - b.order);
  const best = scored[0]?.count ?? 0;
  const listed = exact ? scored : scored.filter((s) => s.count === best).slice(0, options.partialLimit ?? 3);
  return {
    exact,
    terms,
    clauses: listed.map(({ section, count }) => ({
      id: section.id,
      title: highlight(section.title, terms),
      // Around the words in the clause's text; when only its heading holds them, the heading too.
      excerpt: excerptAround(terms.some((term) => containsPhrase(section.body, term)) ? section.body : `${section.title} ${section.body}`.trim(), terms),
      terms: count,
    })),
  };
}
