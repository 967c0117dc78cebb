/**
 * Tables as a text export gives them: tab-separated cells (Word, PDF) or Markdown rows
 * (`| 任务 | 牵头单位 |`). A table is recognised by its header row; its columns are mapped
 * by the header's words, and each body row becomes one row (later one clause).
 */
import type { ClauseRecord } from '../publish/schema.ts';
import type { Block } from './blocks.ts';
import { collapseWhitespace, displayWidth } from './text-width.ts';
import { readMarker } from './markers.ts';
import { halfWidthDigits } from '../text/half-width.ts';

export type Column = ClauseRecord['cells'][number]['column'];

/** Header words → what the column holds, first match wins (牵头 before 单位, 指标 before 任务). */
const columnRules: [RegExp, Column][] = [
  [/^(?:序号|编号|序|No\.?)$/i, 'number'],
  // The year a row's task is for (年度 | 2023): its time, read as a 完成时限's year is.
  [/^(?:实施|建设|完成|计划|达标)?(?:年度|年份)$/, 'deadline'],
  // Where the row's task is done (县（市、区） | 东湖县): a place, neither a task nor a unit that does it.
  [/^(?:所属|所在|实施|建设|项目)?(?:县[（(][市区旗、]+[）)]|县市区?|市县区?|县区|区县|县域|县别|县名|地区|区域|辖区|行政区划?|地市|市州|市[（(]州[）)]|乡镇|乡镇[（(]街道[）)]|街道|属地|地点)(?:名称)?$/, 'place'],
  // A year's measure in its unit (2025年床位数（张）, 2026年门诊量（万人次）): a target column of a table of
  // targets per county, though its words (完成率) may hold a deadline's or a task's.
  [/^(?:19|20)\d{2}年(?:底|末)?(?![^（）()]*(?:时限|时间|节点|期限))[^（）()]{2,}[（(][^（）()]{1,6}[）)]$/, 'metric'],
  // 牵头领导, 责任领导, 分管县领导: a person who oversees the row's task (陈某（副县长）), no body that does it.
  [/领导|负责人|联系人/, 'other'],
  [/牵头/, 'lead'],
  [/配合|协同|协助|协办|参与/, 'cooperate'],
  [/责任|主责|负责/, 'responsible'],
  [/时限|时间|节点|期限|进度|完成/, 'deadline'],
  // 任务类别, 分类: a heading over the rows, not a row's task.
  [/类别|分类|类型/, 'other'],
  [/指标|目标值/, 'metric'],
  [/任务|内容|职责|措施|事项|领域|工作|举措|要求|项目/, 'text'],
  [/目标/, 'metric'],
  // 医院名称, 承担医院, 卫生院名称: the hospital that does the row's task.
  [/部门|单位|机构|主体|(?:医院|卫生院|卫生室)(?:名称)?$/, 'unit'],
];

export function columnOf(header: string): Column {
  const h = header.replace(/\s+/g, '');
  return columnRules.find(([re]) => re.test(h))?.[1] ?? 'other';
}

const markdownRow = /^\s*\|.*\|\s*$/;
const markdownSeparator = /^:?-{2,}:?$/;
/** Three cells or more between pipes, the outer pipes left out (`序号 | 重点任务 | 牵头单位`, as GFM allows). */
const innerPipes = /^[^|]*\|[^|]*\|/;

/**
 * The cells of a source line that is a table row, else null. A Markdown row always is one; a row
 * without its outer pipes, like a tab-separated line, only opens a table as its header row (a tab
 * after `一、` in a text export is white space), and inside a table any such line is a row (`\t建设\t\t` too).
 */
export function rowCells(raw: string, inTable: boolean): string[] | null {
  const line = raw.replace(/\r$/, '');
  if (markdownRow.test(line) && (line.match(/\|/g)?.length ?? 0) >= 3) {
    return line.trim().slice(1, -1).split('|').map((c) => collapseWhitespace(c));
  }
  const separator = line.includes('\t') ? '\t' : innerPipes.test(line) ? '|' : null;
  if (!separator || line.trim() === '') return null;
  const cells = line.split(separator).map((c) => collapseWhitespace(c));
  return inTable || isHeaderRow(cells) ? cells : null;
}

/**
 * A table a text export set out with spaces (pdftotext -layout, a table typed into a text): no tabs,
 * each column at its place on the line. Its header row gives the columns: where each header cell
 * stands (display columns), as headers stand over their columns, left or centred.
 */
export interface SpacedColumns {
  headers: Span[];
}

interface Span {
  from: number;
  to: number;
}

/** Runs of text between gaps of two spaces or more (or a full-width space), with their display columns. */
function spacedRuns(line: string): (Span & { text: string })[] {
  return [...line.replace(/\r$/, '').matchAll(/\S+(?:[^\S\u3000\t]\S+)*/g)].map((m) => {
    const from = displayWidth(line.slice(0, m.index));
    return { text: m[0], from, to: from + displayWidth(m[0]) };
  });
}

/** How far two spans share columns; negative, how far apart they are. */
const overlap = (a: Span, b: Span) => Math.min(a.to, b.to) - Math.max(a.from, b.from);

/** The columns of a spaced header row (three cells or more, read as a header), else null. */
export function spacedHeader(line: string): SpacedColumns | null {
  // Tabs and pipes mark the cells of the other tables (rowCells).
  if (/[\t|]/.test(line)) return null;
  const runs = spacedRuns(line);
  // `牵头单位：县卫健局    配合单位：…    完成时限：…` labels values on one line; a header names columns
  // only, one word a column (`牵头 配合单位 完成时限`, a cramped layout's three run together, is no column).
  const labelled = runs.some((r) => /[：:].|\s/.test(r.text));
  return runs.length >= 3 && !labelled && isHeaderRow(runs.map((r) => r.text)) ? { headers: runs } : null;
}

/**
 * A line of a spaced table as cells in its columns, or null when the table has ended. Each run of
 * text goes to the header it stands under most (else the nearest); a line with text in one column
 * goes on in the row above (a cell the width broke: readTable).
 */
export function spacedRow(line: string, { headers }: SpacedColumns): string[] | null {
  const runs = spacedRuns(line);
  const cells = headers.map(() => '');
  for (const run of runs) cells[headers.reduce((best, h, k) => (overlap(run, h) > overlap(run, headers[best]) ? k : best), 0)] += run.text;
  return runs.length === 0 || endsTable(runs, cells, headers) ? null : cells.map((c) => collapseWhitespace(c));
}

/**
 * A cell's text stays in its column, give or take a centred header: a line that is one run under two
 * headers (or has a run under three) is prose across the page; a lone run in the first column reaching
 * the second, a note at the margin (以上任务按季度调度。); a numbered line alone (`三、保障措施`,
 * however short), the plan going on.
 */
function endsTable(runs: (Span & { text: string })[], cells: string[], headers: Span[]): boolean {
  const under = (run: Span) => headers.filter((h) => overlap(run, h) > 0).length;
  if (runs.some((run) => under(run) > (runs.length === 1 ? 1 : 2))) return true;
  return runs.length === 1 && ((cells[0] !== '' && runs[0].to >= headers[1].from) || readMarker(runs[0].text) !== null);
}

/** A 完成时限 as a cell gives it: a date (2023年12月底前, 2024年6月, 2023—2025年, 2024.6) or 长期, 持续推进, 每季度… */
const deadlineCell = /^(?:(?:19|20)\d{2}(?:年|[-—–~～至.．/])[\d年月日底前末内起止至—–\-~～.．/上下半季度第一二三四旬初中份及和、]*|(?:长期|持续|每年|每半年|每季度|每月)(?:坚持|推进|开展|落实)?)$/;

/** How the name of an agency or institution ends (县卫健局, 县人民医院, 各乡镇卫生院, 县医共体), a role after it aside. */
const agencyEnd = /(?:局|委|办|院|中心|政府|部|所|站|队|医共体|集团|联合会|办公室|机构|乡镇|街道|办事处|卫生室)$/;
/** Names apart by 、，/; a last 、 says the list goes on in the cell's next line. */
const isAgencyList = (cell: string) =>
  cell.replace(/[、，]$/, '').split(/[、，,/／]/).every((name) => /^[\u4e00-\u9fff（）()]{2,30}$/.test(name) && agencyEnd.test(name.replace(/[（(][^（）()]*[）)]$/, '').replace(/(?:牵头|配合|负责|参与|协助)$/, '')));

/** A numbered line read as a row without a header: its cells after the marker, what each holds, and where each stands. */
export interface HeaderlessRow {
  cells: string[];
  columns: Column[];
  spans: Span[];
}

/**
 * A numbered line set out in columns without a header row (`1．胸痛中心建设    县人民医院    2023年12月底前`:
 * a task list typed with spaces, or pdftotext -layout of a table without its header), given with its marker
 * blanked: its cells, what each holds, read from the cells since no header names them — the task first,
 * then each cell a deadline or units. A cell of anything else (a sentence, a figure) and the line is prose
 * with gaps, as justified PDF text has them; null.
 */
export function headerlessRow(line: string): HeaderlessRow | null {
  const runs = spacedRuns(line);
  const cells = runs.map((r) => collapseWhitespace(r.text));
  if (cells.length < 3 || cells[0].length > 40 || /[。；！？!?;]/.test(cells[0])) return null;
  const columns = cells.map((cell, k): Column | null => (k === 0 ? 'text' : deadlineCell.test(cell) ? 'deadline' : isAgencyList(cell) ? 'unit' : null));
  return columns.every((c) => c !== null) ? { cells, columns: columns as Column[], spans: runs } : null;
}

/**
 * The row with the next line's text in the cells it stands under, when that line is the rest of cells
 * the width broke (`                县妇幼保健院` under 县人民医院、县中医院、); else null. Such a line is
 * indented past the marker, each piece under one cell, labels nothing (not `注：…`) and ends no sentence
 * (not `以上任务按季度调度。`, a note).
 */
export function headerlessRowGoesOn(line: string, row: HeaderlessRow): HeaderlessRow | null {
  const runs = spacedRuns(line);
  if (runs.length === 0 || runs[0].from === 0 || /[：:]|[。！？]\s*$/.test(line)) return null;
  const cells = [...row.cells];
  for (const run of runs) {
    const under = row.spans.flatMap((span, k) => (overlap(run, span) > 0 ? [k] : []));
    if (under.length !== 1) return null;
    cells[under[0]] = collapseWhitespace(`${cells[under[0]]}${run.text}`);
  }
  return { ...row, cells };
}

/** A rule drawn with line characters (━━━, ───, ———), as PDF text gives a 三线表's rules above and under its header and after its last row. */
export const drawnRule = /^(?:[─━—―═－]\s*){4,}$/;

export const isSeparatorRow = (cells: string[]) => cells.every((c) => markdownSeparator.test(c));

/**
 * A header row: short cells, none a number (`一、`, `1`), two of them naming columns the explorer reads —
 * or a 序号 column first and two more, whatever they name (序号 | 岗位 | 人数: a table all the same), or an indicator
 * column and years (指标 | 2024年 | 2025年 | 2026年: an indicator table's targets year by year).
 */
export function isHeaderRow(cells: string[]): boolean {
  const filled = cells.filter((c) => c !== '');
  const plain = filled.every((c) => c.length <= 15 && !/[。；，]/.test(c) && !/^[（(]?[一二三四五六七八九十百\d]+[）)]?[、.．]?$/.test(c));
  const byYear = columnOf(filled[0] ?? '') === 'metric' && filled.length >= 3 && filled.slice(1).every((c) => /^(?:19|20)\d{2}年(?:底|末)?(?:目标值?)?$/.test(halfWidthDigits(c.replace(/\s+/g, ''))));
  const named = filled.filter((c) => columnOf(c) !== 'other').length >= 2 || (filled.length >= 3 && columnOf(cells[0]) === 'number') || byYear;
  return filled.length >= 2 && plain && named;
}

export interface TableRow {
  cells: string[];
  line: number;
  endLine: number;
  /** A heading over the rows below it (一、专科能力建设 across the table): its label only, no cells; how many leading cells the label fills (一 | 提升医疗服务能力: 2). */
  group?: number;
  /**
   * Lines under the row that are no row, kept in its text: a rule (a 三线表 with inner rules draws one between
   * every two rows), or the header a table says again atop each page it runs over.
   */
  below?: string;
}

/**
 * A heading that groups a table's rows (`一、专科能力建设`, a merged cell across the table or a line of its
 * own among the rows): a short label, no sentence or note (注：…), not a bare row number or a rule.
 */
const isGroupLabel = (text: string) => text !== '' && text.length <= 30 && !/[。；！？!?;：:]/.test(text) && !/^\d+$/.test(text) && !drawnRule.test(text);

/** A group's number in the 序号 column, in Chinese numerals where the rows count in digits (`| 一 | 提升医疗服务能力 |  |  |`). */
const groupNumber = /^(?:[一二三四五六七八九十]+、?|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十]+(?:部分|类|项))$/;

/** How many leading cells of a row label a group: its first alone, or a number and the label beside it; 0 when it is no group. */
function groupLabelCells(cells: string[], columns: Column[]): number {
  if (isGroupLabel(cells[0]) && cells.slice(1).every((c) => c === '')) return 1;
  const numbered = columns[0] === 'number' && groupNumber.test(cells[0].trim()) && cells.length > 2;
  return numbered && isGroupLabel(cells[1]) && cells.slice(2).every((c) => c === '') ? 2 : 0;
}

export interface Table {
  headers: string[];
  columns: Column[];
  /** The header row block (and the Markdown separator, markup only); a two-row header's rows as one block. */
  header: Block;
  rows: TableRow[];
  /** Index of the first block after the table. */
  end: number;
}

/**
 * The table whose header row is blocks[start]. Cells an export broke over lines are joined:
 * a row with fewer cells than the header goes on in the next line (Word), and a row whose
 * label cell and some other cell are empty continues the row above cell by cell (PDF layout).
 * A row with only its label cell empty is a row of its own under a merged label cell.
 */
export function readTable(blocks: Block[], start: number): Table {
  let header = blocks[start];
  let headers = header.cells!;
  let i = start + 1;
  while (blocks[i]?.cells && isSeparatorRow(blocks[i].cells!)) i++;
  // A header in two rows (责任单位 merged over 牵头单位 | 配合单位): each column is named by its lower cell.
  const lower = blocks[i]?.cells;
  if (lower && isLowerHeader(headers, lower)) {
    headers = headers.map((top, k) => lower[k] || top);
    header = { ...blocks[start], text: `${blocks[start].text}\n${blocks[i].text}`, endLine: blocks[i].endLine, cells: headers };
    i++;
  }
  // A 三线表's rule under the header is drawing, not a row: it goes on in the header's text.
  if (blocks[i] && !blocks[i].cells && drawnRule.test(blocks[i].text)) {
    header = { ...header, text: `${header.text}\n${blocks[i].text}`, endLine: blocks[i].endLine };
    i++;
  }
  const width = headers.length;
  const columns = headers.map(columnOf);
  // A row labelled by its first cell (序号, 部门, 县区): a row without a label and with an empty cell continues the row above.
  const labelled = columns[0] === 'number' || columns[0] === 'unit' || columns[0] === 'place';
  const rows: TableRow[] = [];
  for (; i < blocks.length; i++) {
    const block = blocks[i];
    const current = rows.at(-1);
    const incomplete = current !== undefined && current.cells.length < width;
    if (block.cells && isSeparatorRow(block.cells)) continue;
    // The header again, atop the next page of a table a page break cut: it goes on under the row above.
    if (current && block.cells && sameRow(block.cells, blocks[start].cells!)) {
      current.below = current.below === undefined ? block.text : `${current.below}\n${block.text}`;
      current.endLine = block.endLine;
      continue;
    }
    // A group heading across the table, in its first cell or on a line of its own before the next row.
    const groupCells = block.cells ?? (isRowOf(blocks[i + 1]?.cells, width) ? [block.text] : null);
    const label = !incomplete && groupCells && groupCells.length <= width ? groupLabelCells(groupCells, columns) : 0;
    if (label) {
      rows.push({ cells: headers.map((_, k) => groupCells![k] ?? ''), line: block.line, endLine: block.endLine, group: label });
      continue;
    }
    if (block.cells) {
      if (incomplete) {
        current.cells[current.cells.length - 1] = join(current.cells.at(-1)!, block.cells[0]);
        current.cells.push(...block.cells.slice(1));
      } else if (current && !current.group && labelled && block.cells[0] === '' && block.cells.length <= width && block.cells.slice(1, width).some((c) => c === '')) {
        block.cells.forEach((c, k) => (current.cells[k] = join(current.cells[k] ?? '', c)));
      } else if (block.cells.length <= width + 1) {
        rows.push({ cells: [...block.cells], line: block.line, endLine: block.endLine });
        continue;
      } else break;
      current.endLine = block.endLine;
    } else if (current && drawnRule.test(block.text) && isRowOf(blocks[i + 1]?.cells, width)) {
      // An inner rule between two rows separates them; the table goes on.
      current.below = current.below === undefined ? block.text : `${current.below}\n${block.text}`;
      current.endLine = block.endLine;
    } else if (incomplete) {
      current.cells[current.cells.length - 1] = join(current.cells.at(-1)!, block.text);
      current.endLine = block.endLine;
    } else break;
  }
  for (const row of rows) while (row.cells.length < width) row.cells.push('');
  for (const row of rows) if (!row.group) splitNumberFromTask(row.cells, columns);
  return { headers, columns, header, rows, end: i };
}

/**
 * A row's number run into its task (`1．胸痛中心建设` under 序号 and 任务, set out with spaces, both read into
 * one cell, the other left empty): the number goes in the 序号 cell, the task in the task cell after it.
 */
function splitNumberFromTask(cells: string[], columns: Column[]) {
  const k = columns.indexOf('number');
  if (k === -1 || columns[k + 1] !== 'text' || (cells[k] !== '') === (cells[k + 1] !== '')) return;
  const both = cells[k] || cells[k + 1];
  const marker = readMarker(both);
  if (!marker || marker.length >= both.length) return;
  cells[k] = both.slice(0, marker.length).trimEnd();
  cells[k + 1] = both.slice(marker.length);
}

/**
 * The second row of a two-row header: it names columns only (a header row of its own, no more cells
 * than the first) and names one where the first row's cell is empty, the span of a merged cell above.
 */
const isLowerHeader = (top: string[], lower: string[]) =>
  lower.length <= top.length && isHeaderRow(lower) && lower.every((c) => c === '' || columnOf(c) !== 'other') && lower.some((c, k) => c !== '' && top[k] === '');

const join = (a: string, b: string) => collapseWhitespace(`${a}\n${b}`);

/** Two rows that say the same in each cell, white space aside. */
const sameRow = (a: string[], b: string[]) => a.length === b.length && a.every((cell, k) => collapseWhitespace(cell) === collapseWhitespace(b[k]));

/** A row of a table this wide: about as many cells, two of them filled, no header (`（一）\t加强组织领导。…` after a table is not). */
const isRowOf = (cells: string[] | undefined, width: number) => !!cells && cells.length >= width - 1 && cells.filter(Boolean).length >= 2 && !isHeaderRow(cells);

/**
 * A table's rows placed as clauses, each given the group it stands under: a group heading across the table
 * (一、专科能力建设) holds the rows after it, up to the next group, and stands under none itself.
 */
export function placeRows<T>(rows: TableRow[], place: (row: TableRow, group: T | undefined) => T): T[] {
  let group: T | undefined;
  return rows.map((row) => {
    const placed = place(row, row.group ? undefined : group);
    if (row.group) group = placed;
    return placed;
  });
}

/** A row's clause text (cells joined by tabs) and each cell's span in it; a group heading's text is its label (its cells joined by tabs), without cells. */
export function rowText(table: Pick<Table, 'headers' | 'columns'>, row: TableRow): { text: string; cells: ClauseRecord['cells'] } {
  const below = row.below === undefined ? '' : `\n${row.below}`;
  if (row.group) return { text: row.cells.slice(0, row.group).join('\t') + below, cells: [] };
  let text = '';
  const cells = row.cells.map((cell, k) => {
    if (k > 0) text += '\t';
    const at: [number, number] = [text.length, text.length + cell.length];
    text += cell;
    return { header: table.headers[k] ?? '', column: table.columns[k] ?? 'other', text: cell, at };
  });
  return { text: text + below, cells };
}
