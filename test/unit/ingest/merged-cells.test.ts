/**
 * A task table whose cells are merged down a column, as a PDF and an OFD (ruled tables) and as the
 * web page they are printed from (rowspan): test/fixtures/formats/merged-table.*, made by make.ts
 * (a 重点任务 over its 工作措施 rows, a 牵头单位 and a 完成时限 over two and over three tasks, the
 * first 重点任务 cut by the page's end between its second and third rows). Before, a merged cell
 * stood in its first row only, as .docx and .xlsx files no longer give it: the later rows took their
 * lead unit from the row above but had no deadline (rows 2, 7 and 8), and in the PDF and OFD the
 * row starting the second page came out as fragments (`3 县中医院 县卫健局`, `建成创伤中心、危重 年6`)
 * and the merged cell's last character, set under the page's last rule, as a line of its own (`力`).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { SourceText } from '../../../scripts/ingest/read-corpus.ts';
import { readFixture } from './fixture-corpus.ts';
import { structureDocument } from '../../../scripts/structure/index.ts';
import { extractFields } from '../../../scripts/extract/index.ts';
import { mergedTable, mergedTableRows } from '../../fixtures/formats/make.ts';
import { expectNothingLost } from '../../helpers/nothing-lost.ts';

describe.each(['pdf', 'ofd', 'html'])('a task table with cells merged down a column, in a .%s file', (format) => {
  let source: SourceText;

  beforeAll(async () => {
    source = await readFixture('merged-table', format);
  });

  it('gives a merged cell in each row it spans, also in the row the next page starts with', () => {
    const rows = source.lines.filter((line) => /^\d\t/.test(line));
    expect(source.lines).toContain(mergedTable.header.join('\t'));
    expect(rows).toEqual(mergedTableRows().map((cells) => cells.join('\t')));
    if (source.pages) expect(source.pages[source.lines.indexOf(rows[2])]).toBe(2);
    expect(source.lines.filter((line) => line.trim() !== '').slice(-2)).toEqual(['二、保障措施', '县卫健局每季度调度一次任务进展，年底开展考核评估。']);
  });

  it('gives each task row its lead unit and its deadline; the copies are the rows’ text, so nothing is lost or doubled', () => {
    const structured = structureDocument(source);
    expectNothingLost(structured.document, structured.clauses, source.lines);
    const rows = extractFields(structured.document, structured.clauses).filter((clause) => clause.cells.length > 0);
    // row 1's 工作措施 names a year of its own (2024年通过省级认证)
    expect(rows.map((row) => [row.units.filter((u) => u.role === 'lead').map((u) => u.name).join(), row.deadlines.map((d) => d.end).join()])).toEqual([
      ['县人民医院', '2024-12-31,2024-12-31'],
      ['县人民医院', '2024-12-31'],
      ['县中医院', '2025-06-30'],
      ['县人社局', ''],
      ['县卫健局', '2025-12-31'],
      ['县卫健局', '2025-12-31'],
      ['县卫健局', '2025-12-31'],
      ['县卫健局', '2025-12-31'],
    ]);
  });
});
