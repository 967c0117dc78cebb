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

/** Does the text contain the query as a substring, ignoring whitespace in both? */
export function containsPhrase(text: string, query: string): boolean {
  const needle = compact(query);
  return needle.length > 0 && compact(text).includes(needle);
}

export type ExcerptPart = { text: string; marked: boolean };

const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };

/**
 * Pagefind excerpts are entity-encoded text with <mark> tags. Turn one into plain parts so the
 * page can build it with text nodes instead of innerHTML.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const token of excerpt.split(/(<\/?mark>)/)) {
    if (token === '<mark>') marked = true;
    else if (token === '</mark>') marked = false;
    else if (token) parts.push({ text: token.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (m) => entities[m] ?? m), marked });
  }
  return parts;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * An excerpt of `content` around the first occurrence of the query phrase at or after `after`
 * (a sub-result's heading), whitespace inside the phrase allowed; null when it is not there.
 */
export function phraseExcerpt(content: string, query: string, after = '', radius = 30): ExcerptPart[] | null {
  const text = stripIndexTerms(content);
  const needle = compact(query);
  if (!needle) return null;
  const pattern = new RegExp([...needle].map(escapeRegExp).join('\\s*'), 'g');
  pattern.lastIndex = after ? Math.max(0, text.indexOf(after)) : 0;
  let match = pattern.exec(text);
  if (!match) {
    pattern.lastIndex = 0;
    match = pattern.exec(text);
  }
  if (!match) return null;
  const start = Math.max(0, match.index - radius);
  const end = Math.min(text.length, match.index + match[0].length + radius);
  return [
    { text: `${start > 0 ? '…' : ''}${text.slice(start, match.index)}`, marked: false },
    { text: match[0], marked: true },
    { text: `${text.slice(match.index + match[0].length, end)}${end < text.length ? '…' : ''}`, marked: false },
  ].filter((part) => part.text);
}

/**
 * The excerpt to show for a result: Pagefind's own when it shows the phrase, else one cut around
 * the phrase (Pagefind picks the window with most word hits, which can be the hidden terms).
 */
export function resultExcerpt(excerpt: string, content: string, query: string, heading = ''): ExcerptPart[] {
  const parts = excerptParts(excerpt);
  const plain = parts.map((p) => p.text).join('');
  const hasHiddenTerms = plain.includes(indexTermsOpen) || plain.includes(indexTermsClose);
  if (!hasHiddenTerms && (!query || containsPhrase(plain, query))) return parts;
  const around = query ? phraseExcerpt(content, query, heading) : null;
  if (around) return around;
  return [{ text: stripIndexTerms(plain).trim(), marked: false }];
}
