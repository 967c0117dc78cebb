/**
 * The overview's document list over the catalog (catalog.ts): filter by province, level, year
 * and words of the title, sort by a column, and cut into pages. Pure, so the browser script
 * only draws rows.
 */
import { rowShortName, type CatalogRow } from './catalog.ts';

export interface TableQuery {
  province: string;
  level: string;
  year: string;
  words: string;
  /** null keeps the catalog's order (national first, then plans as in every other view). */
  sort: SortKey | null;
  descending: boolean;
  page: number;
}

export const sortKeys = ['title', 'level', 'region', 'date', 'clauses', 'national', 'deadlines', 'metrics'] as const;
export type SortKey = (typeof sortKeys)[number];
export const PAGE_SIZE = 50;

const levelRank: Record<string, number> = { national: 0, provincial: 1, municipal: 2, county: 3 };

const sortValue: Record<SortKey, (row: CatalogRow) => string | number> = {
  title: (r) => r.title ?? r.id,
  level: (r) => levelRank[r.level ?? ''] ?? 4,
  region: (r) => [r.province, r.city, r.county].filter(Boolean).join(' ') || '~',
  date: (r) => r.date ?? '~',
  clauses: (r) => r.clauses,
  national: (r) => r.national.length,
  deadlines: (r) => r.deadlines,
  metrics: (r) => r.metrics,
};

export function filterRows(rows: readonly CatalogRow[], query: Pick<TableQuery, 'province' | 'level' | 'year' | 'words'>): CatalogRow[] {
  const words = query.words.toLowerCase().split(/\s+/).filter(Boolean);
  return rows.filter(
    (row) =>
      (!query.province || (row.province ?? '') === query.province) &&
      (!query.level || (row.level ?? '') === query.level) &&
      (!query.year || (row.date?.slice(0, 4) ?? '') === query.year) &&
      words.every((w) => `${row.title ?? ''} ${rowShortName(row)} ${row.id}`.toLowerCase().includes(w)),
  );
}

/** Stable sort by one column; rows keep the catalog's order on ties. */
export function sortRows(rows: readonly CatalogRow[], key: SortKey, descending: boolean): CatalogRow[] {
  const value = sortValue[key];
  const sign = descending ? -1 : 1;
  return rows
    .map((row, i) => ({ row, i, v: value(row) }))
    .sort((a, b) => (typeof a.v === 'number' && typeof b.v === 'number' ? a.v - b.v : String(a.v).localeCompare(String(b.v), 'zh-CN')) * sign || a.i - b.i)
    .map((x) => x.row);
}

export function tablePage(rows: readonly CatalogRow[], query: TableQuery): { rows: CatalogRow[]; total: number; page: number; pages: number } {
  const filtered = filterRows(rows, query);
  const sorted = query.sort ? sortRows(filtered, query.sort, query.descending) : filtered;
  const pages = Math.max(1, Math.ceil(sorted.length / PAGE_SIZE));
  const page = Math.min(Math.max(0, query.page), pages - 1);
  return { rows: sorted.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE), total: sorted.length, page, pages };
}
