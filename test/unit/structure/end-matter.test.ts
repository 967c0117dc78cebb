import { describe, expect, it } from 'vitest';
import { buildText } from '../../helpers/fixture-document.ts';
import { expectNothingLost } from '../../helpers/nothing-lost.ts';

/** A joint notice and its plan, which ends with whom to call and how many copies were printed, no signature after it. */
const jointNotice = [
  "中共某某县委办公室",
  "某某县人民政府办公室",
  "关于印发《某某县推进县域医共体和县医院能力建设实施方案》的通知",
  "",
  "各乡镇党委、政府，县直各单位：",
  "《某某县推进县域医共体和县医院能力建设实施方案》已经县委、县政府同意，现印发给你们，请结合实际认真抓好落实。",
  "",
  "中共某某县委办公室　　　　　　某某县人民政府办公室",
  "2023年7月6日",
  "",
  "某某县推进县域医共体和县医院能力建设实施方案",
  "",
  "一、目标任务",
  "到2025年，全县建成紧密型县域医共体。",
  "二、主要措施",
  "（一）统一管理。医共体内实行人财物统一管理。",
  "（二）统一服务。推进县乡村一体化服务。",
  "三、保障措施",
  "各成员单位要按照职责分工，抓好落实。",
  "",
  "（联系人：张某某，电话：0000-1234567）",
  "（共印30份）",
];

/** A plan whose first attachment is a table set out with spaces (pdftotext -layout), the second a plan of its own. */
const spacedAttachment = [
  "某某县千县工程实施方案",
  "",
  "一、总体目标",
  "到2025年，县医院能力全面提升。",
  "二、重点任务",
  "详见附件1。",
  "三、保障措施",
  "加强组织领导。",
  "",
  "附件：1.重点任务清单",
  "      2.某某县县医院专科建设计划",
  "",
  "某某县卫生健康局",
  "2023年5月8日",
  "",
  "附件1",
  "",
  "重点任务清单",
  "",
  "序号  重点任务                 牵头单位      完成时限",
  "一、专科能力建设",
  "1     建设胸痛中心             县人民医院    2024年12月",
  "2     建设卒中中心             县人民医院    2025年6月",
  "二、人才队伍建设",
  "3     引进急需紧缺人才         县卫健局      每年",
  "4     开展骨干医师进修         县人民医院    每年",
  "",
  "附件2",
  "",
  "某某县县医院专科建设计划",
  "",
  "一、建设目标",
  "建成重点专科3个。",
  "二、年度安排",
  "2024年建成1个，2025年建成2个。",
];

describe('what follows the last clause', () => {
  it('a note of whom to call (（联系人：…）) and of the copies printed (（共印30份）) after the last clause is closing matter', () => {
    const { document, clauses, lines } = buildText('joint.txt', jointNotice.join('\n'));
    expect(document.closing).toBe('（联系人：张某某，电话：0000-1234567）\n（共印30份）');
    expect(clauses.find((c) => c.id === 'joint/3')?.text).toBe('保障措施\n各成员单位要按照职责分工，抓好落实。');
    expect(document.issuers).toEqual(['中共某某县委办公室', '某某县人民政府办公室']);
    expectNothingLost(document, clauses, lines);
  });

  it('a line labelled 联系人： or 公开方式： after the last clause is closing matter, not the end of the last task', () => {
    const lines = ['一、工作任务', '（一）加强宣传。每季度报送典型案例不少于1个。', '', '联系人：张某某，联系电话：0000-1234567。', '公开方式：主动公开', '', '抄送：县委办。'];
    const { document, clauses } = buildText('labelled.txt', lines.join('\n'));
    expect(clauses.find((c) => c.id === 'labelled/1.1')?.text).toBe('加强宣传。每季度报送典型案例不少于1个。');
    expect(document.closing).toBe('联系人：张某某，联系电话：0000-1234567。\n公开方式：主动公开\n\n抄送：县委办。');
    expectNothingLost(document, clauses, lines);
  });

  it('an attached part’s heading (附件2) after a table set out with spaces is the part’s heading, no row of the table', () => {
    const { document, clauses, lines } = buildText('spaced.txt', spacedAttachment.join('\n'));
    expect(clauses.find((c) => c.id === 'spaced/附件2')).toMatchObject({ marker: '附件2', title: '某某县县医院专科建设计划', cells: [] });
    expect(clauses.filter((c) => c.part === '附件1' && c.parent).map((c) => c.text.split('\t')[1] ?? c.text)).toEqual(['一、专科能力建设', '建设胸痛中心', '建设卒中中心', '二、人才队伍建设', '引进急需紧缺人才', '开展骨干医师进修']);
    expect(document.attachments.map((a) => [a.number, a.kind, a.source])).toEqual([[1, 'table', { line: 16, endLine: 26 }], [2, 'plan', { line: 28, endLine: 35 }]]);
    expectNothingLost(document, clauses, lines);
  });
});
