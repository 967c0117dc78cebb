/**
 * A task table whose cells are merged down a column, in every format that knows merged cells: as a
 * PDF and an OFD (ruled tables) and as the web page they are printed from (rowspan), made by make.ts
 * (test/fixtures/formats/merged-table.*), and the same table written here as a .docx (vMerge), an
 * .xlsx (mergeCells) and an RTF (\clvmgf, \clvmrg). It has a header in two rows (责任单位 over
 * 牵头单位 | 配合单位, the other header cells merged down over both), a 重点任务 over its 工作措施
 * rows, a 牵头单位 and a 完成时限 over two and over three tasks, the first 重点任务 cut by the PDF's
 * page end between its second and third rows, and a 备注 column mostly empty.
 *
 * Before, a merged cell stood in its first row only in PDF, OFD, web pages and RTF (as .docx and .xlsx
 * no longer gave it): the later rows took their lead unit from the row above but had no deadline
 * (rows 2, 7 and 8); in the PDF and OFD the row starting the second page came out as fragments
 * (`3 县中医院 县卫健局`, `建成创伤中心、危重 年6`) and the merged cell's last character, set under the
 * page's last rule, as a line of its own (`力`). Copies into the header's lower row made it a row of
 * data, the columns named by the upper row alone (责任单位: every unit responsible, none lead); a web
 * page's or a workbook's row lost its empty last cells (备注), so the next line was read into it; the
 * RTF's 责任单位, one cell as wide as two columns, left the header a column short.
 */
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { SourceText } from '../../../scripts/ingest/read-corpus.ts';
import { structureDocument } from '../../../scripts/structure/index.ts';
import { extractFields } from '../../../scripts/extract/index.ts';
import { mergedTable, mergedTableRows } from '../../fixtures/formats/make.ts';
import { expectNothingLost } from '../../helpers/nothing-lost.ts';
import { readAsCorpus, readFixture } from './fixture-corpus.ts';

const [opening, closing] = [['某县推进“千县工程”县医院综合能力提升实施方案', '一、重点任务', '各项任务按下表分解落实，各责任单位要按时限完成。'], ['二、保障措施', '县卫健局每季度调度一次任务进展，年底开展考核评估。']];

/** The table's grid: each position's text, and whether the cell above spans it (a header cell merged down, a task's merged cell). */
const grid = (): { text: string; spanned: boolean; across: boolean }[][] => [
  mergedTable.header[0].map((text, c) => ({ text, spanned: false, across: c === 4 })),
  mergedTable.header[1].map((text) => ({ text, spanned: text === '' })),
  ...mergedTable.rows.map((row) => row.map((text) => ({ text: text ?? '', spanned: text === null }))),
].map((row) => row.map((cell) => ({ across: false, ...cell })));
/** Whether the cell at (r, c) is merged over the row below it. */
const spansDown = (r: number, c: number) => grid()[r + 1]?.[c]?.spanned === true;

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function docx(): Uint8Array {
  const w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const p = (text: string) => `<w:p><w:r><w:t>${escape(text)}</w:t></w:r></w:p>`;
  const rows = grid().map((row, r) =>
    `<w:tr>${row
      .map((cell, c) => {
        if (cell.across) return '';
        const merge = cell.spanned ? '<w:vMerge/>' : spansDown(r, c) ? '<w:vMerge w:val="restart"/>' : '';
        const span = r === 0 && c === 3 ? '<w:gridSpan w:val="2"/>' : '';
        return `<w:tc><w:tcPr>${span}${merge}</w:tcPr>${p(cell.spanned ? '' : cell.text)}</w:tc>`;
      })
      .join('')}</w:tr>`,
  );
  const body = `${opening.map(p).join('')}<w:tbl>${rows.join('')}</w:tbl>${closing.map(p).join('')}`;
  return zipSync({ 'word/document.xml': strToU8(`<w:document ${w}><w:body>${body}</w:body></w:document>`) });
}

function xlsx(): Uint8Array {
  const main = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  const column = (c: number) => String.fromCharCode(65 + c);
  const rows = grid().map((row, r) => `<row r="${r + 1}">${row.map((cell, c) => (cell.spanned || cell.text === '' ? '' : `<c r="${column(c)}${r + 1}" t="inlineStr"><is><t>${escape(cell.text)}</t></is></c>`)).join('')}</row>`);
  const merges = grid().flatMap((row, r) =>
    row.flatMap((cell, c) => {
      if (r === 0 && c === 3) return [`D1:E1`];
      if (cell.spanned || !spansDown(r, c)) return [];
      let end = r + 1;
      while (grid()[end + 1]?.[c]?.spanned) end++;
      return [`${column(c)}${r + 1}:${column(c)}${end + 1}`];
    }),
  );
  return zipSync({
    'xl/workbook.xml': strToU8(`<workbook ${main}><sheets><sheet name="任务分解" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    'xl/_rels/workbook.xml.rels': strToU8('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/></Relationships>'),
    'xl/worksheets/sheet1.xml': strToU8(`<worksheet ${main}><sheetData>${rows.join('')}</sheetData><mergeCells>${merges.map((ref) => `<mergeCell ref="${ref}"/>`).join('')}</mergeCells></worksheet>`),
  });
}

function rtf(): Uint8Array {
  const u = (text: string) => [...text].map((ch) => (ch.charCodeAt(0) < 0x80 ? ch : `\\u${ch.charCodeAt(0)}?`)).join('');
  const edges = [800, 2400, 4800, 6000, 7200, 8400, 9600];
  const rows = grid().map((row, r) => {
    const defs = row
      .map((cell, c) => (r === 0 && c === 3 ? '' : `${cell.spanned ? '\\clvmrg' : spansDown(r, c) ? '\\clvmgf' : ''}\\cellx${edges[c]}`))
      .join('');
    const cells = row.filter((cell) => !cell.across).map((cell) => `${u(cell.spanned ? '' : cell.text)}\\cell `);
    return `\\trowd${defs}\\pard\\intbl ${cells.join('')}\\row\n`;
  });
  const paragraphs = (lines: string[]) => lines.map((line) => `\\pard ${u(line)}\\par\n`).join('');
  return new TextEncoder().encode(`{\\rtf1\\ansi\\ansicpg936\\uc1 ${paragraphs(opening)}${rows.join('')}${paragraphs(closing)}}`);
}

const made: Record<string, () => Uint8Array> = { docx, xlsx, rtf };

describe.each(['pdf', 'ofd', 'html', 'docx', 'xlsx', 'rtf'])('a task table with cells merged down a column, in a .%s file', (format) => {
  let source: SourceText;

  const read = () => (format in made ? readAsCorpus(made[format](), format) : readFixture('merged-table', format));

  it('gives a merged cell in each row it spans, also in the row the next page starts with, but not in the header’s lower row', async () => {
    source = await read();
    const lines = source.lines.filter((line) => line.trim() !== '');
    const header = lines.findIndex((line) => line.startsWith('序号\t'));
    expect(lines.slice(header, header + 2 + mergedTable.rows.length)).toEqual([...mergedTable.header, ...mergedTableRows()].map((cells) => cells.join('\t')));
    // (the workbook holds the table alone)
    if (format !== 'xlsx') expect([lines.slice(0, header), lines.slice(-2)]).toEqual([opening, closing]);
    if (source.pages) expect(source.pages[source.lines.indexOf(mergedTableRows()[2].join('\t'))]).toBe(2);
  });

  it('gives each task row its lead unit and its deadline; the copies are the rows’ text, so nothing is lost or doubled', () => {
    const structured = structureDocument(source);
    expectNothingLost(structured.document, structured.clauses, source.lines);
    const rows = extractFields(structured.document, structured.clauses).filter((clause) => clause.cells.length > 0);
    const roles = (role: string) => (row: (typeof rows)[number]) => row.units.filter((u) => u.role === role).map((u) => u.name).join('、');
    // row 1's 工作措施 names a year of its own (2024年通过省级认证)
    expect(rows.map((row) => [roles('lead')(row), roles('cooperate')(row), row.deadlines.map((d) => d.end).join()])).toEqual([
      ['县人民医院', '县卫健局', '2024-12-31,2024-12-31'],
      ['县人民医院', '县卫健局', '2024-12-31'],
      ['县中医院', '县卫健局', '2025-06-30'],
      ['县人社局', '县卫健局、县财政局', ''],
      ['县卫健局', '县人民医院', '2025-12-31'],
      ['县卫健局', '各乡镇卫生院', '2025-12-31'],
      ['县卫健局', '县人民医院', '2025-12-31'],
      ['县卫健局', '县医保局', '2025-12-31'],
    ]);
  });
});

describe('a task whose number and name are merged over its measures’ rows, in a web page', () => {
  it('reads each measure as a row with its own lead unit and deadline', async () => {
    // Before: the second measure's row, its 序号 empty, was read as the rest of the first (建成胸痛中心建成卒中中心,
    // 县人民医院县中医院, 2024年底前 and 2025年底前 in one task), and its text did not come out as written.
    const { readHtml } = await import('../../../scripts/ingest/formats/html.ts');
    const { buildText } = await import('../../helpers/fixture-document.ts');
    const page = `<html><head><meta charset="utf-8"></head><body><div class="article"><p>某县推进“千县工程”实施方案</p><p>一、重点任务</p><p>各项任务按下表落实。</p>
<table border="1"><tr><th>序号</th><th>重点任务</th><th>具体措施</th><th>牵头单位</th><th>完成时限</th></tr>
<tr><td rowspan="2">1</td><td rowspan="2">提升专科能力</td><td>建成胸痛中心</td><td>县人民医院</td><td>2024年底前</td></tr>
<tr><td>建成卒中中心</td><td>县中医院</td><td>2025年底前</td></tr>
<tr><td>2</td><td>加强人才队伍建设</td><td>每年招聘人才10名</td><td>县人社局</td><td>2025年6月</td></tr></table><p>二、保障措施</p><p>县财政局保障资金。</p></div></body></html>`;
    const { document, clauses, lines } = buildText('mouxian-2024.html', readHtml(new TextEncoder().encode(page)).lines.join('\n'));
    expectNothingLost(document, clauses, lines);
    expect(clauses.filter((c) => c.cells.length > 0).map((c) => [c.cells[2].text, c.units.map((u) => u.name).join(), c.deadlines.map((d) => d.end).join()])).toEqual([
      ['建成胸痛中心', '县人民医院', '2024-12-31'],
      ['建成卒中中心', '县中医院', '2025-12-31'],
      ['每年招聘人才10名', '县人社局', '2025-06-30'],
    ]);
  });
});
