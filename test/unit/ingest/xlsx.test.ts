/**
 * A task list published as an Excel workbook (重点任务清单.xlsx), as a county's office writes one:
 * a title merged across the columns, a header, rows whose 完成时限 are Excel dates and whose
 * targets are percentages, shared strings with rich-text runs and a phonetic guide, an inline
 * string, a cell with its own line break, and a hidden sheet. It reads as a table whose rows are
 * clauses with their units and deadlines.
 */
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readXlsx } from '../../../scripts/ingest/formats/xlsx.ts';
import { buildText } from '../../helpers/fixture-document.ts';
import { expectNothingLost } from '../../helpers/nothing-lost.ts';

const main = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const shared = [
  '某县“千县工程”重点任务清单',
  '序号', '重点任务', '牵头单位', '配合单位', '完成时限', '目标值',
  // rich text in runs, with a phonetic guide that is not the cell's text
  '<r><t>建成胸痛中心、</t></r><r><rPr><b/></rPr><t>卒中中心</t></r><rPh sb="0" eb="2"><t>きょうつう</t></rPh>',
  '县卫健局', '县人民医院',
  '引进和培养高层次人才，\n每年招聘医学本科以上人才10名',
  '县人社局、县财政局', '县域内就诊率',
];
const si = (s: string) => (s.startsWith('<r>') ? `<si>${s}</si>` : `<si><t xml:space="preserve">${s}</t></si>`);
const c = (ref: string, body: string, attrs = '') => `<c r="${ref}"${attrs}>${body}</c>`;
const s = (ref: string, k: number) => c(ref, `<v>${k}</v>`, ' t="s"');
const rows = [
  `<row r="1">${s('A1', 0)}</row>`,
  `<row r="2">${[1, 2, 3, 4, 5, 6].map((k, i) => s(`${'ABCDEF'[i]}2`, k)).join('')}</row>`,
  // 45657 is 2024-12-31 (style 1: a date); 0.9 in style 2 is 90%
  `<row r="3">${c('A3', '<v>1</v>')}${s('B3', 7)}${s('C3', 8)}${s('D3', 9)}${c('E3', '<v>45657</v>', ' s="1"')}${c('F3', '<v>0.9</v>', ' s="2"')}</row>`,
  `<row r="4">${c('A4', '<v>2</v>')}${s('B4', 10)}${c('C4', '<is><t>县人民医院</t></is>', ' t="inlineStr"')}${s('D4', 11)}${c('E4', '<v>45838</v>', ' s="3"')}</row>`,
  '<row r="5"/>',
];
const sheet = (body: string) => `<worksheet ${main}><sheetData>${body}</sheetData><mergeCells count="1"><mergeCell ref="A1:F1"/></mergeCells></worksheet>`;

function workbook(): Uint8Array {
  return zipSync({
    'xl/workbook.xml': strToU8(`<workbook ${main}><sheets><sheet name="任务清单" sheetId="1" r:id="rId1"/><sheet name="说明" sheetId="2" state="hidden" r:id="rId2"/></sheets></workbook>`),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="worksheet" Target="worksheets/sheet2.xml"/></Relationships>',
    ),
    'xl/sharedStrings.xml': strToU8(`<sst ${main}>${shared.map(si).join('')}</sst>`),
    // cell styles: 0 general, 1 a built-in date (14), 2 a built-in percentage (9), 3 a custom month format (2025年6月)
    'xl/styles.xml': strToU8(`<styleSheet ${main}><numFmts count="1"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;"/></numFmts><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="9"/><xf numFmtId="176"/></cellXfs></styleSheet>`),
    'xl/worksheets/sheet1.xml': strToU8(sheet(rows.join(''))),
    'xl/worksheets/sheet2.xml': strToU8(sheet(`<row r="1">${c('A1', '<is><t>填表说明：隐藏的工作表</t></is>', ' t="inlineStr"')}</row>`)),
  });
}

describe('an Excel task list', () => {
  const read = readXlsx(workbook());

  it('reads each row as one line of cells as Excel shows them: dates, percentages, rich and inline strings; the hidden sheet left out', () => {
    expect(read.format).toBe('xlsx');
    expect(read.lines).toEqual([
      '某县“千县工程”重点任务清单',
      '序号\t重点任务\t牵头单位\t配合单位\t完成时限\t目标值',
      '1\t建成胸痛中心、卒中中心\t县卫健局\t县人民医院\t2024年12月31日\t90%',
      // its empty 目标值 kept, so the row stands under its header (before: cut off, and the next line was read into the row)
      '2\t引进和培养高层次人才，每年招聘医学本科以上人才10名\t县人民医院\t县人社局、县财政局\t2025年6月\t',
    ]);
  });

  it('gives each task row as a clause with its lead and cooperating units and its deadline', () => {
    const text = read.lines.join('\n');
    const { document, clauses, lines } = buildText('renwu-2024.xlsx', text);
    expectNothingLost(document, clauses, lines);
    const rows = clauses.filter((clause) => clause.cells.length > 0);
    expect(rows.map((row) => row.units.map((u) => `${u.role}:${u.name}`))).toEqual([
      ['lead:县卫健局', 'cooperate:县人民医院'],
      ['lead:县人民医院', 'cooperate:县人社局', 'cooperate:县财政局'],
    ]);
    expect(rows.map((row) => row.deadlines.map((d) => d.end))).toEqual([['2024-12-31'], ['2025-06-30']]);
  });

  it('names a package that is not a workbook', () => {
    expect(() => readXlsx(zipSync({ 'word/document.xml': strToU8('<w:document/>') }))).toThrow(/not an Excel workbook/);
  });
});

describe('an Excel task list with cells merged down a column', () => {
  it('gives each row the unit and the deadline of the cell merged over it, as the reader sees it beside each row', () => {
    // Before: the second row's 牵头单位 and 完成时限 were empty (a merged cell stood in its first row
    // only): the task took its unit from the row above but had no deadline.
    const text = (ref: string, value: string) => c(ref, `<is><t>${value}</t></is>`, ' t="inlineStr"');
    const row = (r: number, ...cells: [string, string][]) => `<row r="${r}">${cells.map(([column, value]) => text(`${column}${r}`, value)).join('')}</row>`;
    const sheetXml = `<worksheet ${main}><sheetData>${[
      row(1, ['A', '某县“千县工程”重点任务清单']),
      row(2, ['A', '序号'], ['B', '任务类别'], ['C', '重点任务'], ['D', '牵头单位'], ['E', '完成时限']),
      row(3, ['A', '1'], ['B', '专科能力建设'], ['C', '建成胸痛中心、卒中中心'], ['D', '县人民医院'], ['E', '2024年12月底前']),
      row(4, ['A', '2'], ['C', '新增市级临床重点专科2个']),
      row(5, ['A', '3'], ['C', '建成创伤中心'], ['D', '县中医院'], ['E', '2025年6月底前']),
      row(6, ['A', '备注：各单位每季度报送进展。']),
      '<row r="7"/>',
    ].join('')}</sheetData><mergeCells count="5"><mergeCell ref="A1:E1"/><mergeCell ref="B3:B5"/><mergeCell ref="D3:D4"/><mergeCell ref="E3:E4"/><mergeCell ref="A6:A7"/></mergeCells></worksheet>`;
    const read = readXlsx(
      zipSync({
        'xl/workbook.xml': strToU8(`<workbook ${main}><sheets><sheet name="任务清单" sheetId="1" r:id="rId1"/></sheets></workbook>`),
        'xl/_rels/workbook.xml.rels': strToU8('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/></Relationships>'),
        'xl/worksheets/sheet1.xml': strToU8(sheetXml),
      }),
    );
    // the title across the columns once; the note merged down over an empty row once
    expect(read.lines).toEqual([
      '某县“千县工程”重点任务清单',
      '序号\t任务类别\t重点任务\t牵头单位\t完成时限',
      '1\t专科能力建设\t建成胸痛中心、卒中中心\t县人民医院\t2024年12月底前',
      '2\t专科能力建设\t新增市级临床重点专科2个\t县人民医院\t2024年12月底前',
      '3\t专科能力建设\t建成创伤中心\t县中医院\t2025年6月底前',
      '备注：各单位每季度报送进展。',
    ]);
    const { document, clauses, lines } = buildText('renwu-merged.xlsx', read.lines.join('\n'));
    expectNothingLost(document, clauses, lines);
    const rows = clauses.filter((clause) => clause.cells.length > 0);
    expect(rows.map((r) => [r.units.map((u) => `${u.role}:${u.name}`).join(), r.deadlines.map((d) => d.end).join()])).toEqual([
      ['lead:县人民医院', '2024-12-31'],
      ['lead:县人民医院', '2024-12-31'],
      ['lead:县中医院', '2025-06-30'],
    ]);
  });
});
