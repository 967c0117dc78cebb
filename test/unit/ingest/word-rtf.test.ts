/**
 * Old Word .doc and RTF as Word, WPS and LibreOffice write them: Chinese as GBK bytes (\'hh) or
 * Unicode escapes (\uN), tables, hyperlinks, optional hyphens, notes, and Word's automatic
 * numbering, which a .doc does not hold as text.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readDoc } from '../../../scripts/ingest/formats/doc.ts';
import { readRtf } from '../../../scripts/ingest/formats/rtf.ts';
import { readCorpus, type SourceText } from '../../../scripts/ingest/read-corpus.ts';
import { structureDocument, type Structured } from '../../../scripts/structure/index.ts';
import { wordQuirks, wordSeed } from '../../fixtures/formats/make.ts';
import { buildText } from '../../helpers/fixture-document.ts';
import { expectNothingLost } from '../../helpers/nothing-lost.ts';

const fixture = (name: string) => readFileSync(join('test/fixtures/formats', name));
const seedText = (id: string) => readFileSync(`corpus/${id}.txt`, 'utf8');

/** Text as Word and WPS write it into RTF: ASCII as is, the rest as GBK bytes \'hh. */
const gbk = (text: string) =>
  [...text].map((ch) => (ch.charCodeAt(0) < 0x80 ? ch.replace(/[\\{}]/g, '\\$&') : [...iconv.encode(ch, 'gbk')].map((b) => `\\'${b.toString(16)}`).join(''))).join('');

/** A Word-style RTF: code page 936, a font table (宋体, charset 134), document info and a running header, then `body`. */
const wordRtf = (body: string, { codePage = '\\ansicpg936', charset = 134 } = {}) =>
  `{\\rtf1\\ansi${codePage}\\deff0{\\fonttbl{\\f0\\fnil\\fcharset${charset} ${gbk('宋体')};}{\\f1\\froman\\fcharset0 Times New Roman;}}` +
  `{\\colortbl;\\red0\\green0\\blue0;}{\\*\\generator WPS Office}{\\info{\\title ${gbk('县政府文件')}}{\\author ${gbk('办公室')}}}` +
  `{\\header \\pard\\plain\\f0 ${gbk('某县人民政府办公室')}\\par}{\\footer \\pard\\chpgn\\par}\n\\pard\\plain\\f0 ${body}}`;

const rtfBytes = (rtf: string) => new TextEncoder().encode(rtf);

describe('RTF', () => {
  it('a plan in GBK bytes, as Word and WPS save it, reads as the .txt and structures as it', async () => {
    const text = seedText('xiangyuan-2023');
    const lines = text.split('\n');
    const rtf = wordRtf(lines.map((line) => `${gbk(line)}\\par\n`).join(''));
    const read = readRtf(rtfBytes(rtf));
    expect(read.format).toBe('rtf');
    expect(read.lines).toEqual(lines.slice(0, lines.findLastIndex((l) => l.trim() !== '') + 1));
    const dir = join(mkdtempSync(join(tmpdir(), 'rtf-')), 'corpus');
    mkdirSync(dir);
    copyFileSync('corpus/xiangyuan-2023.txt', join(dir, 'plan.txt'));
    writeFileSync(join(dir, 'plan-rtf.rtf'), rtf);
    const { sources, messages } = await readCorpus(dir);
    expect(messages).toEqual([]);
    const facts = (s: Structured) => ({ title: s.document.title, docNumber: s.document.docNumber, date: s.document.date, clauses: s.clauses.map((c) => [c.depth, c.marker, c.text]) });
    const [fromTxt, fromRtf] = ['plan', 'plan-rtf'].map((id) => structureDocument(sources.find((s) => s.id === id) as SourceText));
    expect(facts(fromRtf)).toEqual(facts(fromTxt));
  });

  it('bytes in a font of charset 134 are GBK even where the document says code page 1252', () => {
    const read = readRtf(rtfBytes(wordRtf(`${gbk('襄政办发〔2023〕25号')}\\par`, { codePage: '' })));
    expect(read.lines).toEqual(['襄政办发〔2023〕25号']);
    // The Western font of the same document: its bytes are cp1252.
    expect(readRtf(rtfBytes(`{\\rtf1\\ansi{\\fonttbl{\\f1\\fcharset0 Arial;}}\\f1 caf\\'e9 \\'93quoted\\'94}`)).lines).toEqual(['café “quoted”']);
  });

  it('\\uN with its fallback skipped, per \\ucN, negative N and pairs beyond the BMP', () => {
    // 县 U+53BF, 院 U+9662 (written −27038), （ U+FF08 (−248), 𠀀 U+20000 as a surrogate pair.
    const read = readRtf(rtfBytes(`{\\rtf1\\ansi\\uc1 \\u21439?\\u-27038?\\u-248?{\\uc2 \\u-10176\\'3f\\'3f\\u-9216??}\\uc0 \\u21439 ok}`));
    expect(read.lines).toEqual(['县院（𠀀县ok']);
  });

  it('control symbols, escapes, tabs, line breaks, tables, fields, notes; layout, deletions and binary data skipped', () => {
    const body = [
      `${gbk('一、总体要求')}{\\deleted ${gbk('旧文字')}}\\deleted ${gbk('删去')}\\plain\\par`,
      `${gbk('医疗')}\\-${gbk('卫生')}\\~2025\\_2026 \\{a\\} \\\\ \\emdash\\tab x\\line y\\par`,
      `{\\field{\\*\\fldinst HYPERLINK "http://www.nhc.gov.cn/"}{\\fldrslt ${gbk('国家卫生健康委')}}}${gbk('印发')}{\\footnote \\pard ${gbk('注：见附件。')}}\\par`,
      `\\trowd\\cellx1000\\cellx2000\\intbl ${gbk('指标')}\\cell ${gbk('2025年')}\\cell\\row`,
      `\\trowd\\intbl ${gbk('床位数')}\\cell \\cell\\row`,
      `{\\*\\shppict{\\pict\\pngblip 89504e47}}{\\object{\\*\\objdata 0102}{\\result ${gbk('图')}}}\\bin4 {}}x\\page`,
      `{\\listtext\\pard\\plain \\u-248?\\u19968?\\u-247?\\tab}${gbk('加强专科建设')}\\sect`,
    ].join('\n');
    expect(readRtf(rtfBytes(wordRtf(body))).lines).toEqual([
      '一、总体要求',
      '医疗卫生\u00a02025-2026 {a} \\ —\tx',
      'y',
      '国家卫生健康委印发',
      '指标\t2025年',
      '床位数\t',
      '图',
      '（一）\t加强专科建设',
      '注：见附件。',
    ]);
  });

  it('notes after the text, each opened by the mark its reference has in the text, as Word and as LibreOffice write them', () => {
    // Before: the automatic marks (\chftn) were left out, the notes run together on one line with nothing
    // telling which words each explains, and LibreOffice's notes ({\*\footnote …}) were lost, silently.
    const word = [
      `${gbk('各乡镇卫生院')}{\\cs15\\super\\chftn}{\\footnote\\pard\\plain{\\cs15\\super\\chftn} ${gbk('含社区卫生服务中心。')}}${gbk('：')}\\par`,
      `${gbk('到2025年底完成')}{\\cs16\\super\\chftn}{\\footnote\\ftnalt\\pard\\plain{\\cs16\\super\\chftn} ${gbk('本方案由县卫健局负责解释。')}}${gbk('。')}\\par`,
      `${gbk('县域内就诊率达到90%')}{\\super\\chftn}{\\footnote\\pard\\plain{\\super\\chftn} ${gbk('不含急诊。')}}\\par`,
    ].join('\n');
    expect(readRtf(rtfBytes(wordRtf(word))).lines).toEqual([
      '各乡镇卫生院[1]：',
      '到2025年底完成[i]。',
      '县域内就诊率达到90%[2]',
      '[1] 含社区卫生服务中心。',
      '[i] 本方案由县卫健局负责解释。',
      '[2] 不含急诊。',
    ]);
    const libreOffice = [
      `${gbk('各乡镇卫生院')}{\\super \\chftn{\\*\\footnote \\chftn\\pard\\plain ${gbk('含社区卫生服务中心。')}}}${gbk('：')}\\par`,
      `${gbk('到2025年底完成')}{\\super \\chftn{\\*\\footnote\\ftnalt \\chftn\\pard\\plain ${gbk('本方案由县卫健局负责解释。')}}}${gbk('。')}\\par`,
    ].join('\n');
    expect(readRtf(rtfBytes(wordRtf(libreOffice))).lines).toEqual(['各乡镇卫生院[1]：', '到2025年底完成[i]。', '[1]含社区卫生服务中心。', '[i]本方案由县卫健局负责解释。']);
  });

  it('a cell merged down a column (\\clvmgf, \\clvmrg) in each row it spans, so each task has its lead unit and deadline', () => {
    // Before: the merged 牵头单位 and 完成时限 stood in row 1 only; row 2 took its unit from the row above and had no deadline.
    const row = (defs: string, cells: string[]) => `\\trowd${defs}\\pard\\intbl ${cells.map((cell) => `${gbk(cell)}\\cell `).join('')}\\row\n`;
    const columns = (merge = ['', '']) => `\\cellx800\\cellx4000${merge[0]}\\cellx6000${merge[1]}\\cellx8000`;
    const body = [
      `${gbk('一、重点任务')}\\par\n`,
      row(columns(), ['序号', '重点任务', '牵头单位', '完成时限']),
      row(columns(['\\clvmgf', '\\clvmgf']), ['1', '建成胸痛中心、卒中中心', '县人民医院', '2024年12月底前']),
      row(columns(['\\clvmrg', '\\clvmrg']), ['2', '新增市级临床重点专科2个', '', '']),
      row(columns(), ['3', '建成创伤中心', '县中医院', '2025年6月底前']),
      `\\pard ${gbk('二、保障措施')}\\par`,
    ].join('');
    const read = readRtf(rtfBytes(wordRtf(body)));
    expect(read.lines).toEqual([
      '一、重点任务',
      '序号\t重点任务\t牵头单位\t完成时限',
      '1\t建成胸痛中心、卒中中心\t县人民医院\t2024年12月底前',
      '2\t新增市级临床重点专科2个\t县人民医院\t2024年12月底前',
      '3\t建成创伤中心\t县中医院\t2025年6月底前',
      '二、保障措施',
    ]);
    const { document, clauses, lines } = buildText('mouxian-2024.rtf', read.lines.join('\n'));
    expectNothingLost(document, clauses, lines);
    expect(clauses.filter((c) => c.cells.length > 0).map((c) => [c.units.find((u) => u.role === 'lead')?.name, c.deadlines.map((d) => d.end).join()])).toEqual([
      ['县人民医院', '2024-12-31'],
      ['县人民医院', '2024-12-31'],
      ['县中医院', '2025-06-30'],
    ]);
  });

  it('a table of contents’ entries (their pages PAGEREF fields) read with the leader Word prints, so they number no clause', () => {
    // Before: 一、总体要求<tab>1 was read as the plan's 一、 (clause 1, text 总体要求1), the real heading became 1~2.
    const entry = (heading: string, page: number) =>
      `{\\field{\\*\\fldinst HYPERLINK \\\\l "_Toc${page}"}{\\fldrslt ${gbk(heading)}\\tab {\\field{\\*\\fldinst PAGEREF _Toc${page} \\\\h }{\\fldrslt ${page}}}}}\\par`;
    const body = [`${gbk('某县推进“千县工程”实施方案')}\\par`, `${gbk('目  录')}\\par`, `{\\field{\\*\\fldinst TOC \\\\o "1-3" }{\\fldrslt ${entry('一、总体要求', 1)}${entry('二、重点任务', 2)}}}`, `${gbk('一、总体要求')}\\par`, `${gbk('到2025年，县人民医院达到三级医院服务能力。')}\\par`, `${gbk('二、重点任务')}\\par`, `${gbk('（一）建设胸痛中心。县卫健局负责，2024年底前完成。')}\\par`].join('\n');
    const read = readRtf(rtfBytes(wordRtf(body)));
    expect(read.lines.slice(1, 4)).toEqual(['目  录', '一、总体要求…………1', '二、重点任务…………2']);
    const { clauses } = buildText('mouxian-2024.rtf', read.lines.join('\n'));
    expect(clauses.map((c) => `${c.id} ${c.marker}`)).toEqual(['mouxian-2024/1 一、', 'mouxian-2024/2 二、', 'mouxian-2024/2.1 （一）']);
  });

  it('an unbalanced, truncated or empty RTF is named as such', () => {
    expect(readRtf(rtfBytes('{\\rtf1\\ansi {\\b text}\n}\n}\0\0')).lines).toEqual(['text']); // padding after the document
    expect(() => readRtf(rtfBytes('{\\rtf1\\ansi {\\b text}}\n\\par more text}'))).toThrow(/unbalanced braces: a \} on line 1 closes the document before its end/);
    expect(() => readRtf(rtfBytes('{\\rtf1\\ansi {\\b text'))).toThrow(/truncated or corrupt: 2 groups not closed/);
    expect(() => readRtf(rtfBytes('{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}\\par\\par}'))).toThrow(/RTF file has no text/);
    expect(() => readRtf(rtfBytes('{\\rtf1}'))).toThrow(/RTF file has no text/);
  });
});

describe('a file is read by what it is', () => {
  it('a .doc that is really RTF (Word saves such files, sites serve them) is read as RTF, without a message', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'rtf-as-doc-')), 'corpus');
    mkdirSync(dir);
    copyFileSync('test/fixtures/formats/pianguan-2024.rtf', join(dir, 'plan.doc'));
    const { sources, messages } = await readCorpus(dir);
    expect(messages).toEqual([]);
    expect(sources[0].format).toBe('rtf');
    expect(structureDocument(sources[0]).document.title).toBe('偏关县进一步完善医疗卫生服务体系实施方案');
  });
});

describe('what Word files hold besides paragraphs, in .doc and .rtf', () => {
  const expected = wordQuirks(seedText(wordSeed)).lines;

  it.each(['doc', 'rtf'])('.%s: optional hyphen gone, hyperlink text without its field code, table rows as cells apart by a tab, “” kept', async (format) => {
    const read = format === 'doc' ? await readDoc(fixture('word-quirks.doc')) : readRtf(fixture('word-quirks.rtf'));
    expect(read.lines).toEqual(expected);
    expect(read.lines.join('\n')).not.toMatch(/undefined|HYPERLINK|\u00ad/);
    expect(read.lines[0]).toContain('“千县工程”');
  });
});

describe("Word's automatic numbering in a .doc", () => {
  it('is not in the text: the file is named, with a note that list numbers are missing, and the structure stage says it found no numbering', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'doc-lists-')), 'corpus');
    mkdirSync(dir);
    copyFileSync(join('test/fixtures/formats', `${wordSeed}-lists.doc`), join(dir, 'plan.doc'));
    const { sources, messages } = await readCorpus(dir);
    expect(messages).toEqual([{ file: 'corpus/plan.doc', line: null, message: expect.stringMatching(/has Word lists.*missing from the text; if clauses lack their numbers, save the file as \.docx/) }]);
    expect(sources[0].text).not.toMatch(/^一、/m);
    expect(structureDocument(sources[0]).messages.map((m) => m.message)).toContain('no numbering found: each paragraph becomes a clause');
  });
});
