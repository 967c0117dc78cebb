/**
 * The catalog: one compact row per document, published as /data/catalog.json, so that views
 * listing or picking among a thousand plans (the overview's table, the comparison's picker)
 * load a small file instead of the full data, and each document's own data comes from
 * /data/docs/<id>.json only when it is chosen. Pure functions; the schema is the contract.
 */
import { z } from 'zod';
import type { ClauseRecord, DocumentRecord } from '../../scripts/publish/schema.ts';

export const catalogRowSchema = z.object({
  id: z.string(),
  title: z.string().nullable(),
  level: z.enum(['national', 'provincial', 'municipal', 'county']).nullable(),
  province: z.string().nullable(),
  city: z.string().nullable(),
  county: z.string().nullable(),
  date: z.string().nullable(),
  period: z.object({ start: z.number().int().nullable(), end: z.number().int().nullable() }),
  clauses: z.number().int().nonnegative(),
  /** National clauses the document's clauses link to, as positions in the catalog's `nationalClauses`: what similarity between plans is measured on. */
  national: z.array(z.number().int().nonnegative()),
  deadlines: z.number().int().nonnegative(),
  metrics: z.number().int().nonnegative(),
});
export const catalogFileSchema = z.object({
  /** Ids of the national clauses some document links to, in reading order. */
  nationalClauses: z.array(z.string()),
  documents: z.array(catalogRowSchema),
});
export type CatalogRow = z.infer<typeof catalogRowSchema>;
export type Catalog = z.infer<typeof catalogFileSchema>;

/** One row per document, in the order given, counts from its clauses. */
export function catalogRows(documents: readonly DocumentRecord[], clausesOf: (id: string) => readonly ClauseRecord[], nationalIds: ReadonlySet<string>): Catalog {
  const nationalClauses = [...nationalIds].flatMap((id) => clausesOf(id).map((c) => c.id));
  const position = new Map(nationalClauses.map((id, i) => [id, i]));
  const rows = documents.map((doc) => {
    const own = clausesOf(doc.id);
    const national = new Set<number>();
    for (const clause of own) for (const link of clause.links) if (position.has(link.target)) national.add(position.get(link.target)!);
    return {
      id: doc.id,
      title: doc.title,
      level: doc.level,
      province: doc.region.province,
      city: doc.region.city,
      county: doc.region.county,
      date: doc.date,
      period: doc.period,
      clauses: own.length,
      national: [...national].sort((a, b) => a - b),
      deadlines: own.reduce((n, c) => n + c.deadlines.length, 0),
      metrics: own.reduce((n, c) => n + c.metrics.length, 0),
    };
  });
  const linked = new Set(rows.flatMap((r) => r.national));
  // Keep only linked national clauses, renumbered, so the file stays small.
  const kept = nationalClauses.map((id, i) => [id, i] as const).filter(([, i]) => linked.has(i));
  const renumber = new Map(kept.map(([, i], k) => [i, k]));
  return { nationalClauses: kept.map(([id]) => id), documents: rows.map((r) => ({ ...r, national: r.national.map((i) => renumber.get(i)!) })) };
}

/** Short name of a plan: county, city or province, else its title; the national plan by the interface's name for it (s.nationalPlan; a literal here keeps the dictionaries out of the picker's bundle). */
export function rowShortName(row: CatalogRow, nationalPlan = '国家方案'): string {
  if (row.level === 'national') return nationalPlan;
  return row.county ?? row.city ?? row.province ?? row.title ?? row.id;
}

/** Does the row match every word typed (in its place names, title, year or id)? */
export function rowMatches(row: CatalogRow, typed: string): boolean {
  const hay = [row.province, row.city, row.county, row.title, row.date?.slice(0, 4), row.id].filter(Boolean).join(' ').toLowerCase();
  return typed.toLowerCase().split(/\s+/).filter(Boolean).every((word) => hay.includes(word));
}

/** Jaccard similarity of two plans' national clause sets (0 when both are empty). */
export function similarity(a: CatalogRow, b: CatalogRow): number {
  if (!a.national.length && !b.national.length) return 0;
  const other = new Set<number>(b.national);
  const shared = a.national.filter((id) => other.has(id)).length;
  return shared / (a.national.length + b.national.length - shared);
}

/**
 * Plans to suggest beside a choice: the same province first, then the most similar plans
 * (national clauses taken up), never one already chosen or a national document.
 */
export function suggestions(rows: readonly CatalogRow[], chosen: readonly string[], limit = 6): CatalogRow[] {
  const picked = rows.filter((r) => chosen.includes(r.id));
  if (!picked.length) return [];
  const provinces = new Set(picked.map((r) => r.province).filter(Boolean));
  const score = (row: CatalogRow) => Math.max(...picked.map((p) => similarity(p, row))) + (row.province && provinces.has(row.province) ? 1 : 0);
  return rows
    .filter((r) => r.level !== 'national' && !chosen.includes(r.id))
    .map((row) => ({ row, score: score(row) }))
    .sort((a, b) => b.score - a.score || a.row.id.localeCompare(b.row.id))
    .slice(0, limit)
    .map((s) => s.row);
}
