/**
 * A plan whose tasks are a ruled table, as a PDF and as an OFD (test/fixtures/formats/task-table.*,
 * made by make.ts: a 重点任务分解表 over a page break, its title inside the border, a 牵头单位 cell
 * spanning two rows, cells wrapped over lines; the OFD's borders are path objects). Each row comes
 * out as one line of tab-separated cells, and the plan's rows as clauses with their units and
 * deadlines. Before, the rows came out as lines of fragments (`县卫健 2024年12月` above
 * `1 建成胸痛中心… 县人民医院`) and no row was read.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SourceText } from '../../../scripts/ingest/read-corpus.ts';
import { readFixture } from './fixture-corpus.ts';
import { structureDocument } from '../../../scripts/structure/index.ts';
import { extractFields } from '../../../scripts/extract/index.ts';
import { pagedTable, taskTableRows } from '../../fixtures/formats/make.ts';
import { expectNothingLost } from '../../helpers/nothing-lost.ts';

describe.each(['pdf', 'ofd'])('a ruled task table in a .%s file', (format) => {
  let source: SourceText;

  beforeAll(async () => {
    source = await readFixture('task-table', format);
  });

  it('reads each row as one line of cells, the title inside the border as a line of its own', () => {
    const at = source.lines.indexOf('某县“千县工程”重点任务分解表');
    expect(at).toBeGreaterThan(0);
    expect(source.lines.slice(at + 1, at + 3)).toEqual([
      '序号\t重点任务\t牵头单位\t配合单位\t完成时限',
      taskTableRows[0].join('\t'),
    ]);
  });

  it('joins a cell wrapped over lines, gives a cell spanning rows to each of its rows, and goes on over the page break', () => {
    const rows = source.lines.filter((line) => /^\d\t/.test(line));
    // the 牵头单位 spanning rows 4 and 5 stands in both, as in a .docx or .xlsx
    expect(rows).toEqual(taskTableRows.map((row, k) => (k === 4 ? Object.assign([...row], { 2: taskTableRows[3][2] }) : row).join('\t')));
    expect(new Set(rows.map((_, k) => source.pages![source.lines.indexOf(rows[k])]))).toEqual(new Set([1, 2]));
  });

  it('keeps the text before and after the table as lines', () => {
    expect(source.lines.slice(0, 3)).toEqual(['某县推进“千县工程”县医院综合能力提升工作方案', '一、重点任务', '按照附件分解落实各项任务，各责任单位要按时限完成。']);
    expect(source.lines.slice(-2)).toEqual(['二、保障措施', '县卫健局负责统筹协调，定期调度任务进展。']);
  });

  it('gives each task row as a clause with its lead and cooperating units and its deadline', () => {
    const structured = structureDocument(source);
    expectNothingLost(structured.document, structured.clauses, source.lines);
    const rows = extractFields(structured.document, structured.clauses).filter((c) => c.cells.length > 0);
    expect(rows).toHaveLength(7);
    expect(rows[2].units.map((u) => [u.role, u.name])).toEqual([
      ['lead', '县发改局'],
      ['cooperate', '县卫健局'],
      ['cooperate', '县自然资源局'],
    ]);
    expect(rows[2].deadlines.map((d) => d.end)).toEqual(['2025-06-30']);
    // under the spanning cell, row 5's lead is row 4's
    expect(rows[4].units.find((u) => u.role === 'lead')?.name).toBe('县卫健局');
  });
});

/**
 * A table Chromium prints over three pages (test/fixtures/formats/table-pages.pdf): its header
 * repeated at the top of pages 2 and 3, section rows across all columns, rows that differ only in
 * their numbers; then two tables set one under the other. Before, the rows at the foot of each page
 * were taken for a running footer and dropped (34 of 40 rows came out), on two pages the repeated
 * header stayed as a data row, and the stacked tables were read as one grid (each row with the
 * other table's columns as empty cells).
 */
describe('a ruled table over pages, and stacked tables, in a .pdf file', () => {
  let lines: string[];
  let pages: number[];

  beforeAll(async () => {
    const { ingestFile } = await import('../../../scripts/ingest/formats/index.ts');
    const read = await ingestFile(readFileSync('test/fixtures/formats/table-pages.pdf'), '.pdf');
    lines = read.lines;
    pages = read.pages!;
  });

  it('keeps every row, also those at the foot of a page, and the header once', () => {
    const { header, rows, sections } = pagedTable;
    expect(lines.filter((line) => line === header.join('\t'))).toHaveLength(1);
    const body = lines.slice(lines.indexOf(header.join('\t')) + 1, lines.indexOf('主要指标和保障责任'));
    expect(body).toEqual(rows.flatMap((cells, k) => [...(k in sections ? [`${sections[k]}\t\t\t`] : []), cells.join('\t')]));
    expect(new Set(body.map((line) => pages[lines.indexOf(line)]))).toEqual(new Set([1, 2, 3]));
  });

  it('reads tables set one right under the other each with its own columns', () => {
    const at = lines.indexOf('主要指标和保障责任');
    expect(lines.slice(at + 1)).toEqual([...pagedTable.stacked.flat().map((cells) => cells.join('\t')), '以上任务按季度调度。']);
  });
});

describe('a task table on a landscape page turned onto a portrait one, in a .pdf file', () => {
  it('reads the turned page in its own direction, its table as rows, what stands upright on it in its place; a diagonal watermark stays out', async () => {
    // Before: every run turned from the horizontal was left out as a watermark, so the whole page was lost, silently;
    // then the page's upright 附件1 was lost (the upright page number — 2 — is furniture), and a page of a few
    // characters with no image, （此页无正文）, was taken for a scan's and dropped.
    const { ingestFile } = await import('../../../scripts/ingest/formats/index.ts');
    const read = await ingestFile(readFileSync('test/fixtures/formats/turned-table.pdf'), '.pdf');
    expect(read.lines).toEqual([
      '某县推进“千县工程”县医院综合能力提升实施方案',
      '一、重点任务',
      '各项任务按附表分解落实，各责任单位要按时限完成。',
      '附件1',
      '附表',
      '某县“千县工程”重点任务分解表',
      '序号\t重点任务\t牵头单位\t配合单位\t完成时限',
      ...taskTableRows.slice(0, 4).map((cells) => cells.join('\t')),
      '（此页无正文）',
    ]);
    expect(read.pages).toEqual([1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 3]);
    expect(read.format).toBe('pdf');
  });
});

describe('page furniture among table rows', () => {
  it('drops the rows opening a page that repeat the first rows of the table the previous page ended in, not a new table after text', async () => {
    const { removeFurniture } = await import('../../../scripts/ingest/formats/page-lines.ts');
    const title = { text: '重点任务分解表', row: 0 };
    const header = (row: number) => ({ text: '序号\t任务\t牵头单位', row });
    const page1 = [{ text: '正文' }, title, header(1), { text: '1\t建设胸痛中心\t县卫健局', row: 2 }];
    const page2 = [title, header(1), { text: '2\t建设卒中中心\t县卫健局', row: 2 }, { text: '说明' }, header(0), { text: '1\t建设创伤中心\t县医院', row: 1 }];
    const page3 = [header(0), { text: '2\t建设危重孕产妇救治中心\t县妇幼保健院', row: 1 }];
    expect(removeFurniture([page1, page2, page3])).toEqual([
      ['正文', '重点任务分解表', '序号\t任务\t牵头单位', '1\t建设胸痛中心\t县卫健局'],
      ['2\t建设卒中中心\t县卫健局', '说明', '序号\t任务\t牵头单位', '1\t建设创伤中心\t县医院'],
      ['2\t建设危重孕产妇救治中心\t县妇幼保健院'],
    ]);
  });
});

describe('a title repeated as the running header of the pages after the first', () => {
  it('stays the title atop the first page and is dropped from the others', async () => {
    // Before: it was dropped from the first page too, so the plan's first sentence was taken for its
    // title, and the level and region its title gives were lost.
    const { removeFurniture } = await import('../../../scripts/ingest/formats/page-lines.ts');
    const title = '某某县推进县级医院综合能力提升实施方案';
    const pages = [
      [title, '为推动县级医院高质量发展，结合我县实际，制定本方案。', '一、工作目标', '到2025年，县人民医院达到三级医院医疗服务能力。', '— 1 —'],
      [title, '二、重点任务', '（一）加强专科能力建设。', '— 2 —'],
      [title, '（二）建设临床服务“五大中心”。', '三、保障措施', '— 3 —'],
    ];
    expect(removeFurniture(pages)).toEqual([pages[0].slice(0, 4), pages[1].slice(1, 3), pages[2].slice(1, 3)]);
  });
});

describe("a browser's header and footer on a web page printed to PDF", () => {
  it('are dropped from a page printed alone, where no running head repeats them; a URL of the plan’s own stays', async () => {
    // Before: the footer ran into the last clause (…2025年底前全部投入运行。⏎http://www.mouxian.gov.cn/….shtml 1/1)
    // and the header opened the preamble.
    const { removeFurniture } = await import('../../../scripts/ingest/formats/page-lines.ts');
    const body = ['一、工作目标', '到2025年，县人民医院达到三级医院医疗服务能力。', '（三）建设急诊急救“五大中心”。', '疗、重症监护等中心，2025年底前全部投入运行。'];
    const chrome = ['2024/3/6 09:41 某县卫生健康局关于印发某县推进千县工程工作实施方案的通知_某县人民政府', ...body, 'http://www.mouxian.gov.cn/zwgk/tzgg/202403/t20240305_4418821.shtml 1/1'];
    expect(removeFurniture([chrome])).toEqual([body]);
    // as Firefox and a file opened from the desktop set them: the page count and the stamp, the file's URL
    expect(removeFurniture([['1/2 2024/3/6 下午2:05', ...body, 'file:///C:/Users/admin/Desktop/方案.html']])).toEqual([body]);
    const own = ['网址：http://www.mouxian.gov.cn', ...body, '详见http://www.mouxian.gov.cn/a.html'];
    expect(removeFurniture([own])).toEqual([own]);
  });
});

describe('a text item that runs over a column rule', () => {
  it('is cut at the rule, each part in its own cell', async () => {
    // Chromium set a cell's last word and the next cell's first, on one line, as one string
    // (县卫健局 县 of 县卫健局 | 县人民医院, the cell's 人民医院 wrapped below): the whole item went to the
    // first cell (…\t县卫健局 县\t人民医院\t…), so the cooperating unit read 人民医院.
    const { linesWithTables } = await import('../../../scripts/ingest/formats/ruled-tables.ts');
    const run = (text: string, x: number, y: number, width = text.length * 14) => ({ text, x, y, width, size: 14 });
    const runs = [run('1', 5, 30), run('建成胸痛中心', 30, 30), run('县卫健局 县', 130, 30, 78.2), run('人民医院', 200, 48), run('2024年底前', 270, 30, 105)];
    const h = (y: number) => ({ x0: 0, y0: y, x1: 380, y1: y });
    const v = (x: number) => ({ x0: x, y0: 10, x1: x, y1: 55 });
    const rules = [h(10), h(15), h(55), ...[0, 25, 125, 195, 265, 380].map(v)];
    expect(linesWithTables(runs, rules).map((line) => line.text)).toEqual(['1\t建成胸痛中心\t县卫健局\t县人民医院\t2024年底前']);
  });
});
