import { describe, expect, it } from 'vitest';
import { readBlocks } from '../../../scripts/structure/blocks.ts';
import { buildTree } from '../../../scripts/structure/tree.ts';
import type { Message } from '../../../scripts/messages.ts';
import { buildFixture, buildText } from '../../helpers/fixture-document.ts';
import { expectNothingLost } from '../../helpers/nothing-lost.ts';

function tree(lines: string[]) {
  const messages: Message[] = [];
  const parts = buildTree('plan', 'corpus/plan.txt', readBlocks(lines).blocks, messages);
  return { ...parts, messages, outline: parts.clauses.map((c) => `${c.path.join(' ')} ${c.title ?? ''}`) };
}

describe('clause tree', () => {
  it('Roman numerals (Ⅰ．Ⅱ．) number the top level, the 1．items nested under them', () => {
    const { preambleBlocks, outline } = tree([
      '某某县县级医院综合能力提升实施方案', '为提升县级医院综合服务能力，制定本方案。',
      'Ⅰ．总体目标', '到2025年，县人民医院达到三级医院服务能力。',
      'Ⅱ．重点任务', '1．加强专科建设。建设重症医学科等5个专科。', '2．加强人才培养。每年培训骨干医师20名。',
      'Ⅲ．保障措施', '加强组织领导。',
    ]);
    expect(preambleBlocks.map((b) => b.text)).toEqual(['某某县县级医院综合能力提升实施方案', '为提升县级医院综合服务能力，制定本方案。']);
    expect(outline).toEqual(['Ⅰ 总体目标', 'Ⅱ 重点任务', 'Ⅱ 1 加强专科建设', 'Ⅱ 2 加强人才培养', 'Ⅲ 保障措施']);
  });

  it('a section whose closing bracket is left out (（三 加强…) is the third section, the next one the fourth, and a message names its line', () => {
    const { outline, messages } = tree([
      '某某县“千县工程”县医院综合能力提升工作实施方案',
      '一、重点任务', '（一）加强专科能力建设。重点建设心血管内科。', '（二）提升急诊急救能力。', '1.胸痛中心建设。', '（1）2023年上半年通过中国胸痛中心基层版认证；',
      '（2）进门至球囊扩张时间控制在90分钟以内。（牵头单位：县人民医院；责任单位：县卫健局）',
      '（三 加强人才队伍建设。引进硕士研究生10名以上。（牵头单位：县委组织部；责任单位：县人社局）',
      '（四）推进智慧医院建设。2024年底前电子病历系统应用水平达到分级评价4级。',
    ]);
    expect(outline).toEqual(['一 重点任务', '一 （一） 加强专科能力建设', '一 （二） 提升急诊急救能力', '一 （二） 1 胸痛中心建设', '一 （二） 1 （1） ', '一 （二） 1 （2） ', '一 （三） 加强人才队伍建设', '一 （四） 推进智慧医院建设']);
    expect(messages).toContainEqual({ file: 'corpus/plan.txt', line: 8, message: 'marker （三 lacks its closing bracket: read as （三）' });
  });

  it('（三加强… with neither its closing bracket nor a space, and 2，加强… with a comma for its stop, number where their lists go on; a message names each line', () => {
    const lines = [
      '某某县县级医院能力提升实施方案',
      '一、重点任务', '（一）加强专科能力建设。', '1.建设胸痛中心。2024年底前通过认证。', '2，建设卒中中心。2025年底前通过认证。',
      '（二）提升急诊急救能力。完善院前急救网络。',
      '（三加强人才队伍建设。每年引进硕士研究生10名以上。',
      '（四）推进智慧医院建设。建设电子病历系统。',
    ];
    const { outline, messages } = tree(lines);
    expect(outline).toEqual(['一 重点任务', '一 （一） 加强专科能力建设', '一 （一） 1 建设胸痛中心', '一 （一） 2 建设卒中中心', '一 （二） 提升急诊急救能力', '一 （三） 加强人才队伍建设', '一 （四） 推进智慧医院建设']);
    expect(messages).toEqual([
      { file: 'corpus/plan.txt', line: 5, message: 'marker 2， is written with ， for its stop: read as 2' },
      { file: 'corpus/plan.txt', line: 7, message: 'marker （三 lacks its closing bracket: read as （三）' },
    ]);
    const { document, clauses } = buildText('plan.txt', lines.join('\n'));
    expectNothingLost(document, clauses, lines);
  });

  it('where no list goes on, （三… and 2，… are prose: a line a PDF wrapped, a grade in brackets', () => {
    const { outline, messages } = tree([
      '某某县县级医院能力提升实施方案',
      '一、重点任务', '（一）加强专科能力建设。力争县人民医院达到', '（三级医院水平），重症医学科床位数达到',
      '2，其中负压病房不少于1张。', '（二）提升急诊急救能力。完善院前急救网络。',
    ]);
    expect(outline).toEqual(['一 重点任务', '一 （一） 加强专科能力建设', '一 （二） 提升急诊急救能力']);
    expect(messages).toEqual([]);
  });

  it('a section whose opening bracket is left out (三）加强…) is the third section, and a message names its line; 三） in prose or a table cell stays text', () => {
    const lines = [
      '某某县推进县级医院能力提升实施方案',
      '一、重点任务', '（一）加强临床专科建设。重点建设胸痛中心、卒中中心。', '（二）提升急诊急救能力。完善院前急救网络。',
      '三）加强人才队伍建设', '每年引进高层次人才不少于5名，达到三）级以上标准的科室全覆盖。',
      '（四）推进信息化建设。建设电子病历系统。',
      '二、保障措施', '序号\t任务\t责任单位', '1\t三）级医院创建\t县卫健局',
    ];
    const { outline, messages } = tree(lines);
    expect(outline).toEqual(['一 重点任务', '一 （一） 加强临床专科建设', '一 （二） 提升急诊急救能力', '一 （三） 加强人才队伍建设', '一 （四） 推进信息化建设', '二 保障措施', '二 1 ']);
    expect(messages).toEqual([{ file: 'corpus/plan.txt', line: 5, message: 'marker 三） lacks its opening bracket: read as （三）' }]);
    const { document, clauses } = buildText('plan.txt', lines.join('\n'));
    expectNothingLost(document, clauses, lines);
  });

  it('a stop typed twice after a marker ((一)、, 1.、) and 第 一 章 spaced out: the marker holds them, the heading keeps its words', () => {
    const lines = [
      '某某县医疗卫生服务能力提升实施办法',
      '第 一 章  总体要求', '第 一 条 为提升县域医疗服务能力，制定本办法。',
      '第 二 章  重点任务', '第 二 条 加强专科建设：', '（一）、建设胸痛中心。2024年底前通过认证。', '（二）、建设卒中中心。',
      '第 三 条 加强人才培养：', '1.、每年选派骨干医师进修不少于10名。', '2.、柔性引进专家5名。',
    ];
    const { outline, clauses, messages } = tree(lines);
    expect(outline).toEqual(['第一 总体要求', '第一 第一条 ', '第二 重点任务', '第二 第二条 加强专科建设', '第二 第二条 （一） 建设胸痛中心', '第二 第二条 （二） ', '第二 第三条 加强人才培养', '第二 第三条 1 ', '第二 第三条 2 ']);
    expect(clauses[4].text).toBe('建设胸痛中心。2024年底前通过认证。');
    expect(messages).toEqual([]);
    const { document, clauses: published } = buildText('plan.txt', lines.join('\n'));
    expectNothingLost(document, published, lines);
  });

  it('numbering that repeats or skips (一、二、二、四、) keeps every section, and a message names each line', () => {
    const { clauses, messages } = tree([
      '某某县加强县级医院建设工作方案',
      '一、总体要求', '坚持公益性。', '二、建设目标', '到2025年，县医院达到二级甲等水平。',
      '二、重点任务', '（一）加强专科建设。', '四、保障措施', '（一）加强组织领导。',
    ]);
    expect(clauses.map((c) => [c.id, c.parent])).toEqual([['plan/1', null], ['plan/2', null], ['plan/2~2', null], ['plan/2.1', 'plan/2~2'], ['plan/4', null], ['plan/4.1', 'plan/4']]);
    expect(messages).toEqual([
      { file: 'corpus/plan.txt', line: 6, message: 'numbering repeats 2 (二、)' },
      { file: 'corpus/plan.txt', line: 8, message: 'numbering goes from 2 to 4 (四、)' },
    ]);
  });

  it('sections typed ㈠㈡ and items ⒈⒉ nest as （一） and 1． do, their items restarting under each section', () => {
    const { outline } = tree([
      '某某县县级医院综合能力提升实施方案',
      '一、主要任务', '㈠加强专科建设', '⒈建设胸痛中心。2024年底前通过国家级认证。', '⒉建设卒中中心。2025年底前通过省级认证。',
      '㈡加强人才建设', '⒈每年引进急需紧缺人才不少于10名。',
      '二、保障措施', '㈠加强组织领导。成立领导小组。',
    ]);
    expect(outline).toEqual(['一 主要任务', '一 （一） 加强专科建设', '一 （一） 1 建设胸痛中心', '一 （一） 2 建设卒中中心', '一 （二） 加强人才建设', '一 （二） 1 ', '二 保障措施', '二 （一） 加强组织领导']);
  });

  it('a cover letter numbered 1. 2. stays in the preamble; the plan starts at its 一、', () => {
    const { preambleBlocks, outline } = tree([
      '各乡镇人民政府：',
      '现将有关事项通知如下：',
      '1. 请认真贯彻执行。',
      '2. 请于每年12月底前报送进展。',
      '一、总体要求',
      '（一）指导思想。坚持以人民健康为中心。',
      '二、重点任务',
      '1. 加强专科建设。提升县医院能力。',
    ]);
    expect(preambleBlocks.map((b) => b.text)).toContain('1.请认真贯彻执行。');
    expect(outline).toEqual(['一 总体要求', '一 （一） 指导思想', '二 重点任务', '二 1 加强专科建设']);
  });

  it('a table of contents (一、总体要求 ………… 1) stays in the preamble, each entry a line of its own: its entries are no clauses, nor the headings of the text twice', () => {
    const lines = [
      '某某县“千县工程”县医院综合能力提升实施方案',
      '目    录',
      '一、总体要求 ……………………………………………………… 1',
      '（一）提升专科服务能力 ………………………………………… 3',
      '二、保障措施·································7',
      '为深入推进“千县工程”县医院综合能力提升工作，结合我县实际，制定本方案。',
      '一、总体要求',
      '（一）提升专科服务能力。县人民医院2024年底前建成胸痛中心。',
      '二、保障措施',
      '加强组织领导。',
    ];
    const { preambleBlocks, outline } = tree(lines);
    expect(preambleBlocks.map((b) => b.text)).toEqual([
      '某某县“千县工程”县医院综合能力提升实施方案',
      '目录',
      '一、总体要求………………………………………………………1',
      '（一）提升专科服务能力…………………………………………3',
      '二、保障措施·································7',
      '为深入推进“千县工程”县医院综合能力提升工作，结合我县实际，制定本方案。',
    ]);
    expect(outline).toEqual(['一 总体要求', '一 （一） 提升专科服务能力', '二 保障措施']);
    const { document, clauses } = buildText('toc.txt', lines.join('\n'));
    expectNothingLost(document, clauses, lines);
    // under 目录, entries set apart from their page numbers by spaces alone; the first line after them ends the contents
    const spaced = tree(['某某市县级医院能力提升三年行动计划', '目  录', '一、总体要求                          1', '  （一）提升专科能力                  2', '附件：重点任务清单                    8', '一、总体要求', '（一）提升专科能力。县人民医院2024年底前建成胸痛中心。', '二、保障措施', '（一）加强组织领导。成立专班。']);
    expect(spaced.outline).toEqual(['一 总体要求', '一 （一） 提升专科能力', '二 保障措施', '二 （一） 加强组织领导']);
    // a tab alone before the page number, as a .doc's or a pasted text's contents keep Word's tab stop
    const tabbed = tree(['某某市县级医院能力提升三年行动计划', '目录', '一、总体要求\t1', '（一）提升专科能力\t2', '二、保障措施\t5', '一、总体要求', '（一）提升专科能力。县人民医院2024年底前建成胸痛中心。', '二、保障措施', '（一）加强组织领导。成立专班。']);
    expect(tabbed.outline).toEqual(spaced.outline);
    // without a 目录 above, a heading with a figure after a gap is the plan's
    expect(tree(['一、总体要求', '（一）床位数                          500', '（二）加强组织领导。成立专班。']).outline).toEqual(['一 总体要求', '一 （一） 床位数', '一 （二） 加强组织领导']);
    // page numbers in full-width digits (１), and an entry the width broke inside its leader, its page number alone below
    const plan = ['一、总体要求', '（一）提升专科能力。县人民医院2024年底前建成胸痛中心。', '二、保障措施', '（一）加强组织领导。成立专班。'];
    expect(tree(['某某县实施方案', '目录', '一、总体要求……………………１', '二、保障措施……………………５', ...plan]).outline).toEqual(spaced.outline);
    expect(tree(['某某县实施方案', '目录', '一、总体要求…………………………………………', '…1', '（一）提升专科能力……………………………………', '2', '二、保障措施……………………5', ...plan]).outline).toEqual(spaced.outline);
  });

  it('a web copy’s contents without page numbers under 目录 stay in the preamble: the plan starts where its first heading comes again', () => {
    const lines = [
      '某某县县医院综合能力提升实施方案', '目录', '一、总体要求', '二、重点任务', '（一）加强专科建设', '（二）加强人才建设', '三、保障措施',
      '一、总体要求', '到2025年，县医院服务能力达到推荐标准。', '二、重点任务', '（一）加强专科建设', '建设胸痛中心、卒中中心。', '（二）加强人才建设', '每年引进人才10名。', '三、保障措施', '加强组织领导。',
    ];
    const { preambleBlocks, outline, messages } = tree(lines);
    expect(preambleBlocks.map((b) => b.text)).toEqual(lines.slice(0, 7));
    expect(outline).toEqual(['一 总体要求', '二 重点任务', '二 （一） 加强专科建设', '二 （二） 加强人才建设', '三 保障措施']);
    expect(messages).toEqual([]);
    const { document, clauses } = buildText('toc.txt', lines.join('\n'));
    expectNothingLost(document, clauses, lines);
    // 目录 set as a Markdown heading or in bold heads the contents too
    for (const heading of ['## 目录', '**目  录**']) expect(tree(lines.map((l) => (l === '目录' ? heading : l))).outline, heading).toEqual(outline);
    // without 目录 above them, headings said twice are the text's own (a duplicate is reported)
    expect(tree(lines.filter((l) => l !== '目录')).outline.slice(0, 2)).toEqual(['一 总体要求', '二 重点任务']);
  });

  it('Markdown headings without numbers (## 重点任务) head sections in a numbered text: the 1. 2. under each restart within it', () => {
    const lines = [
      '# 某某县县医院能力提升实施方案', '', '为提升县医院综合能力，制定本方案。', '',
      '## 总体要求', '', '1. 坚持以人民健康为中心。', '2. 坚持问题导向。', '',
      '## 重点任务', '', '1. 建设五大中心，2024年底前建成胸痛中心。', '2. 加强人才队伍建设，每年引进人才10名。', '3. 推进信息化建设。', '',
      '## 保障措施', '', '1. 加强组织领导。', '2. 强化经费保障。',
    ];
    const { document, clauses, messages } = buildText('sections.md', lines.join('\n'));
    expect(document.preamble).toBe('# 某某县县医院能力提升实施方案\n\n为提升县医院综合能力，制定本方案。');
    expect(clauses.map((c) => [c.id.slice('sections/'.length), c.marker, c.title ?? c.text])).toEqual([
      ['1', null, '总体要求'], ['1.1', '1.', '坚持以人民健康为中心。'], ['1.2', '2.', '坚持问题导向。'],
      ['2', null, '重点任务'], ['2.1', '1.', '建设五大中心，2024年底前建成胸痛中心。'], ['2.2', '2.', '加强人才队伍建设，每年引进人才10名。'], ['2.3', '3.', '推进信息化建设。'],
      ['3', null, '保障措施'], ['3.1', '1.', '加强组织领导。'], ['3.2', '2.', '强化经费保障。'],
    ]);
    expect(messages.filter((m) => /numbering/.test(m.message))).toEqual([]);
    expectNothingLost(document, clauses, lines);
    // after numbered chapters set as headings, an unnumbered one (## 附则) is their sibling, not the last clause's text
    const appended = buildText('appended.md', ['# 某某县县医院能力提升实施方案', '## 一、总体要求', '（一）坚持公益性。', '## 二、保障措施', '（一）加强组织领导。', '## 附则', '本方案自印发之日起施行。'].join('\n'));
    expect(appended.clauses.map((c) => [c.id.slice('appended/'.length), c.parent?.slice('appended/'.length) ?? null, c.text])).toEqual([
      ['1', null, '总体要求'], ['1.1', '1', '坚持公益性。'], ['2', null, '保障措施'], ['2.1', '2', '加强组织领导。'], ['3', null, '附则\n本方案自印发之日起施行。'],
    ]);
  });

  it('a document that is a table alone (a task list, no numbering): its title before, the header a clause, each row a clause under it', () => {
    const { preambleBlocks, clauses, messages } = tree(['某县“千县工程”重点任务清单', '序号\t重点任务\t牵头单位\t完成时限', '1\t建成胸痛中心\t县卫健局\t2024年底前', '2\t组建紧密型县域医共体\t县卫健局\t持续推进']);
    expect(preambleBlocks.map((b) => b.text)).toEqual(['某县“千县工程”重点任务清单']);
    expect(clauses.map((c) => [c.id, c.parent, c.cells.length])).toEqual([['plan/1', null, 0], ['plan/1.1', 'plan/1', 4], ['plan/1.2', 'plan/1', 4]]);
    expect(messages.map((m) => m.message)).toEqual(['no numbering found: each paragraph becomes a clause']);
  });

  it('a group row of a task list (| 一 | 提升医疗服务能力 |  | …: its number in Chinese numerals, its name beside it) heads the rows after it, up to the next', () => {
    const lines = ['某县任务清单', '| 序号 | 任务 | 牵头单位 | 完成时限 |', '| --- | --- | --- | --- |', '| 一 | 提升医疗服务能力 |  |  |', '| 1 | 建成胸痛中心 | 县卫健局 | 2024年底前 |', '| 2 | 改善医疗服务 | 县人民医院 | 长期 |', '| 二 | 提升医院管理水平 |  |  |', '| 3 | 加强运营管理 | 县人民医院 | 2024年12月 |'];
    const { document, clauses } = buildText('plan.txt', lines.join('\n'));
    expect(clauses.map((c) => [c.id, c.parent, c.text.split('\t').slice(0, 2).join(' '), c.cells.length])).toEqual([
      ['plan/1', null, '序号 任务', 0],
      ['plan/1.1', 'plan/1', '一 提升医疗服务能力', 0],
      ['plan/1.1.1', 'plan/1.1', '1 建成胸痛中心', 4],
      ['plan/1.1.2', 'plan/1.1', '2 改善医疗服务', 4],
      ['plan/1.2', 'plan/1', '二 提升医院管理水平', 0],
      ['plan/1.2.1', 'plan/1.2', '3 加强运营管理', 4],
    ]);
    // a row with its other cells empty but counted in digits is a row: only the group's numbering heads one
    expect(buildText('rows.txt', ['某县任务清单', '| 序号 | 任务 | 牵头单位 |', '| --- | --- | --- |', '| 1 | 建成胸痛中心 |  |', '| 2 | 改善医疗服务 | 县人民医院 |'].join('\n')).clauses.map((c) => c.cells.length)).toEqual([0, 3, 3]);
    expectNothingLost(document, clauses, lines);
  });

  it('a table whose rows leave out their outer pipes (序号 | 重点任务 | …) is a table, opened by its header; a line with pipes in prose is no row', () => {
    const { clauses } = tree([
      '某县重点任务分解方案',
      '一、重点任务分解表',
      '序号 | 重点任务 | 牵头单位 | 完成时限',
      '1 | 建成胸痛中心 | 县医院 | 2024年12月',
      '2 | 组建紧密型县域医共体 | 县卫健委 | 2023年10月',
      '二、工作要求',
      '各单位按 A | B | C 三档报送进度。',
    ]);
    expect(clauses.map((c) => [c.id, c.cells.map((cell) => cell.text)])).toEqual([
      ['plan/1', []],
      ['plan/1.1', ['1', '建成胸痛中心', '县医院', '2024年12月']],
      ['plan/1.2', ['2', '组建紧密型县域医共体', '县卫健委', '2023年10月']],
      ['plan/2', []],
    ]);
  });

  it('a plan without numbering after its cover letter: the letter and the plan’s title said again stay in the preamble', () => {
    const { preambleBlocks, clauses, messages } = tree([
      '周口市卫生健康委员会 周口市财政局',
      '关于印发周口市县级医院服务能力提升行动计划的通知',
      '各县（市、区）卫生健康委、财政局：',
      '现将《周口市县级医院服务能力提升行动计划》印发给你们，请认真组织实施。',
      '周口市县级医院服务能力提升行动计划',
      '为深入推进“千县工程”，全面提升县级医院综合服务能力，制定本行动计划。',
      '到2025年底，全市所有县级医院达到国家县医院医疗服务能力基本标准。',
      '市卫生健康委要会同市财政局加强资金保障。',
    ]);
    expect(preambleBlocks.at(-1)?.text).toBe('周口市县级医院服务能力提升行动计划');
    expect(clauses.map((c) => c.text.slice(0, 6))).toEqual(['为深入推进“', '到2025年', '市卫生健康委']);
    expect(messages.map((m) => m.message)).toEqual(['no numbering found: each paragraph becomes a clause']);
  });

  it('levels skipped (一、 → 1.) nest by first use, and a jump in numbering is reported', () => {
    const { outline, messages } = tree(['一、总体要求', '1. 加强领导。落实责任。', '3. 强化保障。加大投入。']);
    expect(outline).toEqual(['一 总体要求', '一 1 加强领导', '一 3 强化保障']);
    expect(messages.map((m) => m.message)).toEqual(['numbering goes from 1 to 3 (3.)']);
  });

  it('a list typed with two brackets, （1）（2） then 3）, is one list; a 1） under （2） is a list below it', () => {
    const { clauses, messages } = tree([
      '一、重点任务',
      '1.加强临床专科建设。重点建设心血管内科、神经内科、呼吸内科等专科。',
      '（1）2024年底前，新增市级临床重点专科2个。（县人民医院负责）',
      '（2）2025年底前，建成省级临床重点专科1个。（县人民医院负责）',
      '3）加强县中医院中医特色专科建设，打造针灸、康复等特色专科。（县中医院负责）',
      '2.建强急诊急救“五大中心”。',
      '（1）建设胸痛中心。',
      '1）2024年6月底前，通过国家标准版认证。',
      '2）2025年底前，开展质量控制评估。',
    ]);
    expect(clauses.map((c) => c.path.join(' '))).toEqual(['一', '一 1', '一 1 （1）', '一 1 （2）', '一 1 3）', '一 2', '一 2 （1）', '一 2 （1） 1）', '一 2 （1） 2）']);
    expect(clauses[4].text).toBe('加强县中医院中医特色专科建设，打造针灸、康复等特色专科。（县中医院负责）');
    expect(messages).toEqual([]);
  });

  it('headings numbered without punctuation (一 总体要求) open the body and nest as 一、 does', () => {
    const { preambleBlocks, outline } = tree(['某某市县医院能力提升实施方案', '一 总体要求', '坚持以人民健康为中心。', '二 重点任务', '（一）加强专科建设。每年新增1个重点专科。', '三 保障措施', '（一）加强组织领导。成立领导小组。']);
    expect(preambleBlocks.map((b) => b.text)).toEqual(['某某市县医院能力提升实施方案']);
    expect(outline).toEqual(['一 总体要求', '二 重点任务', '二 （一） 加强专科建设', '三 保障措施', '三 （一） 加强组织领导']);
  });

  it('第一部分 holds its 第一章, 第二章 and they their 第一条 (parts, chapters and articles are three levels)', () => {
    const { outline, messages } = tree([
      '第一部分  总体要求',
      '第一章 指导思想',
      '以习近平新时代中国特色社会主义思想为指导，推动县级公立医院高质量发展。',
      '第二章 工作目标',
      '到2025年，市人民医院达到三级医院服务能力。',
      '第二部分  重点任务',
      '第三章 加强专科建设',
      '第一条 建设重点专科。2024年底前建成市级临床重点专科5个。',
      '第二条 建设五大中心。2025年6月底前完成胸痛中心国家级认证。',
      '第三部分  保障措施',
      '第四章 组织保障',
      '第三条 市卫生健康委负责统筹协调，市财政局负责资金保障。',
    ]);
    expect(outline).toEqual([
      '第一 总体要求', '第一 第一 指导思想', '第一 第二 工作目标',
      '第二 重点任务', '第二 第三 加强专科建设', '第二 第三 第一条 建设重点专科', '第二 第三 第二条 建设五大中心',
      '第三 保障措施', '第三 第四 组织保障', '第三 第四 第三条 ',
    ]);
    // chapters and articles are numbered through the plan, not within their parent
    expect(messages).toEqual([]);
  });

  it('items that open with their year (1、2023年底前…, 2．2024年…) are numbered, not run into the clause before', () => {
    const { outline } = tree([
      '一、进度安排',
      '1、2023年底前，完成胸痛中心、卒中中心建设。',
      '2、2024年底前，完成创伤中心建设，20个乡镇卫生院达到推荐标准。',
      '二、保障措施',
      '1．2024年起，县财政每年安排专项资金500万元。',
      '2．加强督导。县卫健局每半年督导一次。',
    ]);
    expect(outline).toEqual(['一 进度安排', '一 1 ', '一 2 ', '二 保障措施', '二 1 ', '二 2 加强督导']);
    // half-bracketed 1）2）, as a web copy numbers them
    const halfBracketed = tree([
      '一、重点任务',
      '1.建强急诊急救“五大中心”。',
      '1）2024年6月底前，胸痛中心通过国家标准版认证。（县人民医院负责）',
      '2）2024年12月底前，卒中中心通过省级评估。（县人民医院负责）',
    ]);
    expect(halfBracketed.clauses.map((c) => c.path.join(' '))).toEqual(['一', '一 1', '一 1 1）', '一 1 2）']);
  });

  it('items that open with a month and its day (1．6月30日前…, 3．12月底前…) are numbered, not run into the heading before', () => {
    const { clauses } = tree(['一、实施步骤', '（一）启动阶段', '1．6月30日前完成县域医共体章程修订。', '2．9月底前建成胸痛中心。', '3．12月底前完成中期评估。', '（二）总结阶段']);
    expect(clauses.map((c) => [c.path.join(' '), c.text])).toEqual([
      ['一', '实施步骤'],
      ['一 （一）', '启动阶段'],
      ['一 （一） 1', '6月30日前完成县域医共体章程修订。'],
      ['一 （一） 2', '9月底前建成胸痛中心。'],
      ['一 （一） 3', '12月底前完成中期评估。'],
      ['一 （二）', '总结阶段'],
    ]);
  });

  it('a scan’s 一 read by OCR as a dash (—、总体目标, （—）) numbers its chapter: the plan does not start at the first （一）', () => {
    const { outline, messages } = tree(['某某县县医院综合能力提升实施方案', '—、总体目标', '（一）到2025年，县人民医院达到三级医院服务能力。', '二、重点任务', '（—）加强专科建设。建成重点专科3个。', '（二）加强人才建设。每年引进人才20名。']);
    expect(outline).toEqual(['一 总体目标', '一 （一） ', '二 重点任务', '二 （一） 加强专科建设', '二 （二） 加强人才建设']);
    expect(messages).toEqual([]);
  });

  it('decimal outlines nest under their parents', () => {
    const { clauses } = tree(['1. 总体要求', '1.1 指导思想。坚持人民至上。', '1.2 工作目标。到2025年完成。', '2. 重点任务', '2.1 专科建设。提升能力。']);
    expect(clauses.map((c) => c.id)).toEqual(['plan/1', 'plan/1.1', 'plan/1.2', 'plan/2', 'plan/2.1']);
    expect(clauses.map((c) => c.depth)).toEqual([1, 2, 2, 1, 2]);
  });

  it('a decimal outline whose top level is a bare number (1 总体目标, 2 重点任务) nests the same way', () => {
    const { clauses } = tree(['1 总体目标', '到2025年达到三级医院水平。', '2 重点任务', '2.1 加强专科建设', '2.1.1 建设心内科。开展介入手术。', '3 保障措施', '3.1 加强组织领导。成立领导小组。']);
    expect(clauses.map((c) => [c.id, c.title])).toEqual([
      ['plan/1', '总体目标'], ['plan/2', '重点任务'], ['plan/2.1', '加强专科建设'], ['plan/2.1.1', '建设心内科'], ['plan/3', '保障措施'], ['plan/3.1', '加强组织领导'],
    ]);
  });

  it('a sentence that mentions 附件 at the start of a line is not closing matter', () => {
    const { clauses, closingBlocks } = tree([
      '一、重点任务',
      '（一）加强专科建设。各医疗机构按照任务分工推进，分工详见',
      '附件1。各单位于每年12月底前报送进展。',
      '（二）加强人才培养。落实培养计划。',
      '附件1：任务分工表',
    ]);
    expect(clauses.map((c) => c.title)).toEqual(['重点任务', '加强专科建设', '加强人才培养']);
    expect(clauses[1].text).toContain('分工详见附件1。各单位于每年12月底前报送进展。');
    expect(closingBlocks.map((b) => b.text)).toEqual(['附件1：任务分工表']);
  });

  it('the closing matter starts at 附件 / 抄送, with the signature above a closing date', () => {
    const { closingBlocks, clauses } = tree(['一、总体要求。坚持以人民健康为中心。', '某某县人民政府办公室', '2024年5月15日']);
    expect(clauses).toHaveLength(1);
    expect(closingBlocks.map((b) => b.text)).toEqual(['某某县人民政府办公室', '2024年5月15日']);
  });
});

describe('a web page copied with the document', () => {
  it('the page’s numbered related links (相关链接：1.… 5.…) are no clauses, nor the body: the notice’s own 1. 2. 3. are', () => {
    const { preambleBlocks, clauses, closingBlocks } = tree([
      '首页 > 政务公开 > 部门文件',
      '某某县卫生健康局关于做好县医院综合能力提升工作的通知',
      '发布日期：2024-03-01  来源：县卫健局  【字体：大 中 小】 【打印】',
      '各医疗卫生单位：',
      '为落实“千县工程”要求，现就有关事项通知如下：',
      '1.加强专科建设。县人民医院2024年底前建成胸痛中心、卒中中心。',
      '2.强化人才培养。每年选派骨干医师10名到上级医院进修。',
      '3.加强督导考核。县卫健局每季度开展一次督导。',
      '某某县卫生健康局',
      '2024年3月1日',
      '相关链接：',
      '1.国家卫生健康委员会',
      '2.某某省卫生健康委员会',
      '3.某某市卫生健康委员会',
      '4.某某县人民政府',
      '5.中国政府网',
      '【打印本页】【关闭窗口】',
    ]);
    expect(clauses.map((c) => c.title)).toEqual(['加强专科建设', '强化人才培养', '加强督导考核']);
    expect(preambleBlocks.at(-1)!.text).toBe('为落实“千县工程”要求，现就有关事项通知如下：');
    expect(closingBlocks.map((b) => b.text).slice(0, 4)).toEqual(['某某县卫生健康局', '2024年3月1日', '相关链接：', '1.国家卫生健康委员会']);
  });

  it('a plan ending on its last task’s note of who does it, with no date after it, keeps the note in that task: no signature', () => {
    for (const note of ['（责任单位：县卫健局、县财政局）', '县卫健局、县医保局', '- 县卫健局']) {
      const { clauses, closingBlocks } = tree(['一、总体要求。坚持以人民健康为中心。', '二、加强宣传。营造良好氛围。', note]);
      expect(closingBlocks).toEqual([]);
      expect(clauses.at(-1)!.text.replace(/\s/g, '')).toContain(note.replace(/\s/g, ''));
    }
    // a signature without a date still signs
    expect(tree(['一、总体要求。坚持以人民健康为中心。', '二、加强宣传。营造良好氛围。', '某某县卫生健康局']).closingBlocks.map((b) => b.text)).toEqual(['某某县卫生健康局']);
  });

  it('links without a signature: the list still closes the body', () => {
    const { clauses, closingBlocks } = tree(['一、总体要求。坚持以人民健康为中心。', '二、重点任务。加强专科建设。', '相关链接', '1.国家卫生健康委员会', '2.中国政府网']);
    expect(clauses).toHaveLength(2);
    expect(closingBlocks.map((b) => b.text)).toEqual(['相关链接', '1.国家卫生健康委员会', '2.中国政府网']);
  });
});

describe('cover letters and attachments with lists of their own', () => {
  it('a cover letter numbered 一、二、 and signed with a date stays in the preamble', () => {
    const { preambleBlocks, outline } = tree([
      '各乡镇人民政府：',
      '一、请认真贯彻执行。',
      '二、请于每年12月底前报送进展。',
      '某某县人民政府办公室',
      '二〇二四年三月五日',
      '某某县医疗服务能力提升方案',
      '一、总体要求',
      '（一）指导思想。坚持以人民健康为中心。',
      '二、重点任务',
      '（一）加强专科建设。提升县医院能力。',
      '（二）加强人才培养。落实培养计划。',
    ]);
    expect(preambleBlocks.map((b) => b.text)).toContain('一、请认真贯彻执行。');
    expect(outline).toEqual(['一 总体要求', '一 （一） 指导思想', '二 重点任务', '二 （一） 加强专科建设', '二 （二） 加强人才培养']);
  });

  it('a signature dated in Chinese numerals ends the plan', () => {
    const { closingBlocks } = tree(['一、总体要求。坚持以人民健康为中心。', '某某县人民政府', '二〇二四年三月五日']);
    expect(closingBlocks.map((b) => b.text)).toEqual(['某某县人民政府', '二〇二四年三月五日']);
  });

  it('a joint signature, one name a line, goes to the closing whole', () => {
    const { closingBlocks } = tree(['一、总体要求。坚持以人民健康为中心。', '某某县卫生健康局', '某某县财政局', '2024年3月5日']);
    expect(closingBlocks.map((b) => b.text)).toEqual(['某某县卫生健康局', '某某县财政局', '2024年3月5日']);
  });
});

describe('bullets as a word processor sets them (● ■ ◆ ★): each symbol a level of its own, under the numbered headings (the sixteenth probe’s 郓城)', () => {
  const built = buildFixture('test/fixtures/unseen-plans-16/yuncheng-2024.txt');
  const at = (id: string) => built.clauses.find((c) => c.id === `yuncheng-2024/${id}`)!;

  it('nests the bullets by the order the text first uses them, below every numbered level', () => {
    expect(['1', '1.1', '2', '2.1', '2.1.2', '2.1.2.3', '2.2.2.1', '4.1'].map((id) => [id, at(id).path.join(' '), at(id).marker])).toEqual([
      ['1', '一', '一、'],
      ['1.1', '一 ●1', '●'],
      ['2', '二', '二、'],
      ['2.1', '二 ●1', '●'],
      ['2.1.2', '二 ●1 ■2', '■'],
      ['2.1.2.3', '二 ●1 ■2 ◆3', '◆'],
      ['2.2.2.1', '二 ●2 ■2 ★1', '★'],
      ['4.1', '四 ★1', '★'],
    ]);
  });

  it('titles a bulleted heading and a run-in heading as numbered ones are, and loses no character', () => {
    expect([at('2.1').title, at('2.1.1').title, at('4.1').title]).toEqual(['提升专科服务能力', '加强重点专科建设', '加强组织领导']);
    expectNothingLost(built.document, built.clauses, built.lines);
  });
});

describe('found on the seventeenth probes', () => {
  it('a paragraph of sentences set apart below a table is a clause beside its rows, no rest of its last row (霞浦’s 责任清单)', () => {
    const built = buildFixture('test/fixtures/unseen-plans-17/xiapu-2024.txt');
    const rows = built.clauses.filter((c) => c.parent === 'xiapu-2024/3');
    expect(rows.at(-2)!.cells.map((c) => c.column)).toEqual(['number', 'text', 'other', 'lead', 'responsible', 'deadline']);
    expect(rows.at(-2)!.source.line).toBe(rows.at(-2)!.source.endLine);
    expect(rows.at(-1)!).toMatchObject({ cells: [], text: expect.stringMatching(/^各牵头领导要定期听取/) });
    expectNothingLost(built.document, built.clauses, built.lines);
  });

  it('an indicator table by year (指标 | 2024年 | 2025年 | 2026年) is a table, its years the targets (博罗)', () => {
    const built = buildFixture('test/fixtures/unseen-plans-17/boluo-2024.txt');
    const first = built.clauses.find((c) => c.id === 'boluo-2024/1.3.1')!;
    expect(first.cells.map((c) => c.text)).toEqual(['县人民医院实际开放床位数（张）', '900', '1000', '1100']);
    expect(first.metrics.map((m) => [m.value, m.year, m.unit])).toEqual([[900, 2024, '张'], [1000, 2025, '张'], [1100, 2026, '张']]);
  });

  it('minutes are titled by their name, not the issue number and dated office line below it (奉节); a news page by its headline, the site’s masthead no issuer (同心)', () => {
    expect(buildFixture('test/fixtures/unseen-plans-17/fengjie-2024.txt').document).toMatchObject({ title: '奉节县人民政府常务会议纪要', issuers: ['奉节县人民政府办公室'], date: '2024-06-14' });
    const news = buildFixture('test/fixtures/unseen-plans-17/tongxin-2024.txt');
    expect(news.document).toMatchObject({ title: '同心县召开“千县工程”县医院综合能力提升工作推进会', issuers: [], date: '2024-03-22' });
    // the page's text-size switch and share buttons are its chrome, no clause's; the credits above the related links close the article
    expect(news.clauses.some((c) => /字体|责任编辑/.test(c.text))).toBe(false);
    expectNothingLost(news.document, news.clauses, news.lines);
  });
});

describe('the seventeenth probes in another dress', () => {
  it('a paragraph of sentences right below a table’s rows, no blank line between, is a clause beside them', () => {
    const lines = ['一、责任清单', '各项任务分工如下：', '序号\t任务\t牵头单位\t完成时限', '1\t加强专科建设\t县卫健局\t2025年底前', '各牵头单位要定期调度任务进展，每季度向县政府报告一次。', '二、保障措施', '（一）加强组织领导。成立专班。'];
    const { clauses, document } = buildText('below.txt', lines.join('\n'));
    expect(clauses.filter((c) => c.parent === 'below/1').map((c) => [c.cells.length, c.text.slice(0, 6)])).toEqual([[4, '1\t加强专科'], [0, '各牵头单位要']]);
    expectNothingLost(document, clauses, lines);
  });
});

describe('a red head over a 文号 whose digits a PDF spaced out (the nineteenth probe’s 托克托)', () => {
  it('is the issuer, and the notice line its title', () => {
    const text = ['托克托县卫生健康委员会', '', '托卫发〔2 0 2 4〕7号', '', '托克托县卫生健康委员会关于做好2024年“千县工程”县医院综合能力提升工作的通知', '', '县医院：', '现就有关工作通知如下。', '一、工作任务', '（一）加强专科建设。'].join('\n');
    expect(buildText('tkt-2024.txt', text).document).toMatchObject({ title: '关于做好2024年“千县工程”县医院综合能力提升工作的通知', issuers: ['托克托县卫生健康委员会'] });
  });
});
