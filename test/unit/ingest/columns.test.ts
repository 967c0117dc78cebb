/**
 * A page set in two columns, as a 政府公报 prints a plan (test/fixtures/formats/gazette.pdf, made
 * by make.ts): read column by column. Before, each line of the left column ran into the line
 * beside it in the right one (为贯彻落实国家卫生健康委 （三）加强人才队伍建设。每).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readingBlocks } from '../../../scripts/ingest/formats/columns.ts';
import { placedLines, type Run } from '../../../scripts/ingest/formats/page-lines.ts';
import { linesWithTables } from '../../../scripts/ingest/formats/ruled-tables.ts';
import { gazette } from '../../fixtures/formats/make.ts';

describe('a page in two columns', () => {
  it('reads the left column, then the right, under the running head and the title across both; a list below stays rows', async () => {
    const { ingestFile } = await import('../../../scripts/ingest/formats/index.ts');
    const { lines } = await ingestFile(readFileSync('test/fixtures/formats/gazette.pdf'), '.pdf');
    const list = gazette.list.map(([unit, role]) => `${unit} ${role}`);
    expect(lines.slice(0, 2)).toEqual([gazette.head.replace('　', ' '), gazette.title]);
    expect(lines.slice(-list.length)).toEqual(list);
    // The columns' lines, joined, are the paragraphs in order.
    expect(lines.slice(2, -list.length).join('')).toBe(gazette.paragraphs.join(''));
  });

  const line = (y: number, ...cells: [number, string][]): Run[] => cells.map(([x, text]) => ({ text, x, y, width: text.length * 10, size: 10 }));
  const read = (runs: Run[]) => readingBlocks(runs).flatMap(placedLines).map((l) => l.text);

  it('leaves text across the page as it was: a table without rules, a 文号 beside its 签发人, short lines', () => {
    const table = [
      ...line(100, [0, '序号'], [60, '重点任务'], [300, '牵头单位']),
      ...line(120, [0, '1'], [60, '建成胸痛中心'], [300, '县卫健局']),
      ...line(140, [0, '2'], [60, '建成卒中中心'], [300, '县人民医院']),
      ...line(160, [0, '3'], [60, '建成创伤中心'], [300, '县卫健局']),
    ];
    expect(read(table)).toEqual(['序号 重点任务 牵头单位', '1 建成胸痛中心 县卫健局', '2 建成卒中中心 县人民医院', '3 建成创伤中心 县卫健局']);
    const cover = [...line(100, [0, '某政办〔2023〕18号'], [250, '签发人：张三']), ...line(120, [0, '各乡镇人民政府，县直各单位：']), ...line(140, [150, '某县人民政府办公室']), ...line(160, [150, '2023年6月8日'])];
    expect(read(cover)).toEqual(['某政办〔2023〕18号 签发人：张三', '各乡镇人民政府，县直各单位：', '某县人民政府办公室', '2023年6月8日']);
  });

  it('reads two columns above a ruled table on the same page column by column, the table as rows below them', () => {
    // Before: a page with a ruled table was read top to bottom, so each left line ran into the right one
    // (为贯彻落实国家卫生健康委 二、重点任务), as on a page with no column reading at all.
    const left = ['为贯彻落实国家卫生健康委千县工', '程工作部署，进一步提升县域医疗', '服务能力，结合我县实际，制定本', '方案。'];
    const right = ['二、重点任务（一）加强临床专科', '建设。重点建设心血管内科、神经', '内科、呼吸内科等5个临床专科，2', '024年底前通过国家级认证。'];
    const runs = left.flatMap((text, k) => [...line(100 + 20 * k, [0, text]), ...(right[k] ? line(100 + 20 * k, [160, right[k]]) : [])]);
    const table = [
      ['序号', '重点任务', '牵头单位'],
      ['1', '建成胸痛中心', '县卫健局'],
    ];
    const cells = table.flatMap((row, r) => line(205 + 20 * r, [5, row[0]], [55, row[1]], [205, row[2]]));
    const h = (y: number) => ({ x0: 0, y0: y, x1: 300, y1: y });
    const v = (x: number) => ({ x0: x, y0: 190, x1: x, y1: 230 });
    const read = linesWithTables([...runs, ...cells], [h(190), h(210), h(230), v(0), v(50), v(200), v(300)]).map((l) => l.text);
    expect(read).toEqual([...left, ...right, '序号\t重点任务\t牵头单位', '1\t建成胸痛中心\t县卫健局']);
  });
});
