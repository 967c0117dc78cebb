/**
 * The reader's view of attached parts: consecutive table rows gathered into tables, members
 * lines cut into role and people, and the clauses an outline lists (not every row or member).
 * Plain data out, with highlighted runs; components only render it.
 */
import { childrenOf, type ClauseRecord, type DocumentRecord } from './data.ts';
import { fieldSpans, nonOverlapping, runsOf, type Run } from './highlight.ts';
import type { FieldWords } from './fields.ts';

export type PartBlock =
  | { kind: 'table'; headers: string[]; columns: string[]; rows: ClauseRecord[] }
  | { kind: 'members'; clause: ClauseRecord }
  | { kind: 'clause'; clause: ClauseRecord };

/**
 * A part's (or a clause's) children in reading order: table rows with the same header gathered
 * into one table. A row with clauses of its own under it stays a clause, so they are shown too.
 */
export function partBlocks(children: ClauseRecord[]): PartBlock[] {
  const blocks: PartBlock[] = [];
  for (const clause of children) {
    const last = blocks.at(-1);
    const headers = clause.cells.map((c) => c.header);
    const row = clause.cells.length > 0 && childrenOf(clause.id).length === 0;
    if (row && last?.kind === 'table' && last.headers.join('\t') === headers.join('\t')) last.rows.push(clause);
    else if (row) blocks.push({ kind: 'table', headers, columns: clause.cells.map((c) => c.column), rows: [clause] });
    else blocks.push(clause.members.length ? { kind: 'members', clause } : { kind: 'clause', clause });
  }
  return blocks;
}

/**
 * The outline lists numbered clauses and parts, not each table row or members line; a numbered
 * line set out in columns without a header (1．胸痛中心建设    县人民医院    2023年底前) is a
 * row with cells and still one of the plan's numbered clauses.
 */
export function inOutline(clause: ClauseRecord): boolean {
  return (clause.cells.length === 0 || clause.marker !== null) && clause.members.length === 0;
}

const fieldsOf = (clause: ClauseRecord, w?: FieldWords) => nonOverlapping(fieldSpans(clause, w), clause.text.length);

/** Each cell of a row as highlighted runs, tooltips in the page's words (`s.fields`). */
export function cellRuns(row: ClauseRecord, w?: FieldWords): Run[][] {
  const fields = fieldsOf(row, w);
  return row.cells.map((cell) => runsOf(row.text, cell.at[0], cell.at[1], fields));
}

/** A members line: its role as written (`组长：`), then one entry per line of text, highlighted. */
export function memberLayout(clause: ClauseRecord, w?: FieldWords): { role: string; entries: Run[][] } {
  const { text } = clause;
  const colon = text.search(/[：:]/);
  const roleEnd = colon === -1 ? 0 : colon + 1;
  const fields = fieldsOf(clause, w);
  const entries: Run[][] = [];
  let start = roleEnd;
  for (let i = roleEnd; i <= text.length; i++) {
    if (i < text.length && text[i] !== '\n') continue;
    if (text.slice(start, i).trim()) entries.push(runsOf(text, start, i, fields));
    start = i + 1;
  }
  return { role: text.slice(0, roleEnd), entries };
}

/** An attachment's number as the document gives it: `2`, a part of one `1-2`, '' for a lone 附件. */
export function attachmentNumber(a: Pick<DocumentRecord['attachments'][number], 'number' | 'subNumber'>): string {
  if (a.number === null) return '';
  return a.subNumber ? `${a.number}-${a.subNumber}` : String(a.number);
}
