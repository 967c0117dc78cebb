/**
 * The CSV tables, column by column: each column's name, its type and how a record gives its
 * value. The writer (write.ts) and the data package (data-package.ts) read the same list, so the
 * file and its description cannot drift apart.
 *
 * Besides the document and clause tables there are long ("tidy") tables: one row per link,
 * suggestion, responsible unit, deadline and metric, keyed by the clause and document ids — so a
 * researcher counts, filters and joins them in R, pandas or a spreadsheet without unpacking the
 * clause table's JSON columns.
 */
import type { ClauseRecord, DocumentRecord } from './schema.ts';

export type Cell = string | number | null;
/** Types of the Frictionless Table Schema: `array` and `object` are JSON in the cell. */
export type FieldType = 'string' | 'integer' | 'number' | 'date' | 'array' | 'object';

export interface Field<Item> {
  name: string;
  type: FieldType;
  value: (item: Item) => Cell;
}

export interface CsvTable<Item, Source = ClauseRecord> {
  /** The rows a record of documents.json or clauses.json gives. */
  items: (record: Source) => Item[];
  fields: readonly Field<Item>[];
  /** The column that names the row, and the columns that name a document or a clause. */
  primaryKey?: string;
  references: Readonly<Record<string, 'documents' | 'clauses'>>;
}

const field = <Item>(name: string, type: FieldType, value: (item: Item) => Cell | undefined): Field<Item> => ({ name, type, value: (item) => value(item) ?? null });
const json = (value: unknown) => JSON.stringify(value);

export function rowOf<Item>(table: { fields: readonly Field<Item>[] }, item: Item): Record<string, Cell> {
  return Object.fromEntries(table.fields.map((f) => [f.name, f.value(item)]));
}

export const documentsTable: CsvTable<DocumentRecord, DocumentRecord> = {
  items: (d) => [d],
  fields: [
    field('id', 'string', (d) => d.id),
    field('title', 'string', (d) => d.title),
    field('docNumber', 'string', (d) => d.docNumber),
    field('issuer', 'string', (d) => d.issuer),
    field('date', 'date', (d) => d.date),
    field('level', 'string', (d) => d.level),
    field('province', 'string', (d) => d.region.province),
    field('city', 'string', (d) => d.region.city),
    field('county', 'string', (d) => d.region.county),
    field('periodStart', 'integer', (d) => d.period.start),
    field('periodEnd', 'integer', (d) => d.period.end),
    field('cites', 'string', (d) => d.cites.map((c) => c.docNumber ?? c.title).join('；')),
    field('file', 'string', (d) => d.source.file),
    field('provenance', 'object', (d) => json(d.provenance)),
    field('issuers', 'string', (d) => d.issuers.join('；')),
    field('attachmentsJson', 'array', (d) => json(d.attachments)),
    field('format', 'string', (d) => d.source.format ?? 'text'),
    field('original', 'string', (d) => d.source.original),
    field('sha256', 'string', (d) => d.source.sha256),
    field('citesByTitle', 'string', (d) => d.citesByTitle.map((c) => c.title).join('；')),
  ],
  primaryKey: 'id',
  references: {},
};

export const clausesTable: CsvTable<ClauseRecord> = {
  items: (c) => [c],
  fields: [
    field('id', 'string', (c) => c.id),
    field('doc', 'string', (c) => c.doc),
    field('parent', 'string', (c) => c.parent),
    field('path', 'string', (c) => c.path.join(' ')),
    field('depth', 'integer', (c) => c.depth),
    field('title', 'string', (c) => c.title),
    field('task', 'string', (c) => c.task),
    field('text', 'string', (c) => c.text),
    field('file', 'string', (c) => c.source.file),
    field('line', 'integer', (c) => c.source.line),
    field('endLine', 'integer', (c) => c.source.endLine),
    field('units', 'string', (c) => c.units.map((u) => `${u.canonical}(${u.role})`).join('；')),
    field('deadlines', 'string', (c) => c.deadlines.map((d) => d.recurring ?? [d.start, d.end].filter(Boolean).join('/')).join('；')),
    field('metrics', 'string', (c) => c.metrics.map((m) => m.text).join('；')),
    field('links', 'string', (c) => c.links.map((l) => `${l.target}@${l.score.toFixed(2)}`).join('；')),
    field('unitsJson', 'array', (c) => json(c.units)),
    field('deadlinesJson', 'array', (c) => json(c.deadlines)),
    field('metricsJson', 'array', (c) => json(c.metrics)),
    field('linksJson', 'array', (c) => json(c.links)),
    field('part', 'string', (c) => c.part),
    field('cellsJson', 'array', (c) => json(c.cells)),
    field('membersJson', 'array', (c) => json(c.members)),
    field('pages', 'string', (c) => (c.source.pages ? [...new Set(c.source.pages)].join('-') : null)),
  ],
  primaryKey: 'id',
  references: { doc: 'documents', parent: 'clauses' },
};

/** The document part of a clause id (`<doc>/2.1` → `<doc>`). */
const docOf = (clauseId: string) => clauseId.slice(0, clauseId.indexOf('/'));
/** The shared wording of a link or suggestion, its runs in the source's order. */
const evidenceText = (evidence: readonly { text: string }[]) => evidence.map((e) => e.text).join(' … ');

/** One item of a clause's list (a link, a unit…), with the clause and its place in the list. */
interface Entry<T> {
  clause: ClauseRecord;
  entry: T;
  rank: number;
}
/** The columns of the item itself: name, type, value. */
type Own<T> = readonly (readonly [name: string, type: FieldType, value: (entry: T) => Cell | undefined])[];

function longTable<T>(list: (c: ClauseRecord) => readonly T[], keys: Field<Entry<T>>[], own: Own<T>, references: CsvTable<Entry<T>>['references']): CsvTable<Entry<T>> {
  return {
    items: (clause) => list(clause).map((entry, i) => ({ clause, entry, rank: i + 1 })),
    fields: [...keys, ...own.map(([name, type, value]) => field<Entry<T>>(name, type, (e) => value(e.entry)))],
    references,
  };
}

/** A link or a suggestion: the linking clause, the clause linked to, the rank (1 for the first, in the order of the list), score and shared wording; `added`: columns added later, after these. */
function pairTable<T extends { target: string; score: number; evidence: readonly { text: string }[] }>(list: (c: ClauseRecord) => readonly T[], own: Own<T>, added: Own<T> = []): CsvTable<Entry<T>> {
  const keys = [
    field<Entry<T>>('source', 'string', (e) => e.clause.id),
    field<Entry<T>>('sourceDoc', 'string', (e) => e.clause.doc),
    field<Entry<T>>('target', 'string', (e) => e.entry.target),
    field<Entry<T>>('targetDoc', 'string', (e) => docOf(e.entry.target)),
    field<Entry<T>>('rank', 'integer', (e) => e.rank),
    field<Entry<T>>('score', 'number', (e) => e.entry.score),
  ];
  return longTable(list, keys, [...own, ['evidence', 'string', (p) => evidenceText(p.evidence)], ...added], { source: 'clauses', sourceDoc: 'documents', target: 'clauses', targetDoc: 'documents' });
}

/** An item of one clause: a unit, a deadline, a metric. */
function itemTable<T>(list: (c: ClauseRecord) => readonly T[], own: Own<T>): CsvTable<Entry<T>> {
  const keys = [field<Entry<T>>('clause', 'string', (e) => e.clause.id), field<Entry<T>>('doc', 'string', (e) => e.clause.doc)];
  return longTable(list, keys, own, { clause: 'clauses', doc: 'documents' });
}

export const longTables = {
  links: pairTable(
    (c) => c.links,
    [
      ['relation', 'string', (l) => l.relation],
      ['curated', 'string', (l) => l.curated],
      ['note', 'string', (l) => l.note],
    ],
    // Columns added later go after the first ones, so that a reader by position keeps reading them.
    [['inheritedFrom', 'string', (l) => l.inheritedFrom]],
  ),
  suggestions: pairTable((c) => c.suggestions, []),
  units: itemTable((c) => c.units, [
    ['name', 'string', (u) => u.name],
    ['canonical', 'string', (u) => u.canonical],
    ['kind', 'string', (u) => u.kind],
    ['role', 'string', (u) => u.role],
  ]),
  deadlines: itemTable((c) => c.deadlines, [
    ['text', 'string', (d) => d.text],
    ['kind', 'string', (d) => d.kind],
    ['start', 'date', (d) => d.start],
    ['end', 'date', (d) => d.end],
    ['recurring', 'string', (d) => d.recurring],
    ['every', 'string', (d) => d.every],
  ]),
  metrics: itemTable((c) => c.metrics, [
    ['text', 'string', (m) => m.text],
    ['indicator', 'string', (m) => m.indicator],
    ['comparator', 'string', (m) => m.comparator],
    ['value', 'number', (m) => m.value],
    ['min', 'number', (m) => m.min],
    ['max', 'number', (m) => m.max],
    ['baseline', 'number', (m) => m.baseline],
    ['unit', 'string', (m) => m.unit],
    ['per', 'string', (m) => m.per],
    ['year', 'integer', (m) => m.year],
  ]),
};

export type LongTableName = keyof typeof longTables;
export const longTableNames = Object.keys(longTables) as LongTableName[];
