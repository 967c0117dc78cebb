/**
 * The comparison model shared by /compare/, /national/<slug>/ and the coverage matrix:
 * national clauses as rows, plans as columns, and in each cell the plan's clauses
 * that link to that national clause. Pure functions over the published data.
 */
import type { ClauseRecord, DocumentRecord, Link } from '../../scripts/publish/schema.ts';
import { clauseName } from './labels.ts';
import { zh } from '../i18n/zh.ts';
import { clauseNumber } from './routes.ts';
import { truncate } from '../charts/svg.ts';

export interface LinkedClause {
  clause: ClauseRecord;
  link: Link;
}

export interface CompareRow {
  national: ClauseRecord;
  /** Plan id → its clauses linking to this national clause, best score first. */
  cells: Record<string, LinkedClause[]>;
}

export interface CompareModel {
  plans: DocumentRecord[];
  rows: CompareRow[];
  /** Plan id → its clauses that link to no national row, in reading order. */
  unlinked: Record<string, ClauseRecord[]>;
}

const LEVEL_ORDER: Record<string, number> = { provincial: 0, municipal: 1, county: 2 };

export function isNational(doc: DocumentRecord): boolean {
  return doc.level === 'national';
}

/** A plan whose links to the national plan are labelled `precedes` (the link stage's relation): older, so never implementing. */
export function precedesNational(plan: DocumentRecord, clauses: readonly ClauseRecord[], nationalIds: ReadonlySet<string>): boolean {
  return clauses.some((c) => c.doc === plan.id && c.links.some((l) => nationalIds.has(l.target) && l.relation === 'precedes'));
}

/**
 * The plans compared against the national plan: every document below national level
 * (a document whose level is unknown is still a local plan). Higher levels first,
 * then oldest first, so a plan that precedes the national one sits at the left.
 */
export function planDocuments(documents: readonly DocumentRecord[]): DocumentRecord[] {
  return documents
    .filter((d) => !isNational(d))
    .sort(
      (a, b) =>
        (LEVEL_ORDER[a.level ?? ''] ?? 3) - (LEVEL_ORDER[b.level ?? ''] ?? 3) ||
        (a.date ?? '9999').localeCompare(b.date ?? '9999') ||
        a.id.localeCompare(b.id),
    );
}

/**
 * The national clauses that get a row: every leaf clause of a national document (the
 * tasks themselves) plus any heading clause that some plan links to directly, in
 * reading order. Headings without links would only repeat their children.
 */
export function nationalRows(
  documents: readonly DocumentRecord[],
  clauses: readonly ClauseRecord[],
): ClauseRecord[] {
  const nationalIds = new Set(documents.filter(isNational).map((d) => d.id));
  const parents = new Set(clauses.map((c) => c.parent).filter((p): p is string => p !== null));
  const targets = new Set(clauses.flatMap((c) => c.links.map((l) => l.target)));
  return clauses.filter(
    (c) => nationalIds.has(c.doc) && (!parents.has(c.id) || targets.has(c.id)),
  );
}

export function compareModel(
  documents: readonly DocumentRecord[],
  clauses: readonly ClauseRecord[],
): CompareModel {
  const plans = planDocuments(documents);
  const planIds = new Set(plans.map((p) => p.id));
  const rows: CompareRow[] = nationalRows(documents, clauses).map((national) => ({
    national,
    cells: Object.fromEntries(plans.map((p) => [p.id, [] as LinkedClause[]])),
  }));
  const rowById = new Map(rows.map((r) => [r.national.id, r]));
  const unlinked: Record<string, ClauseRecord[]> = Object.fromEntries(plans.map((p) => [p.id, []]));

  for (const clause of clauses) {
    if (!planIds.has(clause.doc)) continue;
    let linked = false;
    for (const link of clause.links) {
      const row = rowById.get(link.target);
      if (!row) continue;
      row.cells[clause.doc].push({ clause, link });
      linked = true;
    }
    if (!linked) unlinked[clause.doc].push(clause);
  }
  for (const row of rows) {
    for (const cell of Object.values(row.cells)) cell.sort((a, b) => b.link.score - a.link.score);
  }
  return { plans, rows, unlinked };
}

export interface NationalClauseLinks {
  /** Documents with clauses linking to the national clause, in plan order; best hits first. */
  groups: { doc: DocumentRecord; hits: LinkedClause[] }[];
  /** Plans with no clause linking to it. */
  gaps: DocumentRecord[];
  /** Spans of the national clause's text that some linking clause shares. */
  sharedSpans: [number, number][];
}

const linkIndexes = new WeakMap<readonly ClauseRecord[], Map<string, LinkedClause[]>>();

/** Every link of the clauses by its target, in reading order: made once for a list of clauses, as each national clause's pages ask. */
function linksByTarget(clauses: readonly ClauseRecord[]): Map<string, LinkedClause[]> {
  let index = linkIndexes.get(clauses);
  if (!index) {
    index = new Map();
    for (const clause of clauses) {
      for (const link of clause.links) {
        const hits = index.get(link.target);
        if (hits) hits.push({ clause, link });
        else index.set(link.target, [{ clause, link }]);
      }
    }
    linkIndexes.set(clauses, index);
  }
  return index;
}

/** Everything that links to one national clause, grouped by document, for its page. */
export function linksToNational(
  nationalId: string,
  documents: readonly DocumentRecord[],
  clauses: readonly ClauseRecord[],
): NationalClauseLinks {
  const plans = planDocuments(documents);
  const order = new Map(plans.map((p, i) => [p.id, i]));
  const byDoc = new Map<string, LinkedClause[]>();
  for (const hit of linksByTarget(clauses).get(nationalId) ?? []) {
    const hits = byDoc.get(hit.clause.doc) ?? [];
    hits.push(hit);
    byDoc.set(hit.clause.doc, hits);
  }
  const groups = documents
    .filter((d) => byDoc.has(d.id))
    .sort((a, b) => (order.get(a.id) ?? plans.length) - (order.get(b.id) ?? plans.length))
    .map((doc) => ({ doc, hits: byDoc.get(doc.id)!.sort((a, b) => b.link.score - a.link.score) }));
  const sharedSpans = groups.flatMap((g) => g.hits.flatMap((h) => h.link.evidence.map((e) => e.target)));
  return { groups, gaps: plans.filter((p) => !byDoc.has(p.id)), sharedSpans };
}

/** How many national rows a plan has at least one clause for. */
export function coveredRows(model: Pick<CompareModel, 'rows'>, planId: string): number {
  return model.rows.filter((row) => row.cells[planId]?.length > 0).length;
}

/** Highest score in a cell, or null for a gap. */
export function bestScore(cell: readonly LinkedClause[]): number | null {
  return cell.length === 0 ? null : Math.max(...cell.map((c) => c.link.score));
}

/** Every link in the cell is `precedes`: the plan is older, so it cannot implement the clause. */
export function onlyPrecedes(cell: readonly LinkedClause[]): boolean {
  return cell.length > 0 && cell.every((c) => c.link.relation === 'precedes');
}

/** A clause's number and name, shortened to fit a chart label: "2.1.3 建设临床服务…". */
export function clauseLabel(clause: ClauseRecord, maxChars = 40): string {
  return `${clauseNumber(clause.id)} ${truncate(clauseName(clause), maxChars)}`;
}

/** The start of a clause's body, for tooltips that show "the clause" behind a mark. */
export function clauseExcerpt(clause: ClauseRecord, maxChars = 120): string {
  return truncate(clause.text.slice(clause.bodyStart).replace(/\s+/g, ' ').trim(), maxChars);
}

/** Short name for a plan in column headers: its county, city or province, else its title; the national plan by the interface's name for it. */
export function planShortName(doc: DocumentRecord, nationalPlan: string = zh.nationalPlan): string {
  if (isNational(doc)) return nationalPlan;
  return doc.region.county ?? doc.region.city ?? doc.region.province ?? doc.title ?? doc.id;
}

export interface Segment {
  text: string;
  shared: boolean;
}

/**
 * Cut `text` into plain and shared pieces from evidence spans ([start, end) offsets,
 * in code units as published), merging overlaps. The renderer escapes each piece and
 * wraps shared ones in <mark>, so no document text is ever parsed as markup.
 */
export function highlightSegments(text: string, spans: readonly (readonly [number, number])[]): Segment[] {
  const merged = mergeSpans(spans, text.length);
  const out: Segment[] = [];
  let at = 0;
  for (const [start, end] of merged) {
    if (start > at) out.push({ text: text.slice(at, start), shared: false });
    out.push({ text: text.slice(start, end), shared: true });
    at = end;
  }
  if (at < text.length || out.length === 0) out.push({ text: text.slice(at), shared: false });
  return out;
}

function mergeSpans(spans: readonly (readonly [number, number])[], length: number): [number, number][] {
  const clipped = spans
    .map(([s, e]) => [Math.max(0, Math.min(s, length)), Math.max(0, Math.min(e, length))] as [number, number])
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const span of clipped) {
    const last = merged[merged.length - 1];
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([...span]);
  }
  return merged;
}

/**
 * Like highlightSegments, but for long texts keep only `context` characters around
 * each shared span, with `…` where text was left out, so table cells stay short.
 */
export function excerptSegments(
  text: string,
  spans: readonly (readonly [number, number])[],
  { maxLength = 160, context = 24 } = {},
): Segment[] {
  const merged = mergeSpans(spans, text.length);
  if (text.length <= maxLength) return highlightSegments(text, merged);
  if (merged.length === 0) return [{ text: text.slice(0, maxLength) + '…', shared: false }];
  const windows = mergeSpans(
    merged.map(([s, e]) => [s - context, e + context] as [number, number]),
    text.length,
  );
  const out: Segment[] = [];
  for (const [start, end] of windows) {
    if (start > 0) out.push({ text: '…', shared: false });
    const inside = merged
      .filter(([s, e]) => s < end && e > start)
      .map(([s, e]) => [Math.max(s, start) - start, Math.min(e, end) - start] as [number, number]);
    out.push(...highlightSegments(text.slice(start, end), inside));
  }
  if (windows[windows.length - 1][1] < text.length) out.push({ text: '…', shared: false });
  return out;
}
