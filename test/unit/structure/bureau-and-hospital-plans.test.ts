/**
 * Plans in shapes the seventh blind probe brought, read wrongly at first: a bureau's 工作要点 whose items name its
 * sections (责任股室) and say 全年 for when, closed by its printing note; a hospital's own plan numbered 2.1.1 whose
 * departments do the work; a notice whose line drops the plan's years that its sentence and attached plan give;
 * a hospital's red head over the signatures of its Party committee and itself; chapters over sections over prose.
 */
import { describe, expect, it } from 'vitest';
import { buildText } from '../../helpers/fixture-document.ts';

const workPoints = `某县卫生健康局关于印发某县2025年县级医院综合能力提升工作要点的通知

某卫发〔2025〕9号

各医疗卫生单位，局机关各股室：

现将《某县2025年县级医院综合能力提升工作要点》印发给你们，请认真抓好落实。

某县卫生健康局
2025年2月26日

某县2025年县级医院综合能力提升工作要点

一、提升服务能力

1.推进智慧医院建设。县人民医院电子病历系统应用水平通过4级评审，年内完成远程心电诊断不少于3万例。（责任股室：规划财务股；责任单位：县医疗集团；完成时间：11月底前）

2.加强医院运营管理。推进全面预算管理和成本核算，结果纳入年度考核。（责任股室：医政医管股；完成时间：全年）

某县卫生健康局办公室　　　　2025年2月26日印发
`;

const hospitalPlan = `某县人民医院综合能力提升实施方案

1 指导思想和工作目标

1.1 工作目标
到2025年底，医院全面达到县医院医疗服务能力推荐标准。

2 重点任务

2.1 专科建设

2.1.1 打造优势专科。2024年底前新增省级临床重点专科1个。牵头部门：医务部；配合部门：相关临床科室。

2.2 中心建设

2.2.1 建强急诊急救五大中心。与县妇幼保健院共建危重孕产妇救治中心，D2B时间控制在75分钟以内。牵头部门：急诊医学部。

2.3 人才队伍建设

2.3.1 实施领军人才工程。三年内引进学科带头人10名。牵头部门：人力资源部。
`;

const noticeWithPlan = `某县卫生健康局文件

某卫〔2023〕45号

某县卫生健康局关于印发某县县级医院综合能力提升实施方案的通知

县医院、县中医院：

我局制定了《某县县级医院综合能力提升实施方案（2023—2025年）》，现印发给你们，请认真组织实施。

附件：1.某县县级医院综合能力提升实施方案（2023—2025年）

某县卫生健康局
2023年5月22日

附件1

某县县级医院综合能力提升实施方案（2023—2025年）

为提升县级医院服务能力，制定本方案。

一、重点任务

（一）加强重点专科建设。借助某某医科大学附属第一医院对口帮扶，县医院每年与乡镇卫生院结对不少于10对。
`;

const hospitalNotice = `某县人民医院文件

某医发〔2023〕16号

关于印发《某县人民医院综合能力提升实施方案》的通知

院内各科室：

现将《某县人民医院综合能力提升实施方案》印发给你们，请遵照执行。

中共某县人民医院委员会　　　某县人民医院
2023年3月10日
`;

const chapters = `某县县医院综合能力提升实施方案

第一章　重点任务

第一节　深化紧密型县域医共体建设

以县人民医院、县中医院为牵头医院组建2个紧密型县域医共体，推进人财物统一管理。
`;

describe('a bureau’s 工作要点 naming its sections', () => {
  const { document, clauses } = buildText('mouxian-2025.txt', workPoints);
  const item = (title: string) => clauses.find((c) => c.title === title)!;

  it('reads the sections a 责任股室 label names as units, beside the bodies a 责任单位 names', () => {
    expect(item('推进智慧医院建设').units.map((u) => `${u.name}:${u.role}`)).toEqual(['规划财务股:responsible', '县医疗集团:responsible']);
    expect(item('加强医院运营管理').units.map((u) => u.name)).toEqual(['医政医管股']);
  });

  it('dates 完成时间：全年 as the whole year of the plan, not as done by its end', () => {
    expect(item('加强医院运营管理').deadlines.map((d) => [d.kind, d.start, d.end])).toEqual([['period', '2025-01-01', '2025-12-31']]);
  });

  it('reads a grade passed in a review and a count in 万例 as targets', () => {
    expect(item('推进智慧医院建设').metrics.map((m) => [m.value, m.unit])).toEqual([
      [4, '级'],
      [3, '万例'],
    ]);
  });

  it('leaves the printing note in the closing, not in the last item after its bracketed note', () => {
    expect(item('加强医院运营管理').text).toMatch(/完成时间：全年）$/);
    expect(document.closing).toContain('2025年2月26日印发');
  });
});

describe('a hospital’s own plan numbered 2.1.1', () => {
  const { clauses } = buildText('mouxian-2023.txt', hospitalPlan);
  const titled = (title: string) => clauses.find((c) => c.title === title)!;

  it('reads 2.3 人才队伍建设 as the next heading, though 人 may follow a number it measures', () => {
    expect(titled('人才队伍建设').id).toBe('mouxian-2023/2.3');
    expect(titled('实施领军人才工程').parent).toBe(titled('人才队伍建设').id);
    expect(titled('建强急诊急救五大中心').metrics.map((m) => m.unit)).not.toContain('人');
  });

  it('takes its departments as units, not 相关临床科室, and a partner named after 与 as an actor', () => {
    expect(titled('打造优势专科').units.map((u) => `${u.name}:${u.role}`)).toEqual(['医务部:lead']);
    expect(titled('建强急诊急救五大中心').units.map((u) => `${u.name}:${u.role}`)).toContain('县妇幼保健院:actor');
  });
});

describe('a notice whose line drops the years of the plan it issues', () => {
  const { document, clauses } = buildText('mouxian-2023.txt', noticeWithPlan);

  it('titles the plan as its sentence names it, years and all', () => {
    expect(document.title).toBe('某县县级医院综合能力提升实施方案（2023—2025年）');
  });

  it('reads the attached plan’s years as its period, not as a deadline of its clause', () => {
    expect(clauses.find((c) => c.id === 'mouxian-2023/附件1')!.deadlines).toEqual([]);
  });

  it('names a university hospital after 借助 as an actor, and counts pairs', () => {
    const task = clauses.find((c) => c.title === '加强重点专科建设')!;
    expect(task.units.map((u) => u.name)).toContain('某某医科大学附属第一医院');
    expect(task.metrics.map((m) => [m.value, m.unit])).toContainEqual([10, '对']);
  });
});

describe('a hospital’s red head over two signatures', () => {
  it('keeps the red head’s issuer first, the Party committee beside it', () => {
    expect(buildText('mouxian-2023.txt', hospitalNotice).document.issuers).toEqual(['某县人民医院', '中共某县人民医院委员会']);
  });
});

describe('the same signatures as a PDF’s text gives them, run together', () => {
  it('reads the Party committee and the body apart, the date on its own line', () => {
    const printed = hospitalNotice.replace('中共某县人民医院委员会　　　某县人民医院', '中共某县人民医院委员会某县人民医院');
    const { document } = buildText('mouxian-2023.txt', printed);
    expect(document.issuers).toEqual(['某县人民医院', '中共某县人民医院委员会']);
    expect(document.date).toBe('2023-03-10');
  });
});

describe('a section heading over prose', () => {
  it('finds the hospitals a 医共体 is built around though the heading runs into the sentence', () => {
    const { clauses } = buildText('mouxian-2022.txt', chapters);
    const section = clauses.find((c) => c.title === '深化紧密型县域医共体建设')!;
    expect(section.units.map((u) => `${u.name}:${u.role}`)).toEqual(['县人民医院:actor', '县中医院:actor']);
  });
});
