/**
 * RTF's table rows (scripts/ingest/formats/rtf-tables.ts), as the RTF reader hands them over: a cell
 * merged down its column (\clvmgf, then \clvmrg) in each row it spans, and a cell as wide as several
 * columns (fewer \cellx edges than the table has columns) keeping an empty cell for each column it covers.
 */
import { describe, expect, it } from 'vitest';
import { columnEdges, keepColumns, mergedDown, RtfTableRows, tablesOf, underColumns, type CellMerge } from '../../../scripts/ingest/formats/rtf-tables.ts';

/** Rows fed to the table as the reader does it: each cell's text and tab into the body, then \row's line end. */
function readRows(rows: { merges?: CellMerge[]; edges: number[]; cells: string[] }[]): { body: string[]; table: RtfTableRows } {
  const body = ['一、重点任务', ''];
  const table = new RtfTableRows(body);
  for (const { merges = [], edges, cells } of rows) {
    table.defineRow();
    edges.forEach((edge, k) => {
      table.mergeNextCell(merges[k] ?? null);
      table.defineCell(edge);
    });
    for (const cell of cells) {
      body[body.length - 1] += cell;
      table.endCell();
      body[body.length - 1] += '\t';
      table.startNextCell();
    }
    table.endRow();
    body[body.length - 1] = body[body.length - 1].replace(/\t$/, '');
    body.push('');
    table.startRow();
  }
  return { body, table };
}

describe('a cell merged down its column', () => {
  const edges = [800, 4000, 6000, 8000];
  const merged: CellMerge[] = [null, null, 'first', 'first'];
  const below: CellMerge[] = [null, null, 'rest', 'rest'];

  it('is in each row it spans, so each task has its lead unit and deadline', () => {
    const { body } = readRows([
      { edges, cells: ['序号', '重点任务', '牵头单位', '完成时限'] },
      { edges, merges: merged, cells: ['1', '建成胸痛中心', '县人民医院', '2024年12月底前'] },
      { edges, merges: below, cells: ['2', '建成卒中中心', '', ''] },
      { edges, merges: below, cells: ['3', '建成危重孕产妇救治中心', '', ''] },
      { edges, cells: ['4', '建成创伤中心', '县中医院', '2025年6月底前'] },
    ]);
    expect(body.slice(1, -1)).toEqual([
      '序号\t重点任务\t牵头单位\t完成时限',
      '1\t建成胸痛中心\t县人民医院\t2024年12月底前',
      '2\t建成卒中中心\t县人民医院\t2024年12月底前',
      '3\t建成危重孕产妇救治中心\t县人民医院\t2024年12月底前',
      '4\t建成创伤中心\t县中医院\t2025年6月底前',
    ]);
  });

  it('is not copied into the lower row of a header in two rows, which names columns', () => {
    const { body } = readRows([
      { edges: [800, 4000, 8000, 9000], merges: ['first', 'first', null, 'first'], cells: ['序号', '重点任务', '责任单位', '备注'] },
      { edges: [800, 4000, 6000, 8000, 9000], merges: ['rest', 'rest', null, null, 'rest'], cells: ['', '', '牵头单位', '配合单位', ''] },
    ]);
    expect(body[2]).toBe('\t\t牵头单位\t配合单位\t');
  });

  it('gives its text to the empty cells below it; one below with text of its own keeps it; a cell not merged ends the merge', () => {
    expect(mergedDown('first', '县卫健局', undefined)).toEqual({ above: '县卫健局', copy: undefined });
    expect(mergedDown('rest', ' ', '县卫健局')).toEqual({ above: '县卫健局', copy: '县卫健局' });
    expect(mergedDown('rest', '县医保局', '县卫健局')).toEqual({ above: '县卫健局', copy: undefined });
    expect(mergedDown(null, '县财政局', '县卫健局')).toEqual({ above: undefined, copy: undefined });
    // an empty first cell has nothing to give
    expect(mergedDown('rest', '', '').copy).toBeUndefined();
  });
});

describe('a cell as wide as several columns', () => {
  it('keeps an empty cell for each column after its first, so the row stays under its header', () => {
    // 责任单位 over 牵头单位 | 配合单位: one \cellx at 7200 where the rows below have 6000 and 7200.
    const columns = columnEdges([
      { line: 1, edges: [800, 4800, 7200, 8400] },
      { line: 2, edges: [800, 4800, 6000, 7195, 8400] },
    ]);
    expect(columns).toEqual([800, 4800, 6000, 7195, 8400]);
    expect(underColumns(['序号', '重点任务', '责任单位', '完成时限'], [800, 4800, 7200, 8400], columns)).toEqual(['序号', '重点任务', '责任单位', '', '完成时限']);
    expect(underColumns(['1', '建成胸痛中心', '县人民医院', '县卫健局', '2024年底前'], [800, 4800, 6000, 7195, 8400], columns)).toEqual(['1', '建成胸痛中心', '县人民医院', '县卫健局', '2024年底前']);
  });

  it('leaves a row whose cells are not one to an edge (a tab in a cell) as it is', () => {
    expect(underColumns(['1', '建成胸痛中心', '县卫健局', '2024年'], [800, 4800, 8400], [800, 4800, 6000, 8400])).toEqual(['1', '建成胸痛中心', '县卫健局', '2024年']);
  });

  it('takes its columns from its own table: rows on lines one after the other', () => {
    const rows = [
      { line: 3, edges: [3000, 6000] },
      { line: 4, edges: [1000, 3000, 6000] },
      { line: 7, edges: [2000, 4000] },
    ];
    expect(tablesOf(rows).map((table) => table.map((row) => row.line))).toEqual([[3, 4], [7]]);
    const lines = ['', '', '', '指标\t2025年目标值', '1\t床位数\t200张', '', '', '责任单位\t县卫健局'];
    keepColumns(lines, rows);
    expect(lines.slice(3)).toEqual(['指标\t\t2025年目标值', '1\t床位数\t200张', '', '', '责任单位\t县卫健局']);
  });

  it('is read so from the rows the reader hands over', () => {
    const { body, table } = readRows([
      { edges: [800, 4800, 7200, 8400], cells: ['序号', '重点任务', '责任单位', '完成时限'] },
      { edges: [800, 4800, 6000, 7200, 8400], cells: ['1', '建成胸痛中心', '县人民医院', '县卫健局', '2024年底前'] },
    ]);
    keepColumns(body, table.rows);
    expect(body.slice(1, 3)).toEqual(['序号\t重点任务\t责任单位\t\t完成时限', '1\t建成胸痛中心\t县人民医院\t县卫健局\t2024年底前']);
  });
});
