/**
 * Plans in shapes the ninth blind probe brought, read wrongly at first: a county-level city's notice whose line names
 * its issuer without the place the red head gives; a line a PDF's width cut before a comma; doers named before 稳定,
 * 公开招聘, 健全, 适时, 以…为导向, a partner after 与…开展合作; hospitals that lead what the words after them name
 * (分别牵头的两个医共体) where an annotation lists the task's units.
 */
import { describe, expect, it } from 'vitest';
import { buildText } from '../../helpers/fixture-document.ts';

const cityNotice = `宜都市人民政府办公室文件

都政办发〔2023〕21号

市人民政府办公室
关于印发宜都市县级医院综合能力提升工作方案的通知

各乡镇人民政府，市政府各部门：

现将《宜都市县级医院综合能力提升工作方案》印发给你们，请认真贯彻执行。

宜都市人民政府办公室
2023年5月16日

宜都市县级医院综合能力提升工作方案

一、重点任务

（一）加强人才培养。与宜昌市中心人民医院开展紧密型合作，市人民医院以县外转诊病种为导向，2024年底前新增市级临床重点专科2个。

（二）推进医共体建设。市人民医院、市中医医院分别牵头的两个医共体实行医保基金总额付费。（责任单位：市卫健局、市医保局）

（三）强化督查考核。市卫健局每季度调度任务进展，市政府督查室适时开展专项督查。

（四）工作目标。到2026年底，市人民医院达到三级医院医疗服务能力推荐标准，市中医医院稳定在三级中医医院水平。
`;

describe('a county-level city’s plan', () => {
  const { document, clauses } = buildText('yidu-2023.txt', cityNotice);
  const titled = (title: string) => clauses.find((c) => c.title === title)!;
  const named = (title: string) => titled(title).units.map((u) => `${u.name}:${u.role}`);

  it('names its issuer in full as the red head and the signature do, not as the notice’s line shortens it', () => {
    expect(document.issuers).toEqual(['宜都市人民政府办公室']);
  });

  it('finds a partner it works with, and a hospital acting by 以…为导向', () => {
    expect(named('加强人才培养')).toEqual(['宜昌市中心人民医院:actor', '市人民医院:actor']);
  });

  it('leaves hospitals that lead the 医共体 as doers, the annotation naming the task’s units', () => {
    expect(named('推进医共体建设')).toEqual(['市卫健局:responsible', '市医保局:responsible', '市人民医院:actor', '市中医医院:actor']);
  });

  it('finds doers before 适时 and 稳定', () => {
    expect(named('强化督查考核')).toContain('市政府督查室:actor');
    expect(named('工作目标')).toEqual(['市人民医院:actor', '市中医医院:actor']);
  });
});

describe('a line a PDF’s width cut before a comma', () => {
  it('goes on with the sentence before it: the item is one sentence, no heading', () => {
    const plan = `某县县级医院能力提升方案\n\n1、发展中医药服务：\n（1）各镇（街道）卫生院中医馆2025年底前全部达到提档升级标准\n，每年第四季度开展中医药服务能力评估。\n`;
    const item = buildText('mouxian-2025.txt', plan).clauses.find((c) => c.text.startsWith('各镇'))!;
    expect(item.text).toBe('各镇（街道）卫生院中医馆2025年底前全部达到提档升级标准，每年第四季度开展中医药服务能力评估。');
    expect(item.title).toBeNull();
  });
});
