/**
 * Every URL the site hands out, in one place, so pages link to each other the same way.
 * National clause and comparison URLs live in compare-links.ts.
 * A clause id is `<doc>/<number>` (e.g. `county-2024/2.1.3`, `county-2024/2.1~2`), in an attached
 * part `<doc>/附件2/1.3`.
 */

export function docHref(docId: string): string {
  return `/docs/${docId}/`;
}

/** A text-reuse family's page; families count from 1, in the order of planFamilies (reuse-families.ts). */
export function familyHref(family: number): string {
  return `/reuse/families/${family}/`;
}

/** The document part of a clause id. */
export function docOfClause(clauseId: string): string {
  return clauseId.slice(0, clauseId.indexOf('/'));
}

/** The numbering part of a clause id: `2.1.3`. */
export function clauseNumber(clauseId: string): string {
  return clauseId.slice(clauseId.indexOf('/') + 1);
}

/** The element id of a clause in its reader page (an id must not start with a digit for CSS). */
export function clauseAnchor(clauseId: string): string {
  return `c-${clauseNumber(clauseId)}`;
}

/** Permalink of a clause: its reader page plus anchor. */
export function clauseHref(clauseId: string): string {
  return `${docHref(docOfClause(clauseId))}#${clauseAnchor(clauseId)}`;
}

export function sourceHref(docId: string): string {
  return `/source/${docId}.txt`;
}

import type { LongTableName } from '../../scripts/publish/csv-tables.ts';

/** The published tables; each is offered as JSON and as CSV under /data/. */
export const dataTables = ['documents', 'clauses'] as const;
export type DataTable = (typeof dataTables)[number];

export function dataHref(table: DataTable, format: 'json' | 'csv' | 'schema'): string {
  return format === 'schema' ? `/data/schema/${table}.schema.json` : `/data/${table}.${format}`;
}

/** A long table (one row per link, unit, deadline…; scripts/publish/csv-tables.ts), offered as CSV only. */
export function longTableHref(table: LongTableName): string {
  return `/data/${table}.csv`;
}
