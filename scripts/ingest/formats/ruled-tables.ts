/**
 * Ruled tables of a PDF or OFD page → one line per row, cells apart by a tab, as a Word export
 * gives them (structure/table.ts reads them the same way). Without this a table's text came out as
 * lines of fragments: a cell wrapped over three lines set its pieces beside the other cells'
 * pieces of the same height (`县卫健 2024年12月` above the row's number and task).
 *
 * A table is a connected set of ruling lines with at least three horizontal and three vertical
 * ones; its rows and columns are the bands between them. A cell spanning columns (no rule between
 * them in that row) holds its text in its first column, a cell spanning rows in its first row;
 * every run whose middle is inside the table goes to exactly one cell, and the rest of the page is
 * set into lines as before.
 */
import { placedLines, type PageLine, type PlacedLine, type Run } from './page-lines.ts';
import type { Segment } from './ruling-lines.ts';
import { readingBlocks } from './columns.ts';
import { joinWrapped } from '../../text/wrapped-lines.ts';
import { takesMergedCells } from './merged-cells.ts';

/** Ruling lines shorter than this (pt) are not a table's (underlines of a character, ticks). */
const MIN_RULE = 5;
/** How far apart (pt) two rules may be and still meet, or be one line. */
const TOLERANCE = 2;

/** Points per unit of a page's coordinates: 1 for PDF, 72 / 25.4 for OFD's millimetres. */
export type Unit = number;

/** A stretch of the page down which tables stand (side by side, or one), and their rows. */
interface TableStretch {
  top: number;
  bottom: number;
  rows: PlacedLine[];
}

/** The page's lines, its tables' rows among them where they stand. */
export function linesWithTables(runs: Run[], segments: Segment[], unit: Unit = 1): PageLine[] {
  const stretches: TableStretch[] = [];
  let rest = runs;
  for (const grid of grids(segments, unit)) {
    rest = rest.flatMap(grid.splitAtRules);
    const inside = (run: Run) => grid.cellOf(run) !== null;
    stretches.push({ top: grid.top, bottom: grid.bottom, rows: grid.rows(rest.filter(inside)) });
    rest = rest.filter((run) => !inside(run));
  }
  const merged = overlapsMerged(stretches);
  const beside = (run: Run, stretch: TableStretch) => run.y >= stretch.top && run.y <= stretch.bottom;
  // Text above, between and below the tables is read as a page without tables (a stretch in two
  // columns column by column: columns.ts); text beside a table is set among its rows by height.
  const lines: PlacedLine[] = [];
  merged.forEach((stretch, k) => {
    const before = rest.filter((run) => run.y < stretch.top && (k === 0 || run.y > merged[k - 1].bottom));
    lines.push(...readingBlocks(before).flatMap(placedLines));
    lines.push(...[...placedLines(rest.filter((run) => beside(run, stretch))), ...stretch.rows].sort((a, b) => a.y - b.y));
  });
  lines.push(...readingBlocks(rest.filter((run) => merged.length === 0 || run.y > merged.at(-1)!.bottom)).flatMap(placedLines));
  return lines.map(({ text, row, openBelow }) => (row === undefined ? { text } : openBelow ? { text, row, openBelow } : { text, row }));
}

/** Tables whose stretches of the page overlap (side by side) as one stretch, top to bottom. */
function overlapsMerged(stretches: TableStretch[]): TableStretch[] {
  const out: TableStretch[] = [];
  for (const stretch of [...stretches].sort((a, b) => a.top - b.top)) {
    const last = out.at(-1);
    if (last && stretch.top < last.bottom) out[out.length - 1] = { top: last.top, bottom: Math.max(last.bottom, stretch.bottom), rows: [...last.rows, ...stretch.rows] };
    else out.push(stretch);
  }
  return out;
}

const isHorizontal = (s: Segment) => s.y0 === s.y1;
const length = (s: Segment) => s.x1 - s.x0 + (s.y1 - s.y0);

/** Collinear pieces (a row's border drawn cell by cell) joined into whole lines. */
function joined(segments: Segment[], horizontal: boolean, tolerance: number): Segment[] {
  const at = (s: Segment) => (horizontal ? s.y0 : s.x0);
  const [from, to] = horizontal ? (['x0', 'x1'] as const) : (['y0', 'y1'] as const);
  const sorted = [...segments].sort((a, b) => at(a) - at(b) || a[from] - b[from]);
  const out: Segment[] = [];
  for (const s of sorted) {
    const last = out.at(-1);
    if (last && Math.abs(at(last) - at(s)) <= tolerance / 2 && s[from] <= last[to] + tolerance) last[to] = Math.max(last[to], s[to]);
    else out.push({ ...s });
  }
  return out;
}

const meet = (h: Segment, v: Segment, tolerance: number) =>
  v.x0 >= h.x0 - tolerance && v.x0 <= h.x1 + tolerance && h.y0 >= v.y0 - tolerance && h.y0 <= v.y1 + tolerance;

/** Lines a tolerance apart counted once: the sorted positions. */
function positions(values: number[], tolerance: number): number[] {
  const out: number[] = [];
  for (const v of [...values].sort((a, b) => a - b)) if (out.length === 0 || v - out.at(-1)! > tolerance) out.push(v);
  return out;
}

interface Grid {
  /** Its top and bottom border. */
  top: number;
  bottom: number;
  cellOf(run: Run): [row: number, column: number] | null;
  /** A run cut where a column's rule crosses it. */
  splitAtRules(run: Run): Run[];
  rows(runs: Run[]): PlacedLine[];
}

/** The tables the ruling lines draw. */
function grids(segments: Segment[], unit: Unit): Grid[] {
  const tolerance = TOLERANCE / unit;
  const long = segments.filter((s) => length(s) >= MIN_RULE / unit);
  const horizontals = joined(long.filter(isHorizontal), true, tolerance);
  const verticals = joined(long.filter((s) => !isHorizontal(s)), false, tolerance);
  // Tables are the connected sets of lines (a horizontal and a vertical line are connected where they meet).
  const parent = [...horizontals, ...verticals].map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  horizontals.forEach((h, i) => verticals.forEach((v, j) => meet(h, v, tolerance) && (parent[find(i)] = find(horizontals.length + j))));
  const groups = Map.groupBy([...horizontals, ...verticals].map((s, i) => ({ s, root: find(i) })), (x) => x.root);
  return [...groups.values()]
    .map((group) => group.map((x) => x.s))
    .map((lines) => ({ h: lines.filter(isHorizontal), v: lines.filter((s) => !isHorizontal(s)) }))
    .flatMap((table) => stacked(table, tolerance))
    .filter((table) => isTable(table, tolerance))
    .map(({ h, v }) => grid(h, v, tolerance, unit));
}

interface Lines {
  h: Segment[];
  v: Segment[];
}

const isTable = ({ h, v }: Lines, tolerance: number) => positions(h.map((s) => s.y0), tolerance).length >= 3 && positions(v.map((s) => s.x0), tolerance).length >= 3;

/**
 * Tables set one right under the other (the lower one's top border on the upper one's bottom
 * border) are connected lines, but no vertical line crosses the border they share, as a table's
 * outer borders cross each of its row lines: there they are two tables, each with its own columns.
 * Without this, each table's rows took the other's columns too (empty cells), and text beside the
 * narrower table fell into the wider one's columns.
 */
function stacked(table: Lines, tolerance: number): Lines[] {
  const ys = positions(table.h.map((s) => s.y0), tolerance);
  for (const y of ys.slice(1, -1)) {
    if (table.v.some((v) => v.y0 < y - tolerance && v.y1 > y + tolerance)) continue;
    const upper = { h: table.h.filter((s) => s.y0 <= y + tolerance), v: table.v.filter((s) => (s.y0 + s.y1) / 2 < y) };
    const lower = { h: table.h.filter((s) => s.y0 >= y - tolerance), v: table.v.filter((s) => (s.y0 + s.y1) / 2 > y) };
    if (isTable(upper, tolerance) && isTable(lower, tolerance)) return [upper, ...stacked(lower, tolerance)];
  }
  return [table];
}

function grid(horizontals: Segment[], verticals: Segment[], tolerance: number, unit: Unit): Grid {
  const ys = positions(horizontals.map((s) => s.y0), tolerance);
  const xs = positions(verticals.map((s) => s.x0), tolerance);
  // A table cut by the page's end: its side rules run on past the last rule across it (and on the
  // next page start above the first), with no rule across the cut. The band they enclose is a row too.
  const [sidesTop, sidesBottom] = [Math.min(...verticals.map((v) => v.y0)), Math.max(...verticals.map((v) => v.y1))];
  if (ys[0] - sidesTop >= MIN_RULE / unit) ys.unshift(sidesTop);
  if (sidesBottom - ys.at(-1)! >= MIN_RULE / unit) ys.push(sidesBottom);
  const band = (edges: number[], value: number) => {
    if (value < edges[0] || value > edges.at(-1)!) return -1;
    const k = edges.findIndex((edge) => edge > value);
    return k === -1 ? edges.length - 2 : k - 1;
  };
  const middle = (edges: number[], k: number) => (edges[k] + edges[k + 1]) / 2;
  // A rule between two columns in a row, between two rows in a column: where it is missing, the cell spans.
  const ruleBetweenColumns = (row: number, column: number) =>
    verticals.some((v) => Math.abs(v.x0 - xs[column]) <= tolerance && v.y0 <= middle(ys, row) && v.y1 >= middle(ys, row));
  const ruleBetweenRows = (row: number, column: number) =>
    horizontals.some((h) => Math.abs(h.y0 - ys[row]) <= tolerance && h.x0 <= middle(xs, column) && h.x1 >= middle(xs, column));
  /** The cell a grid position belongs to: the first column and row of its span. */
  const owner = (row: number, column: number): [number, number] => {
    let c = column;
    while (c > 0 && !ruleBetweenColumns(row, c)) c--;
    let r = row;
    while (r > 0 && !ruleBetweenRows(r, c)) r--;
    return [r, c];
  };
  const lastRow = ys.length - 2;
  /** A cell the table's bottom edge leaves open (a cell merged down, cut by the page's end). */
  const openBelow = (column: number) => !ruleBetweenRows(lastRow + 1, column);
  const cellOf = (run: Run): [number, number] | null => {
    // The run's middle: half its width along, a third of an em above its baseline.
    const [y, column] = [run.y - run.size / 3, band(xs, run.x + run.width / 2)];
    const row = band(ys, y);
    // A cell open at the page's end: its centred text may run on a line under the table's last rule.
    if (row < 0 && column >= 0 && y > ys.at(-1)! && y - ys.at(-1)! < 2 * run.size && openBelow(column)) return owner(lastRow, column);
    return row < 0 || column < 0 ? null : owner(row, column);
  };
  const rows = (runs: Run[]): PlacedLine[] => {
    const cells = new Map<string, Run[]>();
    for (const run of runs) {
      const key = cellOf(run)!.join(' ');
      cells.set(key, [...(cells.get(key) ?? []), run]);
    }
    const columns = xs.length - 1;
    const out: PlacedLine[] = [];
    const textOf = ([r, c]: [number, number]) => cellText(cells.get(`${r} ${c}`) ?? []);
    for (let r = 0; r <= lastRow; r++) {
      const texts = Array.from({ length: columns }, (_, c) => textOf([r, c]));
      if (texts.every((t) => t === '')) continue;
      // A row that is one cell across the table above its first row of cells is the table's title.
      const across = texts.slice(1).every((t) => t === '') && Array.from({ length: columns - 1 }, (_, c) => !ruleBetweenColumns(r, c + 1)).every(Boolean);
      if (across && out.length === 0) {
        out.push({ y: ys[r], text: texts[0], row: out.length });
        continue;
      }
      // A cell merged down a column (a 牵头单位 or 完成时限 over several tasks) is each row's it spans,
      // as the reader sees it beside each and as the .docx and .xlsx readers give it: a copy in the row's text.
      const merged = (c: number) => owner(r, c);
      const filled = takesMergedCells(texts) ? texts.map((text, c) => (text === '' && merged(c)[1] === c && merged(c)[0] < r ? textOf(merged(c)) : text)) : texts;
      const line: PlacedLine = { y: ys[r], text: filled.join('\t'), row: out.length };
      // The last row's merged cells the page's end cut go on in the next page's first row.
      if (r === lastRow && xs.some((_, c) => c < columns && openBelow(c))) line.openBelow = filled.map((text, c) => (openBelow(c) ? text : ''));
      out.push(line);
    }
    return out;
  };
  /**
   * A PDF's text item may run over a rule: the writer set a cell's last word and the next cell's
   * first, on one line, as one string (`县卫健局 县` of 县卫健局 | 县人民医院). Cut at each rule between
   * columns that crosses it, its characters placed by their widths (a Chinese character an em, others half).
   */
  const splitAtRules = (run: Run): Run[] => {
    const row = band(ys, run.y - run.size / 3);
    const inner = (x: number) => x > run.x + run.size / 4 && x < run.x + run.width - run.size / 4;
    const cuts = row < 0 ? [] : xs.filter((x, c) => inner(x) && c > 0 && ruleBetweenColumns(row, c));
    if (cuts.length === 0) return [run];
    const chars = [...run.text];
    const weights = chars.map((ch) => (ch.charCodeAt(0) < 0x2000 ? 0.5 : 1));
    const unit = run.width / weights.reduce((a, b) => a + b, 0);
    const pieces: (Run & { side: number })[] = [];
    let at = run.x;
    chars.forEach((ch, k) => {
      const width = weights[k] * unit;
      const side = cuts.filter((x) => at + width / 2 >= x).length; // how many rules lie left of the character's middle
      const piece = pieces.at(-1);
      if (piece?.side === side) {
        piece.text += ch;
        piece.width += width;
      } else pieces.push({ ...run, text: ch, x: at, width, side });
      at += width;
    });
    return pieces.map(({ side: _, ...piece }) => piece);
  };
  return { top: ys[0], bottom: ys.at(-1)!, cellOf, splitAtRules, rows };
}

/** A cell's text: its lines, which the cell's width broke, joined. */
const cellText = (runs: Run[]) => joinWrapped(placedLines(runs).map((line) => line.text));
