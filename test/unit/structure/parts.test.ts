/**
 * Attached parts (附件) on fixtures made of the seeds' own content: a 重点任务分工表 of 偏关's
 * tasks and 责任单位 with 襄垣's 完成时限 (tab-separated rows and a Markdown table), 襄垣's
 * 领导组 members list, a 部门 | 职责与任务 list, and an attached plan with its own 一、（一）1.
 */
import { describe, expect, it } from 'vitest';
import { buildFixture, buildText } from '../../helpers/fixture-document.ts';
import { expectNothingLost } from '../../helpers/nothing-lost.ts';
import { seedCorpus } from '../../helpers/corpus.ts';
import { readTable, columnOf } from '../../../scripts/structure/table.ts';
import { readBlocks } from '../../../scripts/structure/blocks.ts';
import { attachmentListOf } from '../../../scripts/structure/parts.ts';
import { buildTree } from '../../../scripts/structure/tree.ts';
import { unitOfPost } from '../../../scripts/extract/parts.ts';
import { clausesFileSchema } from '../../../scripts/publish/schema.ts';

const fixture = (name: string) => buildFixture(`test/fixtures/attachments/${name}`);
const units = (c: { units: { canonical: string; role: string }[] }, role: string) => c.units.filter((u) => u.role === role).map((u) => u.canonical);

describe.each(['task-table.txt', 'task-table.md'])('重点任务分工表 (%s)', (name) => {
  const { document, clauses, lines } = fixture(name);
  const rows = clauses.filter((c) => c.parent === 'task-table/附件1');

  it('the list in the cover letter is matched to the three attached parts', () => {
    expect(document.attachments.map((a) => [a.number, a.title, a.present, a.kind, a.clause])).toEqual([
      [1, '某某县医疗卫生服务体系建设重点任务分工表', true, 'table', 'task-table/附件1'],
      [2, '某某县县级医疗机构综合能力提升工作领导组', true, 'members', 'task-table/附件2'],
      [3, '某某县部门健康职责清单', true, 'table', 'task-table/附件3'],
    ]);
  });

  it('each row is a clause of the part, with lead and responsible units and its deadline', () => {
    expect(rows.map((c) => c.id)).toEqual(['task-table/附件1/1', 'task-table/附件1/2', 'task-table/附件1/3', 'task-table/附件1/4']);
    expect(rows[0]).toMatchObject({ part: '附件1', path: ['附件1', '1'], depth: 2, task: '提升卫生健康人才能力' });
    expect(units(rows[0], 'lead')).toEqual(['县卫体局']);
    expect(units(rows[0], 'responsible')).toEqual(['县发改局', '县财政局', '县人社局']);
    expect(rows.map((c) => c.deadlines.map((d) => d.recurring ?? d.end))).toEqual([['2023-08-31'], ['2025-12-31'], ['--11-15'], ['2025-12-31']]);
    expect(rows[0].cells.map((c) => [c.header, c.column])).toEqual([
      ['序号', 'number'], ['重点任务', 'text'], ['牵头单位', 'lead'], ['责任单位', 'responsible'], ['完成时限', 'deadline'],
    ]);
    for (const row of rows) for (const cell of row.cells) expect(row.text.slice(...cell.at)).toBe(cell.text);
    for (const row of rows) for (const unit of row.units) expect(row.text.slice(...unit.at)).toBe(unit.text);
  });

  it('a cell broken over two lines by the export is one cell', () => {
    expect(rows[1].cells[1].text).toBe('强化城乡基层医疗卫生服务网底。加强老营镇中心卫生院建设，打造县域医疗次中心，使其基本达到县级医院能力水平。');
    expect(rows[1].cells[4].text).toBe('2025年12月');
  });

  it('a department responsibility list: the 部门 column is the row’s responsible unit', () => {
    const duties = clauses.filter((c) => c.parent === 'task-table/附件3');
    expect(duties.map((c) => units(c, 'responsible'))).toEqual([['县卫体局'], ['县医保局'], ['县财政局']]);
    expect(duties[0].cells.map((c) => c.column)).toEqual(['unit', 'text', 'other']);
    expect(duties[0].cells[2]).toMatchObject({ header: '对应的健康因素', text: '医疗卫生服务' });
    expect(duties[0].deadlines[0].recurring).toBe('--11-30');
    expect(duties[1].metrics.map((m) => m.text)).toEqual(['90%以上']);
  });

  it('a members list is a part of kind members: people, not tasks; posts feed the unit index', () => {
    const members = clauses.filter((c) => c.parent === 'task-table/附件2');
    expect(members.map((c) => c.members.map((m) => m.role)[0])).toEqual(['组长', '副组长', '成员']);
    expect(members.every((c) => c.task === '')).toBe(true);
    expect(units(members[2], 'member')).toContain('县卫体局');
    expect(units(members[2], 'member')).toContain('县妇计中心');
  });

  it('the main body is numbered as without its attachments; nothing is lost', () => {
    expect(clauses.filter((c) => c.part === null).map((c) => c.id)).toEqual(['task-table/1', 'task-table/2', 'task-table/2.1', 'task-table/2.2', 'task-table/3', 'task-table/3.1']);
    expect(document.closing).toMatch(/^抄送：/);
    expectNothingLost(document, clauses, lines);
  });
});

describe('an attached plan with its own numbering', () => {
  const { document, clauses, lines, messages } = fixture('attached-plan.txt');

  it('the cover letter is the preamble; the plan is the part, numbered 一、（一）1. under 附件1', () => {
    expect(clauses.filter((c) => c.part === null)).toEqual([]);
    expect(clauses.map((c) => c.id)).toEqual([
      'attached-plan/附件1', 'attached-plan/附件1/1', 'attached-plan/附件1/1.1', 'attached-plan/附件1/1.1.1', 'attached-plan/附件1/1.1.2',
      'attached-plan/附件1/1.2', 'attached-plan/附件1/1.2.1', 'attached-plan/附件1/2', 'attached-plan/附件1/2.1',
    ]);
    expect(clauses.find((c) => c.id === 'attached-plan/附件1/1.1.1')).toMatchObject({ path: ['附件1', '一', '（一）', '1'], parent: 'attached-plan/附件1/1.1', depth: 4 });
    expect(units(clauses.find((c) => c.id === 'attached-plan/附件1/1.2.1')!, 'responsible')).toEqual(['县卫体局', '县医保局']);
    expect(document.title).toBe('某某县进一步完善医疗卫生服务体系行动方案');
  });

  it('a listed attachment missing from the file is said so', () => {
    expect(document.attachments[1]).toEqual({ label: '附件', number: 2, title: '某某县医疗卫生服务体系建设考核细则', present: false, kind: null, clause: null, source: null });
    expect(messages.map((m) => m.message)).toContain('attachment 2「某某县医疗卫生服务体系建设考核细则」is listed but not in the file');
  });

  it('nothing is lost', () => expectNothingLost(document, clauses, lines));
});

describe('an attachment the list says is left out of this copy (略)', () => {
  it('is absent by intent: its title without （略）, `omitted` set, and the message says so (the twelfth probe’s 宁阳)', () => {
    const { document } = buildFixture('test/fixtures/unseen-plans-12/ningyang-2023.txt');
    expect(document.attachments).toEqual([{ label: '附件', number: null, title: '胸痛中心和卒中中心建设委员会成员名单', present: false, omitted: true, kind: null, clause: null, source: null }]);
    expect(document.messages.map((m) => m.message)).toEqual(['attachment 「胸痛中心和卒中中心建设委员会成员名单」is left out of this copy, as its list says (略)']);
  });

  it('in a numbered list too, beside a part that is there', () => {
    const plan = ['某某县卫生健康局关于印发某某县实施方案的通知', '各单位：', '现将方案印发给你们。', '附件：1．某某县实施方案', '2．工作专班成员名单（此略）', '某某县卫生健康局', '2024年3月1日', '附件1', '某某县实施方案', '一、主要任务', '（一）加强专科建设。'];
    const { document } = buildText('listed-2024.txt', plan.join('\n'));
    expect(document.attachments.map((a) => [a.number, a.title, a.present, a.omitted])).toEqual([[1, '某某县实施方案', true, undefined], [2, '工作专班成员名单', false, true]]);
  });
});

describe('a 关于印发 notice whose plan is its 附件, each paragraph a line (no hard wrapping)', () => {
  const lines = [
    '桐乡市人民政府办公室文件',
    '桐政办发〔2023〕41号                签发人：王某某',
    '桐乡市人民政府办公室',
    '关于印发桐乡市推进“千县工程”县医院综合能力提升工作实施方案的通知',
    '各镇人民政府、街道办事处，市政府各部门、直属各单位：',
    '《桐乡市推进“千县工程”县医院综合能力提升工作实施方案》已经市政府同意，现印发给你们，请结合实际认真贯彻执行。',
    '桐乡市人民政府办公室',
    '二〇二三年六月十二日',
    '附件',
    '',
    '桐乡市推进“千县工程”县医院综合能力提升工作实施方案',
    '',
    '为贯彻落实《国家卫生健康委办公厅关于印发“千县工程”县医院综合能力提升工作方案（2021—2025年）的通知》（国卫办医函〔2021〕538号）精神，结合我市实际，制定本方案。',
    '',
    '一、工作目标',
    '到2025年，市第一人民医院达到三级综合医院水平。',
  ];
  const { document, clauses } = buildText('tongxiang.txt', lines.join('\n'));

  it('the plan’s title is the part’s title, a line of its own: its opening paragraph is the body, not more title', () => {
    const part = clauses.find((c) => c.id === 'tongxiang/附件')!;
    expect(part.title).toBe('桐乡市推进“千县工程”县医院综合能力提升工作实施方案');
    expect(part.text.slice(part.bodyStart)).toMatch(/^为贯彻落实《国家卫生健康委办公厅/);
    expect(document).toMatchObject({ title: '桐乡市推进“千县工程”县医院综合能力提升工作实施方案', docNumber: '桐政办发〔2023〕41号', date: '2023-06-12', level: 'county' });
  });

  it('nothing is lost', () => expectNothingLost(document, clauses, lines));
});

describe('an attached plan headed 附件： (a colon, nothing after it), after the 版记', () => {
  const lines = [
    '某某县人民政府办公室文件',
    '某政办发〔2024〕8号',
    '某某县人民政府办公室关于印发某某县县医院能力提升实施方案的通知',
    '各乡镇人民政府，县直各单位：',
    '现将《某某县县医院能力提升实施方案》印发给你们，请认真贯彻执行。',
    '附件：某某县县医院能力提升实施方案',
    '某某县人民政府办公室',
    '2024年2月1日',
    '抄送：县委办公室，县人大常委会办公室。',
    '某某县人民政府办公室                    2024年2月1日印发',
    '附件：',
    '某某县县医院能力提升实施方案',
    '为提升县医院服务能力，制定本方案。',
    '一、工作目标',
    '到2025年，县人民医院达到三级医院服务能力。',
  ];
  const { document, clauses, messages } = buildText('colon.txt', lines.join('\n'));

  it('heads the part the list names: present, its plan numbered under it', () => {
    expect(document.attachments).toMatchObject([{ label: '附件', title: '某某县县医院能力提升实施方案', present: true, kind: 'plan', clause: 'colon/附件' }]);
    expect(clauses.map((c) => c.id)).toEqual(['colon/附件', 'colon/附件/1']);
    expect(messages).toEqual([]);
  });

  it('is the list’s opening when a title and the signature’s date follow it', () => {
    const list = ['某某县人民政府办公室关于印发某某县县医院能力提升实施方案的通知', '现将方案印发给你们，请认真贯彻执行。', '附件：', '某某县县医院能力提升实施方案', '某某县人民政府办公室', '2024年2月1日', '某某县县医院能力提升实施方案', '一、工作目标', '到2025年，县人民医院达到三级医院服务能力。'];
    const built = buildText('list.txt', list.join('\n'));
    expect(built.clauses.map((c) => c.id)).toEqual(['list/1']);
  });

  it('nothing is lost', () => expectNothingLost(document, clauses, lines));
});

describe('attached parts that start at their listed title, without a 附件 heading', () => {
  const text = [
    '某某县县级医疗机构综合能力提升三年行动方案',
    '一、重点任务',
    '（一）提升卫生健康人才能力。发展壮大医疗卫生队伍。',
    '附件：1．重点任务分工表',
    '      2．某某县县级医疗机构综合能力提升工作领导组',
    '某某县人民政府办公室',
    '2023年8月18日',
    '重点任务分工表',
    '序号\t重点任务\t责任单位\t完成时限',
    '1\t提升卫生健康人才能力。\t县卫体局\t2025年12月',
    '某某县县级医疗机构综合能力提升',
    '工作领导组',
    '组 长：县长',
    '成 员：县卫体局、县医保局主要负责人。',
  ].join('\n');
  const { document, clauses, lines } = buildText('titled.txt', text);

  it('each listed title opens its part, a title broken over two lines too', () => {
    expect(document.attachments.map((a) => [a.number, a.kind, a.clause, a.source])).toEqual([
      [1, 'table', 'titled/附件1', { line: 8, endLine: 10 }],
      [2, 'members', 'titled/附件2', { line: 11, endLine: 14 }],
    ]);
    expect(clauses.find((c) => c.id === 'titled/附件2')).toMatchObject({ marker: null, title: '某某县县级医疗机构综合能力提升工作领导组' });
    expect(document.closing).toBe('附件：1．重点任务分工表\n      2．某某县县级医疗机构综合能力提升工作领导组\n某某县人民政府办公室\n2023年8月18日');
    expectNothingLost(document, clauses, lines);
  });

  it('a cover letter’s list names the plan it issues: the plan stays the main body', () => {
    const cover = ['某某县人民政府办公室', '关于印发某某方案的通知', '各乡镇：', '现将《某某方案》印发给你们。', '附件：某某方案', '某某方案', '一、总体要求', '（一）指导思想。坚持人民至上。'].join('\n');
    const built = buildText('cover.txt', cover);
    expect(built.document.attachments).toEqual([{ label: '附件', number: null, title: '某某方案', present: false, kind: null, clause: null, source: null }]);
    expect(built.clauses.map((c) => c.id)).toEqual(['cover/1', 'cover/1.1']);
  });
});

describe('attached tables (附表): parts like 附件, numbered apart', () => {
  const text = [
    '某某县人民政府办公室关于印发某某县推进“千县工程”县医院综合能力提升工作实施方案的通知',
    '各乡（镇）人民政府，县直各有关单位：',
    '现将《某某县推进“千县工程”县医院综合能力提升工作实施方案》印发给你们，请认真贯彻执行。',
    '附件：1．某某县“千县工程”工作领导小组',
    '附表：1．某某县“千县工程”重点任务分解表',
    '      2．某某县“千县工程”年度指标表',
    '某某县人民政府办公室',
    '2023年6月12日',
    '某某县推进“千县工程”县医院综合能力提升工作实施方案',
    '一、重点任务',
    '（一）加强临床专科建设。重点建设心血管内科、神经内科等专科，具体任务详见附表1。',
    '附表所列任务由各牵头单位负责落实。',
    '附表1所列指标每季度报送一次。',
    '（二）推进中心建设。建设胸痛中心、卒中中心。',
    '附件1',
    '某某县“千县工程”工作领导小组',
    '组 长：县长',
    '成 员：县卫健局、县医保局主要负责人。',
    '附表1',
    '某某县“千县工程”重点任务分解表',
    '序号\t重点任务\t牵头单位\t配合单位\t完成时限',
    '1\t加强临床专科建设。\t县卫健局\t县人民医院\t2024年12月底前',
    '2\t建设胸痛中心、卒中中心。\t县人民医院\t县卫健局\t2023年12月底前',
    '3\t推进紧密型县域医共体建设。\t县卫健局\t县医保局、县财政局\t2025年6月',
  ].join('\n');
  const { document, clauses, lines, messages } = buildText('tables.txt', text);

  it('the 附表 is a part of its own, listed in attachments after the 附件; a listed 附表 not attached is said so', () => {
    expect(document.attachments).toEqual([
      { label: '附件', number: 1, title: '某某县“千县工程”工作领导小组', present: true, kind: 'members', clause: 'tables/附件1', source: { line: 15, endLine: 18 } },
      { label: '附表', number: 1, title: '某某县“千县工程”重点任务分解表', present: true, kind: 'table', clause: 'tables/附表1', source: { line: 19, endLine: 24 } },
      { label: '附表', number: 2, title: '某某县“千县工程”年度指标表', present: false, kind: null, clause: null, source: null },
    ]);
    expect(messages.map((m) => m.message)).toContain('attached table 附表 2「某某县“千县工程”年度指标表」is listed but not in the file');
  });

  it('its rows are its clauses, with their units and deadlines; the clause before it keeps only its own text', () => {
    const rows = clauses.filter((c) => c.parent === 'tables/附表1');
    expect(rows.map((c) => [c.id, c.part, c.path.join(' ')])).toEqual([
      ['tables/附表1/1', '附表1', '附表1 1'], ['tables/附表1/2', '附表1', '附表1 2'], ['tables/附表1/3', '附表1', '附表1 3'],
    ]);
    expect(clauses.find((c) => c.id === 'tables/附表1')).toMatchObject({ marker: '附表1', title: '某某县“千县工程”重点任务分解表', part: '附表1' });
    expect(units(rows[2], 'lead')).toEqual(['县卫健局']);
    expect(rows[1].deadlines.map((d) => d.end)).toEqual(['2023-12-31']);
    expect(clauses.find((c) => c.id === 'tables/1.2')!.text).toBe('推进中心建设。建设胸痛中心、卒中中心。');
    expect(clausesFileSchema.safeParse(clauses).success).toBe(true);
  });

  it('附表 in a sentence (详见附表1, 附表所列…, 附表1所列…) heads nothing: the sentences stay in their clause', () => {
    expect(clauses.filter((c) => c.part === null).map((c) => c.id)).toEqual(['tables/1', 'tables/1.1', 'tables/1.2']);
    expect(clauses.find((c) => c.id === 'tables/1.1')!.text).toBe('加强临床专科建设。重点建设心血管内科、神经内科等专科，具体任务详见附表1。\n附表所列任务由各牵头单位负责落实。\n附表1所列指标每季度报送一次。');
    expect(document.preamble).toContain('附件：1．某某县“千县工程”工作领导小组\n附表：1．某某县“千县工程”重点任务分解表\n      2．某某县“千县工程”年度指标表\n某某县人民政府办公室');
  });

  it('a lone unnumbered 附表 after a plan whose only list is the 附表 list: the list closes the plan', () => {
    const plan = ['某某县县级医院能力提升方案', '一、重点任务', '（一）提升核心专科能力。具体任务见附表。', '附表：某某县县级医院能力提升重点任务清单', '某某县卫生健康局', '2023年5月8日'];
    const built = buildText('alone-table.txt', [...plan, '附 表', '某某县县级医院能力提升重点任务清单', '序号\t任务内容\t责任单位\t完成时间', '1\t提升核心专科能力。\t县人民医院\t2024年底'].join('\n'));
    expect(built.document.attachments.map((a) => [a.number, a.title, a.kind, a.clause])).toEqual([[null, '某某县县级医院能力提升重点任务清单', 'table', 'alone-table/附表']]);
    expect(built.clauses.map((c) => c.id)).toEqual(['alone-table/1', 'alone-table/1.1', 'alone-table/附表', 'alone-table/附表/1']);
    expect(built.document.closing).toBe('附表：某某县县级医院能力提升重点任务清单\n某某县卫生健康局\n2023年5月8日');
    expectNothingLost(built.document, built.clauses, built.lines);
  });

  it('nothing is lost', () => expectNothingLost(document, clauses, lines));
});

describe('the seeds’ attachments', () => {
  it.each([
    ['xiangyuan-2023', '襄垣县县级医疗机构综合能力提升工作领导组', ['组长', '副组长', '成员']],
    ['yanshi-2020', '偃师市县域医疗中心建设工作领导小组成员名单', ['组长', '副组长', '成员']],
  ])('%s: the leading-group list is a members part', async (doc, title, roles) => {
    const { documents, clauses } = await seedCorpus();
    const document = documents.find((d) => d.id === doc)!;
    expect(document.attachments).toMatchObject([{ number: null, title, present: true, kind: 'members', clause: `${doc}/附件` }]);
    const lines = clauses.filter((c) => c.parent === `${doc}/附件` && c.members.length);
    expect(lines.map((c) => c.members[0].role)).toEqual(roles);
    expect(document.closing).not.toContain('组长');
  });

  it('偃师: each member with a post, and the post’s unit as a member unit', async () => {
    const { clauses } = await seedCorpus();
    const members = clauses.find((c) => c.id === 'yanshi-2020/附件/3')!;
    expect(members.members[0]).toMatchObject({ role: '成员', name: '鲍少颖', post: '市财政局副局长' });
    expect(members.members).toHaveLength(8);
    expect(units(members, 'member')).toContain('市财政局');
  });
});

describe('parts of one attachment (附件1-1, 附件1—2)', () => {
  const lines = [
    '某某市推进县医院综合能力提升工作实施方案', '', '一、重点任务', '各县按照分解表推进。', '',
    '附件：1-1.东湖县重点任务分解表', '      1-2.西岭县重点任务分解表', '      1-3.南川区重点任务分解表', '      2.工作进度报表', '',
    '某某市卫生健康委员会', '2023年3月10日', '',
    '附件1-1', '', '东湖县重点任务分解表', '', '序号\t重点任务\t牵头单位\t完成时限', '1\t建设胸痛中心\t县人民医院\t2023年12月底前', '',
    '附件1—2', '', '西岭县重点任务分解表', '', '序号\t重点任务\t牵头单位\t完成时限', '1\t建设卒中中心\t县中医院\t2023年12月底前', '',
    '附件2', '', '工作进度报表', '', '序号\t任务\t进展情况', '1\t胸痛中心\t已完成',
  ];
  const { document, clauses, messages } = buildText('sub-parts.txt', lines.join('\n'));

  it('each part keeps its attachment’s number, its own part number and its title, as listed and as headed', () => {
    expect(document.attachments.map((a) => [a.number, a.subNumber, a.title, a.present, a.clause])).toEqual([
      [1, 1, '东湖县重点任务分解表', true, 'sub-parts/附件1-1'],
      [1, 2, '西岭县重点任务分解表', true, 'sub-parts/附件1-2'],
      [1, 3, '南川区重点任务分解表', false, null],
      [2, undefined, '工作进度报表', true, 'sub-parts/附件2'],
    ]);
    expect(messages.map((m) => m.message)).toContain('attachment 1-3「南川区重点任务分解表」is listed but not in the file');
    expect(clauses.find((c) => c.id === 'sub-parts/附件1-2')).toMatchObject({ marker: '附件1—2', title: '西岭县重点任务分解表' });
    expect(clauses.filter((c) => c.parent === 'sub-parts/附件1-2').map((c) => c.units.map((u) => u.name))).toEqual([['县中医院']]);
    expectNothingLost(document, clauses, lines);
    clausesFileSchema.parse(clauses);
  });

  it('a list opened by 附件： alone with 1-1. on the next line, parts headed 附件1－2：title over a Markdown table', () => {
    const text = [
      '某某县县医院能力提升实施方案', '', '一、重点任务', '按附件推进。', '',
      '附件：', '1-1.县人民医院重点任务清单', '1-2.县中医院重点任务清单', '', '某某县卫生健康局', '2024年3月1日', '',
      '附件1-1：县人民医院重点任务清单', '| 序号 | 年度 | 建设内容 | 完成时间 |', '| --- | --- | --- | --- |', '| 1 | 2024 | 建设胸痛中心 | 2024年底 |', '',
      '附件1－2：县中医院重点任务清单', '| 序号 | 建设年度 | 建设内容 | 医院 |', '| --- | --- | --- | --- |', '| 1 | 2025年 | 建设中医康复中心 | 县中医院 |',
    ];
    const built = buildText('colon-parts.txt', text.join('\n'));
    expect(built.document.attachments.map((a) => [a.number, a.subNumber, a.title, a.clause])).toEqual([
      [1, 1, '县人民医院重点任务清单', 'colon-parts/附件1-1'],
      [1, 2, '县中医院重点任务清单', 'colon-parts/附件1-2'],
    ]);
    expect(built.document.closing).toContain('1-2.县中医院重点任务清单');
    // the header over the rows names columns: its 医院 is no unit of the part's own clause; the row's hospital is the row's
    expect(built.clauses.filter((c) => c.part === '附件1-2').map((c) => c.units.map((u) => [u.name, u.role]))).toEqual([[], [['县中医院', 'responsible']]]);
    expectNothingLost(built.document, built.clauses, text);
  });

  it('a list’s item numbers run on through the parts: 1-1, 1-2, then 2; a number inside a title is none', () => {
    const list = (text: string) => attachmentListOf(readBlocks(text.split('\n')).blocks).map((a) => [a.number, a.subNumber, a.title]);
    expect(list('附件：1-1.东湖县分解表\n1-2.西岭县分解表\n2.工作进度报表')).toEqual([[1, 1, '东湖县分解表'], [1, 2, '西岭县分解表'], [2, undefined, '工作进度报表']]);
    expect(list('附件：1-1.东湖县2024-2025年分解表\n1-2.西岭县分解表')).toEqual([[1, 1, '东湖县2024-2025年分解表'], [1, 2, '西岭县分解表']]);
  });
});

describe('table and list rules', () => {
  it('columns are mapped by the words of their headers', () => {
    expect(['牵头部门', '主要责任单位', '协同单位', '配合部门', '时间节点', '时限要求', '目标值', '年度指标', '工作内容', '政策开发重点领域', '单位', '备注'].map(columnOf)).toEqual([
      'lead', 'responsible', 'cooperate', 'cooperate', 'deadline', 'deadline', 'metric', 'metric', 'text', 'text', 'unit', 'other',
    ]);
    // a category over the rows is no task
    expect(['任务类别', '分类', '指标类型', '重点任务'].map(columnOf)).toEqual(['other', 'other', 'other', 'text']);
  });

  it('a year column is the row’s time, a place column where it is done (no unit), a hospital column the unit that does it', () => {
    expect(['年度', '实施年度', '年份', '县（市、区）', '县区', '地区', '所属县（区）', '乡镇（街道）', '建设地点', '医院名称', '承担医院', '卫生院名称', '机构名称', '实施单位', '年度目标', '医院等级'].map(columnOf)).toEqual([
      'deadline', 'deadline', 'deadline', 'place', 'place', 'place', 'place', 'place', 'place', 'unit', 'unit', 'unit', 'unit', 'unit', 'metric', 'other',
    ]);
    const text = [
      '某某市推进“千县工程”县医院综合能力提升工作实施方案', '', '一、重点任务', '各县（市、区）按照下表推进。',
      '序号\t年度\t县（市、区）\t医院名称\t重点任务\t责任单位\t完成时限',
      '1\t2023\t东湖县\t东湖县人民医院\t建设胸痛中心、卒中中心、创伤中心，完善急救网络\t县卫健委\t',
      '2\t2024年度\t北山县\t北山县妇幼保健院\t加强危重孕产妇救治中心和危重新生儿救治中心建设\t县卫健委\t2024年6月',
      '3\t2024—2025\t西岭县\t西岭县人民医院\t改扩建门诊综合楼\t县发改局\t',
    ].join('\n');
    const rows = buildText('city-list.txt', text).clauses.filter((c) => c.cells.length);
    expect(rows.map((c) => c.units.map((u) => [u.name, u.role]))).toEqual([
      [['东湖县人民医院', 'responsible'], ['县卫健委', 'responsible']],
      [['北山县妇幼保健院', 'responsible'], ['县卫健委', 'responsible']],
      [['西岭县人民医院', 'responsible'], ['县发改局', 'responsible']],
    ]);
    // a year alone, as a table writes it, is by its end, as 2024年度 there is; years alone are their range
    expect(rows.map((c) => c.deadlines.map((d) => [d.text, d.kind, d.start, d.end]))).toEqual([
      [['2023', 'by', null, '2023-12-31']],
      [['2024年度', 'by', null, '2024-12-31'], ['2024年6月', 'by', null, '2024-06-30']],
      [['2024—2025', 'range', '2024-01-01', '2025-12-31']],
    ]);
    for (const row of rows) for (const d of row.deadlines) expect(row.text.slice(...d.at)).toBe(d.text);
  });

  it('a table labelled by its place (县区 first, set out with spaces): a cell the width broke goes on in its row, a row under a merged place is a row', () => {
    const text = [
      '某某市县医院能力提升任务分解表', '', '一、任务分解',
      ' 县区        医院名称            重点任务                                  实施年度',
      ' 东湖县      东湖县人民医院      建设胸痛中心、卒中中心，提升急危重症        2023',
      '                                 救治能力',
      '             东湖县中医院        引进和培养高层次人才                        2024',
      ' 西岭县      西岭县人民医院      改扩建门诊综合楼，改善就医环境              2024',
    ];
    const rows = buildText('wrapped.txt', text.join('\n')).clauses.filter((c) => c.cells.length);
    expect(rows.map((c) => c.cells.map((cell) => cell.text))).toEqual([
      ['东湖县', '东湖县人民医院', '建设胸痛中心、卒中中心，提升急危重症救治能力', '2023'],
      ['', '东湖县中医院', '引进和培养高层次人才', '2024'],
      ['西岭县', '西岭县人民医院', '改扩建门诊综合楼，改善就医环境', '2024'],
    ]);
  });

  it('a table numbered by a 序号 column is a table whatever its other columns name (序号 | 岗位 | 人数): each row a clause, its cells apart', () => {
    const lines = ['某某县县医院能力提升实施方案', '一、工作目标', '到2025年，县医院综合能力显著提升。', '', '附件：县医院人才引进计划表', '', '某某县卫生健康局', '2023年5月10日', '', '附件', '', '县医院人才引进计划表', '', '序号\t岗位\t人数', '1\t心内科医师\t3', '2\t麻醉科医师\t2'];
    const { document, clauses } = buildText('posts.txt', lines.join('\n'));
    expect(document.attachments.map((a) => [a.title, a.kind])).toEqual([['县医院人才引进计划表', 'table']]);
    expect(clauses.filter((c) => c.parent === 'posts/附件').map((c) => c.cells.map((cell) => cell.text))).toEqual([['1', '心内科医师', '3'], ['2', '麻醉科医师', '2']]);
    expectNothingLost(document, clauses, lines);
    // two cells, or no 序号 first, and the columns must say what they hold
    expect(['序号\t岗位', '岗位\t人数\t备注'].map((row) => readBlocks([row]).blocks[0].cells)).toEqual([undefined, undefined]);
  });

  it('a year’s measure in its unit (2025年床位数（张）) is a target column: a table of targets per county with one other known column is a table', () => {
    expect(['2025年床位数（张）', '2026年底门诊量（万人次）', '床位数目标值', '2025年完成时间（月）', '2025年'].map(columnOf)).toEqual(['metric', 'metric', 'metric', 'deadline', 'other']);
    const text = [
      '某某市县级医院综合能力提升行动方案', '', '一、分县目标', '',
      '| 县（市、区） | 2025年床位数（张） | 2025年医师数（人） | 牵头单位 |',
      '| --- | --- | --- | --- |',
      '| 沛县 | 1200 | 650 | 沛县卫生健康局 |',
      '| 丰县 | 不少于980 | 520 | 丰县卫生健康局 |',
    ].join('\n');
    const rows = buildText('per-county.txt', text).clauses.filter((c) => c.cells.length);
    expect(rows.map((c) => c.cells.map((cell) => cell.column))).toEqual([['place', 'metric', 'metric', 'lead'], ['place', 'metric', 'metric', 'lead']]);
    expect(rows.map((c) => c.metrics.map((m) => [m.text, m.indicator, m.comparator, m.value, m.unit, m.year]))).toEqual([
      [['1200', '床位数', 'eq', 1200, '张', 2025], ['650', '医师数', 'eq', 650, '人', 2025]],
      [['不少于980', '床位数', 'ge', 980, '张', 2025], ['520', '医师数', 'eq', 520, '人', 2025]],
    ]);
  });

  it('a task list with a category column: each row’s task is its 重点任务 cell, not its category', () => {
    const lines = [
      '附件1',
      '某某市“千县工程”重点任务清单',
      ' 序号   任务类别       重点任务                         牵头单位           完成时限',
      '  1     专科建设       建成胸痛中心、卒中中心           各县（市）卫健局   2023年12月底前',
      '  2                    建成创伤中心                     各县（市）卫健局   2024年6月底前',
    ];
    const { clauses } = buildText('tasks.txt', lines.join('\n'));
    expect(clauses.filter((c) => c.cells.length).map((c) => [c.cells[1].column, c.task])).toEqual([['other', '建成胸痛中心、卒中中心'], ['other', '建成创伤中心']]);
  });

  it('a PDF-layout row whose label cell is empty continues the row above, cell by cell', () => {
    const { blocks } = readBlocks(['部门\t职责与任务\t完成时限\t备注', '县卫体局\t负责县级医疗机构能力\t2025年\t', '\t提升。\t底前\t', '县医保局\t落实医保支付政策。\t长期\t']);
    const table = readTable(blocks, 0);
    expect(table.rows.map((r) => r.cells)).toEqual([['县卫体局', '负责县级医疗机构能力提升。', '2025年底前', ''], ['县医保局', '落实医保支付政策。', '长期', '']]);
    expect(table.rows[0]).toMatchObject({ line: 2, endLine: 3 });
  });

  it('a 部门 cell merged over several rows: each row its own clause, the unit kept from the row above', () => {
    const text = ['一、部门职责', '部门\t职责与任务\t完成时限', '县卫体局\t负责县级医疗机构能力提升。\t2025年底前', '\t每年11月底前报送年度工作情况。\t长期', '县医保局\t落实医保支付政策。\t2024年底前'].join('\n');
    const { clauses } = buildText('merged.txt', text);
    const rows = clauses.filter((c) => c.cells.length);
    expect(rows.map((c) => c.units.map((u) => u.canonical))).toEqual([['县卫体局'], ['县卫体局'], ['县医保局']]);
    expect(rows[1].units[0]).toMatchObject({ role: 'responsible', text: '', at: [0, 0] });
  });

  it('a header in two rows (责任单位 merged over 牵头单位 | 配合单位): each column named by its lower cell, the lower row no row', () => {
    const markdown = ['一、重点任务', '各项任务分工如下：', '| 序号 | 重点任务 | 责任单位 | | 完成时限 |', '| --- | --- | --- | --- | --- |', '| | | 牵头单位 | 配合单位 | |', '| 1 | 建设胸痛中心 | 县人民医院 | 县卫健局 | 2024年12月底前 |', '| 2 | 建设卒中中心 | 县中医院 | 县医保局 | 2025年6月底前 |', '二、保障措施', '加强领导。'];
    const tabs = ['一、重点任务', '各项任务分工如下：', '序号\t重点任务\t责任单位\t\t完成时限', '\t\t牵头单位\t配合单位\t', '1\t建设胸痛中心\t县人民医院\t县卫健局\t2024年12月底前', '2\t建设卒中中心\t县中医院\t县医保局\t2025年6月底前', '二、保障措施', '加强领导。'];
    const attached = ['一、重点任务', '按附件1分工落实。', '', '附件1', '', '重点任务分工表', ...tabs.slice(2, 6)];
    const part = buildText('two-row-attached.txt', attached.join('\n'));
    expect(part.clauses.filter((c) => c.part === '附件1' && c.cells.length).map((c) => c.cells[3].column)).toEqual(['cooperate', 'cooperate']);
    expectNothingLost(part.document, part.clauses, part.lines);
    for (const lines of [markdown, tabs]) {
      const built = buildText('two-row-header.txt', lines.join('\n'));
      const rows = built.clauses.filter((c) => c.cells.length);
      expect(rows.map((c) => c.cells.map((cell) => cell.column))).toEqual(Array(2).fill(['number', 'text', 'lead', 'cooperate', 'deadline']));
      expect(rows[0].cells.map((cell) => cell.header)).toEqual(['序号', '重点任务', '牵头单位', '配合单位', '完成时限']);
      expect(rows[0].units.map((u) => `${u.role}:${u.canonical}`)).toEqual(['lead:县人民医院', 'cooperate:县卫健局']);
      expect(built.clauses[0].text).toMatch(/责任单位\t+完成时限\n\t+牵头单位\t配合单位\t*$/);
      expectNothingLost(built.document, built.clauses, built.lines);
    }
    // a row under a one-row header whose first cell is empty stays a row
    const { blocks } = readBlocks(['序号\t重点任务\t牵头单位\t完成时限', '\t建设胸痛中心\t县人民医院\t2024年底前']);
    expect(readTable(blocks, 0).rows).toHaveLength(1);
  });

  it('a table in the main body: one child clause per row under the clause it follows, the 注 under it a note', () => {
    const lines = [
      '一、重点任务',
      '（一）任务分工。各单位按下表落实。',
      '序号\t工作内容\t责任单位\t时间节点',
      '1\t提升卫生健康人才能力。\t县卫体局\t2025年底前',
      '2\t加强分级诊疗制度建设。\t县卫体局、县医保局\t每年11月底前',
      '注：各单位每年报送进展。',
      '二、保障措施',
      '（一）加强组织领导。坚持党的领导。',
    ];
    const { blocks, notes } = readBlocks(lines);
    const { clauses } = buildTree('plan', 'corpus/plan.txt', blocks, []);
    expect(clauses.map((c) => [c.id, c.path.join(' ')])).toEqual([
      ['plan/1', '一'], ['plan/1.1', '一 （一）'], ['plan/1.1.1', '一 （一） 1'], ['plan/1.1.2', '一 （一） 2'], ['plan/2', '二'], ['plan/2.1', '二 （一）'],
    ]);
    expect(notes).toEqual([{ line: 6, endLine: 6, text: '注：各单位每年报送进展。' }]);
    expect(clauses[1].text).toBe('任务分工。各单位按下表落实。\n序号\t工作内容\t责任单位\t时间节点');
    expect(clauses[3].cells.map((c) => c.column)).toEqual(['number', 'text', 'responsible', 'deadline']);
    expect(clauses[3].text).toBe('2\t加强分级诊疗制度建设。\t县卫体局、县医保局\t每年11月底前');
    expect(clauses[3].source).toMatchObject({ line: 5, endLine: 5 });
  });

  it('a table set out with spaces (pdftotext -layout): its columns from the header, a cell the width broke joined, prose at the margin ends it', () => {
    const lines = [
      '一、重点任务',
      '各项任务分工如下表。',
      ' 序号   重点任务                       牵头单位       配合单位               完成时限',
      '  1     建成胸痛中心、卒中中心         县卫健局       县人民医院             2024年12月底',
      '  2     组建紧密型县域医共体，实现     县卫健局       县医保局、县财政局     2025年6月底',
      '        人财物统一管理',
      '  3     引进医学类本科以上人才         县人社局       县卫健局               每年',
      '二、保障措施',
      '（一）加强组织领导。县卫健局牵头成立工作专班。',
    ];
    const { clauses } = buildText('spaced.txt', lines.join('\n'));
    expect(clauses.map((c) => c.id)).toEqual(['spaced/1', 'spaced/1.1', 'spaced/1.2', 'spaced/1.3', 'spaced/2', 'spaced/2.1']);
    expect(clauses[2].cells.map((c) => [c.column, c.text])).toEqual([
      ['number', '2'], ['text', '组建紧密型县域医共体，实现人财物统一管理'], ['lead', '县卫健局'], ['cooperate', '县医保局、县财政局'], ['deadline', '2025年6月底'],
    ]);
    expect(clauses[2].source).toMatchObject({ line: 5, endLine: 6 });
    expect(units(clauses[2], 'lead')).toEqual(['县卫健局']);
    expect(units(clauses[2], 'cooperate')).toEqual(['县医保局', '县财政局']);
    expect(clauses[1].deadlines[0]?.end).toBe('2024-12-31');
    // rows that the width did not break keep their characters in order: nothing lost
    const whole = lines.filter((_, k) => k !== 5 && k !== 4);
    const built = buildText('spaced.txt', whole.join('\n'));
    expectNothingLost(built.document, built.clauses, whole);
  });

  it('a spaced table whose rows write the number and the task as one run (1．胸痛中心建设 under 序号 and 任务): the number in 序号, the task in 任务', () => {
    const lines = [
      '一、重点任务',
      '（一）专科能力建设',
      '序号  任务                    牵头单位      配合单位      完成时限',
      '1．胸痛中心建设            县人民医院    县卫健局      2023年12月底前',
      '2．卒中中心建设            县人民医院    县医保局      2024年6月底前',
      '二、保障措施',
    ];
    const { document, clauses } = buildText('number-run.txt', lines.join('\n'));
    expect(clauses[2].cells.map((c) => [c.column, c.text])).toEqual([['number', '1．'], ['text', '胸痛中心建设'], ['lead', '县人民医院'], ['cooperate', '县卫健局'], ['deadline', '2023年12月底前']]);
    expect(clauses[3].text).toBe('2．\t卒中中心建设\t县人民医院\t县医保局\t2024年6月底前');
    expect(units(clauses[3], 'cooperate')).toEqual(['县医保局']);
    expectNothingLost(document, clauses, lines);
    // a number in its own cell and a task that opens with one stay as written
    const { blocks } = readBlocks(['序号    任务                      牵头单位    完成时限', '1       （一）建设胸痛中心        县卫健局    2024年底']);
    expect(readTable(blocks, 0).rows[0].cells).toEqual(['1', '（一）建设胸痛中心', '县卫健局', '2024年底']);
  });

  it('a spaced table whose headers are centred over their columns: each cell under the header it stands under most', () => {
    const { blocks } = readBlocks([
      '   序号        重点任务          牵头单位      配合单位       完成时限',
      '    1     建成胸痛中心           县卫健局      县人民医院     2024年底前',
      '    3     完善医共体绩效考核     县卫健局      县财政局、     持续推进',
      '          制度                                 县医保局',
      '（一）加强组织领导。县卫健局牵头成立工作专班，统筹推进各项工作，定期研究解决问题。',
    ]);
    const table = readTable(blocks, 0);
    expect(table.rows.map((r) => r.cells)).toEqual([
      ['1', '建成胸痛中心', '县卫健局', '县人民医院', '2024年底前'],
      ['3', '完善医共体绩效考核制度', '县卫健局', '县财政局、县医保局', '持续推进'],
    ]);
    expect(blocks[table.end].marker?.raw).toBe('（一）');
    // a short numbered heading under one column is the plan going on, not a wrapped cell
    const heading = readBlocks(['序号    任务      牵头单位    完成时限', '1       建设胸痛中心  县卫健局    2024年底', '二、任务', '（一）加强组织领导。']).blocks;
    expect(heading.map((b) => b.marker?.raw ?? b.cells?.length)).toEqual([4, 4, '二、', '（一）']);
    // a note at the margin after the last row ends the table
    const note = readBlocks(['         单位       职责         时限', '      县财政局    落实建设资金      每年', '      县人社局    落实人才政策      2025年', '以上任务按季度调度。']).blocks;
    expect(note.map((b) => b.cells?.[0] ?? b.text)).toEqual(['单位', '县财政局', '县人社局', '以上任务按季度调度。']);
    expect(note[3].cells).toBeUndefined();
    // a cramped layout's header, three columns' words run together with single spaces, opens no table
    expect(readBlocks(['序       重点任务      牵头 配合单位 完成时限', '号                 单位']).blocks.some((b) => b.cells)).toBe(false);
    // labels and their values set out on one line are no header
    const labelled = readBlocks(['1.建设胸痛中心。2024年底前通过认证。', '   牵头单位：县卫健局    配合单位：县人民医院    完成时限：2024年底']).blocks;
    expect(labelled.map((b) => b.cells)).toEqual([undefined, undefined]);
  });

  it('a 三线表 from a PDF (rules of ━ and ─ above and under its header and after its last row): its rows are read past the rule under the header', () => {
    const lines = [
      '一、重点任务',
      '（一）任务分工。各项任务分工见下表。',
      '表1  重点任务分工表',
      '━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━',
      ' 序号    重点任务                    牵头单位      配合单位          完成时限',
      '───────────────────────────────────────────',
      '  1      建成胸痛中心、卒中中心      县卫健局      县人民医院        2024年12月底',
      '  2      组建紧密型县域医共体        县卫健局      县医保局、县财政局  2025年6月底',
      '——————————————————————',
      '（二）加强人才培养。每年选派骨干医师到上级医院进修。',
    ];
    const { document, clauses } = buildText('ruled.txt', lines.join('\n'));
    expect(clauses.map((c) => c.id)).toEqual(['ruled/1', 'ruled/1.1', 'ruled/1.1.1', 'ruled/1.1.2', 'ruled/1.2']);
    // the rules stay in the text, drawing around the header and after the table's last row
    expect(clauses[1].text).toBe('任务分工。各项任务分工见下表。\n表1重点任务分工表\n━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━\n序号\t重点任务\t牵头单位\t配合单位\t完成时限\n───────────────────────────────────────────');
    expect(clauses[2].cells.map((c) => [c.column, c.text])).toEqual([['number', '1'], ['text', '建成胸痛中心、卒中中心'], ['lead', '县卫健局'], ['cooperate', '县人民医院'], ['deadline', '2024年12月底']]);
    expect(units(clauses[3], 'cooperate')).toEqual(['县医保局', '县财政局']);
    expect(clauses[3].deadlines.map((d) => d.end)).toEqual(['2025-06-30']);
    expectNothingLost(document, clauses, lines);
  });

  it('a 三线表 with a rule under every row: the inner rules separate rows, each kept under the row it closes', () => {
    const rule = '───────────────────────────────────────────';
    const lines = [
      '一、重点任务',
      '（一）任务分工。各项任务分工见下表。',
      '━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━',
      ' 序号    重点任务                    牵头单位      配合单位          完成时限',
      rule,
      '  1      建成胸痛中心、卒中中心      县卫健局      县人民医院        2024年12月底',
      rule,
      '  2      组建紧密型县域医共体        县卫健局      县医保局、县财政局  2025年6月底',
      rule,
      '  3      建设远程会诊中心            县人民医院    县卫健局          2025年12月底',
      '━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━',
      '（二）加强人才培养。每年选派骨干医师到上级医院进修。',
    ];
    const { document, clauses } = buildText('inner-rules.txt', lines.join('\n'));
    expect(clauses.map((c) => c.id)).toEqual(['inner-rules/1', 'inner-rules/1.1', 'inner-rules/1.1.1', 'inner-rules/1.1.2', 'inner-rules/1.1.3', 'inner-rules/1.2']);
    expect(clauses[3].text).toBe(`2\t组建紧密型县域医共体\t县卫健局\t县医保局、县财政局\t2025年6月底\n${rule}`);
    expect(clauses[3].cells.map((c) => c.text)).toEqual(['2', '组建紧密型县域医共体', '县卫健局', '县医保局、县财政局', '2025年6月底']);
    expect(units(clauses[4], 'lead')).toEqual(['县人民医院']);
    expect(clauses[4].deadlines.map((d) => d.end)).toEqual(['2025-12-31']);
    expectNothingLost(document, clauses, lines);
  });

  it('an attached 三线表: its closing rule goes on in the last row, no clause of its own', () => {
    const lines = [
      '某某市县级医院综合能力提升实施方案',
      '一、工作目标',
      '到2025年，全市县域就诊率达到90%。',
      '附件2',
      '某某市县级医院能力提升指标表',
      '━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━',
      ' 序号   指标名称                    2022年基期值    2025年目标值',
      '───────────────────────────────────────────',
      '  1     县域就诊率（%）             85              90',
      '  2     每千人口床位数（张）        5.2             6.5',
      '━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━',
    ];
    const { document, clauses } = buildText('indicators.txt', lines.join('\n'));
    expect(clauses.filter((c) => c.part).map((c) => c.id)).toEqual(['indicators/附件2', 'indicators/附件2/1', 'indicators/附件2/2']);
    expect(clauses.at(-1)!.text).toBe('2\t每千人口床位数（张）\t5.2\t6.5\n━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━');
    expect(clauses.at(-1)!.metrics.map((m) => [m.indicator, m.value, m.baseline, m.year])).toEqual([['每千人口床位数', 6.5, 5.2, 2025]]);
    expectNothingLost(document, clauses, lines);
  });

  it('numbered lines set out in columns without a header: the task, its units and its deadline as cells; prose with gaps stays prose', () => {
    const lines = [
      '某某县“千县工程”县医院综合能力提升实施方案',
      '一、重点任务及分工',
      '（一）急诊急救五大中心建设',
      '1．胸痛中心建设          县人民医院          2023年12月底前',
      '2．创伤中心建设          县人民医院、县中医院    2024 年 12 月底前',
      '3．\t危重孕产妇救治中心建设\t县妇幼保健院\t持续推进',
      '（二）人才队伍建设',
      '1．加强  专科  建设，重点  建设心血管内科。',
      '2．胸痛中心  县人民医院牵头  2023年底前通过国家级认证。',
      '3．引进人才    县卫健局    不少于20名',
    ];
    const { document, clauses } = buildText('rows.txt', lines.join('\n'));
    const clause = (id: string) => clauses.find((c) => c.id === `rows/${id}`)!;
    expect(clause('1.1.1')).toMatchObject({ marker: '1．', title: '胸痛中心建设', text: '胸痛中心建设\t县人民医院\t2023年12月底前', bodyStart: 7 });
    expect(clause('1.1.2').cells.map((c) => [c.header, c.column, c.text])).toEqual([['', 'text', '创伤中心建设'], ['', 'unit', '县人民医院、县中医院'], ['', 'deadline', '2024年12月底前']]);
    expect(units(clause('1.1.2'), 'responsible')).toEqual(['县人民医院', '县中医院']);
    expect(clause('1.1.2').deadlines.map((d) => d.end)).toEqual(['2024-12-31']);
    expect(clause('1.1.3').cells.map((c) => c.column)).toEqual(['text', 'unit', 'deadline']);
    expect(units(clause('1.1.3'), 'responsible')).toEqual(['县妇幼保健院']);
    // gaps along a justified line, a sentence or a figure in a cell: no row
    expect(['1.2.1', '1.2.2', '1.2.3'].map((id) => clause(id).cells)).toEqual([[], [], []]);
    expect(clause('1.2.1').text).toBe('加强专科建设，重点建设心血管内科。');
    expectNothingLost(document, clauses, lines);
  });

  it('a numbered row without a header whose cells the width broke: the lines under its cells go on in them; a 注 at the margin is a note, a remark without it the row’s', () => {
    const lines = [
      '一、专科能力建设',
      '1．胸痛中心建设          县人民医院、县中医院、    2023年12月底前',
      '                         县妇幼保健院',
      '2．建设县域医学影像、心电诊断    县卫健局          2024年12月底前',
      '   和远程会诊中心',
      '3．卒中中心建设          县人民医院                2024年6月底前',
      '   注：以上任务按季度调度。',
      '4．创伤中心建设          县人民医院                2024年12月底前',
      '   以上任务按季度调度。',
    ];
    const { clauses, document } = buildText('wrapped.txt', lines.join('\n'));
    expect(clauses.map((c) => c.id)).toEqual(['wrapped/1', 'wrapped/1.1', 'wrapped/1.2', 'wrapped/1.3', 'wrapped/1.4']);
    expect(document.notes).toEqual([{ line: 7, endLine: 7, text: '注：以上任务按季度调度。' }]);
    expect(clauses[1]).toMatchObject({ text: '胸痛中心建设\t县人民医院、县中医院、县妇幼保健院\t2023年12月底前', source: { line: 2, endLine: 3 } });
    expect(units(clauses[1], 'responsible')).toEqual(['县人民医院', '县中医院', '县妇幼保健院']);
    expect(clauses[2]).toMatchObject({ title: '建设县域医学影像、心电诊断和远程会诊中心', source: { line: 4, endLine: 5 } });
    expect(clauses[3].text).toBe('卒中中心建设\t县人民医院\t2024年6月底前');
    expect(clauses[4].text).toBe('创伤中心建设\t县人民医院\t2024年12月底前\n以上任务按季度调度。');
  });

  it('a numbered heading across a task table in the body (一、提升医疗服务能力, a merged cell) is a heading: its marker read, its words the title', () => {
    const lines = [
      '一、重点任务',
      '各项任务分工如下表。',
      '序号\t重点任务\t牵头单位\t完成时限',
      '一、提升医疗服务能力\t\t\t',
      '1\t建成胸痛中心、卒中中心\t县人民医院\t2024年底前',
      '二、推动资源整合共享\t\t\t',
      '2\t建设县域医学影像中心\t县卫健局\t2025年底前',
      '二、保障措施',
      '（一）加强组织领导。县卫健局牵头成立工作专班。',
    ];
    const { document, clauses } = buildText('grouped.txt', lines.join('\n'));
    const groups = clauses.filter((c) => c.parent === 'grouped/1');
    expect(groups.map((c) => [c.id, c.marker, c.title, c.text, c.path.join(' ')])).toEqual([
      ['grouped/1.1', '一、', '提升医疗服务能力', '提升医疗服务能力', '一 一'],
      ['grouped/1.2', '二、', '推动资源整合共享', '推动资源整合共享', '一 二'],
    ]);
    expect(clauses.filter((c) => c.parent === 'grouped/1.2').map((c) => [c.id, c.cells.length])).toEqual([['grouped/1.2.1', 4]]);
    expectNothingLost(document, clauses, lines);
  });

  it('a heading across a task table (一、专科能力建设 over its rows) is no row: a clause of its own, no cells, and the table goes on after it', () => {
    const plan = ['某某县“千县工程”实施方案', '一、重点任务', '各项任务详见附件。', '二、保障措施', '（一）加强组织领导。县卫健局牵头成立工作专班。', '附件', '某某县“千县工程”重点任务清单'];
    const variants = {
      // a merged cell across a Word table, its empty cells tab-separated
      merged: ['序号\t重点任务\t牵头单位\t配合单位\t完成时限', '一、专科能力建设\t\t\t\t', '1\t建成胸痛中心、卒中中心\t县卫健局\t县人民医院\t2023年底', '2\t新增市级临床重点专科2个\t县人民医院\t县卫健局\t2024年底', '二、人才队伍建设\t\t\t\t', '3\t每年引进本科以上人才20名\t县人社局\t县卫健局\t每年'],
      // a line of its own between tab-separated rows
      line: ['序号\t重点任务\t牵头单位\t配合单位\t完成时限', '一、专科能力建设', '1\t建成胸痛中心、卒中中心\t县卫健局\t县人民医院\t2023年底', '2\t新增市级临床重点专科2个\t县人民医院\t县卫健局\t2024年底', '二、人才队伍建设', '3\t每年引进本科以上人才20名\t县人社局\t县卫健局\t每年'],
      // pdftotext -layout: the heading a short piece across the spaced table
      spaced: [
        ' 序号   重点任务                       牵头单位     配合单位       完成时限',
        ' 一、专科能力建设',
        '  1     建成胸痛中心、卒中中心         县卫健局     县人民医院     2023年底',
        '  2     新增市级临床重点专科2个        县人民医院   县卫健局       2024年底',
        ' 二、人才队伍建设',
        '  3     每年引进本科以上人才20名       县人社局     县卫健局       每年',
      ],
    };
    for (const [name, table] of Object.entries(variants)) {
      const lines = [...plan, ...table];
      const { document, clauses } = buildText(`${name}.txt`, lines.join('\n'));
      const part = clauses.filter((c) => c.part);
      expect(part.map((c) => [c.text.split('\t').slice(0, 2).join(' '), c.cells.length]), name).toEqual([
        ['某某县“千县工程”重点任务清单\n序号 重点任务', 0], ['一、专科能力建设', 0], ['1 建成胸痛中心、卒中中心', 5], ['2 新增市级临床重点专科2个', 5], ['二、人才队伍建设', 0], ['3 每年引进本科以上人才20名', 5],
      ]);
      // the heading takes no unit from the row above, nor gives any to the row below
      expect(part.map((c) => units(c, 'lead')), name).toEqual([[], [], ['县卫健局'], ['县人民医院'], [], ['县人社局']]);
      // and holds the rows after it
      expect(part.map((c) => c.depth), name).toEqual([1, 2, 3, 3, 2, 3]);
      expectNothingLost(document, clauses, lines);
    }
  });

  it('a table that ends the document keeps its last row: a short row is no signature', () => {
    const lines = ['一、重点任务', '（一）任务分工。各单位按下表落实。', '序号\t任务\t牵头单位\t完成时限', '1\t建设胸痛中心\t县卫健局\t2023年12月', '2\t建设卒中中心\t县卫健局\t2024年6月'];
    const { clauses, closingBlocks } = buildTree('plan', 'corpus/plan.txt', readBlocks(lines).blocks, []);
    expect(clauses.map((c) => c.id)).toEqual(['plan/1', 'plan/1.1', 'plan/1.1.1', 'plan/1.1.2']);
    expect(closingBlocks).toEqual([]);
  });

  it('a tab after a numbering marker is white space, not a table', () => {
    const { blocks } = readBlocks(['一、\t总体要求', '（一）\t指导思想。坚持人民至上。']);
    expect(blocks.map((b) => [b.marker?.raw, b.cells])).toEqual([['一、', undefined], ['（一）', undefined]]);
    // right after a table too: the plan's numbered lines are no rows of few cells
    const after = readBlocks(['序号\t重点任务\t牵头单位\t完成时限', '1\t建成胸痛中心\t县卫健局\t2023年底', '二、保障措施', '（一）\t加强组织领导。成立专班。', '（二）\t强化督导。']).blocks;
    expect(after.map((b) => [b.marker?.raw, b.cells?.length])).toEqual([[undefined, 4], [undefined, 4], ['二、', undefined], ['（一）', undefined], ['（二）', undefined]]);
  });

  it('parts without a list are numbered in order; two parts under one number stay apart', () => {
    const plan = ['一、总体要求', '（一）指导思想。坚持人民至上。'];
    const unnumbered = buildText('two.txt', [...plan, '附件', '某某名单', '组 长：县长', '附件', '某某清单', '部门\t职责与任务', '县卫体局\t负责督导。'].join('\n'));
    expect(unnumbered.document.attachments.map((a) => [a.number, a.clause, a.kind])).toEqual([[1, 'two/附件1', 'members'], [2, 'two/附件2', 'table']]);
    const twice = buildText('twice.txt', [...plan, '附件2', '某某名单', '组 长：县长', '附件2', '某某清单', '部门\t职责与任务', '县卫体局\t负责督导。'].join('\n'));
    expect(twice.clauses.filter((c) => c.part).map((c) => c.id)).toEqual(['twice/附件2', 'twice/附件2/1', 'twice/附件2~2', 'twice/附件2~2/1']);
    expect(clausesFileSchema.safeParse(twice.clauses).success).toBe(true);
  });

  it('an attachment published on its own (opening with 附件1) is a plan like any other', () => {
    const { document, clauses } = buildText('alone.txt', ['附件1', '某某县医疗卫生服务能力提升方案', '一、总体要求', '（一）指导思想。坚持人民至上。'].join('\n'));
    expect(document.attachments).toEqual([]);
    expect(document.title).toBe('某某县医疗卫生服务能力提升方案');
    expect(clauses.map((c) => c.id)).toEqual(['alone/1', 'alone/1.1']);
  });

  it('a list written one 附件N：title a line, before the signature, names the parts without starting them', () => {
    const text = ['某某县卫生健康局', '关于印发某某方案的通知', '各乡镇卫生院：', '现将有关方案印发给你们。', '附件1：某某方案', '附件2：某某细则', '某某县卫生健康局', '2024年3月5日', '（此件公开发布）', '附件1', '某某方案', '一、总体要求', '（一）指导思想。坚持人民至上。'].join('\n');
    const { document } = buildText('lines.txt', text);
    expect(document.attachments.map((a) => [a.number, a.title, a.present, a.kind])).toEqual([[1, '某某方案', true, 'plan'], [2, '某某细则', false, null]]);
    expect(document.preamble).toContain('附件2：某某细则');
  });

  it('an attachment list on one line or on several', () => {
    const list = (...lines: string[]) => attachmentListOf(readBlocks(lines).blocks);
    expect(list('附件：1．某某县重点任务分工表 2．某某县2025年工作要点')).toEqual([
      { label: '附件', number: 1, title: '某某县重点任务分工表' },
      { label: '附件', number: 2, title: '某某县2025年工作要点' },
    ]);
    expect(list('附件：某某县领导组成员名单')).toEqual([{ label: '附件', number: null, title: '某某县领导组成员名单' }]);
    expect(list('附件：1．某某县领导组成员名单', '附表：1．重点任务分解表', '      2．年度指标表')).toEqual([
      { label: '附件', number: 1, title: '某某县领导组成员名单' },
      { label: '附表', number: 1, title: '重点任务分解表' },
      { label: '附表', number: 2, title: '年度指标表' },
    ]);
    // titles set in 《》 are the titles inside them
    expect(list('附件：1.《某某县重点任务清单》', '      2.《某某县“千县工程”领导小组成员名单》；')).toEqual([
      { label: '附件', number: 1, title: '某某县重点任务清单' },
      { label: '附件', number: 2, title: '某某县“千县工程”领导小组成员名单' },
    ]);
    // numbered 一、二、 as some lists are, and a 一、二级 inside a title is no item
    expect(list('附件：一、重点任务清单', '      二、领导小组成员名单')).toEqual([
      { label: '附件', number: 1, title: '重点任务清单' },
      { label: '附件', number: 2, title: '领导小组成员名单' },
    ]);
    expect(list('附件：一、某某县一、二级医院帮扶名单 二、领导小组成员名单')).toEqual([
      { label: '附件', number: 1, title: '某某县一、二级医院帮扶名单' },
      { label: '附件', number: 2, title: '领导小组成员名单' },
    ]);
  });

  it('an expert committee: 主任委员, 委员, 秘书 lines are members', () => {
    const { clauses } = buildText('experts.txt', ['一、总体要求', '（一）指导思想。坚持人民至上。', '附件', '某某县医疗质量控制专家委员会', '主任委员：张某某（县人民医院院长）', '委 员：李某（县中医院副院长）', '王某（县妇计中心主任）', '秘 书：赵某（县卫健局医政股股长）'].join('\n'));
    const members = clauses.filter((c) => c.members.length);
    expect(members.map((c) => c.members.map((m) => `${m.role}:${m.name}`))).toEqual([['主任委员:张某某'], ['委员:李某', '委员:王某'], ['秘书:赵某']]);
    expect(members.flatMap((c) => units(c, 'member'))).toEqual(['县人民医院', '县中医院', '县妇计中心', '县卫健局']);
  });

  it('the 抄送 line after a members list is closing matter, not the rest of the last role', () => {
    const text = ['一、总体要求', '（一）指导思想。坚持人民至上。', '附件', '某某市县医院综合能力提升工作领导小组成员名单', '组  长：王某某（市人民政府副市长）', '成  员：市发展改革委、市财政局、市人力资源社会保障局分管负责同志', '抄送：市委各部门，市人大常委会办公室，市政协办公室。', '某某市人民政府办公室                    2022年3月16日印发'];
    const { document, clauses, lines } = buildText('cc.txt', text.join('\n'));
    expect(clauses.at(-1)!.text).toBe('成员：市发展改革委、市财政局、市人力资源社会保障局分管负责同志');
    expect(document.closing.split('\n')[0]).toBe('抄送：市委各部门，市人大常委会办公室，市政协办公室。');
    expectNothingLost(document, clauses, lines);
  });

  it('a members list set in columns (组  长：王某某    县人民政府副县长): name and post apart, a two-character name padded to three joined', () => {
    const text = ['一、总体要求', '（一）指导思想。坚持人民至上。', '附件', '某某县县医院综合能力提升工作领导小组成员名单', '组  长：王某某    县人民政府副县长', '副组长：张  三    县卫生健康局局长', '成  员：李  四    县财政局副局长', '        赵某某　　县医保局副局长', '领导小组办公室设在县卫生健康局。'];
    const { document, clauses, lines } = buildText('columns.txt', text.join('\n'));
    const members = clauses.filter((c) => c.members.length);
    expect(members.map((c) => c.text)).toEqual(['组长：王某某 县人民政府副县长', '副组长：张三 县卫生健康局局长', '成员：李四 县财政局副局长\n赵某某 县医保局副局长']);
    expect(members.flatMap((c) => c.members.map((m) => [m.role, m.name, m.post]))).toEqual([
      ['组长', '王某某', '县人民政府副县长'], ['副组长', '张三', '县卫生健康局局长'], ['成员', '李四', '县财政局副局长'], ['成员', '赵某某', '县医保局副局长'],
    ]);
    expect(members.flatMap((c) => units(c, 'member'))).toEqual(['县政府', '县卫健局', '县财政局', '县医保局']);
    expectNothingLost(document, clauses, lines);
  });

  it('a post’s unit: 县卫健局局长 → 县卫健局; a post without one gives none', () => {
    expect(['县卫健局局长', '市政府党组成员', '县妇计中心主要负责人', '县长', '县政府分管卫体工作的副县长'].map(unitOfPost)).toEqual(['县卫健局', '市政府', '县妇计中心', null, null]);
  });
});

describe('附表：title right above its table, in the body', () => {
  const text = [
    '某某市县级医院综合能力提升工作实施方案',
    '一、工作目标',
    '到2025年，全市县级医院床位数达到4.5床/千人口。',
    '二、重点任务分工',
    '附表：重点任务分工表',
    '序号\t重点任务\t牵头单位\t配合单位\t完成时限',
    '1\t建立医共体运行监测制度，定期通报\t市卫健委\t市医保局、市财政局\t2024年6月底前',
    '2\t建设县域医学检验中心\t各县（市、区）人民政府\t市发改委、市财政局\t2025年底前',
  ].join('\n');
  const { document, clauses, lines, messages } = buildText('p2-2024.txt', text);

  it('heads the attached table, each row a clause with its units (before: read as a list of one attachment missing from the file, the table left in the closing)', () => {
    expect(document.attachments).toMatchObject([{ label: '附表', title: '重点任务分工表', present: true, clause: 'p2-2024/附表' }]);
    const rows = clauses.filter((c) => c.parent === 'p2-2024/附表');
    expect(rows.map((r) => r.units.filter((u) => u.role === 'lead').map((u) => u.canonical))).toEqual([['市卫健委'], ['各县（市、区）人民政府']]);
    expect(rows.map((r) => r.deadlines.map((d) => d.end))).toEqual([['2024-06-30'], ['2025-12-31']]);
    expect(document.closing).toBe('');
    expect(messages.map((m) => m.message)).not.toContainEqual(expect.stringMatching(/listed but not in the file/));
    expectNothingLost(document, clauses, lines);
  });
});
