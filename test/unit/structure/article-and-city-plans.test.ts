/**
 * Plans in shapes the eighth blind probe brought, read wrongly at first: a WeChat article reporting a plan, its
 * outline headings in 【】 and no number anywhere; a city plan naming its counties' hospitals by place, a list of
 * places sharing one name's ending; items closed by a bracketed date after their stop; a quarter written 2024年Q3.
 */
import { describe, expect, it } from 'vitest';
import { buildText } from '../../helpers/fixture-document.ts';

const article = `某县出台县级医院能力提升“八条措施”，这些变化与你有关

原创　健康某县　健康某县　2024年05月20日 10:15　湖南

近日，某县卫生健康局印发《某县2024年县级医院能力提升八条措施》，推出八条硬举措。一起来看——

【目标】

到2024年底，县人民医院达到三级医院医疗服务能力。

【强化专科建设】

县人民医院聚焦心血管、肿瘤两大专科，与长沙市中心人民医院共建专科联盟。

2024年Q3完成省级临床重点专科申报。

【补齐重症短板】

县人民医院重症医学科床位6月30日前增至20张。

【保障落实】

县政府督查室会同县卫生健康局每半年开展一次专项督查。

来源：某县卫生健康局
编辑：张三
审核：李四
`;

const cityPlan = `河池市“千县工程”县级医院综合能力提升行动方案

一、重点任务

1.推进三级医院创建。其中宜州区、南丹县、天峨县人民医院2024年底前通过三级综合医院评审。（责任单位：相关县（区）人民政府）

2.建设远程医疗协作网。依托河池市人民医院建设市级远程医疗中心。（责任单位：市卫生健康委）

3.扩大日间手术。将日间手术病种扩大到100个以上。

（1）新增市级临床重点专科5个。（2025年12月底前）
`;

describe('a WeChat article with headings in 【】', () => {
  const { document, clauses } = buildText('mouxian-2024.txt', article);
  const titled = (title: string) => clauses.find((c) => c.title === title)!;

  it('makes each heading in 【】 a clause holding the paragraphs below it', () => {
    expect(clauses.filter((c) => c.parent === null).map((c) => c.title)).toEqual(['目标', '强化专科建设', '补齐重症短板', '保障落实']);
    expect(titled('强化专科建设').text).toBe('【强化专科建设】\n县人民医院聚焦心血管、肿瘤两大专科，与长沙市中心人民医院共建专科联盟。\n2024年Q3完成省级临床重点专科申报。');
  });

  it('reads the plan it reports as the document: title, issuer and the posting date', () => {
    expect(document).toMatchObject({ title: '某县2024年县级医院能力提升八条措施', issuers: ['某县卫生健康局'], date: '2024-05-20' });
    expect(document.preamble).toContain('这些变化与你有关');
  });

  it('leaves the article’s credits in the closing', () => {
    expect(document.closing).toBe('来源：某县卫生健康局\n编辑：张三\n审核：李四');
  });

  it('dates 2024年Q3 as the third quarter', () => {
    expect(titled('强化专科建设').deadlines.map((d) => [d.kind, d.start, d.end])).toEqual([['period', '2024-07-01', '2024-09-30']]);
  });

  it('finds who does it: a hospital before 聚焦, another city’s hospital it builds with', () => {
    expect(titled('强化专科建设').units.map((u) => `${u.name}:${u.role}`)).toEqual(['县人民医院:actor', '长沙市中心人民医院:actor']);
  });

  it('reads 会同 as a verb before the name it works with, not as the county 会同县', () => {
    expect(titled('保障落实').units.map((u) => `${u.name}:${u.role}`)).toEqual(['县政府督查室:lead', '县卫生健康局:cooperate']);
  });

  it('leaves the date out of what a target measures', () => {
    expect(titled('补齐重症短板').metrics.map((m) => m.indicator)).toEqual(['县人民医院重症医学科床位']);
  });
});

describe('a city plan naming its counties’ hospitals', () => {
  const { clauses } = buildText('hechi-2023.txt', cityPlan);
  const titled = (title: string) => clauses.find((c) => c.title === title)!;

  it('names each hospital of a list of places sharing one ending', () => {
    expect(titled('推进三级医院创建').units.filter((u) => u.role === 'actor').map((u) => u.name)).toEqual(['宜州区人民医院', '南丹县人民医院', '天峨县人民医院']);
  });

  it('names a hospital by its place', () => {
    expect(titled('建设远程医疗协作网').units.filter((u) => u.role === 'actor').map((u) => u.name)).toEqual(['河池市人民医院']);
  });

  it('reads what 将 is said of as what a target measures', () => {
    expect(titled('扩大日间手术').metrics.map((m) => m.indicator)).toEqual(['日间手术病种']);
  });

  it('gives an item’s targets the year of the bracketed date after its stop', () => {
    expect(clauses.find((c) => c.text.startsWith('新增市级'))!.metrics.map((m) => m.year)).toEqual([2025]);
  });
});
