/**
 * Which documents a query lists, in which order, a page at a time. Plans holding every phrase
 * of the query come first, all of them, found in the exact phrase index (phrase-index.ts, so
 * the count is checked against the texts, not guessed from words), most occurrences first;
 * then the pages Pagefind finds for some of the words, in its order. Filters are Pagefind's:
 * every reader page carries a hidden `doc` filter, so Pagefind can say which documents pass
 * the chosen filters without fetching a page, and fetch only the pages shown.
 * Runs in the browser; Pagefind and the index files come in through small interfaces.
 */
import { phraseOccurrences, queryGrams, shardOf, type PhraseIndexMeta, type Shard } from './phrase-index.ts';
import { queryTerms, type FilterChoice } from './search-query.ts';

export interface PagefindResult<Data> {
  data(): Promise<Data>;
}
export type PagefindFilters = Record<string, string[] | { any?: string[]; none?: string[] }>;
export interface PagefindLike<Data> {
  search(query: string | null, options?: { filters?: PagefindFilters }): Promise<{ results: PagefindResult<Data>[]; filters?: Record<string, Record<string, number>> }>;
}

export interface PhraseIndexSource {
  meta: PhraseIndexMeta;
  shard(n: number): Promise<Shard>;
}

/** Every document holding every phrase of the query, with its occurrences, most first (index order on ties). */
export async function exactDocuments(query: string, index: PhraseIndexSource): Promise<{ id: string; count: number }[]> {
  const terms = queryTerms(query);
  if (!terms.length) return [];
  const numbers = [...new Set(terms.flatMap(queryGrams).map((gram) => shardOf(gram, index.meta.shards)))];
  const shards = new Map(await Promise.all(numbers.map(async (n) => [n, await index.shard(n)] as const)));
  const postingsOf = (gram: string) => shards.get(shardOf(gram, index.meta.shards))?.[gram];
  let total: Map<number, number> | undefined;
  for (const term of terms) {
    const found = phraseOccurrences(term, postingsOf);
    total = total ? new Map([...total].filter(([doc]) => found.has(doc)).map(([doc, n]) => [doc, n + found.get(doc)!])) : found;
  }
  return [...total!]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .map(([doc, count]) => ({ id: index.meta.docs[doc], count }));
}

/** One listed document: known by id (a full match), or a Pagefind result (a partial match). */
export type Listed<Data> = { exact: true; id: string } | { exact: false; result: PagefindResult<Data> };

export interface SearchListing<Data> {
  exact: number;
  partial: number;
  entries: Listed<Data>[];
}

const hasFilters = (filters: FilterChoice) => Object.values(filters).some((values) => values.length > 0);

/** The whole ordered list for a query and filters (no page fetched yet). */
export async function searchListing<Data>(pagefind: PagefindLike<Data>, index: PhraseIndexSource, query: string, filters: FilterChoice): Promise<SearchListing<Data>> {
  if (!query) {
    const all = await pagefind.search(null, { filters });
    return { exact: 0, partial: all.results.length, entries: all.results.map((result) => ({ exact: false, result })) };
  }
  let exact = await exactDocuments(query, index);
  if (hasFilters(filters)) {
    const passing = (await pagefind.search(null, { filters })).filters?.doc ?? {};
    exact = exact.filter((d) => (passing[d.id] ?? 0) > 0);
  }
  const allExact = exact.map((d) => d.id);
  const partial = await pagefind.search(query, { filters: { ...filters, ...(allExact.length ? { doc: { none: allExact } } : {}) } });
  return {
    exact: exact.length,
    partial: partial.results.length,
    entries: [...exact.map((d) => ({ exact: true as const, id: d.id })), ...partial.results.map((result) => ({ exact: false as const, result }))],
  };
}

/** The data of a run of listed documents, in their order (full matches fetched through the `doc` filter). */
export async function entryData<Data extends { meta: Record<string, string> }>(pagefind: PagefindLike<Data>, entries: Listed<Data>[]): Promise<{ exact: boolean; data: Data }[]> {
  const ids = entries.flatMap((e) => (e.exact ? [e.id] : []));
  const byId = new Map<string, Data>();
  if (ids.length) {
    const found = await pagefind.search(null, { filters: { doc: { any: ids } } });
    for (const data of await Promise.all(found.results.map((r) => r.data()))) byId.set(data.meta.doc, data);
  }
  const out = await Promise.all(entries.map(async (e) => ({ exact: e.exact, data: e.exact ? byId.get(e.id) : await e.result.data() })));
  return out.filter((e): e is { exact: boolean; data: Data } => e.data !== undefined);
}
