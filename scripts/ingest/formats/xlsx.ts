/**
 * Excel .xlsx → lines: a task list published as a workbook (重点任务清单.xlsx), each row one line
 * with its cells apart by a tab, as a Word table's rows (structure/table.ts reads them). Cells read
 * as Excel shows them: shared and inline strings, dates from their serial numbers and date formats
 * (written 2024年12月31日, so the deadline rules read them), percentages with their sign. A cell
 * merged across columns stands in its first cell, one merged down a column in each row it spans;
 * the visible sheets follow one another, a blank line apart.
 */
import { posix } from 'node:path';
import { joinWrapped } from '../../text/wrapped-lines.ts';
import { takesMergedCells } from './merged-cells.ts';
import { unzipEntries } from './zip.ts';
import { childNamed, childrenNamed, descendants, parseXml, textOf, type XmlNode } from './xml.ts';
import { extracted, IngestError, type Extracted } from './types.ts';

export function readXlsx(bytes: Uint8Array): Extracted {
  const entries = unzipEntries(bytes, (name) => name.startsWith('xl/') && (name.endsWith('.xml') || name.endsWith('.rels')));
  const part = (name: string) => {
    const data = entries.get(name);
    return data ? parseXml(data, name) : null;
  };
  const workbook = childNamed(part('xl/workbook.xml') ?? undefined, 'workbook');
  if (!workbook) throw new IngestError('not an Excel workbook (the package has no xl/workbook.xml); skipped');
  const targets = new Map(descendants(part('xl/_rels/workbook.xml.rels') ?? empty, 'Relationship').map((r) => [r.attrs.Id, r.attrs.Target]));
  const strings = descendants(part('xl/sharedStrings.xml') ?? empty, 'si').map(stringItem);
  const formats = cellFormats(part('xl/styles.xml'));
  const date1904 = ['1', 'true'].includes(childNamed(workbook, 'workbookPr')?.attrs.date1904 ?? '');

  const lines: string[] = [];
  for (const sheet of descendants(workbook, 'sheet')) {
    if (sheet.attrs.state === 'hidden' || sheet.attrs.state === 'veryHidden') continue;
    const target = targets.get(sheet.attrs.id);
    if (!target) continue;
    const path = target.startsWith('/') ? target.slice(1) : posix.join('xl', target);
    const rows = sheetRows(part(path), (cell) => cellText(cell, strings, formats, date1904));
    if (rows.length === 0) continue;
    if (lines.length) lines.push('');
    lines.push(...rows);
  }
  if (lines.every((line) => line.trim() === '')) throw new IngestError('Excel workbook has no text in its visible sheets; skipped');
  return extracted('xlsx', lines);
}

const empty: XmlNode = { tag: '#document', attrs: {}, children: [] };

/** A shared string: its text runs, without the phonetic guide (rPh) East Asian workbooks may carry. */
function stringItem(si: XmlNode): string {
  const runs = (node: XmlNode): string => (node.tag === 'rPh' || node.tag === 'phoneticPr' ? '' : node.tag === 't' ? textOf(node) : node.children.map(runs).join(''));
  return runs(si);
}

/** A worksheet's rows as lines: cells apart by a tab at their columns, empty rows left out. */
function sheetRows(sheet: XmlNode | null, read: (cell: XmlNode) => string): string[] {
  const data = sheet && descendants(sheet, 'sheetData')[0];
  if (!data) return [];
  const rows = new Map<number, string[]>();
  childrenNamed(data, 'row').forEach((row, k) => {
    const cells: string[] = [];
    childrenNamed(row, 'c').forEach((cell, c) => {
      const column = cell.attrs.r ? columnIndex(cell.attrs.r) : c;
      while (cells.length < column) cells.push('');
      cells[column] = read(cell);
    });
    rows.set(row.attrs.r ? Number(row.attrs.r) - 1 : k, cells);
  });
  fillColumnMerges(rows, descendants(sheet, 'mergeCell').map((merge) => merge.attrs.ref ?? ''));
  const out: string[] = [];
  for (const cells of rows.values()) while (cells.length && cells.at(-1) === '') cells.pop();
  // A row of the table keeps its empty last cells (a 备注 column left blank), so it stands under its
  // header as in a .docx; a line of one cell (a title, a note) is no row of it.
  const width = Math.max(0, ...[...rows.values()].map((cells) => cells.length));
  for (const cells of rows.values()) {
    if (cells.filter((cell) => cell !== '').length >= 2) while (cells.length < width) cells.push('');
    if (cells.length) out.push(cells.join('\t'));
  }
  return out;
}

/**
 * A cell merged down a column (牵头单位 or 完成时限 over the rows of the tasks it is for) is each of
 * those rows' cell, as the reader sees it beside each: it stands in every row of it that holds
 * something else, but for the lower row of a header in two rows (merged-cells.ts). A cell merged
 * across columns (a title, a heading over the table's rows) stays in its first cell.
 */
function fillColumnMerges(rows: Map<number, string[]>, ranges: string[]): void {
  const takes = new Map([...rows].map(([row, cells]) => [row, takesMergedCells(cells)]));
  for (const range of ranges) {
    const [from, to = from] = range.split(':').map(cellIndex);
    if (from.column !== to.column || to.row <= from.row) continue;
    const text = rows.get(from.row)?.[from.column] ?? '';
    for (let row = from.row + 1; row <= to.row && text !== ''; row++) {
      const cells = rows.get(row);
      if (!cells || !takes.get(row)) continue;
      while (cells.length <= from.column) cells.push('');
      cells[from.column] = text;
    }
  }
}

/** `C12` → row 11, column 2. */
function cellIndex(reference: string): { row: number; column: number } {
  return { row: Number(/\d+/.exec(reference)?.[0] ?? 1) - 1, column: columnIndex(reference) };
}

/** `C12` → 2. */
function columnIndex(reference: string): number {
  const letters = /^[A-Z]+/.exec(reference.toUpperCase())?.[0] ?? 'A';
  return [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;
}

/** How a number cell shows: a date (with its day, or only year and month), a percentage, a number. */
type Format = 'date' | 'month' | 'percent' | 'number';

/** Each cell style's kind of number format (cellXfs by index). */
function cellFormats(styles: XmlNode | null): Format[] {
  const custom = new Map(descendants(styles ?? empty, 'numFmt').map((f) => [f.attrs.numFmtId, f.attrs.formatCode ?? '']));
  const xfs = childrenNamed(descendants(styles ?? empty, 'cellXfs')[0] ?? empty, 'xf');
  return xfs.map((xf) => formatKind(Number(xf.attrs.numFmtId ?? 0), custom.get(xf.attrs.numFmtId)));
}

/** Excel's built-in date formats (14–22; 27–36 and 50–58 in Chinese locales) and percentages (9, 10). */
function formatKind(id: number, code: string | undefined): Format {
  if (code !== undefined) {
    const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
    if (/%/.test(bare)) return 'percent';
    if (!/[ymd]/i.test(bare)) return 'number';
    return /d/i.test(bare) || !/y/i.test(bare) ? 'date' : 'month';
  }
  if (id === 9 || id === 10) return 'percent';
  return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 50 && id <= 58) ? 'date' : 'number';
}

/** A cell as Excel shows it. */
function cellText(cell: XmlNode, strings: string[], formats: Format[], date1904: boolean): string {
  const value = textOf(childNamed(cell, 'v') ?? empty);
  const text = (() => {
    switch (cell.attrs.t) {
      case 's': return strings[Number(value)] ?? '';
      case 'inlineStr': return stringItem(childNamed(cell, 'is') ?? empty);
      case 'b': return value === '1' ? 'TRUE' : 'FALSE';
      case 'str':
      case 'e': return value;
    }
    if (value === '') return '';
    const n = Number(value);
    const format = formats[Number(cell.attrs.s ?? 0)] ?? 'number';
    if ((format === 'date' || format === 'month') && n > 0) return serialDate(n, date1904, format === 'month');
    if (format === 'percent') return `${plain(n * 100)}%`;
    return plain(n);
  })();
  // a cell's own line breaks (Alt+Enter) are the cell's width, as in a Word cell
  return joinWrapped(text.split(/\r?\n/));
}

/** A number without binary noise: 0.35 × 100 is 35, not 35.00000000000001. */
const plain = (n: number) => String(Number(n.toPrecision(12)));

/** A date serial → 2024年12月31日, or 2025年6月 in a month format (day 1 is 1900-01-01, Excel counting the 1900 leap day that never was; or 1904-01-02). */
function serialDate(serial: number, date1904: boolean, monthOnly: boolean): string {
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  const date = new Date(epoch + Math.floor(serial) * 86_400_000);
  const month = `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月`;
  return monthOnly ? month : `${month}${date.getUTCDate()}日`;
}
