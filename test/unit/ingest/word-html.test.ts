/**
 * Word's automatic numbering counted as Word counts it, and web pages as government sites
 * serve them (GB2312 declared, the title only in <title>, chrome around the article).
 */
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { chineseCounting, formatNumber, readNumbering } from '../../../scripts/ingest/formats/numbering.ts';
import { parseXml } from '../../../scripts/ingest/formats/xml.ts';
import { readDocx } from '../../../scripts/ingest/formats/docx.ts';
import { readHtml } from '../../../scripts/ingest/formats/html.ts';

const w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const lvl = (ilvl: number, format: string, text: string, extra = '') =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/>${extra}</w:lvl>`;
const numbering = `<w:numbering ${w}><w:abstractNum w:abstractNumId="5">${lvl(0, 'chineseCounting', '%1、')}${lvl(1, 'chineseCounting', '（%2）')}${lvl(2, 'decimal', '%3.', '<w:lvlRestart w:val="0"/>')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="5"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="5"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="3"/></w:lvlOverride></w:num></w:numbering>`;

describe('Word numbering', () => {
  it('Chinese counting as plans print it', () => {
    expect([1, 10, 11, 20, 21, 99, 100, 105, 110].map(chineseCounting)).toEqual(['一', '十', '十一', '二十', '二十一', '九十九', '一百', '一百零五', '一百一十']);
    expect(formatNumber(3, 'decimalEnclosedCircle')).toBe('③');
    expect(formatNumber(2, 'ideographTraditional')).toBe('乙');
    expect(formatNumber(4, 'lowerRoman')).toBe('iv');
    // before: 1 and 2 (the formats were not known)
    expect([formatNumber(1, 'decimalEnclosedParen'), formatNumber(2, 'decimalEnclosedFullstop')]).toEqual(['⑴', '⒉']);
  });

  it('a level whose format Word 2010 and later write as a choice (a custom format) with a fallback is numbered by the fallback', () => {
    // Before: the level had no numFmt of its own and was read as decimal (1、 for 一、).
    const custom = `<mc:AlternateContent xmlns:mc="mc"><mc:Choice Requires="w14"><w:numFmt w:val="custom" w:format="一, 二, 三, ..."/></mc:Choice><mc:Fallback><w:numFmt w:val="chineseCounting"/></mc:Fallback></mc:AlternateContent>`;
    const xml = `<w:numbering ${w}><w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/>${custom}<w:lvlText w:val="%1、"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num></w:numbering>`;
    const lists = readNumbering(parseXml(strToU8(xml), 'numbering.xml'));
    expect([lists.next('1', 0), lists.next('1', 0)]).toEqual(['一、', '二、']);
  });

  it('a level restarts when a higher one advances, unless lvlRestart says never; startOverride starts a list anew', () => {
    const lists = readNumbering(parseXml(strToU8(numbering), 'numbering.xml'));
    const seen = [[1, 0], [1, 1], [1, 2], [1, 2], [1, 1], [1, 2], [1, 0], [1, 1], [2, 0]].map(([num, level]) => lists.next(String(num), level));
    expect(seen).toEqual(['一、', '（一）', '1.', '2.', '（二）', '3.', '二、', '（一）', '三、']);
  });

  it('a .docx renders numbering set on paragraphs and by paragraph styles, and reads tables as rows', () => {
    const p = (text: string, pPr = '') => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}<w:r><w:t>${text}</w:t></w:r></w:p>`;
    const numPr = (ilvl: number) => `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="1"/></w:numPr>`;
    const body = [
      p('总体要求', '<w:pStyle w:val="Heading1"/>'),
      p('工作目标', numPr(1)),
      `<w:tbl><w:tr><w:tc>${p('指标')}</w:tc><w:tc>${p('2025年')}</w:tc></w:tr><w:tr><w:tc>${p('床位数')}</w:tc><w:tc>${p('500张')}</w:tc></w:tr></w:tbl>`,
      p('重点任务', '<w:pStyle w:val="Heading1"/>'),
      `<w:p><w:r><w:t>删去的</w:t></w:r><w:del><w:r><w:delText>旧文字</w:delText></w:r></w:del></w:p>`,
    ].join('');
    const styles = `<w:styles ${w}><w:style w:styleId="Heading1"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style></w:styles>`;
    const docx = zipSync({
      'word/document.xml': strToU8(`<w:document ${w}><w:body>${body}</w:body></w:document>`),
      'word/numbering.xml': strToU8(numbering),
      'word/styles.xml': strToU8(styles),
    });
    expect(readDocx(docx).lines).toEqual(['一、总体要求', '（一）工作目标', '指标\t2025年', '床位数\t500张', '二、重点任务', '删去的']);
  });

  it('a .docx table cell spanning columns (gridSpan) keeps the columns after it, so its row stays under the header', () => {
    const cell = (text: string, span = 1) => `<w:tc>${span > 1 ? `<w:tcPr><w:gridSpan w:val="${span}"/></w:tcPr>` : ''}<w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;
    const rows = [['序号', '重点任务', '牵头单位', '完成时限'], ['1', '建成胸痛中心', '县卫健局', '2024年底前']].map((r) => `<w:tr>${r.map((c) => cell(c)).join('')}</w:tr>`);
    const spanning = `<w:tr>${cell('2')}${cell('完成门诊综合楼改扩建', 2)}${cell('2025年6月')}</w:tr>`;
    const docx = zipSync({ 'word/document.xml': strToU8(`<w:document ${w}><w:body><w:tbl>${rows.join('')}${spanning}</w:tbl></w:body></w:document>`) });
    expect(readDocx(docx).lines).toEqual(['序号\t重点任务\t牵头单位\t完成时限', '1\t建成胸痛中心\t县卫健局\t2024年底前', '2\t完成门诊综合楼改扩建\t\t2025年6月']);
  });
});

describe('Word numbering defined by a list style, and tracked changes', () => {
  const p = (text: string, pPr = '') => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}<w:r><w:t>${text}</w:t></w:r></w:p>`;
  const numPr = (numId: number, ilvl: number) => `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`;
  const docx = (body: string, lists: string) =>
    readDocx(zipSync({ 'word/document.xml': strToU8(`<w:document ${w}><w:body>${body}</w:body></w:document>`), 'word/numbering.xml': strToU8(`<w:numbering ${w}>${lists}</w:numbering>`) })).lines;

  it('a multilevel list made as a list style (numStyleLink) is numbered by the definition that names the style', () => {
    // Before: the list's abstractNum has no levels of its own (only numStyleLink), so 一、（一）1. were all lost.
    const lists = `<w:abstractNum w:abstractNumId="0"><w:styleLink w:val="PlanList"/>${lvl(0, 'chineseCounting', '%1、')}${lvl(1, 'chineseCounting', '（%2）')}${lvl(2, 'decimal', '%3.')}</w:abstractNum><w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="PlanList"/></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>`;
    const body = [p('总体要求', numPr(2, 0)), p('工作目标', numPr(2, 1)), p('到2025年，县人民医院达到三级医院服务能力。', numPr(2, 2)), p('胸痛中心、卒中中心通过省级认证。', numPr(2, 2)), p('重点任务', numPr(2, 0))].join('');
    expect(docx(body, lists)).toEqual(['一、总体要求', '（一）工作目标', '1.到2025年，县人民医院达到三级医院服务能力。', '2.胸痛中心、卒中中心通过省级认证。', '二、重点任务']);
  });

  it('a paragraph whose mark was deleted with changes tracked joins the next one and takes no number of its own; hidden text is left out', () => {
    // Before: a deleted numbered task left （二） alone and numbered the next task （三）; a sentence
    // whose paragraph break was deleted stood as two lines; hidden text (w:vanish) was read.
    const deletedMark = '<w:rPr><w:del w:id="9" w:author="a" w:date="2024-01-01T00:00:00Z"/></w:rPr>';
    const body = [
      p('重点任务', numPr(1, 0)),
      p('加强专科建设', numPr(1, 1)),
      `<w:p><w:pPr>${numPr(1, 1)}${deletedMark}</w:pPr><w:del w:id="10" w:author="a"><w:r><w:delText>建设县级远程会诊中心</w:delText></w:r></w:del></w:p>`,
      p('推进信息化建设', numPr(1, 1)),
      `<w:p><w:pPr>${deletedMark}</w:pPr><w:r><w:t>每年招聘医学本科以上人才</w:t></w:r></w:p>`,
      p('10名。'),
      '<w:p><w:r><w:t>县医院床位达到500张</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>（内部备注：待财政确认）</w:t></w:r><w:r><w:t>。</w:t></w:r></w:p>',
      `<w:p><w:pPr>${deletedMark}</w:pPr><w:r><w:t>附表</w:t></w:r></w:p>`,
      '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>指标</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>目标值</w:t></w:r></w:p></w:tc></w:tr></w:tbl>',
    ].join('');
    const lists = `<w:abstractNum w:abstractNumId="0">${lvl(0, 'chineseCounting', '%1、')}${lvl(1, 'chineseCounting', '（%2）')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;
    expect(docx(body, lists)).toEqual(['一、重点任务', '（一）加强专科建设', '（二）推进信息化建设', '每年招聘医学本科以上人才10名。', '县医院床位达到500张。', '附表', '指标	目标值']);
  });
});

describe('what else a .docx holds', () => {
  const ns = `${w} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:v="urn:schemas-microsoft-com:vml"`;
  const p = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
  const tc = (inner: string, tcPr = '') => `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ''}${inner}</w:tc>`;
  // A text box as Word writes it: the drawing, and a VML copy for older readers (Fallback).
  const textBox = (paragraphs: string) =>
    `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor xmlns:wp="wp"><a:graphic xmlns:a="a"><a:graphicData><wps:wsp xmlns:wps="wps"><wps:txbx><w:txbxContent>${paragraphs}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>${paragraphs}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`;
  const body = [
    `<w:p>${textBox(p('某县卫生健康局文件') + p('某卫发〔2024〕1号'))}<w:r><w:t>关于印发某县方案的通知</w:t></w:r></w:p>`,
    `<w:p><w:r><w:t>各乡镇卫生院</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r><w:r><w:t>：</w:t></w:r></w:p>`,
    `<w:tbl><w:tr>${tc(p('序号'))}${tc(p('任务'))}${tc(p('牵头单位'))}</w:tr>`,
    `<w:tr>${tc(p('1'))}${tc(`<w:tbl><w:tr>${tc(p('胸痛中心'))}${tc(p('2024年'))}</w:tr><w:tr>${tc(p('卒中中心'))}${tc(p('2025年'))}</w:tr></w:tbl>${p('')}`)}${tc(p('县卫健局'), '<w:vMerge w:val="restart"/>')}</w:tr>`,
    `<w:tr>${tc(p('2'))}${tc('<w:p><w:r><w:t>建设</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t>创伤中心</w:t></w:r></w:p>')}${tc(p(''), '<w:vMerge/>')}</w:tr></w:tbl>`,
    `<w:p><w:r><w:t>第</w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>页</w:t></w:r></w:p>`,
    `<w:p><w:r><w:t>到2025年</w:t></w:r><w:ins w:id="1"><w:r><w:t>底</w:t></w:r></w:ins><w:del w:id="2"><w:r><w:delText>前</w:delText></w:r></w:del><w:moveFrom w:id="3"><w:r><w:t>全面</w:t></w:r></w:moveFrom><w:r><w:t>完成</w:t></w:r><w:moveTo w:id="4"><w:r><w:t>全面</w:t></w:r></w:moveTo><w:r><w:t>建设</w:t></w:r><w:r><w:endnoteReference w:id="1"/></w:r><w:r><w:t>。</w:t></w:r></w:p>`,
  ].join('');
  const notes = (kind: 'footnote' | 'endnote', text: string) =>
    `<w:${kind}s ${w}><w:${kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:${kind}><w:${kind} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:${kind}><w:${kind} w:id="1"><w:p><w:r><w:${kind}Ref/></w:r><w:r><w:t>${text}</w:t></w:r></w:p></w:${kind}></w:${kind}s>`;
  const docx = zipSync({
    'word/document.xml': strToU8(`<w:document ${ns}><w:body>${body}</w:body></w:document>`),
    'word/footnotes.xml': strToU8(notes('footnote', '含社区卫生服务中心。')),
    'word/endnotes.xml': strToU8(notes('endnote', '本方案由县卫健局负责解释。')),
  });

  it('text boxes as lines before their paragraph, a table inside a cell and a tab in a cell within the cell, notes after the text with the marks of their references, a cell merged down in each of its rows, moved-away text once', () => {
    // Before: the text box glued to its paragraph (某县卫生健康局文件某卫发〔2024〕1号关于印发…), the inner
    // table's and the tab's cells pushed the row's cells out of their columns, the notes lost,
    // and text moved with tracked changes stood twice. Then the notes stood after the text without a
    // mark, nothing telling which words each explains: now [1] and [i] as Word numbers them. The
    // 牵头单位 merged down over rows 1–2 stood in row 1 only: now in each row it spans.
    expect(readDocx(docx).lines).toEqual([
      '某县卫生健康局文件',
      '某卫发〔2024〕1号',
      '关于印发某县方案的通知',
      '各乡镇卫生院[1]：',
      '序号\t任务\t牵头单位',
      '1\t胸痛中心 2024年 卒中中心 2025年\t县卫健局',
      '2\t建设 创伤中心\t县卫健局',
      '第3页',
      '到2025年底完成全面建设[i]。',
      '[1]含社区卫生服务中心。',
      '[i]本方案由县卫健局负责解释。',
    ]);
  });
});

describe('a draft’s marks the text leaves out', () => {
  it('says that a .docx holds tracked changes not yet accepted and reviewers’ comments, which the text does not show (the thirteenth probe’s 永泰)', () => {
    const notes = readDocx(readFileSync('test/fixtures/unseen-plans-13/yongtai-2024.docx')).notes;
    expect(notes).toEqual([
      'holds 28 tracked change(s) not yet accepted or rejected: read as if accepted (insertions kept, deletions left out); see the original',
      "holds 2 reviewer's comment(s), not read as its text; see the original",
    ]);
  });

  it('says nothing of a .docx without them', () => {
    expect(readDocx(readFileSync('test/fixtures/unseen-plans-12/linquan-2024.docx')).notes).toEqual([]);
  });
});

describe('a note with a mark of its own in a .docx', () => {
  it('keeps the mark the writer typed, once in the text and once before the note', () => {
    const document = `<w:document ${w}><w:body><w:p><w:r><w:t>县域内就诊率达到90%</w:t></w:r><w:r><w:footnoteReference w:customMarkFollows="1" w:id="1"/><w:t>※</w:t></w:r><w:r><w:t>。</w:t></w:r></w:p></w:body></w:document>`;
    const footnotes = `<w:footnotes ${w}><w:footnote w:id="1"><w:p><w:r><w:t>※县域内就诊率不含急诊。</w:t></w:r></w:p></w:footnote></w:footnotes>`;
    const docx = zipSync({ 'word/document.xml': strToU8(document), 'word/footnotes.xml': strToU8(footnotes) });
    expect(readDocx(docx).lines).toEqual(['县域内就诊率达到90%※。', '※县域内就诊率不含急诊。']);
  });
});

describe('symbols of a symbol font in a .docx (w:sym)', () => {
  it('a checklist\'s ✓ and □ and Symbol\'s ≥ read as their characters; one with no known character is a visible � and a note', () => {
    // Before: every w:sym was dropped, so 已建成 and 未建成 read alike and ≥90% became 90%.
    const sym = (font: string, char: string) => `<w:r><w:sym w:font="${font}" w:char="${char}"/></w:r>`;
    const p = (...runs: string[]) => `<w:p>${runs.join('')}</w:p>`;
    const t = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
    const body = [
      p(sym('Wingdings', 'F0FE'), t('胸痛中心（已建成）  '), sym('Wingdings', 'F0A8'), t('创伤中心（2024年底前建成）')),
      p(sym('Wingdings 2', 'F052'), t('卒中中心  '), sym('Wingdings 2', 'F0A3'), t('危重孕产妇救治中心')),
      p(t('县域内就诊率'), sym('Symbol', 'F0B3'), t('90%，'), sym('Wingdings', 'F0FC'), t('已纳入考核')),
    ].join('');
    const read = readDocx(zipSync({ 'word/document.xml': strToU8(`<w:document ${w}><w:body>${body}</w:body></w:document>`) }));
    expect(read.lines).toEqual(['☑胸痛中心（已建成）  \ufffd创伤中心（2024年底前建成）', '☑卒中中心  □危重孕产妇救治中心', '县域内就诊率≥90%，✓已纳入考核']);
    expect(read.notes).toEqual(['symbol F0A8 of Wingdings has no Unicode character known here: kept as �; see the original']);
  });
});

describe('a .docx that holds only pictures', () => {
  it('is named as a scan pasted into Word, with what to do, not only as having no text', () => {
    // Each page of a scanned plan a picture in its own paragraph, as Word inserts it (wp:inline … a:blip r:embed).
    const picture = (id: number) =>
      `<w:p><w:r><w:drawing><wp:inline xmlns:wp="wp"><a:graphic xmlns:a="a"><a:graphicData><pic:pic xmlns:pic="pic"><pic:blipFill><a:blip r:embed="rId${id}" xmlns:r="r"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`;
    const docx = zipSync({ 'word/document.xml': strToU8(`<w:document ${w}><w:body>${picture(4)}${picture(5)}<w:p/></w:body></w:document>`) });
    expect(() => readDocx(docx)).toThrow(
      'Word document has no text, only 2 picture(s) (a scan pasted into Word?); pictures inside Word files are not read by OCR: save or print it as PDF, whose scanned pages are; skipped',
    );
  });
});

describe('web pages', () => {
  const page = (article: string) => `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>某县卫生健康事业发展实施方案_通知公告_某县人民政府</title></head>
<body><div class="nav"><a>首页</a><a>政务公开</a></div><h1>某县卫生健康事业发展实施方案</h1>
<div class="con"><div class="zoom">${article}</div><div class="bdsharebuttonbox">分享</div></div>
<table class="bottom"><tr><td>版权所有：某县人民政府 地址：某路</td></tr></table></body></html>`;

  it('a GB2312 page is decoded, the article kept, and the title from <title> opens the text', () => {
    const article = '<p>某政发〔2024〕3号</p><p>一、总体要求</p><p>到2025年，县医院达到三级医院水平。</p><p>二、重点任务</p><p>（一）加强专科建设。</p>';
    const read = readHtml(iconv.encode(page(article), 'gb2312'));
    expect(read.encoding).toBe('GB18030');
    expect(read.titleHint).toBe('某县卫生健康事业发展实施方案');
    expect(read.lines.filter((l) => l.trim() !== '')).toEqual(['某县卫生健康事业发展实施方案', '某政发〔2024〕3号', '一、总体要求', '到2025年，县医院达到三级医院水平。', '二、重点任务', '（一）加强专科建设。']);
  });

  it('a page that holds only the frame around the document (its text in an iframe, or fetched by a script) is named, not read as a document of its title alone', () => {
    // Before: the page came through as a document of one line, the title, or the title and the date line (时间：2024-05-10　来源：…).
    const framed = page('<div class="info">发布时间：2024-03-05 来源：县卫生健康局</div><iframe src="./frame_files/content_8841.html" width="100%" height="2000"></iframe>');
    expect(() => readHtml(iconv.encode(framed, 'gb2312'))).toThrow(/only the frame around the document: its text is in the page of a frame \(\.\/frame_files\/content_8841\.html\).*open that page on its own and save it/);
    const scripted = page(`<div class="source">时间：2024-05-10　来源：某县卫生健康局　【打印】【关闭】</div><div id="zoom"></div><script>$.get('/api/article/detail?id=33812', (d) => $('#zoom').html(d.content));</script>`);
    expect(() => readHtml(iconv.encode(scripted, 'gb2312'))).toThrow(/only the frame around the document: its text is loaded by a script when the page is shown/);
    // a page with its text and an iframe beside it (a video, a share widget) is read as before
    const withWidget = page('<p>一、总体要求</p><p>到2025年，县医院达到三级医院水平。</p><iframe src="https://player.example.cn/v/1"></iframe>');
    expect(readHtml(iconv.encode(withWidget, 'gb2312')).lines).toContain('到2025年，县医院达到三级医院水平。');
  });

  it('labels spaced out to align them (索  引  号：, 文　　号：) are read as the labels they are, so the whole disclosure table is kept and its 文号 read', async () => {
    // Before: no label matched spaced out but 发布机构 and 成文日期, which share a row: that row alone was
    // taken for the disclosure table, the rows with 索引号, 标题 and 文号 were lost and the plan had no 文号.
    const { disclosureFields } = await import('../../../scripts/structure/disclosure.ts');
    const table = `<table class="xxgk"><tr><td>索&nbsp;&nbsp;引&nbsp;&nbsp;号：</td><td>11410323MB1234567X/2023-00045</td><td>主题分类：</td><td>卫生、体育</td></tr>
      <tr><td>发布机构：</td><td>某县人民政府办公室</td><td>成文日期：</td><td>2023-06-08</td></tr>
      <tr><td>文　　号：</td><td>某政办〔2023〕18号</td><td>发布日期：</td><td>2023-06-12</td></tr></table>`;
    const article = '<p>一、工作目标</p><p>到2025年，县医院达到三级医院水平。</p><p>二、重点任务</p><p>（一）加强专科建设。</p>';
    const lines = readHtml(iconv.encode(page(article).replace('<div class="con">', `${table}<div class="con">`), 'gb2312')).lines.filter((l) => l.trim() !== '');
    expect(lines.slice(0, 3)).toEqual([
      '索引号：\t11410323MB1234567X/2023-00045\t主题分类：\t卫生、体育',
      '发布机构：\t某县人民政府办公室\t成文日期：\t2023-06-08',
      '文号：\t某政办〔2023〕18号\t发布日期：\t2023-06-12',
    ]);
    expect(disclosureFields(lines)).toEqual({ docNumber: '某政办〔2023〕18号', issuer: '某县人民政府办公室', date: '2023-06-08' });
  });

  it('a page whose bytes are not in the charset it declares is read in the encoding they are in, with a note', () => {
    // Before: a gb2312 page a scraper saved as UTF-8 (its <meta> kept) read as 鏌愬幙鍗敓…, and a GBK page declaring utf-8 as �; no message.
    const article = '<p>一、总体要求</p><p>到2025年，县医院达到三级医院水平。</p>';
    const utf8Bytes = readHtml(Buffer.from(page(article), 'utf8'));
    expect(utf8Bytes.lines.filter((l) => l.trim() !== '')).toEqual(['某县卫生健康事业发展实施方案', '一、总体要求', '到2025年，县医院达到三级医院水平。']);
    expect(utf8Bytes.notes).toEqual(['web page declares charset gb2312 but its bytes are UTF-8; read as UTF-8']);
    const gbkBytes = readHtml(iconv.encode(page(article).replace('charset=gb2312', 'charset=utf-8'), 'gbk'));
    expect(gbkBytes.lines.filter((l) => l.trim() !== '')).toEqual(['某县卫生健康事业发展实施方案', '一、总体要求', '到2025年，县医院达到三级医院水平。']);
    expect(gbkBytes.notes).toEqual(['web page declares charset utf-8 but its bytes are GB18030; read as GB18030']);
    expect(readHtml(iconv.encode(page(article), 'gb2312')).notes).toEqual([]);
  });

  it('a task table in the article reads as rows: cells apart by a tab, a cell’s paragraphs joined, a cell spanning columns once, one spanning rows in each of its rows', () => {
    const table = `<table border="1"><thead><tr><th>序号</th><th>重点任务</th><th>牵头单位</th><th>完成时限</th></tr></thead><tbody>
      <tr><td><p>1</p></td><td><p class="MsoNormal">建成胸痛中心、卒中中心，</p><p class="MsoNormal">通过省级认证</p></td><td rowspan="2">县卫健局</td><td>2024年<br>12月底前</td></tr>
      <tr><td>2</td><td>引进高层次人才，每年招聘CT<br>MRI技师2名</td><td>2025年</td></tr>
      <tr><td>3</td><td colspan="2">完成门诊综合楼改扩建</td><td>2025年6月</td></tr></tbody></table>`;
    const article = `<p>一、重点任务</p><p>按照分解表落实。</p>${table}<p>二、保障措施</p>`;
    expect(readHtml(iconv.encode(page(article), 'gb2312')).lines.filter((l) => l.trim() !== '')).toEqual([
      '某县卫生健康事业发展实施方案',
      '一、重点任务',
      '按照分解表落实。',
      '序号\t重点任务\t牵头单位\t完成时限',
      '1\t建成胸痛中心、卒中中心，通过省级认证\t县卫健局\t2024年12月底前',
      '2\t引进高层次人才，每年招聘CT MRI技师2名\t县卫健局\t2025年',
      '3\t完成门诊综合楼改扩建\t\t2025年6月',
      '二、保障措施',
    ]);
  });

  it('a table that lays the page out (tables inside it, or whole articles in its cells) is not read as rows', () => {
    const long = '<p>一、总体要求</p>' + '<p>到2025年，县医院综合能力全面提升，达到三级医院医疗服务能力水平，县域内就诊率达到90%以上。</p>'.repeat(8);
    const layout = `<table><tr><td>${long}</td><td>栏目导航</td></tr><tr><td>二、重点任务</td><td>更多</td></tr></table>`;
    const lines = readHtml(iconv.encode(page(layout), 'gb2312')).lines;
    expect(lines.some((l) => l.includes('\t'))).toBe(false);
    expect(lines).toContain('一、总体要求');
  });

  it('the site’s disclosure table of the document (发文字号, 成文日期), set apart from the article, opens the text', () => {
    const table = `<table class="xxgk"><tr><td>索引号：</td><td>123/2024-001</td><td>发布机构：</td><td>某县人民政府办公室</td></tr>
      <tr><td>发文字号：</td><td>某政发〔2024〕3号</td><td>成文日期：</td><td>2024-03-01</td></tr></table>`;
    const article = '<p>一、总体要求</p><p>到2025年，县医院达到三级医院水平。</p><p>二、重点任务</p><p>（一）加强专科建设。</p>';
    const read = readHtml(iconv.encode(page(article).replace('<div class="con">', `${table}<div class="con">`), 'gb2312'));
    expect(read.lines.filter((l) => l.trim() !== '').slice(0, 3)).toEqual([
      '索引号：\t123/2024-001\t发布机构：\t某县人民政府办公室',
      '发文字号：\t某政发〔2024〕3号\t成文日期：\t2024-03-01',
      '某县卫生健康事业发展实施方案',
    ]);
  });
});

describe('positioned text', () => {
  it('fake bold (the same text drawn twice a hair apart) reads once; words far apart keep a space', async () => {
    const { pageLines } = await import('../../../scripts/ingest/formats/page-lines.ts');
    const run = (text: string, x: number, y = 100) => ({ text, x, y, width: text.length * 16, size: 16 });
    expect(pageLines([run('一、总体要求', 50), run('一、总体要求', 50.4), run('通', 50, 140), run('知', 90, 140)])).toEqual(['一、总体要求', '通 知']);
  });
});

describe('a web page saved as one file (MHTML)', () => {
  it('reads the page part, quoted-printable and all, like the saved .html', async () => {
    const { readFileSync } = await import('node:fs');
    const { readMhtml } = await import('../../../scripts/ingest/formats/mhtml.ts');
    const html = readFileSync('test/fixtures/formats/pianguan-2024.html');
    // Quoted-printable as Chrome writes it: bytes ≥ 0x80 and `=` as =XX, soft breaks every 76 characters.
    const encoded = [...html].map((b) => (b >= 0x80 || b === 0x3d ? `=${b.toString(16).toUpperCase().padStart(2, '0')}` : String.fromCharCode(b))).join('');
    const lines = encoded.split('\n').map((line) => line.replace(/(.{73}[^=]{0,2})(?=.)/g, '$1=\r\n')).join('\r\n');
    const mhtml = [
      'From: <Saved by Blink>',
      'Subject: =?utf-8?Q?=E5=81=8F=E5=85=B3?=',
      'MIME-Version: 1.0',
      'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="----MultipartBoundary--abc123----"',
      '',
      '------MultipartBoundary--abc123----',
      'Content-Type: text/html',
      'Content-ID: <frame-1@mhtml.blink>',
      'Content-Transfer-Encoding: quoted-printable',
      'Content-Location: https://www.example.gov.cn/zwgk/1.html',
      '',
      lines,
      '------MultipartBoundary--abc123----',
      'Content-Type: text/css',
      '',
      'body { color: black }',
      '------MultipartBoundary--abc123------',
    ].join('\r\n');
    expect(readMhtml(Buffer.from(mhtml, 'latin1')).lines).toEqual(readHtml(html).lines);
  });

  it('reads a page part written as 8-bit bytes (UTF-8 as it is) with its characters whole', async () => {
    // Before: the bytes 0x80–0x9F, which most UTF-8 characters hold, were read as windows-1252 and written
    // back changed (县, E5 8E BF, came out as E5 7D BF): the page came out as mojibake.
    const { readFileSync } = await import('node:fs');
    const { readMhtml } = await import('../../../scripts/ingest/formats/mhtml.ts');
    const html = readFileSync('test/fixtures/formats/pianguan-2024.html');
    const head = ['MIME-Version: 1.0', 'Content-Type: multipart/related; boundary="----=_NextPart_01"', '', '------=_NextPart_01', 'Content-Type: text/html; charset="utf-8"', 'Content-Transfer-Encoding: 8bit', '', ''].join('\r\n');
    const mhtml = Buffer.concat([Buffer.from(head), html, Buffer.from('\r\n------=_NextPart_01--\r\n')]);
    expect(readMhtml(mhtml).lines).toEqual(readHtml(html).lines);
  });
});

describe('a document Word saved as a web page (.mht, 单个文件网页)', () => {
  it('its <title> is the file’s Title property, not a site’s title: it does not open the text as a second title', async () => {
    // Before: 某县千县工程实施方案 (the Title property) was set above the document's own two-line title and became the plan's title.
    const { readMhtml } = await import('../../../scripts/ingest/formats/mhtml.ts');
    const spacer = `<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span>`;
    const html = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv=Content-Type content="text/html; charset=gb2312"><meta name=ProgId content=Word.Document><meta name=Generator content="Microsoft Word 15"><title>某县千县工程实施方案</title></head>
<body lang=ZH-CN><div class=WordSection1>
<p class=MsoNormal align=center><span>某县推进“千县工程”县医院<o:p></o:p></span></p>
<p class=MsoNormal align=center><span>综合能力提升实施方案<o:p></o:p></span></p>
<p class=MsoNormal><span>为提升县医院综合服务能力，制定本方案。</span></p>
<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]><span>一、${spacer}</span><![endif]><span>工作目标</span></p>
<p class=MsoNormal><span>到</span><span lang=EN-US>2025</span><span>年，县医院床位达到</span><span lang=EN-US>500</span><span>张。</span></p>
</div></body></html>`;
    // Quoted-printable as Word writes it: = and bytes ≥ 0x80 as =XX.
    const qp = [...iconv.encode(html, 'gb2312')].map((b) => (b >= 0x80 || b === 0x3d ? `=${b.toString(16).toUpperCase().padStart(2, '0')}` : String.fromCharCode(b))).join('');
    const boundary = '----=_NextPart_01D9A1B2.C3D4E5F0';
    const mht = `MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="${boundary}"\r\n\r\n--${boundary}\r\nContent-Location: file:///C:/D3E4F5/fangan.htm\r\nContent-Transfer-Encoding: quoted-printable\r\nContent-Type: text/html; charset="gb2312"\r\n\r\n${qp}\r\n\r\n--${boundary}--\r\n`;
    const read = readMhtml(Buffer.from(mht, 'latin1'));
    expect(read.titleHint).toBeNull();
    expect(read.lines.filter((l) => l.trim() !== '').map((l) => l.replace(/\s+/g, ' '))).toEqual(['某县推进“千县工程”县医院', '综合能力提升实施方案', '为提升县医院综合服务能力，制定本方案。', '一、 工作目标', '到2025年，县医院床位达到500张。']);
  });
});

describe('an old government CMS page', () => {
  // The article in a layout table's cell beside a column of links, no charset declared (GBK),
  // paragraphs apart by <br> in one <p> or <div>, indented by &nbsp; and full-width spaces, the
  // attachments as links to .doc/.xls files, the title without its quotes in <title>.
  const html = `<html><head><title>某县推进千县工程实施方案_某县人民政府</title></head>
<body><table width="1000"><tr><td class="nav"><a href="/">首页</a> <a href="/x">政务公开</a></td></tr>
<tr><td><table width="100%"><tr><td width="200"><a href="/a">通知公告</a><br><a href="/b">政策文件</a><br><a href="/c">工作动态</a></td>
<td class="bt_content"><div align="center" class="bt_title">某县推进“千县工程”实施方案</div>
<p>　　一、总体要求</p>
<p>　　为贯彻落实国家卫生健康委《“千县工程”县医院综合能力提升工作方案》，制定本方案。<br>　　二、主要目标<br>　　到2025年，县医院综合能力全面提升。</p>
<div>　　三、重点任务<br/>&nbsp;&nbsp;&nbsp;&nbsp;（一）提升医疗服务能力。<br/>&#12288;&#12288;（二）加强人才队伍建设。</div>
<p>附件：<a href="/upload/1.doc">附件1：重点任务分解表</a></p>
<p><a href="/upload/2.xls">附件2：主要指标表</a></p>
<p style="text-align:right">某县卫生健康局</p>
</td></tr></table></td></tr><tr><td class="foot">版权所有：某县人民政府</td></tr></table></body></html>`;

  it('reads the article from its cell, one line a paragraph, the attachments named, the title once though <title> lacks its quotes', () => {
    const read = readHtml(iconv.encode(html, 'gbk'));
    expect(read.encoding).toMatch(/GB/);
    expect(read.lines.filter((l) => l.trim() !== '').map((l) => l.trim())).toEqual([
      '某县推进“千县工程”实施方案',
      '一、总体要求',
      '为贯彻落实国家卫生健康委《“千县工程”县医院综合能力提升工作方案》，制定本方案。',
      '二、主要目标',
      '到2025年，县医院综合能力全面提升。',
      '三、重点任务',
      '（一）提升医疗服务能力。',
      '（二）加强人才队伍建设。',
      '附件：附件1：重点任务分解表',
      '附件2：主要指标表',
      '某县卫生健康局',
    ]);
  });
});
describe('a page titled by its site alone', () => {
  it('does not open the text with the site’s name: the notice’s red head names the issuer', async () => {
    // Before: <title>某县人民政府</title> opened the text (the article, in a layout table's cell, did not
    // hold it), and the plan's issuer was 某县人民政府, not the red head's 明溪县人民政府.
    const html = `<html><head><meta charset="utf-8"><title>某县人民政府</title></head><body>
<table width="980"><tr><td><a href="/">首页</a> <a href="/zwgk">政务公开</a></td></tr>
<tr><td><table width="100%"><tr><td width="200"><a href="#">通知公告</a><br><a href="#">政策文件</a></td>
<td><table width="100%"><tr><td align="center"><b>明溪县人民政府关于印发县域医共体服务能力提升三年行动计划的通知</b></td></tr>
<tr><td class="content"><p>明溪县人民政府文件</p><p>明政文〔2024〕35号</p><p>明溪县人民政府关于印发《明溪县县域医共体服务能力提升三年行动计划（2024—2026年）》的通知</p>
<p>各乡（镇）人民政府，县直各有关单位：</p><p>现将《明溪县县域医共体服务能力提升三年行动计划（2024—2026年）》印发给你们，请认真贯彻执行。</p>
<p>明溪县人民政府</p><p>2024年3月21日</p><p>一、总体目标</p><p>到2026年，县域医共体服务能力明显提升。</p></td></tr></table></td></tr></table></td></tr>
<tr><td>主办：某县人民政府办公室</td></tr></table></body></html>`;
    const read = readHtml(Buffer.from(html));
    expect(read.titleHint).toBeNull();
    expect(read.lines.find((l) => l.trim() !== '')).toBe('明溪县人民政府文件');
    const { buildText } = await import('../../helpers/fixture-document.ts');
    expect(buildText('mingxi.txt', read.lines.join('\n')).document).toMatchObject({ issuer: '明溪县人民政府', docNumber: '明政文〔2024〕35号' });
  });
});

