/**
 * The cover matter of plans as gazettes, converters and cover letters set it out: the title is the
 * plan's words alone (no gazette masthead, no Markdown marks, its years below it kept), and the
 * preamble gives a paragraph the page or column width broke as one line, as the body gives it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildText } from '../../helpers/fixture-document.ts';
import { expectNothingLost } from '../../helpers/nothing-lost.ts';
import { gazette } from '../../fixtures/formats/make.ts';

describe('a plan as a 政府公报 prints it', () => {
  it('gazette.pdf: the masthead is no part of the title; the opening paragraph, cut by the column width, is one line of the preamble', async () => {
    const { ingestFile } = await import('../../../scripts/ingest/formats/index.ts');
    const { lines } = await ingestFile(readFileSync('test/fixtures/formats/gazette.pdf'), '.pdf');
    const { document, clauses } = buildText('gazette.txt', lines.join('\n'));
    // Before: 某县人民政府公报2023年第6期某县推进…实施方案, and seven preamble lines, one a column line.
    expect(document.title).toBe(gazette.title);
    expect(document.preamble.split('\n')).toEqual(['某县人民政府公报 2023年第6期', gazette.title, gazette.paragraphs[0]]);
    expect([document.issuer, document.date, document.docNumber]).toEqual([null, null, null]);
    expect(clauses[0].title).toBe('工作目标');
    expectNothingLost(document, clauses, lines);
  });

  it('a gazette issue line (总第56期) stands apart; the notice under it gives the title, its bracketed 文号 the 文号', () => {
    const text = ['某某县人民政府公报', '2023年第4期（总第56期）', '', '某某县人民政府办公室关于印发某某县县域医疗卫生服务体系建设实施方案的通知', '（某政办发〔2023〕21号）', '',
      '各乡镇人民政府，县直各单位：', '现将《某某县县域医疗卫生服务体系建设实施方案》印发给你们，请认真贯彻执行。', '某某县人民政府办公室', '2023年8月2日', '',
      '某某县县域医疗卫生服务体系建设实施方案', '为推动医疗卫生服务体系建设，制定本方案。', '一、工作目标', '到2025年，县人民医院达到三级医院服务能力。'].join('\n');
    const { document } = buildText('gazette-2023.txt', text);
    expect([document.title, document.docNumber, document.issuer, document.date]).toEqual(['某某县县域医疗卫生服务体系建设实施方案', '某政办发〔2023〕21号', '某某县人民政府办公室', '2023-08-02']);
  });

  it('a gazette’s name over its issue line is its masthead; the title is the plan’s, wrapped, with its bracketed 文号 and date below', () => {
    const text = ['某某县人民政府公报', '2023年第6期', '', '某某县推进“千县工程”县医院', '综合能力提升实施方案', '（某政办发〔2023〕30号）', '（2023年6月8日）', '',
      '为推动县医院综合能力提升，制定本方案。', '一、工作目标', '到2025年，县人民医院达到三级医院服务能力。'].join('\n');
    const { document } = buildText('masthead-2023.txt', text);
    // Before: 某某县人民政府公报.
    expect([document.title, document.docNumber, document.date]).toEqual(['某某县推进“千县工程”县医院综合能力提升实施方案', '某政办发〔2023〕30号', '2023-06-08']);
  });

  it('the issue’s 目录 of its documents: 目录 a line of its own, its entries naming neither the issuer nor the title', () => {
    const text = ['某某县人民政府公报', '2023年第6期', '目  录', '某某县人民政府关于2023年度县级预算执行情况的报告 ……………… 1', '某某县人民政府办公室关于印发某某县县医院综合能力提升实施方案的通知 ……………… 5', '',
      '某某县人民政府办公室关于印发某某县县医院综合能力提升实施方案的通知', '某政办发〔2023〕30号', '各乡镇人民政府，县直各单位：', '现将《某某县县医院综合能力提升实施方案》印发给你们，请认真贯彻执行。',
      '某某县人民政府办公室', '2023年6月8日', '某某县县医院综合能力提升实施方案', '为推动县医院综合能力提升，制定本方案。', '一、工作目标', '到2025年，县人民医院达到三级医院服务能力。'].join('\n');
    const { document, clauses, lines } = buildText('contents-2023.txt', text);
    // Before: the issuer 某某县人民政府 (from the first entry), and 目  录 run into that entry.
    expect([document.title, document.issuer]).toEqual(['某某县县医院综合能力提升实施方案', '某某县人民政府办公室']);
    expect(document.preamble.split('\n').slice(2, 4)).toEqual(['目  录', '某某县人民政府关于2023年度县级预算执行情况的报告 ……………… 1']);
    expectNothingLost(document, clauses, lines);
  });
});

describe('a preamble in a text cut at the page width', () => {
  it('gives each paragraph one line, Chinese run on without a space, the blank lines between its pieces gone', () => {
    const wrapped = (paragraph: string) => paragraph.match(/.{1,28}/g)!;
    const opening = '为深入推进县域医疗卫生服务体系建设，全面提升县级医院综合服务能力，让群众在家门口看得上病、看得好病，根据省、市关于推进县级医院高质量发展的有关要求，结合我县实际，制定本方案。';
    const body = '到2025年，县人民医院综合服务能力达到三级医院水平，县中医院达到二级甲等中医医院标准；县域内住院人次占比达到90%以上，基层医疗卫生机构诊疗量占比达到65%以上，群众就医满意度持续提高，县域医疗卫生服务体系更加完善。';
    const text = ['某某县县级医院综合服务能力提升三年行动方案', '', wrapped(opening).join('\n\n'), '', '一、总体目标', wrapped(body).join('\n'), '二、重点任务', wrapped(body).join('\n')].join('\n');
    const { document, clauses, lines } = buildText('wrapped-2023.txt', text);
    expect(document.preamble).toBe(`某某县县级医院综合服务能力提升三年行动方案\n\n${opening}`);
    expectNothingLost(document, clauses, lines);
  });
});

describe('a plan a converter wrote in Markdown', () => {
  const text = ['# 某某县人民政府办公室关于印发某某县县级医院能力提升实施方案的通知', '', '> 某政办发〔2024〕9号', '', '各乡镇人民政府，县直各有关单位：', '',
    '**《某某县县级医院能力提升实施方案》**已经县人民政府同意，现印发给你们，请认真贯彻执行。', '', '某某县人民政府办公室', '', '2024年4月2日', '', '---', '',
    '## **某某县县级医院能力提升实施方案**', '', '为深入推进“千县工程”，**全面提升**县级医院综合能力，结合我县实际，制定本方案。', '', '## 一、**总体目标**', '',
    '到2025年，县人民医院达到三级医院服务能力。', '', '## 二、重点任务', '', '### （一）*改善就医环境*', '', '新建门诊楼一栋。'].join('\n');
  const { document, clauses, lines } = buildText('markdown-2024.md', text);

  it('the title, 文号 and clause titles are the words without the marks; the preamble and clause text keep what the source wrote', () => {
    // Before: no 文号 behind `> `, clause titles **总体目标** and *改善就医环境*.
    expect([document.title, document.docNumber, document.issuer, document.date]).toEqual(['某某县县级医院能力提升实施方案', '某政办发〔2024〕9号', '某某县人民政府办公室', '2024-04-02']);
    expect(document.preamble.split('\n')[0]).toBe('# 某某县人民政府办公室关于印发某某县县级医院能力提升实施方案的通知');
    expect(document.preamble).toContain('**《某某县县级医院能力提升实施方案》**已经');
    expect(clauses.map((c) => c.title)).toEqual(['总体目标', '重点任务', '改善就医环境']);
    expect(clauses.map((c) => c.text.split('\n')[0])).toEqual(['**总体目标**', '重点任务', '*改善就医环境*']);
    expectNothingLost(document, clauses, lines);
  });

  it('a blockquote mark (`> `) hides no clause: `> （二）…` is the clause (二), its text without the mark as a heading’s is without `#`', () => {
    const quoted = ['# 某某县县级医院能力提升实施方案', '', '> 某政办发〔2024〕9号', '', '## 一、重点任务', '', '（一）加强专科建设。建设胸痛中心。', '',
      '> （二）加强人才队伍建设。每年招聘医学本科毕业生20名。', '', '（三）改善就医环境。新建门诊楼一栋。'];
    const built = buildText('quoted-2024.md', quoted.join('\n'));
    // Before: （二） ran into （一） as `>（二）加强人才…`.
    expect(built.clauses.map((c) => [c.path.join('.'), c.title])).toEqual([['一', '重点任务'], ['一.（一）', '加强专科建设'], ['一.（二）', '加强人才队伍建设'], ['一.（三）', '改善就医环境']]);
    expect(built.clauses[2].text).toBe('加强人才队伍建设。每年招聘医学本科毕业生20名。');
    expect(built.document.preamble).toContain('> 某政办发〔2024〕9号');
    expect(built.document.docNumber).toBe('某政办发〔2024〕9号');
    // Every other character is published once: the mark is markup, as `#` is.
    expectNothingLost(built.document, built.clauses, built.lines);
  });

  it('a plan whose first line is its `# ` title: the title without the mark', () => {
    const { document } = buildText('titled-2023.md', ['# 某某县县级医院综合服务能力提升三年行动方案（2023—2025年）', '', '为全面提升县级医院综合服务能力，制定本方案。', '', '## 一、总体要求', '', '到2025年，县人民医院达到三级医院水平。'].join('\n'));
    expect(document.title).toBe('某某县县级医院综合服务能力提升三年行动方案（2023—2025年）');
    expect(document.preamble.startsWith('# ')).toBe(true);
  });
});

describe('titles the cover sets out in other shapes', () => {
  const plan = ['一、工作目标', '到2025年，县人民医院达到三级医院服务能力。', '二、重点任务', '（一）加强专科建设。建设胸痛中心。'];
  const title = (file: string, cover: string[]) => buildText(file, [...cover, ...plan].join('\n')).document.title;

  it('a title wrapped above its years: （2024—2026年） on the line below is the title’s', () => {
    // Before: 某某县县域医共体服务能力提升三年行动方案, the years left off.
    expect(title('years-2024.txt', ['某某县县域医共体服务能力提升三年行动方案', '（2024—2026年）', '', '为加快推进紧密型县域医共体建设，制定本方案。'])).toBe('某某县县域医共体服务能力提升三年行动方案（2024—2026年）');
    expect(title('attached-2021.txt', ['附件1', '某某县推进“千县工程”', '县医院综合能力提升工作方案', '（2021—2025年）', '为推动县医院综合能力提升，制定本方案。'])).toBe('某某县推进“千县工程”县医院综合能力提升工作方案（2021—2025年）');
  });

  it('a notice whose 的通知 the width put on a line of its own', () => {
    expect(title('notice-2024.txt', ['某某县人民政府办公室', '关于印发某某县县级医院能力提升实施方案', '的通知', '', '某政办发〔2024〕3号', '各乡镇人民政府，县直各单位：', '现将《某某县县级医院能力提升实施方案》印发给你们，请认真贯彻执行。'])).toBe('某某县县级医院能力提升实施方案');
  });

  it('a cover letter that names the plan only in the 《》 of its sentence: that is the title, not the issuer’s name above it', () => {
    // Before: 某某县卫生健康局.
    expect(title('quoted-2024.txt', ['某某县卫生健康局', '', '各乡镇卫生院，县直各医疗卫生单位：', '为深入推进“千县工程”，现将《某某县县医院综合能力提升工作方案（2024—2025年）》印发给你们，请结合实际认真抓好落实。'])).toBe('某某县县医院综合能力提升工作方案（2024—2025年）');
  });

  it('a plan published as the attachment of a notice: 附件 above its title is no part of it', () => {
    expect(title('attachment-2024.txt', ['附件', '', '某某县卫生健康事业发展实施方案', '', '为推动卫生健康事业高质量发展，制定本方案。'])).toBe('某某县卫生健康事业发展实施方案');
    expect(title('annex-2023.txt', ['附件：', '某某县县级医院能力提升', '实施方案（2023—2025年）', '为推动县级医院高质量发展，制定本方案。'])).toBe('某某县县级医院能力提升实施方案（2023—2025年）');
    // Before: null, and 实施方案（2024—2025年）: the label on the title's line hid it.
    expect(title('labelled-2024.txt', ['附件1：某某县县医院综合能力提升实施方案', '为推动县医院综合能力提升，制定本方案。'])).toBe('某某县县医院综合能力提升实施方案');
    expect(title('labelled-2025.txt', ['附件：某某县县医院综合能力提升', '实施方案（2024—2025年）', '为推动县医院综合能力提升，制定本方案。'])).toBe('某某县县医院综合能力提升实施方案（2024—2025年）');
  });
});
