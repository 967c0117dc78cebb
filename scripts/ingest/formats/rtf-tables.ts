/**
 * RTF tables, as the RTF reader (rtf.ts) reads them: a row is its cells' text apart by tabs on a line
 * of the body, as the .docx reader gives it. RTF defines a row (\trowd, then for each cell how it is
 * merged down its column, \clvmgf or \clvmrg, and its right edge, \cellx) and writes its cells into
 * the text as it goes: so a cell merged down its column is copied into the rows it spans as each row
 * ends (merged-cells.ts), and a cell as wide as several columns gets its columns once the whole
 * table's edges are known.
 */
import { takesMergedCells } from './merged-cells.ts';

/** A place in the text read: a line and an offset in it. */
export interface Place {
  line: number;
  at: number;
}

/** How a cell is merged down its column: the first of the cells merged (\clvmgf), one below it (\clvmrg), or not. */
export type CellMerge = 'first' | 'rest' | null;

/** A copy of a merged cell's text, to go in at the place of an empty cell it spans. */
export interface Copy extends Place {
  text: string;
}

/** A row on a line of its own, and its cells' right edges (\cellx, twips). */
export interface TableRow {
  line: number;
  edges: number[];
}

/** The text from a place to the end of the lines, the lines joined by `lineEnd`. */
export const textSince = (lines: string[], from: Place, lineEnd: string): string => lines.slice(from.line).join(lineEnd).slice(from.at);

/** The place after the last character of the lines. */
const endOf = (lines: string[]): Place => ({ line: lines.length - 1, at: lines.at(-1)!.length });

/**
 * A cell's part in the cell merged down its column (a 牵头单位 or 完成时限 over several tasks): the
 * first cell gives its text to the cells below it; one below it, empty in the file, takes that text
 * as a copy, one with text of its own keeps it; a cell not merged ends the merge.
 */
export function mergedDown(merge: CellMerge, text: string, above: string | undefined): { above: string | undefined; copy: string | undefined } {
  if (merge === 'first') return { above: text, copy: undefined };
  if (merge === null) return { above: undefined, copy: undefined };
  return { above, copy: text.trim() === '' && above ? above : undefined };
}

/** Puts the copies into the lines, the last first so the places of those before it hold. */
export function insertCopies(lines: string[], copies: Copy[]): void {
  for (const { line, at, text } of [...copies].reverse()) lines[line] = lines[line].slice(0, at) + text + lines[line].slice(at);
}

/**
 * The table rows of an RTF body as it is read: the reader tells it each table control word, and it
 * copies the cells merged down into the rows they span, in the body's lines, and keeps each row's
 * line and cell edges for keepColumns.
 */
export class RtfTableRows {
  /** The definition of the row being read: each cell's merge and right edge, by its place, and the merge the next \cellx closes. */
  private merges: CellMerge[] = [];
  private nextMerge: CellMerge = null;
  private edges: number[] = [];
  /** Where the row being read starts in the body. */
  private rowStart: Place = { line: 0, at: 0 };
  /** The row's cell being read: its place in the row, and where its text starts. */
  private cell = { index: 0, start: this.rowStart };
  /** The text of the cell merged down each column, by its place in the row. */
  private readonly above = new Map<number, string>();
  /** Copies of merged cells the row's empty cells take at its end. */
  private copies: Copy[] = [];
  /** The rows read, each a line of its own. */
  readonly rows: TableRow[] = [];

  /** The reader's lines, read so far. */
  private readonly body: string[];

  // No parameter property: the ingest worker (read-worker.ts) may run under Node's own type stripping.
  constructor(body: string[]) {
    this.body = body;
  }

  /** \trowd. A row's definition comes before its cells (Word repeats it before \row: then no cell follows it). */
  defineRow(): void {
    [this.merges, this.nextMerge, this.edges] = [[], null, []];
    if (this.cell.index === 0) this.startRow();
  }

  /** \clvmgf, \clvmrg: how the next cell defined is merged down its column. */
  mergeNextCell(merge: CellMerge): void {
    this.nextMerge = merge;
  }

  /** \cellx: a cell's right edge, which ends its definition. */
  defineCell(edge: number): void {
    this.merges.push(this.nextMerge);
    this.nextMerge = null;
    this.edges.push(edge);
  }

  /** \cell, before the tab it ends with. Its text is whole: the reader has decoded the bytes pending. */
  endCell(): void {
    const { index, start } = this.cell;
    // The cell's paragraphs run together: a copy stays on its row's line.
    const { above, copy } = mergedDown(this.merges[index] ?? null, textSince(this.body, start, ''), this.above.get(index));
    if (above === undefined) this.above.delete(index);
    else this.above.set(index, above);
    if (copy !== undefined) this.copies.push({ ...endOf(this.body), text: copy });
  }

  /** After a cell's tab: the next cell starts. */
  startNextCell(): void {
    this.cell = { index: this.cell.index + 1, start: endOf(this.body) };
  }

  /** \row, before its line ends: the row's cells as written take the copies of the cells merged over them (merged-cells.ts). */
  endRow(): void {
    const own = textSince(this.body, this.rowStart, '\n').replace(/\t$/, '').split('\t');
    if (takesMergedCells(own)) insertCopies(this.body, this.copies);
    this.copies = [];
    if (this.rowStart.line === this.body.length - 1 && this.rowStart.at === 0) this.rows.push({ line: this.rowStart.line, edges: [...this.edges] });
  }

  /** After a row's line ends, or at its definition: the next row starts. */
  startRow(): void {
    this.rowStart = endOf(this.body);
    this.cell = { index: 0, start: this.rowStart };
    this.copies = [];
  }
}

/** Rows on lines one after the other are one table. */
export function tablesOf(rows: TableRow[]): TableRow[][] {
  const out: TableRow[][] = [];
  for (const row of rows) {
    const table = out.at(-1);
    if (table && table.at(-1)!.line === row.line - 1) table.push(row);
    else out.push([row]);
  }
  return out;
}

/** Cell edges this close (twips, a fifth of a millimetre) are one column's. */
const EDGE_TOLERANCE = 12;

/** A table's columns, by their right edges: its rows' cell edges, those this close taken as one. */
export function columnEdges(table: TableRow[]): number[] {
  const columns: number[] = [];
  for (const edge of table.flatMap((row) => row.edges).sort((a, b) => a - b)) if (columns.length === 0 || edge - columns.at(-1)! > EDGE_TOLERANCE) columns.push(edge);
  return columns;
}

/**
 * A row's cells under the table's columns: a cell as wide as several columns (a header's 责任单位 over
 * 牵头单位 | 配合单位: RTF writes no cell for the columns it covers) keeps an empty cell for each column
 * after its first, so the row stays under its header, as the .docx reader does for gridSpan. A row
 * whose cells are not one to an edge (a tab in a cell) stays as it is.
 */
export function underColumns(cells: string[], edges: number[], columns: number[]): string[] {
  if (cells.length !== edges.length) return cells;
  let left = -Infinity;
  return cells.flatMap((cell, k) => {
    const covered = columns.filter((edge) => edge > left + EDGE_TOLERANCE && edge <= edges[k] + EDGE_TOLERANCE).length;
    left = edges[k];
    return [cell, ...Array<string>(Math.max(covered - 1, 0)).fill('')];
  });
}

/** Each table's rows in the lines, their cells under the table's columns. */
export function keepColumns(lines: string[], rows: TableRow[]): void {
  for (const table of tablesOf(rows)) {
    const columns = columnEdges(table);
    for (const { line, edges } of table) lines[line] = underColumns(lines[line].split('\t'), edges, columns).join('\t');
  }
}
