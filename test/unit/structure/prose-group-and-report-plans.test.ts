/**
 * Plans in shapes the tenth blind probe brought, read wrongly at first: a plan in prose whose tasks are paragraphs
 * opened by 第一，…第二，… and whose safeguards open with 首先，…最后，; a county medical group's own plan, its parts named
 * by 集团 and its labels 牵头部室; a mid-term report submitted under 关于报送《…》的报告, what it did beside what comes next;
 * an autonomous county naming its hospital 自治县人民医院.
 */
import { describe, expect, it } from 'vitest';
import { buildText } from '../../helpers/fixture-document.ts';

const prose = `某县县级医院能力提升三年行动计划

一、主要任务

第一，做强专科能力。一是县人民医院重点发展心血管、神经专科；二是2025年底前新增市级临床重点专科2个。

第二，引育医学人才。一是每年招聘医学类本科以上毕业生不少于50名；二是选派骨干医师进修。

二、保障措施

首先，加强组织领导。成立工作专班，统筹推进各项任务。

其次，强化要素保障。将县级医院能力建设纳入县财政年度预算。

最后，营造良好氛围。宣传县级医院能力提升成效。
`;

const group = `阳城县医疗集团文件

阳医集团发〔2023〕15号

阳城县医疗集团关于印发《阳城县医疗集团综合能力提升实施方案》的通知

各分院、集团各部室：

现将《阳城县医疗集团综合能力提升实施方案》印发给你们，请认真贯彻执行。

阳城县医疗集团
2023年5月8日

阳城县医疗集团综合能力提升实施方案

一、重点任务

（一）加强专科建设。集团总院对照三级医院标准补齐专科短板，2024年底前新增市级临床重点专科2个。（牵头部室：集团医务部；配合部室：集团人力资源部）
`;

const report = `某县卫生健康局关于报送《某县县医院综合能力提升工作方案中期评估报告》的报告

某市卫生健康委员会：

现将《某县县医院综合能力提升工作方案中期评估报告》随文报送，请审阅。

某县卫生健康局
2023年9月18日

一、总体进展

县人民医院于2023年6月通过三级医院评审，新增市级临床重点专科2个。

二、下一步工作

（一）县人民医院2024年底前建成胸痛中心。
`;

describe('a plan in prose, its tasks opened by 第一，第二，', () => {
  const { clauses } = buildText('mouxian-2024.txt', prose);
  it('makes each such paragraph a clause titled by its run-in heading, and so 首先，其次，最后，', () => {
    expect(clauses.map((c) => [c.path.join(' '), c.title])).toEqual([
      ['一', '主要任务'],
      ['一 第一', '做强专科能力'],
      ['一 第二', '引育医学人才'],
      ['二', '保障措施'],
      ['二 首先', '加强组织领导'],
      ['二 其次', '强化要素保障'],
      ['二 最后', '营造良好氛围'],
    ]);
  });

  it('keeps the 一是…二是… items of a task as its enumeration', () => {
    expect(clauses.find((c) => c.title === '做强专科能力')!.enumeration.length).toBe(2);
  });

  it('reads 第二， opening a paragraph as no number where no 第一， opened one', () => {
    const { clauses: others } = buildText('mouxian-2024.txt', `某县方案\n\n一、主要任务\n\n加强专科建设，要求如下：一是补短板。\n\n第二，强弱项。\n`);
    expect(others.map((c) => c.title)).toEqual(['主要任务']);
  });
});

describe('a county medical group’s own plan', () => {
  const { document, clauses } = buildText('yangcheng-2023.txt', group);
  const task = clauses.find((c) => c.title === '加强专科建设')!;
  it('is issued by the group', () => {
    expect(document.issuers).toEqual(['阳城县医疗集团']);
  });
  it('reads 牵头部室 and 配合部室 as labels, and the group’s hospital as a doer, named as the group names its parts', () => {
    expect(task.units.map((u) => `${u.name}:${u.role}`)).toEqual(['集团医务部:lead', '集团人力资源部:cooperate', '集团总院:actor']);
    expect(task.units.at(-1)!.canonical).toBe('总院');
  });
});

describe('a mid-term report submitted to the city', () => {
  const { document, clauses } = buildText('mouxian-2023.txt', report);
  it('is titled by what it submits', () => {
    expect(document.title).toBe('某县县医院综合能力提升工作方案中期评估报告');
  });
  it('reads what was done as no deadline or target, and dates what comes next', () => {
    expect(clauses.find((c) => c.title === '总体进展')!.deadlines).toEqual([]);
    expect(clauses.find((c) => c.title === '总体进展')!.metrics).toEqual([]);
    expect(clauses.find((c) => c.text.startsWith('县人民医院2024年底前'))!.deadlines.map((d) => d.end)).toEqual(['2024-12-31']);
  });
});

describe('an autonomous county’s plan', () => {
  it('names 自治县人民医院 its own county hospital', () => {
    const plan = `务川仡佬族苗族自治县县级医院能力提升方案\n\n一、工作目标\n\n到2025年，自治县人民医院达到三级医院医疗服务能力推荐标准。\n`;
    const goal = buildText('wuchuan-2023.txt', plan).clauses.find((c) => c.title === '工作目标')!;
    expect(goal.units.map((u) => `${u.name}:${u.canonical}:${u.role}`)).toEqual(['自治县人民医院:县人民医院:actor']);
  });
});
