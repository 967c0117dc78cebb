/**
 * OFD as the writers in government use write it, not only as make.ts places the PDF's text: one
 * text object per character, its codes in the object's own space (font points) mapped onto the
 * page by a CTM, and codes that give no X and go on where the code before them ended.
 */
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readOfd } from '../../../scripts/ingest/formats/ofd.ts';

/** mm per point: the CTM such writers give every text object. */
const PT = 0.3527;

/** One OFD page of these text objects. */
function ofd(objects: string[]): Uint8Array {
  const ns = 'xmlns:ofd="http://www.ofdspec.org/2016"';
  return zipSync({
    'OFD.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><ofd:OFD ${ns} Version="1.0" DocType="OFD"><ofd:DocBody><ofd:DocInfo><ofd:DocID>x</ofd:DocID></ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>`),
    'Doc_0/Document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><ofd:Document ${ns}><ofd:CommonData><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea></ofd:CommonData><ofd:Pages><ofd:Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/></ofd:Pages></ofd:Document>`),
    'Doc_0/Pages/Page_0/Content.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><ofd:Page ${ns}><ofd:Content><ofd:Layer ID="2">${objects.join('')}</ofd:Layer></ofd:Content></ofd:Page>`),
  });
}

/**
 * A line set one character per text object, as a 16-point font: each object's Boundary is the
 * character's box on the page (mm), and its CTM takes the code's point coordinates (the same for
 * every character of the line) back to that box's corner.
 */
function characterObjects(text: string, left: number, baseline: number, gapAfter = -1): string[] {
  const size = 16;
  const [codeX, codeY] = [324.4, -303.7];
  let x = left;
  return [...text].map((char, i) => {
    const top = baseline - size * PT;
    const object = `<ofd:TextObject ID="${i + 10}" CTM="${PT} 0 0 ${PT} ${-PT * codeX} ${size * PT - PT * codeY}" Boundary="${x} ${top} ${size * PT} ${size * PT * 1.2}" Font="1" Size="${size}"><ofd:TextCode X="${codeX}" Y="${codeY}">${char}</ofd:TextCode></ofd:TextObject>`;
    x += size * PT + (i === gapAfter ? size * PT * 2 : 0);
    return object;
  });
}

describe('OFD as government writers set it', () => {
  it('reads a line set one character per object through the objects’ CTM, one line per baseline', () => {
    const read = readOfd(
      ofd([
        ...characterObjects('一、总体要求', 30, 40),
        ...characterObjects('（一）工作目标。到2025年，', 30, 49),
        ...characterObjects('县医院达到三级医院水平。', 30, 58),
      ]),
    );
    expect(read.lines).toEqual(['一、总体要求', '（一）工作目标。到2025年，', '县医院达到三级医院水平。']);
  });

  it('keeps a visible gap as a space, and no other', () => {
    expect(readOfd(ofd(characterObjects('附件1重点任务', 30, 40, 2))).lines).toEqual(['附件1 重点任务']);
  });

  it('without DeltaX, takes a code’s characters at their widths: no space where two codes meet', () => {
    // 4 mm characters: “千县工程” and 县医院 are 6 full-width characters (24 mm), CT 2 half-width (4 mm)
    const codes = [['“千县工程”', 20], ['县医院配置CT', 44], ['设备', 68]] as const;
    const objects = codes.map(([text, x], i) => `<ofd:TextObject ID="${i + 3}" Boundary="${x} 30 60 8" Font="1" Size="4"><ofd:TextCode X="0" Y="5">${text}</ofd:TextCode></ofd:TextObject>`);
    expect(readOfd(ofd(objects)).lines).toEqual(['“千县工程”县医院配置CT设备']);
  });

  it('goes on where the code before ended when a code gives no X', () => {
    const object = `<ofd:TextObject ID="3" Boundary="20 30 170 8" Font="1" Size="4"><ofd:TextCode X="0" Y="5" DeltaX="g 3 4">县卫健局</ofd:TextCode><ofd:TextCode DeltaX="g 2 4">牵头。</ofd:TextCode></ofd:TextObject>`;
    expect(readOfd(ofd([object])).lines).toEqual(['县卫健局牵头。']);
  });

  it('reads a landscape table turned onto a portrait page through its objects’ CTM, as a PDF’s; the page’s upright 附件1 stays above it', () => {
    // Before: each turned object's text was laid left to right from its corner, so the table's
    // columns came out as lines (牵头单位 县卫健局 / 重点任务 某县“千县工程”重点任务分解表建成胸痛中心 / 序号1 2).
    // The table drawn in its own frame (mm: X along its text, Y down its lines), set on the page turned a quarter
    // left from the corner (20, 250): (X, Y) on the page is (20 + Y, 250 − X).
    const [ox, oy] = [20, 250];
    const turned = (text: string, x: number, y: number, id: number) =>
      `<ofd:TextObject ID="${id}" CTM="0 -1 1 0 0 0" Boundary="${ox + y} ${oy - x} 100 100" Font="1" Size="4"><ofd:TextCode X="0" Y="0">${text}</ofd:TextCode></ofd:TextObject>`;
    const rule = (x0: number, y0: number, x1: number, y1: number, id: number) =>
      `<ofd:PathObject ID="${id}" Boundary="0 0 210 297" LineWidth="0.3"><ofd:AbbreviatedData>M ${ox + y0} ${oy - x0} L ${ox + y1} ${oy - x1}</ofd:AbbreviatedData></ofd:PathObject>`;
    const [columns, rows] = [[0, 15, 80, 120], [10, 20, 30, 40]];
    const cells = [['序号', '重点任务', '牵头单位'], ['1', '建成胸痛中心', '县卫健局'], ['2', '建成卒中中心', '县人民医院']];
    const objects = [
      `<ofd:TextObject ID="1" Boundary="20 15 50 10" Font="1" Size="4"><ofd:TextCode X="0" Y="5">附件1</ofd:TextCode></ofd:TextObject>`,
      turned('某县“千县工程”重点任务分解表', 20, 6, 2),
      ...cells.flatMap((row, r) => row.map((text, c) => turned(text, columns[c] + 2, rows[r] + 7, 10 + r * 3 + c))),
      ...rows.map((y, k) => rule(0, y, 120, y, 30 + k)),
      ...columns.map((x, k) => rule(x, 10, x, 40, 40 + k)),
    ];
    expect(readOfd(ofd(objects)).lines).toEqual(['附件1', '某县“千县工程”重点任务分解表', ...cells.map((row) => row.join('\t'))]);
  });
});
