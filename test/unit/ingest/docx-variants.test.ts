/**
 * What Word and WPS files hold around the text: content controls (w:sdt) and custom XML around a
 * table's rows and cells, fields (w:fldSimple, a complex field's result), smart tags, a row deleted
 * with changes tracked, a table of contents whose entries end in a PAGEREF field, and parts a
 * system that writes .docx files imports whole (w:altChunk: a web page, also as MHTML, or RTF).
 */
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../../scripts/ingest/formats/docx.ts';
import { buildText } from '../../helpers/fixture-document.ts';
import { expectNothingLost } from '../../helpers/nothing-lost.ts';

const w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const p = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;
const tc = (inner: string) => `<w:tc>${inner}</w:tc>`;
const row = (...cells: string[]) => `<w:tr>${cells.map((cell) => tc(p(cell))).join('')}</w:tr>`;
const docx = (body: string) => zipSync({ 'word/document.xml': strToU8(`<w:document ${w}><w:body>${body}</w:body></w:document>`) });

/** A table of contents' entry as Word writes it: a link to the heading, a tab, the page as a PAGEREF field. */
const tocEntry = (heading: string, page: number) =>
  `<w:p><w:hyperlink w:anchor="_Toc${page}"><w:r><w:t>${heading}</w:t></w:r><w:r><w:tab/></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGEREF _Toc${page} \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>${page}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:hyperlink></w:p>`;

describe('a .docx with content controls, custom XML, fields and smart tags', () => {
  const body = [
    `<w:sdt><w:sdtPr><w:alias w:val="标题"/></w:sdtPr><w:sdtContent>${p('某县推进“千县工程”县医院综合能力提升实施方案')}</w:sdtContent></w:sdt>`,
    `<w:p><w:r><w:t>印发日期：</w:t></w:r><w:fldSimple w:instr=" DATE \\@ &quot;yyyy年M月d日&quot; "><w:r><w:t>2024年3月1日</w:t></w:r></w:fldSimple></w:p>`,
    p('一、重点任务'),
    `<w:p><w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="chsdate"><w:r><w:t>到2025年底</w:t></w:r></w:smartTag><w:r><w:t>，县人民医院达到三级医院服务能力。</w:t></w:r></w:p>`,
    `<w:tbl>${row('序号', '重点任务', '牵头单位', '完成时限')}`,
    `<w:sdt><w:sdtContent>${row('1', '建成胸痛中心、卒中中心', '县人民医院', '2024年12月底前')}</w:sdtContent></w:sdt>`,
    `<w:tr>${tc(p('2'))}<w:sdt><w:sdtContent>${tc(p('建成创伤中心'))}</w:sdtContent></w:sdt><w:customXml w:element="unit">${tc(p('县中医院'))}</w:customXml>${tc(p('2025年6月底前'))}</w:tr>`,
    `<w:customXml w:element="task">${row('3', '建设五大资源共享中心', '县卫健局', '2025年底前')}</w:customXml>`,
    `<w:tr><w:trPr><w:del w:id="9" w:author="审核" w:date="2024-02-01T00:00:00Z"/></w:trPr>${tc(p('4'))}${tc(p('建设县域医学检验中心'))}${tc(p('县财政局'))}${tc(p('2024年底前'))}</w:tr>`,
    `</w:tbl>`,
    p('二、保障措施'),
  ].join('');

  it('reads rows and cells a content control or custom XML wraps, field results and smart tags as text; a deleted row is left out', () => {
    // Before: rows 1 and 3 and row 2's 重点任务 and 牵头单位 were lost, silently (only cells right under a row, rows
    // right under a table were read); the row deleted with changes tracked stood as a task.
    const read = readDocx(docx(body));
    expect(read.lines).toEqual([
      '某县推进“千县工程”县医院综合能力提升实施方案',
      '印发日期：2024年3月1日',
      '一、重点任务',
      '到2025年底，县人民医院达到三级医院服务能力。',
      '序号\t重点任务\t牵头单位\t完成时限',
      '1\t建成胸痛中心、卒中中心\t县人民医院\t2024年12月底前',
      '2\t建成创伤中心\t县中医院\t2025年6月底前',
      '3\t建设五大资源共享中心\t县卫健局\t2025年底前',
      '二、保障措施',
    ]);
    const { clauses } = buildText('mouxian-2024.docx', read.lines.join('\n'));
    expect(clauses.filter((c) => c.cells.length > 0).map((c) => [c.units.find((u) => u.role === 'lead')?.name, c.deadlines.map((d) => d.end).join()])).toEqual([
      ['县人民医院', '2024-12-31'],
      ['县中医院', '2025-06-30'],
      ['县卫健局', '2025-12-31'],
    ]);
  });

  it('keeps a row that starts further right (gridBefore) under its columns, a merged cell given as continue (as WPS writes it) in each row', () => {
    // Before: the row's cells moved one column left (县人民医院 under 重点任务, 2025年6月底前 under 牵头单位).
    const merged = (text: string, merge: string) => `<w:tc><w:tcPr><w:vMerge${merge ? ` w:val="${merge}"` : ''}/></w:tcPr>${p(text)}</w:tc>`;
    const read = readDocx(
      docx(
        `<w:tbl>${row('类别', '重点任务', '牵头单位', '完成时限')}<w:tr>${tc(p('专科能力'))}${tc(p('建成胸痛中心'))}${merged('县人民医院', 'restart')}${tc(p('2024年底前'))}</w:tr>` +
          `<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${tc(p('建成卒中中心'))}${merged('', 'continue')}${tc(p('2025年6月底前'))}</w:tr></w:tbl>`,
      ),
    );
    expect(read.lines).toEqual(['类别\t重点任务\t牵头单位\t完成时限', '专科能力\t建成胸痛中心\t县人民医院\t2024年底前', '\t建成卒中中心\t县人民医院\t2025年6月底前']);
  });

  it('reads a table of contents’ entries with the leader Word prints before their pages, so they number no clause', () => {
    // Before: 一、总体要求<tab>1 was read as the plan's 一、 (clause 1, text 总体要求1), the real heading became 1~2.
    const read = readDocx(
      docx(
        [
          p('某县推进“千县工程”县医院综合能力提升实施方案'),
          `<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/></w:docPartObj></w:sdtPr><w:sdtContent>${p('目  录')}${tocEntry('一、总体要求', 1)}${tocEntry('二、重点任务', 2)}</w:sdtContent></w:sdt>`,
          p('一、总体要求'),
          p('到2025年，县人民医院达到三级医院服务能力。'),
          p('二、重点任务'),
          p('（一）建设胸痛中心。县卫健局负责，2024年底前完成。'),
        ].join(''),
      ),
    );
    expect(read.lines.slice(1, 4)).toEqual(['目  录', '一、总体要求…………1', '二、重点任务…………2']);
    const { document, clauses, lines } = buildText('mouxian-2024.docx', read.lines.join('\n'));
    expectNothingLost(document, clauses, lines);
    expect(clauses.map((c) => `${c.id} ${c.marker}`)).toEqual(['mouxian-2024/1 一、', 'mouxian-2024/2 二、', 'mouxian-2024/2.1 （一）']);
  });
});

describe('a .docx whose text is imported from other parts (w:altChunk)', () => {
  const rels = (targets: string[]) =>
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${targets.map((target, k) => `<Relationship Id="chunk${k + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk" Target="${target}"/>`).join('')}</Relationships>`;
  const page = `<html><head><meta charset="utf-8"><title>导出文档</title></head><body><p>一、工作目标</p><p>到2025年，县人民医院达到三级医院服务能力。</p>
<table border="1"><tr><td>序号</td><td>重点任务</td><td>牵头单位</td><td>完成时限</td></tr><tr><td>1</td><td>建成胸痛中心</td><td rowspan="2">县人民医院</td><td>2024年底前</td></tr><tr><td>2</td><td>建成卒中中心</td><td>2025年6月底前</td></tr></table></body></html>`;
  const mht = ['MIME-Version: 1.0', 'Content-Type: multipart/related; boundary="----=_NextPart_01"', '', '------=_NextPart_01', 'Content-Type: text/html; charset="utf-8"', 'Content-Transfer-Encoding: 8bit', '', '<html><head><title>附件</title></head><body><p>二、保障措施</p><p>县财政局保障建设资金。</p></body></html>', '------=_NextPart_01--', ''].join('\r\n');

  it('reads each imported web page (also as MHTML) in its place, as Word shows it, its <title> left out', () => {
    // Before: the imported parts' text was lost; a file of such parts alone was said to have no text.
    const read = readDocx(
      zipSync({
        'word/document.xml': strToU8(`<w:document ${w} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>${p('某县推进“千县工程”县医院综合能力提升实施方案')}<w:altChunk r:id="chunk1"/><w:altChunk r:id="chunk2"/>${p('附件：重点任务分解表')}</w:body></w:document>`),
        'word/_rels/document.xml.rels': strToU8(rels(['afchunk.htm', '/word/afchunk2.mht'])),
        'word/afchunk.htm': strToU8(page),
        'word/afchunk2.mht': strToU8(mht),
      }),
    );
    expect(read.lines.filter((line) => line.trim() !== '')).toEqual([
      '某县推进“千县工程”县医院综合能力提升实施方案',
      '一、工作目标',
      '到2025年，县人民医院达到三级医院服务能力。',
      '序号\t重点任务\t牵头单位\t完成时限',
      '1\t建成胸痛中心\t县人民医院\t2024年底前',
      '2\t建成卒中中心\t县人民医院\t2025年6月底前',
      '二、保障措施',
      '县财政局保障建设资金。',
      '附件：重点任务分解表',
    ]);
  });

  it('names an imported part the package lacks', () => {
    const docx = zipSync({
      'word/document.xml': strToU8(`<w:document ${w} xmlns:r="r"><w:body>${p('正文')}<w:altChunk r:id="chunk1"/></w:body></w:document>`),
      'word/_rels/document.xml.rels': strToU8(rels(['afchunk.htm'])),
    });
    expect(() => readDocx(docx)).toThrow(/imports a part \(altChunk chunk1: afchunk\.htm\)/);
  });
});
