import { describe, expect, it } from 'vitest';
import { extractDeadlines, extractTimes } from '../../../scripts/extract/deadlines.ts';
import { buildText } from '../../helpers/fixture-document.ts';

const only = (text: string, year: number | null = 2024) => {
  const found = extractDeadlines(text, year);
  expect(found).toHaveLength(1);
  return found[0];
};

describe('absolute deadlines', () => {
  it('2025年底前', () => {
    expect(only('力争 2025 年底前县中医院通过二甲医院评选')).toMatchObject({ text: '2025 年底前', kind: 'by', start: null, end: '2025-12-31' });
  });
  it('2024年6月前 ends with that month', () => {
    expect(extractDeadlines('2024 年 6 月前提起呼吸中心认证申请', 2024)[0]).toMatchObject({ kind: 'by', end: '2024-06-30' });
  });
  it('a range whose dash OCR read as 一 (2023年9月一2025年12月) is the range', () => {
    expect(only('组织实施阶段（2023年9月一2025年12月）', 2023)).toMatchObject({ kind: 'range', start: '2023-09-01', end: '2025-12-31' });
  });
  it('2023年8月底前', () => {
    expect(only('启动阶段（2023年 8月底前）', 2023)).toMatchObject({ kind: 'by', end: '2023-08-31' });
  });
  it('2024年上半年 runs to 06-30', () => {
    expect(only('2024年上半年门诊综合楼建成并投入使用')).toMatchObject({ start: '2024-01-01', end: '2024-06-30' });
  });
  it('到2027年 is the end of the year', () => {
    expect(only('到2027年，医疗卫生服务体系进一步健全')).toMatchObject({ text: '到2027年', kind: 'by', end: '2027-12-31' });
  });
  it('2024年三季度末前 is by the end of the quarter', () => {
    expect(only('2024年三季度末前完成县域影像中心建设')).toMatchObject({ text: '2024年三季度末前', kind: 'by', start: null, end: '2024-09-30' });
  });
  it('元旦前 is the last day of the year in context, 国庆节前 09-30; 春节前 (a lunar date) is none', () => {
    expect(extractDeadlines('春节前完成人员招聘，元旦前完成年度考核，国庆节前开展中期评估。', 2023).map((d) => [d.text, d.kind, d.end])).toEqual([
      ['元旦前', 'by', '2023-12-31'],
      ['国庆节前', 'by', '2023-09-30'],
    ]);
    expect(only('2024年元旦前完成')).toMatchObject({ text: '2024年元旦前', kind: 'by', end: '2023-12-31' });
    expect(extractDeadlines('2025年6月底前启动，国庆前完成', 2024).map((d) => d.end)).toEqual(['2025-06-30', '2025-09-30']);
    expect(extractDeadlines('元旦期间加强值班', 2024)).toEqual([]);
  });
  it('2025年春节前: the eve of that year’s 春节, from the Chinese calendar (端午, 中秋 too); 春节前 without its year is none', () => {
    const by = (text: string) => extractDeadlines(text, 2024).map((d) => [d.text, d.kind, d.end]);
    expect(by('2025年春节前完成县人民医院新招聘医师岗前培训。')).toEqual([['2025年春节前', 'by', '2025-01-28']]);
    expect(by('2024年春节前发放乡村医生补助。')).toEqual([['2024年春节前', 'by', '2024-02-09']]);
    expect(by('2024年中秋节前完成门诊楼主体工程。')).toEqual([['2024年中秋节前', 'by', '2024-09-16']]);
    expect(by('各医共体春节前完成走访慰问。')).toEqual([]);
  });
  it('年初, 年中 and their single-年 forms with a year: 2024年初 is its first quarter, 2025年中前 by 06-30', () => {
    const dates = (text: string) => extractDeadlines(text, 2024).map((d) => [d.text, d.kind, d.start, d.end]);
    expect(dates('2024年初启动县域医学影像中心建设，2025年年中前投入使用。')).toEqual([
      ['2024年初', 'period', '2024-01-01', '2024-03-31'],
      ['2025年年中前', 'by', null, '2025-06-30'],
    ]);
    expect(dates('2025年中前完成县中医院迁建。')).toEqual([['2025年中前', 'by', null, '2025-06-30']]);
    expect(dates('2024年底前完成设备招标，次年初安装调试。')).toEqual([
      ['2024年底前', 'by', null, '2024-12-31'],
      ['次年初', 'period', '2025-01-01', '2025-03-31'],
    ]);
    // not 初步, 初见成效, a look back (以来), 年中医院; 年初 alone looks back as often as ahead (年初确定的目标): none
    expect(dates('2024年初步建成县域医疗中心，2025年初见成效。').map((d) => d[0])).toEqual(['2024年', '2025年']);
    expect(dates('2024年中医院床位达到300张。').map((d) => d[0])).toEqual(['2024年']);
    expect(dates('今年年初以来，各项工作有序推进，年初确定的目标任务全面完成。')).toEqual([]);
  });
  it('本方案印发之日起1个月内, 印发后30日内: by that long after the document’s date; none without it', () => {
    const by = (text: string, issued: string | null) => extractDeadlines(text, issued ? Number(issued.slice(0, 4)) : null, issued).map((d) => [d.text, d.kind, d.end]);
    expect(by('各县（市、区）要在本方案印发后1个月内制定具体实施方案。', '2024-01-31')).toEqual([['在本方案印发后1个月内', 'by', '2024-02-29']]);
    expect(by('自本方案印发之日起三十日内报送工作台账', '2024-12-20')).toEqual([['自本方案印发之日起三十日内', 'by', '2025-01-19']]);
    expect(by('本方案印发后2周内完成动员部署', '2024-03-15')).toEqual([['本方案印发后2周内', 'by', '2024-03-29']]);
    expect(by('本方案印发后1个月内制定具体实施方案', null)).toEqual([]);
    // 即日起至…: from the document's date to the end said (by that end for an undated document)
    const from = (text: string, issued: string | null) => extractDeadlines(text, 2024, issued).map((d) => [d.text, d.kind, d.start, d.end]);
    expect(from('即日起至2024年12月31日，开展专项整治行动。', '2024-03-15')).toEqual([['即日起至2024年12月31日', 'range', '2024-03-15', '2024-12-31']]);
    expect(from('自本方案印发之日起至2025年底，分三个阶段推进。', '2024-03-15')).toEqual([['自本方案印发之日起至2025年底', 'range', '2024-03-15', '2025-12-31']]);
    expect(from('即日起至2024年12月31日，开展专项整治行动。', null)).toEqual([['至2024年12月31日', 'by', null, '2024-12-31']]);
    // from the document's date on, no end said, as 自2024年7月1日起施行
    expect(from('本方案自印发之日起施行。', '2024-03-15')).toEqual([['自印发之日起', 'range', '2024-03-15', null]]);
    expect(from('自本方案印发之日起，各单位要建立工作台账。', '2024-03-15')).toEqual([['自本方案印发之日起', 'range', '2024-03-15', null]]);
    expect(from('本方案自印发之日起施行。', null)).toEqual([]);
    // working days depend on holidays: none
    expect(by('印发后10个工作日内报送', '2024-03-15')).toEqual([]);
  });
  it('力争用2—3年时间, 通过2年努力: a span of the plan’s own years, its own year the first; a range by its upper end', () => {
    const by = (text: string, issued: string | null, planYear: number | null = null) =>
      extractDeadlines(text, issued ? Number(issued.slice(0, 4)) : null, issued, planYear).map((d) => [d.text, d.kind, d.end]);
    expect(by('力争用2—3年时间，把县人民医院建成三级医院。', '2024-03-15')).toEqual([['力争用2—3年时间', 'by', '2026-12-31']]);
    expect(by('用3年左右时间，推动县中医医院达到二级甲等水平。', '2024-03-15')).toEqual([['用3年左右时间', 'by', '2026-12-31']]);
    expect(by('通过2年努力，县域内就诊率达到90%。', '2024-03-15')).toEqual([['通过2年努力', 'by', '2025-12-31']]);
    expect(by('经过两到三年的努力，基本建成县域医疗中心。', '2024-03-15')).toEqual([['经过两到三年的努力', 'by', '2026-12-31']]);
    expect(by('力争在3年内建成胸痛中心。', '2024-03-15')).toEqual([['力争在3年内', 'by', '2026-12-31']]);
    // after a comma when what it is for follows at once: …等专科，三年内争创…
    expect(by('集中资源建设胸心外科等专科，三年内争创省级临床重点专科1个。', '2023-05-08')).toEqual([['三年内', 'by', '2025-12-31']]);
    // months count from the date, as 印发后1个月内 does
    expect(by('计划用6个月时间完成设备更新。', '2024-03-15')).toEqual([['计划用6个月时间', 'by', '2024-09-15']]);
    // a plan of December 2023 for 2024–2026 counts from 2024
    expect(by('力争用3年时间，建成三级医院。', '2023-12-20', 2024)).toEqual([['力争用3年时间', 'by', '2026-12-31']]);
    // it sets no year for what follows; undated: none; a course's length is no span of the plan
    expect(by('力争用一年时间完成改造，年底前组织验收。', '2024-03-15')).toEqual([['力争用一年时间', 'by', '2024-12-31'], ['年底前', 'by', '2024-12-31']]);
    expect(by('力争用2—3年时间，把县人民医院建成三级医院。', null)).toEqual([]);
    expect(by('新入职医师经过2年的规范化培训后上岗。', '2024-03-15')).toEqual([]);
    // a background's look back at work already done is none; 力争 looks ahead, and 已建成的 names what is there
    expect(by('经过两年的努力，县医院已通过二级甲等医院评审。', '2024-03-15')).toEqual([]);
    expect(by('通过3年努力，我县成功创建了省级卫生县城。', '2024-03-15')).toEqual([]);
    expect(by('通过2年努力，使已建成的胸痛中心通过国家认证。', '2024-03-15')).toEqual([['通过2年努力', 'by', '2025-12-31']]);
  });
  it('3年内 opening a sentence is a span of the plan’s own; a condition (3年内不得…) or someone’s span is none', () => {
    const by = (text: string) => extractDeadlines(text, 2023, '2023-06-15', 2023).map((d) => [d.text, d.kind, d.end]);
    expect(by('3年内实现县域内就诊率达到90%。')).toEqual([['3年内', 'by', '2025-12-31']]);
    expect(by('健全人才培养机制。两年内完成全部乡村医生轮训。')).toEqual([['两年内', 'by', '2024-12-31']]);
    expect(by('3年内不得调离本单位。')).toEqual([]);
    expect(by('定向医学生毕业后3年内须到乡镇卫生院服务。')).toEqual([]);
  });
  it('a span counts from the plan’s period when it starts after the plan’s date (a three-year plan of December 2023)', () => {
    const text = '某某县人民政府办公室关于印发某某县县级医院综合能力提升三年行动计划（2024—2026年）的通知\n\n各乡镇人民政府，县直各有关部门：\n现将《某某县县级医院综合能力提升三年行动计划（2024—2026年）》印发给你们，请认真贯彻执行。\n\n某某县人民政府办公室\n2023年12月20日\n\n一、工作目标\n力争用3年时间，把县人民医院建成三级医院，县域内就诊率达到90%以上。\n';
    const [goal] = buildText('span.txt', text).clauses.filter((c) => c.deadlines.length);
    expect(goal.deadlines.map((d) => [d.text, d.kind, d.end])).toEqual([['力争用3年时间', 'by', '2026-12-31']]);
    expect(goal.metrics.map((m) => [m.indicator, m.year])).toEqual([['县域内就诊率', 2026]]);
  });
  it('2025年前后 is about that year, not by it', () => {
    expect(only('2025年前后建成县域医疗次中心')).toMatchObject({ text: '2025年', kind: 'period', start: '2025-01-01', end: '2025-12-31' });
  });
  it('前后 after a date’s end is about then, not by then: 2024年底前后 is its December, 6月底前后 the month’s 下旬', () => {
    const dates = (text: string) => extractDeadlines(text, 2024).map((d) => [d.text, d.kind, d.start, d.end]);
    expect(dates('2024年底前后完成急救站点布局调整。')).toEqual([['2024年底', 'period', '2024-12-01', '2024-12-31']]);
    expect(dates('2025年6月底前后完成胸痛中心复审。')).toEqual([['2025年6月底', 'period', '2025-06-21', '2025-06-30']]);
    expect(dates('到2025年前后建成县域医疗次中心。')).toEqual([['到2025年', 'period', '2025-01-01', '2025-12-31']]);
  });
  it('上半年内 and 第三季度内 are by their end, as 年内 is', () => {
    const dates = (text: string) => extractDeadlines(text, 2024).map((d) => [d.text, d.kind, d.end]);
    expect(dates('2025年上半年内完成卒中中心建设。')).toEqual([['2025年上半年内', 'by', '2025-06-30']]);
    expect(dates('2024年完成申报，第三季度内完成验收。')).toEqual([['2024年', 'period', '2024-12-31'], ['第三季度内', 'by', '2024-09-30']]);
  });
  it('a season with its year: 春季, 夏季, 秋季 their three months; a winter, which runs into the next year, none', () => {
    const dates = (text: string) => extractDeadlines(text, 2024).map((d) => [d.text, d.kind, d.start, d.end]);
    expect(dates('2024年秋季开展流感疫苗接种。')).toEqual([['2024年秋季', 'period', '2024-09-01', '2024-11-30']]);
    expect(dates('2025年春季开展爱国卫生运动。')).toEqual([['2025年春季', 'period', '2025-03-01', '2025-05-31']]);
    expect(dates('2024年冬春季做好呼吸道疾病防治。')).toEqual([]);
    expect(dates('2024年秋冬季做好流感防控。')).toEqual([]);
    // 汛期 falls in the year, its months by region: the year
    expect(dates('2024年汛期做好医疗救援准备。')).toEqual([['2024年', 'period', '2024-01-01', '2024-12-31']]);
  });
  it('2024年6月份前 is by the end of June', () => {
    expect(only('2024年6月份前完成设备采购')).toMatchObject({ text: '2024年6月份前', kind: 'by', end: '2024-06-30' });
  });
  it('2023年度 is the year, 度 included; 2023年度内 is by its end', () => {
    expect(only('2023年度完成县域医共体建设评估')).toMatchObject({ text: '2023年度', kind: 'period', start: '2023-01-01', end: '2023-12-31' });
    expect(only('2023年度内完成县医院改扩建一期工程')).toMatchObject({ text: '2023年度内', kind: 'by', end: '2023-12-31' });
    expect(only('2023—2024年度开展专项行动')).toMatchObject({ text: '2023—2024年度', start: '2023-01-01', end: '2024-12-31' });
    expect(only('2024年度至2025年度开展绩效考核')).toMatchObject({ text: '2024年度至2025年度', kind: 'range', start: '2024-01-01', end: '2025-12-31' });
  });
  it('2024年底', () => {
    expect(only('2024 年底盖洋中心卫生院病房综合楼建设项目竣工验收')).toMatchObject({ kind: 'by', end: '2024-12-31' });
  });
});

describe('ranges', () => {
  it('2023年9月—2025年12月', () => {
    expect(only('组织实施阶段（2023年 9月—2025年 12月）', 2023)).toMatchObject({ kind: 'range', start: '2023-09-01', end: '2025-12-31' });
  });
  it('2021年10月至12月', () => {
    expect(only('启动阶段（2021年10月至12月）。', 2021)).toMatchObject({ start: '2021-10-01', end: '2021-12-31' });
  });
  it('2022年1月至2025年1月', () => {
    expect(only('组织实施阶段（2022年1月至2025年1月）。')).toMatchObject({ start: '2022-01-01', end: '2025-01-31' });
  });
  it('2025年10—12月: the first month without its 月', () => {
    expect(only('总结评估阶段（2025年10—12月）。')).toMatchObject({ text: '2025年10—12月', kind: 'range', start: '2025-10-01', end: '2025-12-31' });
    expect(only('2023年6-9月开展专项督导')).toMatchObject({ start: '2023-06-01', end: '2023-09-30' });
  });
  it('ranges with parts of a month or a year, or 起 after the start: one range each', () => {
    const range = (text: string) => extractDeadlines(text, 2023).map((d) => [d.text, d.kind, d.start, d.end]);
    expect(range('2023年3月下旬至4月上旬开展自查')).toEqual([['2023年3月下旬至4月上旬', 'range', '2023-03-21', '2023-04-10']]);
    expect(range('2023年7月至年底完成改造')).toEqual([['2023年7月至年底', 'range', '2023-07-01', '2023-12-31']]);
    // 起 before 至 (was a start with no end and 年底 by itself)
    expect(range('2023年7月起至年底，开展基层卫生人才专项招聘。')).toEqual([['2023年7月起至年底', 'range', '2023-07-01', '2023-12-31']]);
    expect(range('2023年第四季度至2024年第二季度')).toEqual([['2023年第四季度至2024年第二季度', 'range', '2023-10-01', '2024-06-30']]);
    expect(range('2023年起至2025年，每年选派医师')).toEqual([['2023年起至2025年', 'range', '2023-01-01', '2025-12-31']]);
    // to a later year's month or part, from a year or its end
    expect(range('2024年至2025年6月，完成全部建设任务。')).toEqual([['2024年至2025年6月', 'range', '2024-01-01', '2025-06-30']]);
    expect(range('2024年底至2025年上半年完成验收。')).toEqual([['2024年底至2025年上半年', 'range', '2024-12-01', '2025-06-30']]);
    expect(range('2025年及以后持续推进。')).toEqual([['2025年及以后', 'range', '2025-01-01', null]]);
  });
  it('a list of quarters or months is the time from the first to the last, not the year and its last quarter', () => {
    const range = (text: string) => extractDeadlines(text, 2024).map((d) => [d.text, d.kind, d.start, d.end]);
    expect(range('2024年第一、二季度完成县域医学影像中心建设。')).toEqual([['2024年第一、二季度', 'range', '2024-01-01', '2024-06-30']]);
    expect(range('2024年3、4月份开展全面摸底调查。')).toEqual([['2024年3、4月份', 'range', '2024-03-01', '2024-04-30']]);
    expect(range('2024年三、四月份开展摸底，2025年第三、四季度底前完成验收。')).toEqual([
      ['2024年三、四月份', 'range', '2024-03-01', '2024-04-30'],
      ['2025年第三、四季度底前', 'by', null, '2025-12-31'],
    ]);
    // without a year, after a word or a comma; not 3、 opening a sentence, an item's number
    expect(range('于3、4月份开展专项督查，11、12月份完成年度考核。')).toEqual([
      ['3、4月份', 'range', '2024-03-01', '2024-04-30'],
      ['11、12月份', 'range', '2024-11-01', '2024-12-31'],
    ]);
    expect(range('3、4月底前完成人员招聘。')).toEqual([['4月底前', 'by', null, '2024-04-30']]);
  });
  it('quarters not one after another are a date each: 第一、三季度 is Q1 and Q3, not the months between', () => {
    const dates = (text: string) => extractDeadlines(text, 2024).map((d) => [d.text, d.kind, d.start, d.end]);
    expect(dates('2024年第一、三季度各开展一次专项督导。')).toEqual([
      ['2024年第一', 'period', '2024-01-01', '2024-03-31'],
      ['三季度', 'period', '2024-07-01', '2024-09-30'],
    ]);
    expect(dates('县卫健局于第二、四季度末前分别组织一次考核评估。')).toEqual([
      ['第二', 'by', null, '2024-06-30'],
      ['四季度末前', 'by', null, '2024-12-31'],
    ]);
    // after 每年 each comes back; one after another, one range as before
    expect(extractDeadlines('每年第一、三季度开展医疗质量检查。', 2024).map((d) => [d.text, d.recurring])).toEqual([
      ['第一', '--03-31'],
      ['三季度', '--09-30'],
    ]);
    expect(dates('第一、二季度完成设备招标采购。')).toEqual([['第一、二季度', 'range', '2024-01-01', '2024-06-30']]);
  });
  it('months joined by 和/及 are a date each, by its end when the last is', () => {
    const dates = (text: string) => extractDeadlines(text, 2024).map((d) => [d.text, d.kind, d.start, d.end]);
    // joined by 和/及, or by 、 but not one after another (3、4月份 stays one range)
    const cases: [string, (string | null)[][]][] = [
      ['县卫健局于2024年6月和12月底前分别组织一次考核评估。', [['于2024年6月', 'by', null, '2024-06-30'], ['12月底前', 'by', null, '2024-12-31']]],
      ['2024年6月及12月开展两次督导检查。', [['2024年6月', 'period', '2024-06-01', '2024-06-30'], ['12月', 'period', '2024-12-01', '2024-12-31']]],
      ['到2025年6月和12月，分别完成两批验收。', [['到2025年6月', 'by', null, '2025-06-30'], ['12月', 'by', null, '2025-12-31']]],
      ['2024年3月、9月分两批开展评估。', [['2024年3月', 'period', '2024-03-01', '2024-03-31'], ['9月', 'period', '2024-09-01', '2024-09-30']]],
      ['2024年6月、12月底前完成。', [['2024年6月', 'by', null, '2024-06-30'], ['12月底前', 'by', null, '2024-12-31']]],
    ];
    for (const [text, expected] of cases) expect(dates(text)).toEqual(expected);
    // every year, both; a base of comparison, neither
    expect(extractDeadlines('每年6月和12月各开展一次考核。', 2024).map((d) => d.recurring)).toEqual(['--06-30', '--12-31']);
    expect(dates('门诊量较2023年6月和12月分别增长10%。')).toEqual([]);
  });
  it('2025—2026年', () => {
    expect(only('2025—2026 年，进一步深化帮扶')).toMatchObject({ kind: 'range', start: '2025-01-01', end: '2026-12-31' });
  });
  it('3月22日—3月31日 takes its year from the document date', () => {
    expect(only('方案细化和制定阶段（3月22日—3月31日）。', 2020)).toMatchObject({ start: '2020-03-22', end: '2020-03-31' });
  });
});

describe('recurring deadlines', () => {
  it('每年11月15日前 → --11-15 and 每年11月底前 → --11-30', () => {
    const found = extractDeadlines('每年 11月 15日前向县卫体局报送年度工作情况，由县卫体局汇总于每年 11月底前向市卫生健康委报送。', 2023);
    expect(found.map((d) => [d.kind, d.recurring, d.start, d.end])).toEqual([
      ['recurring', '--11-15', null, null],
      ['recurring', '--11-30', null, null],
    ]);
  });
  it('每年一季度 → --03-31, 每年第四季度末前 → --12-31, 每年上半年 → --06-30; 每年年初 (its first quarter) --03-31, 每年年中 --06-30, 每年下半年 --12-31; 每年春节前 (a lunar date) none; 每年1—3月 → --03-31', () => {
    const cases: [string, string[][]][] = [
      ['每年一季度开展乡村医生全员轮训，每年上半年完成考核，每年第四季度末前报送总结。', [['每年一季度', '--03-31'], ['每年上半年', '--06-30'], ['每年第四季度末前', '--12-31']]],
      ['每年年初制定年度培训计划，每年年中开展一次中期评估，每年下半年组织技能竞赛，每年春节前开展走访慰问。', [['每年年初', '--03-31'], ['每年年中', '--06-30'], ['每年下半年', '--12-31']]],
      // a window of months every year is done by its last month's end (每年10月 alone was read, --10-31); 每年1—2次 is a count
      ['每年1—3月开展乡村医生轮训，每年10月至12月开展督导检查，每年开展1—2次应急演练。', [['每年1—3月', '--03-31'], ['每年10月至12月', '--12-31']]],
    ];
    for (const [text, expected] of cases) {
      const found = extractDeadlines(text, 2023);
      expect(found.every((d) => d.kind === 'recurring')).toBe(true);
      expect(found.map((d) => [d.text, d.recurring])).toEqual(expected);
    }
  });

  it('a date without a year in the sentence of a recurring one, or of 每年 said of the task, recurs too; 次年 is the year after', () => {
    const dates = (text: string) => extractDeadlines(text, 2024).map((d) => [d.text, d.kind, d.recurring ?? d.end]);
    expect(dates('县卫健局每年12月底前完成年度考核；次年1月底前上报考核结果。')).toEqual([
      ['每年12月底前', 'recurring', '--12-31'],
      ['次年1月底前', 'recurring', '--01-31'],
    ]);
    expect(dates('每年开展一次自评，11月底前报送县卫健局。')).toEqual([['11月底前', 'recurring', '--11-30']]);
    // a year said again, or a new sentence, ends it; after a dated deadline 次年 is the next year
    expect(dates('每年11月15日前报送。年底前完成建设任务。')).toEqual([
      ['每年11月15日前', 'recurring', '--11-15'],
      ['年底前', 'by', '2024-12-31'],
    ]);
    expect(dates('2024年12月底前完成首轮评估，次年3月底前完成整改。')).toEqual([
      ['2024年12月底前', 'by', '2024-12-31'],
      ['次年3月底前', 'by', '2025-03-31'],
    ]);
  });
});

describe('named periods', () => {
  it('“十四五”期间 → 2021-01-01..2025-12-31', () => {
    expect(only('“十四五”期间，县域内力争建设省级中医优势专科')).toMatchObject({ kind: 'period', start: '2021-01-01', end: '2025-12-31' });
  });
  it('“十三五” is 2016–2020', () => {
    expect(only('“十三五”期间')).toMatchObject({ start: '2016-01-01', end: '2020-12-31' });
  });
});

describe('a start with no end, and dates as tables write them', () => {
  it('自2024年起 and 2024年3月起 start then, with no end; 2024年起草 is no date', () => {
    expect(only('自2024年起每年开展一次评估')).toMatchObject({ text: '自2024年起', kind: 'range', start: '2024-01-01', end: null });
    expect(only('2024年3月起实施')).toMatchObject({ kind: 'range', start: '2024-03-01', end: null });
    expect(only('2024年起草实施方案')).toMatchObject({ text: '2024年', kind: 'period' });
    // from a part of a year on: 2024年下半年起 starts 07-01 (was the half-year as a period)
    expect(only('从2024年下半年开始，县医院实行预约诊疗。')).toMatchObject({ text: '从2024年下半年开始', kind: 'range', start: '2024-07-01', end: null });
    expect(only('2024年第三季度起全面推行')).toMatchObject({ kind: 'range', start: '2024-07-01', end: null });
  });
  it('2024.6.30前 and 2024.12 (a task table’s 完成时限), not an amount (2024.5万元)', () => {
    expect(only('2024.6.30前完成')).toMatchObject({ kind: 'by', start: null, end: '2024-06-30' });
    expect(only('时间：2024.12')).toMatchObject({ kind: 'period', start: '2024-12-01', end: '2024-12-31' });
    expect(extractDeadlines('投入资金2024.5万元', 2024)).toEqual([]);
  });
});

describe('dates from context', () => {
  it('2024年6月前提起…申请，年底前通过评审: the second is 2024-12-31', () => {
    const found = extractDeadlines('2024 年 6 月前提起呼吸中心认证申请，年底前通过评审。', 2023);
    expect(found.map((d) => [d.text, d.end])).toEqual([
      ['2024 年 6 月前', '2024-06-30'],
      ['年底前', '2024-12-31'],
    ]);
  });
  it('parts of the year and of its months take the year said before them: by a date (底前, 年内) or over a period', () => {
    const found = extractDeadlines('2024年完成申报，下半年开展评审，6月上旬组织培训，9月底前完成验收，10月15日开展复核，年内建成。', 2023);
    expect(found.map((d) => [d.text, d.kind, d.start, d.end])).toEqual([
      ['2024年', 'period', '2024-01-01', '2024-12-31'],
      ['下半年', 'period', '2024-07-01', '2024-12-31'],
      ['6月上旬', 'period', '2024-06-01', '2024-06-10'],
      ['9月底前', 'by', null, '2024-09-30'],
      ['10月15日', 'period', '2024-10-15', '2024-10-15'],
      ['年内', 'by', null, '2024-12-31'],
    ]);
  });
  it('a month alone, as 4月份 or opening a phrase (，4月完成验收), is that month of the year in context; 6月龄 is an age', () => {
    const dates = (text: string) => extractDeadlines(text, 2024).map((d) => [d.text, d.kind, d.start, d.end]);
    expect(dates('4月份完成年度公开招聘，招聘医学类专业技术人员不少于20名；下半年选派10名骨干医师到三级医院进修。')).toEqual([
      ['4月份', 'period', '2024-04-01', '2024-04-30'],
      ['下半年', 'period', '2024-07-01', '2024-12-31'],
    ]);
    expect(dates('2025年完成申报，4月完成验收，为6月龄儿童提供健康管理。')).toEqual([
      ['2025年', 'period', '2025-01-01', '2025-12-31'],
      ['4月', 'period', '2025-04-01', '2025-04-30'],
    ]);
    expect(dates('4月份前完成设备采购。')).toEqual([['4月份前', 'by', null, '2024-04-30']]);
  });
  it('下半年 after 2024年上半年 is 2024-07-01..2024-12-31', () => {
    const found = extractDeadlines('2024年上半年完成旧院区电网改造，下半年分期实施路网建设', 2024);
    expect(found[1]).toMatchObject({ text: '下半年', start: '2024-07-01', end: '2024-12-31' });
  });
  it('a part of a year after a verb is what it acts on, not when: 完成上半年评估', () => {
    const dates = (text: string) => extractDeadlines(text, 2024).map((d) => [d.text, d.kind, d.recurring ?? d.end]);
    expect(dates('每年6月底前完成上半年评估工作。')).toEqual([['每年6月底前', 'recurring', '--06-30']]);
    expect(dates('各单位要认真开展第三季度督导检查，做好年底考核准备，对下半年工作进行部署。')).toEqual([]);
    expect(dates('确保上半年完成，力争年内建成。')).toEqual([
      ['上半年', 'period', '2024-06-30'],
      ['年内', 'by', '2024-12-31'],
    ]);
  });
  it('第三季度 after 2024年上半年 is 2024-07-01..2024-09-30; 前三季度 names no quarter', () => {
    const found = extractDeadlines('2024年上半年完成设备采购，第三季度投入使用，一季度末前完成验收。', 2023);
    expect(found.map((d) => [d.text, d.start, d.end])).toEqual([
      ['2024年上半年', '2024-01-01', '2024-06-30'],
      ['第三季度', '2024-07-01', '2024-09-30'],
      ['一季度末前', null, '2024-03-31'],
    ]);
    expect(extractDeadlines('前三季度门诊量增长10%', 2023)).toEqual([]);
  });
});

describe('a time right before what is done then (县人民医院6月完成…)', () => {
  const dates = (text: string) => extractDeadlines(text, 2024).map((d) => [d.text, d.kind, d.start, d.end]);
  it('2024年中 before a verb is its June, as 2024年年中 is; not 2024年中医院, 中、高级, 中期, 中央, nor 在2024年中开展 (in the course of the year)', () => {
    expect(dates('县人民医院2024年中完成门诊楼改造，2025年中建成胸痛中心。')).toEqual([
      ['2024年中', 'period', '2024-06-01', '2024-06-30'],
      ['2025年中', 'period', '2025-06-01', '2025-06-30'],
    ]);
    expect(dates('今年中启动县域影像中心建设。')).toEqual([['今年中', 'period', '2024-06-01', '2024-06-30']]);
    for (const text of ['2024年中医院床位达到300张。', '2024年中、高级职称人员达到120名。', '2024年中期评估合格。', '2024年中央财政补助资金到位。', '在2024年中开展专项行动。', '2024年中完成的项目']) {
      expect(dates(text).map((d) => d[0])).toEqual([text.startsWith('在') ? '在2024年' : '2024年']);
    }
  });
  it('a month alone before a verb of what is done then is that month of the year in context; not an age (6月龄), a count (3个月, 第6月, 前6月, 满6月, 每6月, 连续6月, 1.5月) nor a look back (6月完成的)', () => {
    expect(dates('县人民医院6月完成胸痛中心建设，12月通过省级验收。')).toEqual([
      ['6月', 'period', '2024-06-01', '2024-06-30'],
      ['12月', 'period', '2024-12-01', '2024-12-31'],
    ]);
    expect(dates('县卫健局于9月组织开展中期评估。')).toEqual([['9月', 'period', '2024-09-01', '2024-09-30']]);
    for (const text of ['为6月龄儿童提供健康管理。', '县人民医院用3个月完成改造。', '第6月完成第二剂接种。', '前6月完成任务量的一半。', '婴儿满6月完成体检。', '每6月开展一次随访。', '连续6月完成目标。', '人均1.5月完成一轮轮训。', '县人民医院6月完成的项目已投入使用。']) {
      expect(dates(text)).toEqual([]);
    }
  });
  it('年初 without a year before what is done then (县卫健局年初制定…) or before 前 is the first quarter of the year in context; not 年初诊, 年初步, nor a look back (年初确定的, 年初以来)', () => {
    expect(dates('县卫健局年初制定年度培训计划，年初前完成人员招聘。')).toEqual([
      ['年初', 'period', '2024-01-01', '2024-03-31'],
      ['年初前', 'by', null, '2024-03-31'],
    ]);
    expect(extractDeadlines('每年开展考核，县卫健局年初制定考核方案。', 2024).map((d) => [d.text, d.kind, d.recurring])).toEqual([['年初', 'recurring', '--03-31']]);
    for (const text of ['全年初诊人次增长10%。', '县人民医院年初诊断符合率达到95%。', '两年初步建成县域医疗中心。', '县卫健局年初制定的目标任务全面完成。', '年初确定的目标任务全面完成。', '年初以来，各项工作有序推进。', '各单位要做好年初计划安排。']) {
      expect(dates(text)).toEqual([]);
    }
  });
  it('年中 without a year that ends a word is none (青年中医, 近年中医药, 中年中风, 少年中心, 多年中西医); before a verb or 前 it is June', () => {
    for (const text of ['培养青年中医药人才。', '近年中医药事业快速发展。', '加强中年中风防治。', '少年中心建设。', '多年中西医结合工作。']) expect(dates(text)).toEqual([]);
    expect(dates('2024年完成申报，年中开展督导，年中前完成中期评估。')).toEqual([
      ['2024年', 'period', '2024-01-01', '2024-12-31'],
      ['年中', 'period', '2024-06-01', '2024-06-30'],
      ['年中前', 'by', null, '2024-06-30'],
    ]);
  });
});

describe('times no year dates', () => {
  it('a date without its year in a plan that names none is no deadline; extractTimes gives its span, where a doer may act', () => {
    const text = '县人民医院6月底前完成胸痛中心建设，年底前通过省级验收，2025年6月完成复核。';
    const times = extractTimes(text, null, null, null, null);
    expect(times.deadlines.map((d) => [d.text, d.end])).toEqual([['2025年6月', '2025-06-30']]);
    const undated = ({ said, deadlines }: ReturnType<typeof extractTimes>) => said.filter(([start]) => !deadlines.some((d) => d.at[0] === start));
    expect(undated(times).map((at) => text.slice(...at))).toEqual(['6月底前', '年底前']);
    expect(extractDeadlines(text, null, null, null, null)).toEqual(times.deadlines);
    // with a year in context every one is a deadline
    expect(undated(extractTimes(text, 2024))).toEqual([]);
  });
});

describe('dates without a year in a plan whose year is clear', () => {
  const notice = (title: string, date: string) =>
    `某某县卫生健康局文件\n\n关于印发${title}的通知\n\n各乡（镇）卫生院，县直各医疗卫生单位：\n现将《${title}》印发给你们，请认真贯彻执行。\n\n某某县卫生健康局\n${date}\n\n${title}\n\n`;
  const dates = (text: string) =>
    buildText('year.txt', text)
      .clauses.filter((c) => c.deadlines.length)
      .map((c) => [c.text.split('\n').at(-1)!.slice(0, 4), ...c.deadlines.map((d) => `${d.text} ${d.recurring ?? d.end}`)]);

  it('items dated by month and day alone take the year of the section they stand in: （一）2024年, （二）2025年重点任务', () => {
    const text = `${notice('某某县县医院能力提升三年行动方案（2024—2026年）', '2023年12月20日')}一、年度安排\n（一）2024年\n1．6月30日前完成县域医共体章程修订。\n2．9月底前胸痛中心通过国家认证。\n（二）2025年重点任务\n1．3月底前建成卒中中心。\n2．年底前县域内就诊率达到90%。\n（三）实施阶段（2024年4月—2026年6月）\n每年12月底前开展年度评估，6月底前完成中期评估。\n`;
    expect(dates(text)).toEqual([
      ['2024', '2024年 2024-12-31'],
      ['6月30', '6月30日前 2024-06-30'],
      ['9月底前', '9月底前 2024-09-30'],
      ['2025', '2025年 2025-12-31'],
      ['3月底前', '3月底前 2025-03-31'],
      ['年底前县', '年底前 2025-12-31'],
      ['每年12', '2024年4月—2026年6月 2026-06-30', '每年12月底前 --12-31', '6月底前 --06-30'],
    ]);
  });

  it('a 时间 column of months alone (1月, 2—3月) in a yearly plan’s schedule: by the month’s end, a range of months', () => {
    const text = '某某县2024年县医院能力提升工作计划\n\n一、进度安排\n序号\t时间\t工作内容\t责任单位\n1\t1月\t制定年度工作计划\t县卫健局\n2\t2—3月\t完成胸痛中心数据填报\t县人民医院\n3\t4—6月底前\t卒中中心通过省级验收\t县人民医院\n';
    const rows = buildText('schedule.txt', text).clauses.filter((c) => c.cells.length);
    expect(rows.map((c) => c.deadlines.map((d) => [d.text, d.kind, d.start, d.end]))).toEqual([
      [['1月', 'by', null, '2024-01-31']],
      [['2—3月', 'range', '2024-02-01', '2024-03-31']],
      [['4—6月底前', 'by', null, '2024-06-30']],
    ]);
    // in prose too, not an age (3-5月龄) nor a span (1—2个月)
    expect(extractDeadlines('于1至3月份开展摸底调查，为3-5月龄婴儿提供随访，培训1—2个月。', 2024).map((d) => [d.text, d.start, d.end])).toEqual([['1至3月份', '2024-01-01', '2024-03-31']]);
  });

  it('take the one year a yearly plan’s title names, or the period’s first when the plan is issued before it', () => {
    const yearly = `${notice('某某县2024年度县医院能力提升工作要点', '2023年12月25日')}一、重点工作\n1．6月30日前完成县域医共体章程修订。\n2．今年底前完成年度总结。\n`;
    // 今年 is still the year of the document's date
    expect(dates(yearly)).toEqual([['6月30', '6月30日前 2024-06-30'], ['今年底前', '今年底前 2023-12-31']]);
    const early = `${notice('某某县县医院能力提升三年行动方案（2024—2026年）', '2023年12月20日')}一、重点任务\n1．9月底前完成县医院等级评审准备工作。\n`;
    expect(dates(early)).toEqual([['9月底前', '9月底前 2024-09-30']]);
    // a plan in its own period's first year reads them in it, as before
    const own = `${notice('某某县县医院能力提升三年行动方案（2024—2026年）', '2024年3月20日')}一、重点任务\n1．9月底前完成县医院等级评审准备工作。\n`;
    expect(dates(own)).toEqual([['9月底前', '9月底前 2024-09-30']]);
  });
});

describe('not deadlines', () => {
  it('a year opening the work a sentence sets out: 现将2024年重点任务分解如下', () => {
    expect(extractDeadlines('为扎实推进“千县工程”县医院综合能力提升工作，现将2024年重点任务分解如下。', 2024)).toEqual([]);
    expect(extractDeadlines('把2024年工作要点纳入年度考核，2024年底前完成。', 2024).map((d) => d.text)).toEqual(['2024年底前']);
    // a span of years as well, its last year no deadline of its own
    expect(extractDeadlines('现将2024—2025年重点工作逐项分解，明确具体措施。', 2024)).toEqual([]);
  });
  it('a date a look back starts from: 2021年以来', () => {
    expect(extractDeadlines('2021年以来，全县累计投入卫生健康资金3.2亿元。', 2023)).toEqual([]);
    expect(extractDeadlines('2022年5月以来，县医院门诊量持续增长。', 2023)).toEqual([]);
  });
  it('the year something was founded in: 始建于1958年, 成立于2019年', () => {
    expect(extractDeadlines('县人民医院始建于1958年，现有职工860人。', 2023)).toEqual([]);
    expect(extractDeadlines('县医共体成立于2019年12月，下设分院12个。', 2023)).toEqual([]);
    expect(only('于2024年完成县疾控中心实验室改造。', 2023)).toMatchObject({ kind: 'period', end: '2024-12-31' });
  });
  it('the years of a table’s header above its rows name columns: 2023年基数, 2024年目标值', () => {
    const text = '某某县2024年度县医院能力提升工作要点\n\n一、重点工作\n4月份完成年度公开招聘。\n二、主要指标\n序号\t指标名称\t2023年基数\t2024年目标值\t责任单位\n1\t县域内就诊率（%）\t86\t90\t县卫健局\n2\t床位使用率（%）\t80\t85\t县人民医院\n';
    const clauses = buildText('header.txt', text).clauses;
    expect(clauses.find((c) => c.title === '主要指标')!.deadlines).toEqual([]);
    expect(clauses.filter((c) => c.cells.length).map((c) => c.metrics.map((m) => [m.indicator, m.value, m.year, m.baseline]))).toEqual([
      [['县域内就诊率', 90, 2024, 86]],
      [['床位使用率', 85, 2024, 80]],
    ]);
  });
  it('document numbers, editions and standards', () => {
    expect(extractDeadlines('（国卫办医函〔2021〕538号）参照《县医院医疗服务能力基本标准和推荐标准（2016 版）》', 2023)).toEqual([]);
    expect(extractDeadlines('不小于《综合医院建设标准》（建标 110—2021）规定', 2023)).toEqual([]);
  });
  it('the period in a cited title: （2023—2025年）的通知', () => {
    expect(extractDeadlines('根据《山西省医疗卫生服务体系规划（2023—2025年）的通知》', 2023)).toEqual([]);
    expect(extractDeadlines('关于开展全面提升医疗质量行动（2023—2025年）的通知', 2023)).toEqual([]);
  });
  it('the year a change is measured from: 较2021年, 比2020年, 与2020年相比, 在2020年基础上', () => {
    expect(extractDeadlines('重点专科数量较2021年翻一番', 2022)).toEqual([]);
    expect(extractDeadlines('门诊量与2020年相比增长10%，住院量在2020年基础上提高20%', 2022)).toEqual([]);
    expect(extractDeadlines('到2025年，门诊量比2020年增长10%', 2022).map((d) => d.text)).toEqual(['到2025年']);
  });
  it('each span is the text it quotes', () => {
    const text = '到 2025年，全县公立医疗\n机构床位达到 3.5张/千人';
    for (const d of extractDeadlines(text, 2023)) expect(text.slice(...d.at)).toBe(d.text);
  });
});

describe('dates in Chinese numerals', () => {
  it('二〇二五年底前 and 二〇二四年六月前 read as 2025-12-31 and 2024-06-30, spans on the original text', () => {
    const text = '力争二〇二五年底前通过评审，二〇二四年六月前完成申报。';
    const found = extractDeadlines(text, null);
    expect(found.map((d) => [d.text, d.end])).toEqual([
      ['二〇二五年底前', '2025-12-31'],
      ['二〇二四年六月前', '2024-06-30'],
    ]);
    for (const d of found) expect(text.slice(...d.at)).toBe(d.text);
  });
  it('October and the tenth, whose Arabic digits are longer than their numerals: 二〇二五年十月底前, 二〇二四年十月十日起', () => {
    const text = '二〇二五年十月底前完成验收，二〇二四年十月十日起施行，每年十月底前完成考核。';
    const found = extractDeadlines(text, 2024);
    expect(found.map((d) => [d.text, d.kind, d.start, d.end])).toEqual([
      ['二〇二五年十月底前', 'by', null, '2025-10-31'],
      ['二〇二四年十月十日起', 'range', '2024-10-10', null],
      ['每年十月底前', 'recurring', null, null],
    ]);
    for (const d of found) expect(text.slice(...d.at)).toBe(d.text);
  });
  it('months in Chinese after a range’s 至 or 每年 too: 二〇二五年七月至十二月, 每年十二月底前', () => {
    expect(extractDeadlines('二〇二五年七月至十二月，开展评估验收。', 2022).map((d) => [d.text, d.kind, d.start, d.end])).toEqual([['二〇二五年七月至十二月', 'range', '2025-07-01', '2025-12-31']]);
    expect(extractDeadlines('每年十二月底前完成考核。', 2022).map((d) => [d.text, d.kind, d.recurring])).toEqual([['每年十二月底前', 'recurring', '--12-31']]);
  });
  it('the day too: 二〇二三年十二月三十一日前, 二〇二四年六月五日 (was the month)', () => {
    const text = '二〇二三年十二月三十一日前完成挂牌，二〇二四年六月五日召开推进会，二〇二四年三月二十日前报送。';
    const found = extractDeadlines(text, 2023);
    expect(found.map((d) => [d.text, d.kind, d.start, d.end])).toEqual([
      ['二〇二三年十二月三十一日前', 'by', null, '2023-12-31'],
      ['二〇二四年六月五日', 'period', '2024-06-05', '2024-06-05'],
      ['二〇二四年三月二十日前', 'by', null, '2024-03-20'],
    ]);
    for (const d of found) expect(text.slice(...d.at)).toBe(d.text);
  });
});

describe('dates as people and tables write them', () => {
  it('31号 is 31日; 2024/6/30 as 2024.6.30 (not 2023/2024)', () => {
    expect(only('2023年12月31号前完成全员培训。', 2023)).toMatchObject({ text: '2023年12月31号前', kind: 'by', end: '2023-12-31' });
    expect(only('2024/6/30前完成信息系统互联互通。', 2023)).toMatchObject({ text: '2024/6/30前', kind: 'by', end: '2024-06-30' });
    expect(only('完成时间：2024/12', 2023)).toMatchObject({ kind: 'by', end: '2024-12-31' });
    expect(extractDeadlines('2023/2024学年', 2023)).toEqual([]);
  });
  it('今明两年: the document’s year and the next', () => {
    expect(only('今明两年，重点推进县级医院专科能力建设。', 2023)).toMatchObject({ kind: 'range', start: '2023-01-01', end: '2024-12-31' });
    expect(extractDeadlines('今明两年，重点推进…', null)).toEqual([]);
  });
});

describe('impossible dates', () => {
  it('2月31日 is not a deadline', () => {
    expect(extractDeadlines('2025年2月31日前完成评估。', null)).toEqual([]);
  });
});

describe('年内', () => {
  it('is the end of the year in context; 两年内 is a span, not a date', () => {
    expect(extractDeadlines('2024年启动建设，年内完成主体工程。', null).map((d) => [d.text, d.end])).toEqual([
      ['2024年', '2024-12-31'],
      ['年内', '2024-12-31'],
    ]);
    expect(extractDeadlines('争取两年内再获得市级科研项目。', 2024)).toEqual([]);
  });
  it('2024年年内 is by the year’s end, as 年内 after it is (was the year as a period)', () => {
    expect(only('2024年年内完成县域医学影像中心建设。')).toMatchObject({ text: '2024年年内', kind: 'by', end: '2024-12-31' });
  });
});

describe('years said relative to the document’s', () => {
  it('今年底前, 今年6月底前, 本年度内 are the document’s year; 明年6月前 the next', () => {
    const text = '今年底前完成设备采购，今年6月底前完成招标，本年度内完成验收，明年6月前投入使用。';
    expect(extractDeadlines(text, 2024).map((d) => [d.text, d.kind, d.end])).toEqual([
      ['今年底前', 'by', '2024-12-31'],
      ['今年6月底前', 'by', '2024-06-30'],
      ['本年度内', 'by', '2024-12-31'],
      ['明年6月前', 'by', '2025-06-30'],
    ]);
  });
  it('今年起, 自今年7月起, 从明年开始: from then on, as 自2024年起 (今年起 was none, 明年起 the year as a period)', () => {
    const from = (text: string) => extractDeadlines(text, 2023).map((d) => [d.text, d.kind, d.start, d.end]);
    expect(from('今年起，全面推行家庭医生签约。')).toEqual([['今年起', 'range', '2023-01-01', null]]);
    expect(from('自今年7月起实施。')).toEqual([['自今年7月起', 'range', '2023-07-01', null]]);
    expect(from('从明年开始，逐步推开。')).toEqual([['从明年开始', 'range', '2024-01-01', null]]);
    // 起草 is a verb, not 起: the next year, when the drafting is done
    expect(from('明年起草实施细则。')).toEqual([['明年', 'period', '2024-01-01', '2024-12-31']]);
  });
  it('明年 alone opening a phrase is the next year; as a verb’s object (部署明年工作) none', () => {
    expect(only('明年实现乡镇卫生院远程心电全覆盖。', 2023)).toMatchObject({ text: '明年', kind: 'period', start: '2024-01-01', end: '2024-12-31' });
    expect(only('完成设备招标，明年投入使用。', 2023)).toMatchObject({ kind: 'period', start: '2024-01-01' });
    expect(extractDeadlines('年底召开总结会，研究部署明年工作。', 2023).map((d) => d.text)).toEqual(['年底']);
  });
  it('明年上半年 is a period; 今年 alone and an undated document give no date', () => {
    expect(only('明年上半年建成投用', 2024)).toMatchObject({ kind: 'period', start: '2025-01-01', end: '2025-06-30' });
    expect(extractDeadlines('今年以来，县医院能力明显提升', 2024)).toEqual([]);
    expect(extractDeadlines('今年底前完成', null)).toEqual([]);
  });
});

describe('ongoing: a time said without a date', () => {
  it('长期坚持 closing a clause, 持续推进 in brackets or alone (a 完成时限 cell) are ongoing, with no dates', () => {
    expect(only('落实“县管乡用”人才管理机制，长期坚持。')).toMatchObject({ text: '长期坚持', kind: 'ongoing', start: null, end: null, recurring: null });
    expect(only('（县卫健局牵头，持续推进）')).toMatchObject({ text: '持续推进', kind: 'ongoing' });
    expect(only('常态化开展')).toMatchObject({ kind: 'ongoing' });
  });

  it('…完成并长期坚持: done by a date, then ongoing; not 并持续推进分级诊疗, the task', () => {
    expect(extractDeadlines('2024年6月底前完成并长期坚持', 2024).map((d) => [d.text, d.kind, d.end])).toEqual([
      ['2024年6月底前', 'by', '2024-06-30'],
      ['长期坚持', 'ongoing', null],
    ]);
    expect(extractDeadlines('建立机制并持续推进分级诊疗。', 2024)).toEqual([]);
  });

  it('每年 alone (a 完成时限 cell, （…，每年）) recurs every year, its day not said; 每年开展 is the task’s own frequency', () => {
    expect(only('（县卫健局牵头，每年）')).toMatchObject({ text: '每年', kind: 'recurring', recurring: null, start: null, end: null });
    expect(extractDeadlines('每年开展一次巡诊', 2024)).toEqual([]);
    expect(only('每年12月底前报送')).toMatchObject({ kind: 'recurring', recurring: '--12-31' });
  });

  it('每季度, 每月 alone and 每月5日前, 每季度末前 anywhere go on with how often they come back; 每季度开展 is the task’s own frequency', () => {
    const cyclic = (text: string) => extractDeadlines(text, 2024).map((d) => [d.text, d.kind, d.every, d.start, d.end, d.recurring]);
    expect(cyclic('（县卫健局牵头，每季度）')).toEqual([['每季度', 'ongoing', 'quarter', null, null, null]]);
    expect(cyclic('每月')).toEqual([['每月', 'ongoing', 'month', null, null, null]]);
    expect(cyclic('每半年一次')).toEqual([['每半年一次', 'ongoing', 'half-year', null, null, null]]);
    expect(cyclic('每月5日前报送上月工作进展。')).toEqual([['每月5日前', 'ongoing', 'month', null, null, null]]);
    // a date after it is not made to come back (a year's is: 每年…, 12月底前 → --12-31)
    expect(cyclic('各医共体成员单位每季度末前报送工作进展情况，12月底前报送年度总结。')).toEqual([
      ['每季度末前', 'ongoing', 'quarter', null, null, null],
      ['12月底前', 'by', undefined, null, '2024-12-31', null],
    ]);
    expect(extractDeadlines('每季度开展一次质控检查，每半年召开一次联席会议。', 2024)).toEqual([]);
    expect(only('长期坚持')).not.toHaveProperty('every');
  });

  it('is no deadline where it is the task’s own verb: 持续推进分级诊疗, 常态化开展巡诊, 此后长期坚持', () => {
    expect(extractDeadlines('持续推进分级诊疗制度建设，常态化开展巡诊', 2024)).toEqual([]);
    expect(extractDeadlines('2024年底前完成，此后长期坚持', 2024).map((d) => d.kind)).toEqual(['by']);
  });

  it('is no deadline as a clause’s run-in title: 分年度推进。2023年：…；2024年：…', () => {
    expect(extractDeadlines('分年度推进。2023年：启动建设，50%的县医院达到推荐标准；2024年：70%的县医院达到推荐标准。', 2023).map((d) => [d.text, d.kind])).toEqual([
      ['2023年', 'period'],
      ['2024年', 'period'],
    ]);
    expect(only('长期坚持。')).toMatchObject({ kind: 'ongoing' });
  });
});

describe('a 完成时限 column says by when', () => {
  it('so does a 完成时限： label in a clause’s annotation', () => {
    const found = extractDeadlines('完善县域医共体绩效考核。（责任单位：县卫健局、县医保局；完成时限：2024年12月）', 2023);
    expect(found.map((d) => [d.text, d.kind, d.start, d.end])).toEqual([['2024年12月', 'by', null, '2024-12-31']]);
    expect(only('时间安排：2024年12月')).toMatchObject({ kind: 'period', start: '2024-12-01' });
  });
  it('a month or a year there is done by its end; a range stays a range', () => {
    const text = '某县“千县工程”实施方案\n\n一、任务分工表\n\n序号\t重点任务\t牵头单位\t完成时限\n1\t建设胸痛中心\t县人民医院\t2025年6月\n2\t建设卒中中心\t县人民医院\t2024年\n3\t建设创伤中心\t县人民医院\t2023年9月—2025年12月\n';
    const rows = buildText('by-when.txt', text).clauses.filter((c) => c.cells.length);
    expect(rows.map((r) => r.deadlines.map((d) => [d.kind, d.start, d.end]))).toEqual([
      [['by', null, '2025-06-30']],
      [['by', null, '2024-12-31']],
      [['range', '2023-09-01', '2025-12-31']],
    ]);
  });
  it('a time that comes back is ongoing with how often; 2025年前后 stays about 2025, not by its end', () => {
    const text = '某县“千县工程”实施方案\n\n一、任务分工表\n\n序号\t重点任务\t牵头单位\t完成时限\n1\t建立医共体运行监测制度，定期通报\t县卫健局\t每季度\n2\t报送工作进展\t县人民医院\t每月5日前\n3\t建设县域医学检验中心\t县卫健局\t2025年前后\n';
    const rows = buildText('by-when.txt', text).clauses.filter((c) => c.cells.length);
    expect(rows.map((r) => r.deadlines.map((d) => [d.kind, d.every ?? null, d.start, d.end]))).toEqual([
      [['ongoing', 'quarter', null, null]],
      [['ongoing', 'month', null, null]],
      [['period', null, '2025-01-01', '2025-12-31']],
    ]);
  });
});
