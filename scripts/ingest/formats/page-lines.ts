/**
 * Positioned text (PDF text items, OFD text codes) → lines in reading order, and the page
 * furniture taken off: page numbers (`— 3 —`, `-3-`, `第3页`) and running headers and
 * footers (the same line at the top or bottom of most pages).
 */
import { firstPageTitle, pageNumber } from '../../structure/blocks.ts';
import { inMargin, runningHeads } from '../../text/running-heads.ts';
import { takesMergedCells } from './merged-cells.ts';

export interface Run {
  text: string;
  /** Left edge and baseline, y growing downwards (top of the page is 0). */
  x: number;
  y: number;
  width: number;
  /** Font size (em height). */
  size: number;
}

/** Runs of one page → its lines, top to bottom, each left to right. */
export function pageLines(runs: Run[]): string[] {
  return placedLines(runs).map((line) => line.text);
}

/** A line of a page and the baseline of its first run. */
export interface PlacedLine extends PageLine {
  y: number;
}

/** A line of a page; a ruled table's row says which row of its table it is. */
export interface PageLine {
  text: string;
  /** For a table's row, its index among the table's rows on this page (0: the table starts here). */
  row?: number;
  /**
   * For a table's last row on a page, each column's merged cell the page's end leaves open (its
   * text; '' for a cell closed by a rule): it goes on in the next page's first row of the table.
   */
  openBelow?: string[];
}

/** Runs → lines with where they stand, for a reader that sets other lines (a table's rows) among them. */
export function placedLines(runs: Run[]): PlacedLine[] {
  return baselineGroups(runs).map((line) => ({ y: line[0].y, text: unifyGlyphs(joinRuns(line)) })).filter((line) => line.text.trim() !== '');
}

/** Runs → the runs of each line, top to bottom: one line when the baselines are within a third of an em (superscripts, mixed fonts). */
export function baselineGroups(runs: Run[]): Run[][] {
  const sorted = runs.filter((r) => r.text !== '').sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: Run[][] = [];
  for (const run of sorted) {
    const line = lines.at(-1);
    if (line && Math.abs(line[0].y - run.y) <= Math.max(1, Math.min(line[0].size, run.size) / 3)) line.push(run);
    else lines.push([run]);
  }
  return lines;
}

/** Radical forms that stand for whole characters: fonts whose glyphs are shared with the radical map them there. */
const radicalSupplement: Record<string, string> = Object.fromEntries(
  [...'⺠民⻄西⻅见⻆角⻋车⻑長⻓长⻔门⻗雨⻘青⻙韦⻚页⻛风⻜飞⻝食⻢马⻣骨⻤鬼⻥鱼⻦鸟⻧卤⻨麦⻩黄⻬齐⻮齿⻰龙⻳龟⻉贝⺻聿⻁虎⺬示'].flatMap((c, i, all) => (i % 2 === 0 ? [[c, all[i + 1]]] : [])),
);

/**
 * PDF text often comes out in Kangxi radicals (⼈⺠ for 人民): a font shares one glyph between
 * the radical and the character and maps it to the radical. Kangxi radicals have a compatibility
 * mapping (NFKC) to the character; the radicals supplement has none, so the table above. The
 * same sharing turns the dash of 2021—2025 into a horizontal bar (―).
 */
export function unifyGlyphs(text: string): string {
  return text
    .replace(/[\u2e80-\u2fdf]/g, (c) => radicalSupplement[c] ?? (c >= '\u2f00' ? c.normalize('NFKC') : c))
    .replace(/\u2015/g, '\u2014');
}

function joinRuns(runs: Run[]): string {
  runs.sort((a, b) => a.x - b.x);
  let text = '';
  let end = -Infinity;
  let previous: Run | undefined;
  for (const run of runs) {
    // Fake bold draws the same text twice, a hair apart: read it once.
    if (previous && previous.text === run.text && Math.abs(previous.x - run.x) < run.size * 0.3) continue;
    previous = run;
    // A visible gap (more than half an em) is a space in the source; justified text has smaller ones.
    if (text !== '' && run.x - end > run.size * 0.5 && !/\s$/.test(text) && !/^\s/.test(run.text)) text += ' ';
    text += run.text;
    end = Math.max(end, run.x + run.width);
  }
  return text.replace(/\s+$/, '');
}

/** A page number alone on a line: `— 3 —`, `-3-`, `第3页`, `第3页 共9页`, `3/9`, `3`. */
const pageNumberLine = (line: string) => {
  const text = line.replace(/\s+/g, '');
  // The last form is a page number between dashes as OCR misreads it (— 1 — as 一:洁一).
  return pageNumber.test(text) || /^(?:\d{1,3}|\d{1,3}\/\d{1,3}|[·•]\d{1,3}[·•]|[-－—–一~]\S{1,3}[-－—–一~])$/.test(text);
};

/**
 * A browser's header or footer on a web page printed to PDF (打印 → 页眉和页脚): the date and time
 * of printing and the page's title, its URL and the page count (2024/3/6 09:41 某县…通知_某县人民政府 /
 * http://www.….shtml 1/3). A running head on two pages or more; on a page printed alone it ran into
 * the text. A line in a page's margin opened or closed by a URL or a date with its clock time, the
 * rest (a title, a page count) no sentence: a plan's own line has neither at an end.
 */
function browserPrintLine(line: string): boolean {
  const url = '(?:https?|file):\\/\\/\\S+';
  const stamp = '\\d{4}[/-]\\d{1,2}[/-]\\d{1,2}\\s*(?:上午|下午)?\\s*\\d{1,2}:\\d{2}(?::\\d{2})?';
  const pageCount = /^\d{1,3}\s*\/\s*\d{1,3}(?:\s+|$)|\s+\d{1,3}\s*\/\s*\d{1,3}$/;
  const atAnEnd = (piece: string) => new RegExp(`^${piece}\\s*|\\s*${piece}$`);
  let rest = line.trim();
  const take = (piece: string) => {
    const taken = rest.replace(atAnEnd(piece), '');
    if (taken === rest) return false;
    rest = taken.replace(pageCount, '').trim();
    return true;
  };
  const [byUrl, byStamp] = [take(url), take(stamp)];
  // With a stamp the rest is the page's title; a URL alone stands with a page count at most (网址：http://… is the plan's).
  return (byStamp && !/[。；！？：:]/.test(rest)) || (byUrl && rest === '');
}

/**
 * The pages' lines without page numbers and running headers/footers (running-heads.ts): a page
 * number counts in a page's margin lines only. A table's row is never furniture (rows that differ
 * only in their numbers, at the foot of every page, are not a running footer), but the header rows
 * a table repeats at the top of each page it runs over are dropped: the rows that open a page's
 * table and equal the first rows of the table the previous page ended in.
 */
export function removeFurniture(pages: (PageLine | string)[][]): string[][] {
  const lines = pages.map((page) => page.map((line) => (typeof line === 'string' ? { text: line } : line)));
  const texts = lines.map((page) => page.map((line) => line.text));
  const running = runningHeads(texts).map((page, p) => page.map((head, i) => head && !firstPageTitle(p, texts[p][i])));
  const margins = inMargin(texts);
  const kept = lines.map((page, p) => page.filter((line, i) => line.row !== undefined || !(running[p][i] || (margins[p][i] && (pageNumberLine(line.text) || browserPrintLine(line.text))))));
  return withoutRepeatedHeaders(kept).map((page) => page.map((line) => line.text));
}

function withoutRepeatedHeaders(pages: PageLine[][]): PageLine[][] {
  /** The rows of the table the lines so far end in, from its first row; [] after a line of text. */
  let table: string[] = [];
  /** Its last row's merged cells the page's end left open. */
  let open: string[] | undefined;
  return pages.map((page, p) => {
    let repeated = 0;
    if (p > 0 && table.length > 0) while (repeated < page.length && repeated < table.length && page[repeated].row === repeated && page[repeated].text === table[repeated]) repeated++;
    const rest = page.slice(repeated);
    if (p > 0 && table.length > 0 && open && rest[0]?.row === repeated) rest[0] = { ...rest[0], text: continuedRow(rest[0].text, open) };
    for (const line of rest) {
      if (line.row === undefined) table = [];
      else if (line.row === 0) table = [line.text];
      else table.push(line.text);
      open = line.row === undefined ? undefined : line.openBelow;
    }
    return rest;
  });
}

/**
 * A table's first row on a page under a merged cell the previous page's end cut: the merged cell
 * is this row's too when the row starts afresh (it has text where the page above closed its cells),
 * not when it is the rest of a row the page cut (every cell open), which the structure stage joins.
 */
function continuedRow(text: string, open: string[]): string {
  const cells = text.split('\t');
  const fresh = cells.some((cell, c) => cell !== '' && c < open.length && open[c] === '');
  return fresh && takesMergedCells(cells) ? cells.map((cell, c) => (cell === '' && open[c] ? open[c] : cell)).join('\t') : text;
}
