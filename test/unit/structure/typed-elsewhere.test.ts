/**
 * Plans typed in shapes the structure stage first read wrongly (the sixth blind probe): a Markdown plan whose
 * sections are headings and whose tasks open with a bold run-in heading, with a numbered task table attached; a
 * plan typed on a Western keyboard, its run-in headings closed by an ASCII full stop; and a work report, whose
 * figures say what was done.
 */
import { describe, expect, it } from 'vitest';
import { buildText } from '../../helpers/fixture-document.ts';

const markdownPlan = `某县人民政府办公室关于印发某县县域医学中心建设实施方案的通知

各乡镇人民政府，县政府各部门：

现将《某县县域医学中心建设实施方案》印发给你们，请认真组织实施。

某县人民政府办公室

2026年3月18日

# 某县县域医学中心建设实施方案

## 总体目标

到2028年，县人民医院建成县域医学中心，县域内就诊率稳定在92%以上。

## 重点任务

**加快建设县域医学中心。**县人民医院做强心血管、肿瘤等学科，建设市级临床重点专科5个。

**建强医学人才队伍。**每年引进医学类本科以上人才不少于60名。

附件

某县县域医学中心建设重点任务分工表

| 序号 | 重点任务 | 牵头单位 | 完成时限 |
| --- | --- | --- | --- |
| 1 | 加快建设县域医学中心 | 县卫生健康局 | 2028年 |
| 2 | 建强医学人才队伍 | 县委组织部 | 每年 |
`;

const asciiPlan = `某县县级医院能力提升三年行动方案(2024-2026年)

一、重点任务
(一)提升专科服务能力
1.加强临床专科建设.聚焦县外转诊前10位病种,重点建设心血管内科,总投资2.8亿元.(牵头单位:县卫健委)
2.建强急诊急救五大中心.2024年底前通过国家标准版创伤中心认证,配备1.5T磁共振.
二、保障措施
(一)加强组织领导.县卫健委成立工作专班,定期研究解决重大问题.
`;

const report = `某县卫生健康局2023年度县医院综合能力提升工作总结

2023年，各项工作取得阶段性成效。现将全年工作总结如下：

一、工作开展情况
（一）聚焦专科建设。县人民医院建成2个市级临床重点专科，三、四级手术占比由26.4%提高到31.2%。
（二）狠抓人才引育。全年引进医学类本科以上人员46名。

二、下一步工作打算
（一）持续加强专科建设。2024年底前再建成市级临床重点专科2个，三、四级手术占比达到35%以上。
`;

describe('a Markdown plan with a numbered task table attached', () => {
  const { document, clauses } = buildText('mouxian-2026.txt', markdownPlan);
  const titled = (title: string) => clauses.find((c) => c.title === title);

  it('is a plan of its own: its sections are clauses, not preamble', () => {
    expect(titled('总体目标')).toBeDefined();
    expect(titled('重点任务')).toBeDefined();
    expect(document.preamble).not.toContain('县域内就诊率');
  });

  it('titles a paragraph by its bold run-in heading, the body after it', () => {
    const task = titled('加快建设县域医学中心')!;
    expect(task.parent).toBe(titled('重点任务')!.id);
    expect(task.text.slice(task.bodyStart)).toMatch(/^县人民医院做强/);
    expect(task.metrics.map((m) => m.value)).toContain(5);
    expect(titled('建强医学人才队伍')).toBeDefined();
  });

  it('still reads the attached table, a row a clause', () => {
    expect(clauses.filter((c) => c.cells.length).map((c) => c.cells.find((cell) => cell.column === 'lead')?.text)).toEqual(['县卫生健康局', '县委组织部']);
  });

  it('leaves an unnumbered paragraph that sets nothing in bold untitled', () => {
    expect(clauses.find((c) => c.text.startsWith('到2028年'))!.title).toBeNull();
  });
});

describe('a numbered plan whose run-in headings Markdown set in bold', () => {
  const { clauses } = buildText('mouxian-2025.txt', `某县县医院能力提升实施方案\n\n一、重点任务\n1.**加强专科建设。**县医院重点建设心血管内科。\n2.**建强人才队伍**。每年引进人才10名。\n`);

  it('titles each by its bold words, with or without the stop inside the bold, the body after the marks', () => {
    expect(clauses.filter((c) => c.depth === 2).map((c) => [c.title, c.text.slice(c.bodyStart)])).toEqual([
      ['加强专科建设', '县医院重点建设心血管内科。'],
      ['建强人才队伍', '每年引进人才10名。'],
    ]);
  });
});

describe('a plan typed on a Western keyboard', () => {
  const { clauses } = buildText('mouxian-2024.txt', asciiPlan);
  const opening = (start: string) => clauses.find((c) => c.text.startsWith(start))!;

  it('ends a run-in heading at an ASCII full stop after a word, not at the point of a number', () => {
    expect(opening('加强临床专科建设').title).toBe('加强临床专科建设');
    expect(opening('建强急诊急救五大中心').title).toBe('建强急诊急救五大中心');
    expect(opening('加强组织领导').title).toBe('加强组织领导');
    expect(opening('加强临床专科建设').metrics.map((m) => m.value)).toContain(2.8);
  });

  it('reads who does it after such a stop', () => {
    expect(opening('加强组织领导').units.map((u) => u.name)).toContain('县卫健委');
  });
});

describe('a report of work done', () => {
  const { clauses } = buildText('mouxian-2024.txt', report);
  const opening = (start: string) => clauses.find((c) => c.title?.startsWith(start))!;

  it('reads no targets or deadlines in what was done', () => {
    expect(opening('聚焦专科建设').metrics).toEqual([]);
    expect(opening('狠抓人才引育').metrics).toEqual([]);
  });

  it('reads them where it plans what comes next', () => {
    const next = opening('持续加强专科建设');
    expect(next.deadlines.map((d) => d.end)).toEqual(['2024-12-31']);
    expect(next.metrics.map((m) => [m.value, m.comparator])).toEqual([[2, 'eq'], [35, 'ge']]);
  });
});
