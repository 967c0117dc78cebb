/**
 * Long ("tidy") tables beside clauses.csv: one row per link, suggestion, responsible unit,
 * deadline and metric, keyed by the clause and document ids — so a researcher counts, filters
 * and joins them in R, pandas or a spreadsheet without unpacking the clause table's JSON columns.
 * Each table has its columns fixed here (a corpus with no link still gets links.csv's header).
 */
import type { ClauseRecord } from './schema.ts';

type Row = Record<string, string | number | null>;

interface TidyTable {
  columns: readonly string[];
  rows: (clause: ClauseRecord) => Row[];
}

/** The document part of a clause id (`xiangyuan-2023/2.1` → `xiangyuan-2023`). */
const docOf = (clauseId: string) => clauseId.slice(0, clauseId.indexOf('/'));
/** The shared wording of a link or suggestion, its runs in the source's order. */
const evidenceText = (evidence: readonly { text: string }[]) => evidence.map((e) => e.text).join(' … ');
const keys = (c: ClauseRecord) => ({ clause: c.id, doc: c.doc });

export const tidyTables = {
  links: {
    columns: ['source', 'sourceDoc', 'target', 'targetDoc', 'rank', 'score', 'relation', 'curated', 'note', 'evidence'],
    rows: (c) =>
      c.links.map((l, i) => ({
        source: c.id,
        sourceDoc: c.doc,
        target: l.target,
        targetDoc: docOf(l.target),
        rank: i + 1,
        score: l.score,
        relation: l.relation,
        curated: l.curated,
        note: l.note,
        evidence: evidenceText(l.evidence),
      })),
  },
  suggestions: {
    columns: ['source', 'sourceDoc', 'target', 'targetDoc', 'rank', 'score', 'evidence'],
    rows: (c) =>
      c.suggestions.map((s, i) => ({ source: c.id, sourceDoc: c.doc, target: s.target, targetDoc: docOf(s.target), rank: i + 1, score: s.score, evidence: evidenceText(s.evidence) })),
  },
  units: {
    columns: ['clause', 'doc', 'name', 'canonical', 'kind', 'role'],
    rows: (c) => c.units.map((u) => ({ ...keys(c), name: u.name, canonical: u.canonical, kind: u.kind, role: u.role })),
  },
  deadlines: {
    columns: ['clause', 'doc', 'text', 'kind', 'start', 'end', 'recurring', 'every'],
    rows: (c) => c.deadlines.map((d) => ({ ...keys(c), text: d.text, kind: d.kind, start: d.start, end: d.end, recurring: d.recurring, every: d.every ?? null })),
  },
  metrics: {
    columns: ['clause', 'doc', 'text', 'indicator', 'comparator', 'value', 'min', 'max', 'baseline', 'unit', 'per', 'year'],
    rows: (c) =>
      c.metrics.map((m) => ({
        ...keys(c),
        text: m.text,
        indicator: m.indicator,
        comparator: m.comparator,
        value: m.value ?? null,
        min: m.min ?? null,
        max: m.max ?? null,
        baseline: m.baseline ?? null,
        unit: m.unit,
        per: m.per,
        year: m.year,
      })),
  },
} satisfies Record<string, TidyTable>;

export type TidyTableName = keyof typeof tidyTables;
export const tidyTableNames = Object.keys(tidyTables) as TidyTableName[];
