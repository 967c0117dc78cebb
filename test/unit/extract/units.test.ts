import { describe, expect, it } from 'vitest';
import { extractListedUnits, type UnitOptions } from '../../../scripts/extract/units.ts';
import { extractActors, readProse, withProseRoles } from '../../../scripts/extract/actors.ts';
import { extractDeadlines } from '../../../scripts/extract/deadlines.ts';
import { ALIAS_TABLE_PATH, readAliasTable } from '../../../scripts/extract/unit-names.ts';
import { buildText } from '../../helpers/fixture-document.ts';

const { table } = readAliasTable(ALIAS_TABLE_PATH);

/** Where a text's deadlines stand, as the extract stage reads them before the prose (in a plan of 2023). */
const deadlineSpans = (text: string) => extractDeadlines(text, 2023).map((d) => d.at);
const noRule: UnitOptions = { rule: null, county: '明溪县', level: '县', table };
const names = (text: string, options = noRule) => extractListedUnits(text, options).units.map((u) => u.name);
const roles = (text: string, options = noRule) =>
  Object.fromEntries(extractListedUnits(text, options).units.map((u) => [u.name, u.role]));

describe('责任单位 annotations', () => {
  it('reads （责任单位：…） at the end of a clause, separated by 、', () => {
    expect(names('规范民营医院发展。（责任单位：县卫体局、县发改局、县民政局）')).toEqual(['县卫体局', '县发改局', '县民政局']);
  });

  it('reads 〔责任单位：…〕 with 、 and ， separators', () => {
    expect(names('持续推动危重孕产妇救治能力建设。〔责任单位：县卫健局，县总医院、基层分院，各乡（镇）人民政府〕')).toEqual([
      '县卫健局', '县总医院', '基层分院', '各乡（镇）人民政府',
    ]);
  });

  it('a role said after a comma is the role of the 、 list it closes when a list or label opens its group, not of the units before the comma', () => {
    expect(roles('推进紧密型医共体建设。（责任单位：县卫健局、县医保局，各乡镇人民政府配合）')).toEqual({ 县卫健局: 'responsible', 县医保局: 'responsible', 各乡镇人民政府: 'cooperate' });
    expect(roles('推进紧密型医共体建设。（县卫健局，县财政局、县医保局配合）')).toEqual({ 县卫健局: 'responsible', 县财政局: 'cooperate', 县医保局: 'cooperate' });
    // after another marker's group, every unit up to the marker is its own, commas or not
    expect(roles('推进紧密型医共体建设。（县卫健局牵头，县财政局，县人社局配合）')).toEqual({ 县卫健局: 'lead', 县财政局: 'cooperate', 县人社局: 'cooperate' });
  });

  it('协同配合, 积极配合 after units are 配合: （县卫健局牵头负责，县财政局、县医保局协同配合）', () => {
    expect(roles('开展绩效考核。（县卫健局牵头负责，县财政局、县医保局协同配合）')).toEqual({ 县卫健局: 'lead', 县财政局: 'cooperate', 县医保局: 'cooperate' });
    expect(roles('开展绩效考核。（县卫健局牵头，县财政局积极配合）')).toEqual({ 县卫健局: 'lead', 县财政局: 'cooperate' });
  });

  it('reads labels after the name of the task they are said of, as a list of who does which task writes them', () => {
    const text = '第（一）项任务：牵头单位：县卫健局；责任单位：县人民医院、县中医院；完成时限：2025年底。';
    expect(roles(text)).toEqual({ 县卫健局: 'lead', 县人民医院: 'responsible', 县中医院: 'responsible' });
    expect(roles('胸痛中心建设：牵头单位：县人民医院；配合单位：县卫健局。')).toEqual({ 县人民医院: 'lead', 县卫健局: 'cooperate' });
  });

  it('reads ASCII brackets and ； separators', () => {
    expect(names('畅通电子处方流转渠道。(责任单位：县卫健局；县医保局)')).toEqual(['县卫健局', '县医保局']);
  });

  it('reads an annotation in a paragraph of its own, broken across lines', () => {
    const text = '强化责任追究和联动问责。\n（责任单位：县卫体局、县司法局、县医保局、县\n市场监管局）';
    const { units } = extractListedUnits(text, noRule);
    expect(units.map((u) => u.name)).toEqual(['县卫体局', '县司法局', '县医保局', '县市场监管局']);
    const last = units.at(-1)!;
    expect(last.text).toBe('县\n市场监管局');
    expect(text.slice(...last.at)).toBe(last.text);
  });

  it('keeps a bracketed alias as one unit: 县总医院（县中医院）', () => {
    const { units } = extractListedUnits('等中医药适宜技术。〔责任单位：县卫健局、县总医院（县\n中医院）〕', noRule);
    expect(units.map((u) => u.name)).toEqual(['县卫健局', '县总医院（县中医院）']);
    expect(units[1].canonical).toBe('县总医院');
  });

  it('takes names without the county prefix as units of the list’s level: 人社局, 财政局', () => {
    const { units } = extractListedUnits(
      '优化县域医共体内人才队伍结构。〔责任单位：县卫健局、人社局、财政局，县委组织部（县委人才办）、县委编办，县总医院〕',
      noRule,
    );
    expect(units.map((u) => u.canonical)).toEqual(['县卫健局', '县人社局', '县财政局', '县委组织部', '县委编办', '县总医院']);
    expect(units[1].kind).toBe('hr-social-security-bureau');
  });

  it('strips the county’s own place name: 明溪医保局 is 县医保局', () => {
    const { units } = extractListedUnits('（责任单位：县卫健局、市场监管局、数字办，明溪医保局，县总医院）', noRule);
    expect(units.map((u) => u.canonical)).toEqual(['县卫健局', '县市场监管局', '县数字办', '县医保局', '县总医院']);
  });

  it('reads the unit labels after a leader’s (（牵头县领导：副县长 某某；牵头单位：…；责任单位：…〔…〕）)', () => {
    expect(roles('推行家庭医生签约服务。（牵头县领导：副县长 刘某某；牵头单位：县卫健局；责任单位：县财政局、各乡镇人民政府〔街道办事处〕）')).toEqual({
      县卫健局: 'lead',
      县财政局: 'responsible',
      '各乡镇人民政府〔街道办事处〕': 'responsible',
    });
  });

  it('reads labelled lead and cooperating lists: 牵头单位：…；配合单位：…', () => {
    expect(roles('（牵头单位：县卫健局；配合单位：县财政局、县人社局）')).toEqual({
      县卫健局: 'lead', 县财政局: 'cooperate', 县人社局: 'cooperate',
    });
  });

  it('reads an unlabelled bracket of units closing a paragraph', () => {
    expect(roles('加强组织保障。\n（县卫健局牵头，县财政局、县人社局配合）')).toEqual({
      县卫健局: 'lead', 县财政局: 'cooperate', 县人社局: 'cooperate',
    });
  });

  it('splits units listed with slashes: 县委组织部／县人社局／县卫健局', () => {
    expect(names('每年12月底前完成年度培训计划。（责任单位：县委组织部／县人社局／县卫健局）')).toEqual(['县委组织部', '县人社局', '县卫健局']);
    expect(names('（责任单位：县卫健局/县医保局）')).toEqual(['县卫健局', '县医保局']);
  });

  it('splits units that only spaces separate (names run together), but keeps a name a line break cut', () => {
    const text = '实行医保基金打包付费。（责任单位：县医共体总医院 县医保局 县财政局）';
    expect(names(text)).toEqual(['县医共体总医院', '县医保局', '县财政局']);
    expect(roles('完善制度。（牵头单位：县卫健局 配合单位：县财政局 县医保局）')).toEqual({
      县卫健局: 'lead', 县财政局: 'cooperate', 县医保局: 'cooperate',
    });
    expect(names('（责任单位：县卫体局、县人民\n医院 县中医院）')).toEqual(['县卫体局', '县人民医院', '县中医院']);
    expect(names('（责任单位：县委县政府督查室、县\n市场监管局）')).toEqual(['县委县政府督查室', '县市场监管局']);
  });

  it('splits units a table cell runs together once its spaces are gone', () => {
    const text = '某县“千县工程”实施方案\n\n一、任务分工表\n\n序号\t重点任务\t牵头单位\t配合单位\t完成时限\n1\t建设胸痛中心\t县人民医院\t县卫体局 县医保局\t2024年6月\n2\t建设卒中中心\t县人民医院\t县卫体局／县财政局\t2024年底\n';
    const rows = buildText('cells.txt', text).clauses.filter((c) => c.cells.length);
    expect(rows.map((c) => c.units.map((u) => `${u.role}:${u.canonical}`))).toEqual([
      ['lead:县人民医院', 'cooperate:县卫体局', 'cooperate:县医保局'],
      ['lead:县人民医院', 'cooperate:县卫体局', 'cooperate:县财政局'],
    ]);
  });

  it('a 、 in brackets does not split a cell’s name: 各县（市、区）人民政府', () => {
    const text = '某某市县级医院综合能力提升工作实施方案\n\n附件\n\n重点任务分工表\n\n序号\t重点任务\t牵头单位\t配合单位\t完成时限\n1\t完成县医院电子病历评级\t各县（市、区）人民政府\t市卫健委\t2024年底\n2\t落实县医院人才招引政策\t市人社局\t各县（市、区）卫健局、市财政局\t长期\n';
    const rows = buildText('cells.txt', text).clauses.filter((c) => c.cells.length);
    expect(rows.map((c) => c.units.map((u) => `${u.role}:${u.text}`))).toEqual([
      ['lead:各县（市、区）人民政府', 'cooperate:市卫健委'],
      ['lead:市人社局', 'cooperate:各县（市、区）卫健局', 'cooperate:市财政局'],
    ]);
  });

  it('a cell’s name that ends in a bracket saying no role keeps it: 各乡镇（街道）, 县总医院（县中医院） (were 各乡镇街道, 县总医院县中医院)', () => {
    const text = '某某县县医院能力提升三年行动实施方案\n\n一、任务分工\n序号\t重点任务\t牵头单位\t配合单位\t完成时限\n1\t推进县域医疗次中心建设\t县卫健局\t各乡镇（街道）\t2023年—2025年\n2\t建设中医特色专科\t县总医院（县中医院）\t县卫健局（牵头）\t2024年底前\n';
    const rows = buildText('cells.txt', text).clauses.filter((c) => c.cells.length);
    expect(rows.map((c) => c.units.map((u) => `${u.role}:${u.text}:${u.canonical}`))).toEqual([
      ['lead:县卫健局:县卫健局', 'cooperate:各乡镇（街道）:各乡镇（街道）'],
      ['lead:县总医院（县中医院）:县总医院', 'lead:县卫健局:县卫健局'],
    ]);
  });

  it('排名第一的为牵头单位 over a task table: a 责任单位 cell’s first unit leads, the others take the rule’s role', () => {
    const text =
      '某某县重点任务清单\n\n附件\n\n重点任务清单\n\n（排名第一的为牵头单位，其他为配合单位）\n\n序号\t工作任务\t责任单位\t完成时间\n1\t人才引进\t县人社局、县卫健局、县委编办\t2025年6月\n2\t绩效考核\t县卫健局\t每半年\n3\t远程医疗\t县人民医院、县卫健局（牵头）、各乡镇卫生院\t2024年底\n';
    const rows = buildText('cells.txt', text).clauses.filter((c) => c.cells.length);
    expect(rows.map((c) => c.units.map((u) => `${u.role}:${u.text}`))).toEqual([
      ['lead:县人社局', 'cooperate:县卫健局', 'cooperate:县委编办'],
      ['lead:县卫健局'],
      // a lead the cell names is the only one
      ['responsible:县人民医院', 'lead:县卫健局', 'responsible:各乡镇卫生院'],
    ]);
  });

  it('县卫健局会同县财政局 in an annotation or a 责任单位 cell: the first leads, those after 会同 cooperate', () => {
    expect(roles('加强建设。（责任单位：县卫健局会同县财政局、县医保局）')).toEqual({ 县卫健局: 'lead', 县财政局: 'cooperate', 县医保局: 'cooperate' });
    expect(roles('加强建设。（县卫健局会同县财政局负责）')).toEqual({ 县卫健局: 'lead', 县财政局: 'cooperate' });
    const text = '某县重点任务清单\n\n附件\n\n重点任务清单\n\n序号\t工作任务\t责任单位\t完成时限\n1\t开展对口帮扶\t县卫健局会同县财政局、县医保局\t2023年底\n2\t建设胸痛中心\t县人民医院、县卫健局\t2023年底\n';
    const rows = buildText('cells.txt', text).clauses.filter((c) => c.cells.length);
    expect(rows.map((c) => c.units.map((u) => `${u.role}:${u.text}`))).toEqual([
      ['lead:县卫健局', 'cooperate:县财政局', 'cooperate:县医保局'],
      ['responsible:县人民医院', 'responsible:县卫健局'],
    ]);
  });

  it('reads 【牵头单位】…【配合单位】… without the next label’s 【 in the lead', () => {
    expect(roles('建成胸痛中心。【牵头单位】县总医院【配合单位】县卫健局、县医保局')).toEqual({
      县总医院: 'lead', 县卫健局: 'cooperate', 县医保局: 'cooperate',
    });
  });

  it('reads a role alone as a label (（牵头：…；配合：…）, 【牵头】…【配合】…) and 主办单位 as the lead', () => {
    expect(roles('建成胸痛中心。（牵头：县卫健局；配合：县财政局、县医保局）')).toEqual({ 县卫健局: 'lead', 县财政局: 'cooperate', 县医保局: 'cooperate' });
    expect(roles('建成胸痛中心。【牵头】县总医院【配合】县卫健局')).toEqual({ 县总医院: 'lead', 县卫健局: 'cooperate' });
    expect(roles('建成胸痛中心。（主办单位：县卫健局；协办单位：县财政局）')).toEqual({ 县卫健局: 'lead', 县财政局: 'cooperate' });
    // not a word of a heading or a sentence
    expect(names('加强部门协同：各部门要加强沟通，形成工作合力。')).toEqual([]);
  });

  it('reads an unlabelled bracket of units that closes with when they act', () => {
    expect(roles('实现县乡一体化管理。（县医疗集团、县卫体局，2024年底前）')).toEqual({ 县医疗集团: 'responsible', 县卫体局: 'responsible' });
    expect(roles('招聘医学类本科生15～20名。（县卫体局牵头，县人社局、县委编办配合，持续推进）')).toEqual({
      县卫体局: 'lead', 县人社局: 'cooperate', 县委编办: 'cooperate',
    });
    expect(names('（县卫健局、2024年的工作）')).toEqual([]);
  });

  it('reads a labelled annotation that closes with when they act: the time is no unit', () => {
    expect(roles('加强基层中医药服务能力建设。（责任单位：县卫健局、县医共体总院，持续推进）')).toEqual({ 县卫健局: 'responsible', 县医共体总院: 'responsible' });
    expect(roles('推进乡村一体化管理。（牵头单位：县医共体总院；配合单位：各乡镇卫生院，2024年底前）')).toEqual({ 县医共体总院: 'lead', 各乡镇卫生院: 'cooperate' });
  });

  it('reads a paragraph after the task that is nothing but unit names', () => {
    expect(roles('推进县域医学检验资源共享。\n县卫健局、县医保局')).toEqual({ 县卫健局: 'responsible', 县医保局: 'responsible' });
    expect(roles('推进县域医学检验资源共享。\n县卫健局 县医保局 县财政局。')).toEqual({ 县卫健局: 'responsible', 县医保局: 'responsible', 县财政局: 'responsible' });
    // a paragraph that says what units do is prose; a clause that is one paragraph names no list
    expect(names('推进县域医学检验资源共享。\n县卫健局、县医保局要加强协调。')).toEqual([]);
    expect(names('县卫健局、县医保局')).toEqual([]);
    // a signature: the issuer over its date
    expect(names('请认真贯彻执行。\n县卫生健康局\n2023年6月15日')).toEqual([]);
    // the end of a sentence a line break left alone, ending as a name may (督办): a phrase
    expect(names('县卫健委每季度召开一次调度会，对进度\n滞后的单位进行督办。')).toEqual([]);
  });

  it('drops 等部门 after the last unit, reads 各医共体 as a unit and 主要负责单位： as a label', () => {
    expect(roles('（县卫健局牵头，县财政局、县医保局等部门配合）')).toEqual({ 县卫健局: 'lead', 县财政局: 'cooperate', 县医保局: 'cooperate' });
    expect(names('（责任单位：县卫健局等部门）')).toEqual(['县卫健局']);
    expect(names('落实医共体绩效考核。（县卫健局、县医保局、各医共体）')).toEqual(['县卫健局', '县医保局', '各医共体']);
    expect(roles('加强运行监测。主要负责单位：县卫健局。协同单位：县医保局。')).toEqual({ 县卫健局: 'responsible', 县医保局: 'cooperate' });
    expect(roles('（责任单位：县卫健局牵头，各医疗卫生单位负责落实）')).toEqual({ 县卫健局: 'lead', 各医疗卫生单位: 'responsible' });
  });

  it('does not read a bracket of ordinary words as units', () => {
    expect(names('通过巡回医疗、邻（联）村延伸服务等方式（含定向生）')).toEqual([]);
  });
});

describe('role rules', () => {
  const ruleClause =
    '县级医院不得以任何形式虹吸乡镇卫生院人才。（责任单位：县卫体局、县教科局、县财政局、县人社局。以下除特别注明外，排名第一位的为牵头单位）';

  it('以下除特别注明外，排名第一位的为牵头单位 applies to the clause that states it', () => {
    expect(roles(ruleClause)).toEqual({ 县卫体局: 'lead', 县教科局: 'responsible', 县财政局: 'responsible', 县人社局: 'responsible' });
  });

  it('…and to the following clauses', () => {
    const options: UnitOptions = { ...noRule, rule: { others: 'responsible' } };
    expect(roles('（责任单位：县财政局、县发改局、县卫体局）', options)).toEqual({
      县财政局: 'lead', 县发改局: 'responsible', 县卫体局: 'responsible',
    });
  });

  it('…按职责分别牵头负责: every unit before it leads', () => {
    expect(roles('（责任单位：县委组织部、县委编办、县教科局、县卫体局按职责分别牵头负责）')).toEqual({
      县委组织部: 'lead', 县委编办: 'lead', 县教科局: 'lead', 县卫体局: 'lead',
    });
  });

  it('…按职责分别牵头，…配合: leads and cooperating units, overriding the document rule', () => {
    const options: UnitOptions = { ...noRule, rule: { others: 'responsible' } };
    expect(roles('（责任单位：县教科局、县卫体局按职责分别牵头，县财政局、县市场监督管理局配合）', options)).toEqual({
      县教科局: 'lead', 县卫体局: 'lead', 县财政局: 'cooperate', 县市场监督管理局: 'cooperate',
    });
  });

  it('a role in brackets after a listed unit: 县卫健局（牵头）', () => {
    expect(roles('加强人才队伍建设。责任单位：县卫健局（牵头）、县人社局、县财政局（配合）')).toEqual({ 县卫健局: 'lead', 县人社局: 'responsible', 县财政局: 'cooperate' });
    // in the 〔〕 an annotation may use
    expect(roles('加强人才队伍建设。（责任单位：县卫健局〔牵头〕、县医保局、县财政局）')).toEqual({ 县卫健局: 'lead', 县医保局: 'responsible', 县财政局: 'responsible' });
  });

  it('负责 with what the unit is responsible for after it: 县卫健局负责指导 is 县卫健局', () => {
    expect(roles('推进家庭医生签约服务。（责任单位：各乡镇卫生院、各村卫生室，县卫健局负责指导）')).toEqual({
      各乡镇卫生院: 'responsible', 各村卫生室: 'responsible', 县卫健局: 'responsible',
    });
  });

  it('a unit that 指导s or 督导s the task guides its doers and is none of them; the doers before it are read', () => {
    const city: UnitOptions = { rule: null, county: null, level: '市', table };
    expect(roles('加强胸痛中心建设。各县级医院全部通过胸痛中心认证。（各县〔市、区〕卫生健康局负责，市卫生健康委指导）', city)).toEqual({
      '各县〔市、区〕卫生健康局': 'responsible',
    });
    expect(roles('建立县域医共体运行监测制度。（县卫健局牵头，县财政局配合，市卫健委督导）', city)).toEqual({ 县卫健局: 'lead', 县财政局: 'cooperate' });
    expect(roles('建立县域医共体运行监测制度。（牵头单位：县卫健局；指导单位：市卫健委）', city)).toEqual({ 县卫健局: 'lead' });
    // 监督单位： as 指导单位：, not a unit named 监督单位：县卫生健康和体育局
    expect(roles('（三）每年开展新技术、新项目不少于5项。\n（责任单位：县人民医院；监督单位：县卫生健康和体育局）')).toEqual({ 县人民医院: 'responsible' });
    // only its own 、 list guides: the doers before the comma stay
    expect(roles('建立县域医共体运行监测制度。（县卫健局、县医保局，市卫健委、市医保局指导）', city)).toEqual({ 县卫健局: 'responsible', 县医保局: 'responsible' });
    // 负责指导 is responsible for guiding: a doer
    expect(roles('推进卒中中心建设。（市卫生健康委负责指导，各县〔市、区〕卫生健康局负责）', city)).toEqual({
      市卫生健康委: 'responsible', '各县〔市、区〕卫生健康局': 'responsible',
    });
  });

  it('a label of who oversees the units (督办单位：, 责任领导：) ends their list (督办单位：县政府督查室 was a unit)', () => {
    expect(roles('落实医疗卫生人才引进政策。（责任单位：县卫健局；督办单位：县政府督查室）')).toEqual({ 县卫健局: 'responsible' });
    expect(roles('落实县级医院综合改革。（牵头单位：县卫健局；责任领导：李某某）')).toEqual({ 县卫健局: 'lead' });
  });

  it('主责 and 负总责 after a unit are responsible (as a 主责单位： label), 协办 cooperate (were no units at all)', () => {
    expect(roles('推进医防融合。（县卫健局主责，县疾控中心协办）')).toEqual({ 县卫健局: 'responsible', 县疾控中心: 'cooperate' });
    expect(roles('抓好方案落实。（县卫健局负总责）')).toEqual({ 县卫健局: 'responsible' });
  });

  it('具体实施 and 组织实施 say who does the work: responsible', () => {
    expect(roles('建立医共体运行监测制度。（县卫健局牵头，县医共体总医院具体实施）')).toEqual({ 县卫健局: 'lead', 县医共体总医院: 'responsible' });
    expect(roles('（责任单位：县卫健局组织实施）')).toEqual({ 县卫健局: 'responsible' });
  });

  it('without a rule every listed unit is responsible', () => {
    expect(new Set(Object.values(roles('〔责任单位：县卫健局、县总医院〕')))).toEqual(new Set(['responsible']));
  });
});

describe('implicit actors', () => {
  const actors = (text: string, listed = extractListedUnits(text, noRule)) =>
    extractActors(text, listed.annotations, deadlineSpans(text), listed.units, '县', '襄垣县', table).map((u) => `${u.name}:${u.role}`);

  it('units that guide, check or allot: 给予指导, 督导, 核定人员编制, 会同…研究制定', () => {
    expect(actors('市卫健委、市医保局给予指导。')).toEqual(['市卫健委:actor', '市医保局:actor']);
    expect(actors('县人民医院负责，县卫体局督导。')).toEqual(['县人民医院:responsible', '县卫体局:actor']);
    expect(actors('县财政局负责落实专项资金，县委编办核定人员编制。')).toEqual(['县财政局:responsible', '县委编办:actor']);
    expect(actors('县医保局要会同县卫健局研究制定打包付费办法。')).toEqual(['县医保局:lead', '县卫健局:cooperate']);
  });

  it('县财政 as the doer is the finance bureau (a short name in the alias table), not where it qualifies a noun', () => {
    const canonical = (text: string) => extractActors(text, [], deadlineSpans(text), [], '县', '剑阁县', table).map((u) => `${u.name}→${u.canonical}`);
    expect(canonical('县财政每年安排专项资金不少于3000万元。')).toEqual(['县财政→县财政局']);
    expect(canonical('一是县财政将县医院能力提升经费纳入预算；二是市财政给予补助。')).toEqual(['县财政→县财政局', '市财政→市财政局']);
    expect(canonical('县财政局负责落实专项资金。')).toEqual(['县财政局→县财政局']);
    expect(canonical('县财政专项资金用于设备购置。')).toEqual([]);
    // how long it acts may stand before the verb (two blind readings of the twelfth and thirteenth probes: 县财政三年累计安排…)
    expect(canonical('到2025年，县财政累计投入资金1亿元。')).toEqual(['县财政→县财政局']);
    expect(canonical('县财政三年累计安排县级医院能力提升专项资金不少于3000万元。')).toEqual(['县财政→县财政局']);
  });

  it('具体落实 after a unit in prose is responsible; 会同… 组织实施: the partners cooperate with the lead', () => {
    expect(actors('县卫健局负责统筹，各乡镇卫生院具体落实。')).toEqual(['县卫健局:responsible', '各乡镇卫生院:responsible']);
    expect(actors('由县卫健局牵头，会同县财政局、县医保局组织实施。')).toEqual(['县卫健局:lead', '县财政局:cooperate', '县医保局:cooperate']);
  });

  it('health facilities by their own endings: 县医共体总院, 县妇幼保健院, 各乡镇（中心）卫生院', () => {
    expect(actors('推进医共体建设。县医共体总院牵头，各乡镇（中心）卫生院配合，2025年6月底前完成。')).toEqual([
      '县医共体总院:lead',
      '各乡镇（中心）卫生院:cooperate',
    ]);
    expect(actors('各乡镇（中心）卫生院负责落实基本公共卫生服务，县妇幼保健院负责妇幼健康服务。')).toEqual([
      '各乡镇（中心）卫生院:responsible',
      '县妇幼保健院:responsible',
    ]);
    expect(names('开展孕产妇健康管理。（县妇幼保健院、县医共体总院）')).toEqual(['县妇幼保健院', '县医共体总院']);
    // the medical group's branches named together
    expect(actors('推进县乡一体化管理。县医共体总院牵头，各分院具体负责。')).toEqual(['县医共体总院:lead', '各分院:responsible']);
  });

  it('the counties’ bodies under a city’s plan with their brackets nested (各县〔市、区〕卫生健康局要…) are actors', () => {
    const city = (text: string) => extractActors(text, [], deadlineSpans(text), [], '市', null, table).map((u) => `${u.name}:${u.canonical}`);
    expect(city('各县〔市、区〕卫生健康局要加强业务指导。')).toEqual(['各县〔市、区〕卫生健康局:各县（市、区）卫生健康局']);
  });

  it('the counties’ bodies named 各县区… under a city’s plan, and 补齐 as what a doer does', () => {
    const city = (text: string) => extractActors(text, [], deadlineSpans(text), [], '市', null, table).map((u) => u.name);
    expect(city('各县区政府是县级医院高质量发展的责任主体，要于每年1月底前制定年度实施计划。')).toEqual(['各县区政府']);
    expect(city('2023—2024年，各县区县级医院补齐设施设备短板。')).toEqual(['各县区县级医院']);
  });

  it('a doer opening a phrase after when it acts (力争2024年底前县人民医院通过…) is an actor', () => {
    expect(actors('力争2025年底前县中医院通过二甲医院评选。')).toEqual(['县中医院:actor']);
    expect(actors('加快院区建设进度，争取在2025年底县人民医院通过三级综合医院评审。')).toEqual(['县人民医院:actor']);
    // not when the date does not open the phrase (the object of a verb before it)
    expect(actors('督促完成2024年底前县人民医院通过评审所需的各项准备。')).toEqual([]);
  });

  it('负责牵头 and 作为牵头单位 say the lead in prose', () => {
    expect(actors('县卫健局负责牵头，县财政局负责资金保障。')).toEqual(['县卫健局:lead', '县财政局:responsible']);
    expect(actors('县人民医院作为牵头单位，联合各乡镇卫生院组建医共体。')).toEqual(['县人民医院:lead', '各乡镇卫生院:actor']);
  });

  it('a doer with when it acts before the verb (市卫生健康委2025年6月30日前组织…) is an actor; a noun after the date is none', () => {
    const city = (text: string) => extractActors(text, [], deadlineSpans(text), [], '市', null, table).map((u) => u.name);
    expect(city('强化督导评估。市卫生健康委2025年6月30日前组织开展中期评估，2025年底前完成总结验收。')).toEqual(['市卫生健康委']);
    expect(city('各县（市、区）人民医院2023年上半年完成医疗服务能力评估。')).toEqual(['各县（市、区）人民医院']);
    expect(actors('县人民医院2024年第三季度通过胸痛中心认证。')).toEqual(['县人民医院:actor']);
    expect(actors('县人民医院2025年床位数达到500张。')).toEqual([]);
  });

  it('the clause’s deadlines are where a doer acts: between its name and the verb, or opening the phrase before it', () => {
    const city = (text: string, deadlines = deadlineSpans(text)) => extractActors(text, [], deadlines, [], '市', null, table).map((u) => u.name);
    expect(city('各县（市、区）人民医院2023年上半年完成医疗服务能力评估。')).toEqual(['各县（市、区）人民医院']);
    expect(city('市卫生健康委2025年6月30日前，组织开展中期评估。')).toEqual(['市卫生健康委']);
    expect(city('加快院区建设，力争2024年底前县人民医院通过三级医院评审。')).toEqual(['县人民医院']);
    // as the deadlines read them: a month with 份, a year in Chinese numerals
    expect(city('县人民医院2024年6月份前完成胸痛中心建设。')).toEqual(['县人民医院']);
    expect(city('加快院区建设，力争二〇二五年底前县中医院通过二甲医院评审。')).toEqual(['县中医院']);
    // no deadline there, no doer: a name and a verb apart
    expect(city('各县（市、区）人民医院2023年上半年完成医疗服务能力评估。', [])).toEqual([]);
    expect(city('加快院区建设，力争2024年底前县人民医院通过三级医院评审。', [])).toEqual([]);
  });

  it('a doer before the times the deadlines read right before a verb: 2024年中, a month alone, 年初 without a year; not before a word (6月龄, 2024年中医科)', () => {
    expect(actors('县人民医院2024年中完成门诊楼改造。')).toEqual(['县人民医院:actor']);
    expect(actors('县人民医院6月完成胸痛中心建设。')).toEqual(['县人民医院:actor']);
    expect(actors('县卫健局年初制定年度培训计划。')).toEqual(['县卫健局:actor']);
    expect(actors('县人民医院6月龄儿童健康管理率达到90%。')).toEqual([]);
    expect(actors('县人民医院2024年中医科门诊量增长10%。')).toEqual([]);
    expect(actors('县卫健局年初确定的目标任务全面完成。')).toEqual([]);
  });

  it('in a plan that names no year anywhere, a time no year dates (6月底前) is no deadline but still when the doer acts, in prose and in a table’s task cell', () => {
    const plan = '某某县县医院能力提升工作方案\n\n一、重点任务\n（一）胸痛中心建设。县人民医院6月底前完成胸痛中心建设。\n二、进度安排\n序号\t工作内容\t完成时限\n1\t县中医院年底前完成卒中中心建设\t年底前\n';
    const clauses = buildText('undated.txt', plan).clauses.filter((c) => c.units.length);
    expect(clauses.map((c) => [c.units.map((u) => `${u.name}:${u.role}`), c.deadlines])).toEqual([
      [['县人民医院:actor'], []],
      [['县中医院:actor'], []],
    ]);
  });

  it('能 after a unit is a modal verb, not the 能 of 能力: 县财政每年安排县级医院能力提升资金 names no 县…医院', () => {
    expect(actors('2023年起，县财政每年安排县级医院能力提升资金不少于500万元。')).toEqual(['县财政:actor']);
    expect(actors('县人民医院能力显著提升。')).toEqual([]);
    expect(actors('县人民医院能独立开展三级手术。')).toEqual(['县人民医院:actor']);
  });

  it('重点 after a unit: an adverb of what it does (县中医医院重点建设内分泌科), not the 重点 of a noun it qualifies (县级医院重点专科数)', () => {
    expect(actors('县中医医院重点建设内分泌科、治未病科。')).toEqual(['县中医医院:actor']);
    expect(actors('县级医院重点专科数：≥3个（2024年），≥5个（2025年）。')).toEqual([]);
    expect(actors('县人民医院重点学科达到5个。')).toEqual([]);
  });

  it('a list of duties, the unit before a colon: 县卫健局：负责统筹协调…, 各乡镇人民政府：配合…', () => {
    expect(actors('县卫健局：负责统筹协调，制定实施方案，组织考核评估。')).toEqual(['县卫健局:responsible']);
    expect(actors('县人民医院、县中医院：负责具体实施。')).toEqual(['县人民医院:responsible', '县中医院:responsible']);
    expect(actors('各乡镇人民政府：配合做好相关工作。')).toEqual(['各乡镇人民政府:cooperate']);
    expect(actors('县人民医院：加强胸痛中心建设。')).toEqual(['县人民医院:actor']);
  });

  it('a doer followed by how often it acts: 县卫健局每季度开展一次督导', () => {
    expect(actors('强化督导考核。县卫健局每季度开展一次督导，每年12月底前完成年度考核。')).toEqual(['县卫健局:actor']);
  });

  it('a group’s head hospital named after the group: 由县医疗集团总院统一管理', () => {
    expect(actors('由县医疗集团总院统一管理，县医保局负责基金监管。')).toEqual(['县医疗集团总院:actor', '县医保局:responsible']);
  });

  it('the county’s government as the doer: 县人民政府落实…, 市政府成立…; its office named in full stays itself', () => {
    expect(actors('县人民政府落实办医主体责任，县财政局将医共体建设经费纳入预算。')).toEqual(['县人民政府:actor', '县财政局:actor']);
    expect(actors('为加强组织领导，市政府成立县域医疗中心建设工作领导小组。')).toEqual(['市政府:actor']);
    expect(actors('县政府要加强组织领导，县政府办公室负责督查。')).toEqual(['县政府:actor', '县政府办公室:responsible']);
  });

  it('listed units take the lead or cooperating role the prose says of them: 由…牵头，…配合…（责任单位：…）', () => {
    const units = (text: string, options = noRule) => {
      const listed = extractListedUnits(text, options);
      const prose = readProse(text, listed.annotations, deadlineSpans(text), listed.units, '县', '襄垣县', table);
      return [...withProseRoles(listed.units, prose.rolesOfListed), ...prose.actors].map((u) => `${u.name}:${u.role}`);
    };
    expect(units('推进医共体建设。由县医共体总院牵头，县卫健局、县医保局配合，2024年12月31日前实现统一管理。（县医共体总院、县卫健局）')).toEqual([
      '县医共体总院:lead', '县卫健局:cooperate', '县医保局:cooperate',
    ]);
    // no second lead where the annotation names one
    expect(units('加强人才培养。县人社局牵头制定办法。（牵头单位：县卫健局；配合单位：县人社局）')).toEqual(['县卫健局:lead', '县人社局:cooperate']);
  });

  it('县人民医院要…', () => {
    expect(actors('县人民医院要加快信息化建设，推进智慧医院。')).toEqual(['县人民医院:actor']);
  });

  it('由县卫体局汇总…', () => {
    expect(actors('每年11月15日前向县卫体局报送年度工作情况，由县卫体局汇总于每年11月底前向市卫生健康委报送。')).toEqual([
      '县卫体局:actor',
    ]);
  });

  it('县级各医疗机构… at the start of a paragraph', () => {
    expect(actors('启动阶段（2023年8月底前）\n县级各医疗机构根据行动方案制定三年规划')).toEqual(['县级各医疗机构:actor']);
  });

  it('the county’s medical groups all together: 各医共体要…, as an annotation lists them', () => {
    expect(actors('县委组织部、县委编办要统筹编制资源，各医共体要加强人员培训。')).toEqual(['县委组织部:actor', '县委编办:actor', '各医共体:actor']);
    expect(actors('各医疗集团总院要加强对成员单位的统一管理。')).toEqual(['各医疗集团总院:actor']);
    expect(actors('推动各医共体建设。')).toEqual([]);
  });

  it('a placeholder is no actor, as it is no unit in an annotation: 县直各有关部门要…', () => {
    expect(actors('县直各有关部门要按照职责分工，抓好落实。县级各医疗机构要加强管理。')).toEqual(['县级各医疗机构:actor']);
    expect(actors('县卫健局、县直各相关单位要加强协作，形成工作合力。')).toEqual(['县卫健局:actor']);
    expect(extractListedUnits('加强组织领导。（县卫健局、县直各有关部门）', noRule).units.map((u) => `${u.name}:${u.role}`)).toEqual(['县卫健局:responsible']);
  });

  it('take the role the prose gives them: 牵头 leads, 配合 cooperates (the whole list before it), 负责 is responsible', () => {
    expect(actors('改扩建门诊综合楼。县发展和改革局牵头，县财政局、县自然资源局配合，2025年6月底前完成。')).toEqual([
      '县发展和改革局:lead',
      '县财政局:cooperate',
      '县自然资源局:cooperate',
    ]);
    expect(actors('推进信息化建设。由县人民医院负责，县卫生健康局指导。')).toEqual(['县人民医院:responsible', '县卫生健康局:actor']);
    expect(actors('推进医共体建设。县卫健局、县医保局按职责分工负责。')).toEqual(['县卫健局:responsible', '县医保局:responsible']);
    expect(actors('完善医保支付。县医保局、县财政局按照职责分别牵头。')).toEqual(['县医保局:lead', '县财政局:lead']);
    expect(actors('加强专科建设。由县卫健局牵头，县财政局、县人社局等部门配合。')).toEqual(['县卫健局:lead', '县财政局:cooperate', '县人社局:cooperate']);
    expect(actors('推进信息化。县卫健局负责，县工信局、县数据局协助。')).toEqual(['县卫健局:responsible', '县工信局:cooperate', '县数据局:cooperate']);
  });

  it('a unit working with the doer (会同: it leads, they cooperate; 联合), and the townships’ bodies named all together', () => {
    expect(actors('县卫健局会同县人社局制定人才引进办法。')).toEqual(['县卫健局:lead', '县人社局:cooperate']);
    expect(actors('县卫健局会同县财政局负责落实。')).toEqual(['县卫健局:lead', '县财政局:cooperate']);
    expect(actors('县卫健局负责，会同县财政局落实。')).toEqual(['县卫健局:responsible', '县财政局:cooperate']);
    // no doer before 会同 in the sentence: both stay actors
    expect(actors('要会同县财政局制定办法。')).toEqual(['县财政局:actor']);
    expect(actors('县卫健局制定方案。会同县财政局落实资金。')).toEqual(['县卫健局:actor', '县财政局:actor']);
    expect(actors('各乡镇人民政府要落实属地责任，各乡（镇）卫生院配合开展巡诊。')).toEqual(['各乡镇人民政府:actor', '各乡（镇）卫生院:cooperate']);
  });

  it('a province’s and a city’s units, and the counties or cities under them named all together', () => {
    const at = (level: string) => (text: string) => {
      const listed = extractListedUnits(text, { ...noRule, county: null, level });
      return extractActors(text, listed.annotations, deadlineSpans(text), listed.units, level, null, table).map((u) => `${u.canonical}:${u.role}`);
    };
    expect(at('省')('省卫生健康委牵头，省发展改革委、省财政厅配合，各市卫生健康委负责落实。')).toEqual([
      '省卫健委:lead', '省发改委:cooperate', '省财政厅:cooperate', '各市卫生健康委:responsible',
    ]);
    expect(at('市')('各县（市、区）人民政府要落实主体责任，市卫生健康委加强指导。')).toEqual(['各县（市、区）人民政府:actor', '市卫健委:actor']);
    expect(at('省')('省级医院要加强对口帮扶。')).toEqual([]);
  });

  it('a city plan’s bare names are the city’s: （责任单位：财政局、人社局）', () => {
    const text = '某某市“千县工程”实施方案\n\n某某市卫生健康委员会\n\n2023年3月10日\n\n一、重点任务\n\n（一）加强人才建设。各县医院引进人才。（责任单位：财政局、人社局）\n';
    const clause = buildText('city.txt', text).clauses.find((c) => c.units.length);
    expect(clause?.units.map((u) => u.canonical)).toEqual(['市财政局', '市人社局']);
  });

  it('the sixth probe: 成功创建, 同步, 共同, 新设, 派驻 are done; a hospital of another place or a university acts after 依托 or opening a sentence; a comma lists the core bodies', () => {
    expect(actors('县人民医院成功创建心血管内科市级临床重点专科；县中医院新设麻醉科、康复医学科。')).toEqual(['县人民医院:actor', '县中医院:actor']);
    expect(actors('县中医院同步建设县域中医医学中心。')).toEqual(['县中医院:actor']);
    expect(actors('县人民医院、县中医院共同推进县域医共体建设。')).toEqual(['县人民医院:actor', '县中医院:actor']);
    expect(actors('依托郴州市第一人民医院对口帮扶，每年柔性引进专家不少于5名。')).toEqual(['郴州市第一人民医院:actor']);
    expect(actors('选派骨干医师赴兰州大学第二医院进修学习。兰州大学第二医院派驻专家11名开展长期帮扶。')).toEqual(['兰州大学第二医院:actor']);
    // …not a name's letters run on from the words before it, nor what a plan takes as its occasion
    expect(actors('依托赣南医科大学第一附属医院对口支援，每年柔性引进高级职称专家不少于6名。')).toEqual(['赣南医科大学第一附属医院:actor']);
    expect(actors('以重庆医科大学附属医院对口帮扶为契机，补齐专科短板。')).toEqual([]);
    // typed on a Western keyboard, a comma lists the hospitals a 医共体 is built around
    expect(actors('以县人民医院，县中医院为牵头医院，组建2个紧密型县域医共体。')).toEqual(['县人民医院:actor', '县中医院:actor']);
  });

  it('found on plans nobody tuned the rules on: an item opener, 依托, 以…为龙头, 县医院, a list going on without levels, 督查室', () => {
    // 二是县卫健委…: an enumerated item opens like a phrase
    expect(actors('（四）严格督导考核。一是将能力提升工作纳入各单位年度目标考核；二是县卫健委每季度开展一次督导，通报进展。')).toEqual(['县卫健委:actor']);
    // 依托 names the body that builds (not 以县域医共体为载体)
    expect(actors('12. 牵头组建资源共享中心。依托县人民医院建设医学检验、医学影像、心电诊断、病理、消毒供应等资源共享中心。')).toEqual(['县人民医院:actor']);
    expect(actors('17. 组建医疗质控中心。依托县人民医院组建医共体医疗质控中心，每季度开展一次医疗质量检查。')).toEqual(['县人民医院:actor']);
    // 以…为龙头组建: the core bodies, also two of them
    expect(actors('一是以县人民医院、县中医院为龙头组建两个医疗健康服务集团，统筹管理乡镇卫生院和村卫生室。')).toEqual(['县人民医院:actor', '县中医院:actor']);
    expect(actors('以县域医共体为载体，推进资源共享。')).toEqual([]);
    // 为牵头医院: the hospitals a 医共体 is built around, not the task's lead
    expect(actors('以县人民医院、县中医院为牵头医院组建两个医共体，推进人财物统一管理。')).toEqual(['县人民医院:actor', '县中医院:actor']);
    // how it acts (按规定) between the doer and the verb
    expect(actors('县财政局按规定落实政府对县级公立医院的投入政策。')).toEqual(['县财政局:actor']);
    // a rate's 每千人口 after a name is no 每季度: 县级医院每千人口床位数 names none
    expect(actors('到2025年，县人民医院每千人口床位数达到2.2张。')).toEqual([]);
    // 巩固, 创建, 做强 are what a doer does; 县政府督查办 is a name
    expect(actors('到2025年，县人民医院达到三级医院医疗服务能力，县中医院创建成为二级甲等中医医院。')).toEqual(['县人民医院:actor', '县中医院:actor']);
    expect(actors('一是加强专科建设，市人民医院重点建设心血管专科，市中医院做强骨伤专科。')).toEqual(['市人民医院:actor', '市中医院:actor']);
    expect(actors('县委督查办、县政府督查办每季度对重点任务推进情况开展督查。')).toEqual(['县委督查办:actor', '县政府督查办:actor']);
    // a prose 牵头 beside the annotation's lead makes no second lead
    expect(actors('由县人民医院牵头组建紧密型县域医共体。（牵头单位：县卫健局；责任单位：县医保局）')).toEqual(['县人民医院:actor']);
    // units whose heads sit in a group do nothing here
    expect(actors('成立由分管副县长任组长，县卫健局、县发改局、县财政局、县医保局主要负责同志为成员的领导小组，领导小组办公室设在县卫健局。')).toEqual([]);
    // 县医院 is a unit name, the county's hospital
    const [hospital] = extractActors('明确双向转诊标准和流程，县医院每年下转康复期患者不少于1000人次。', [], [], [], '县', '某某县', table);
    expect(hospital).toMatchObject({ name: '县医院', canonical: '县人民医院', role: 'actor' });
    // units a verb of their own follows: 设立, 达到; a partner the doer sets up work with (与…建立协作机制: five blind golds
    // of the later probes read it so, the first probe's did not)
    expect(actors('21. 推进医防融合。县人民医院设立公共卫生科，与县疾控中心建立协作机制。')).toEqual(['县人民医院:actor', '县疾控中心:actor']);
    // a partner's name starts after 并与, not at 并 (the eighteenth probe's 咸丰); a county's bodies under a city's plan
    // end at their own name (各县（市、区）要指导县级医院…: 各县（市、区）, no body 各县（市、区）要指导县级医院)
    expect(actors('县人民医院牵头组建医共体，并与湖北民族大学附属民大医院建立专科联盟。')).toContain('湖北民族大学附属民大医院:actor');
    expect(actors('各县（市、区）要指导县级医院加强专科建设。').some((a) => a.includes('要指导'))).toBe(false);
    // hospitals described, not named (省内外多家知名三级医院), are no unit
    expect(actors('推动县级各医疗机构与省内外多家知名三级医院建立医联体合作关系。')).toEqual([]);
    expect(actors('到2025年，县人民医院综合服务能力达到三级医院水平，县中医院达到二级甲等中医医院标准。')).toEqual(['县中医院:actor']);
    // a list going on without the level: each name takes the level of the one before
    expect(
      extractActors('县卫健局负责统筹协调，县发改局、财政局、人社局、医保局按职责抓好落实。', [], [], [], '县', '某某县', table).map((u) => `${u.name}:${u.canonical}:${u.role}`),
    ).toEqual(['县卫健局:县卫健局:responsible', '县发改局:县发改局:actor', '财政局:县财政局:actor', '人社局:县人社局:actor', '医保局:县医保局:actor']);
    expect(actors('加强统筹。县卫健局、财政局要加强协调，建立工作机制。')).toEqual(['县卫健局:actor', '财政局:actor']);
    // 县政府督查室 is an office of its own, not 县政府; with 会同 it leads
    expect(actors('县政府督查室会同县卫健局每半年开展一次专项督查。')).toEqual(['县政府督查室:lead', '县卫健局:cooperate']);
  });

  it('not a unit the prose only mentions (县人民医院感染科), nor one already listed', () => {
    expect(actors('加强传染病救治体系和县人民医院感染科建设。')).toEqual([]);
    expect(actors('县财政局要加强统筹。（责任单位：县财政局）')).toEqual([]);
  });
});

describe('other annotation forms', () => {
  it('【责任单位】 followed by the list', () => {
    expect(names('推进家庭医生签约服务。\n【责任单位】县卫健局、县医保局')).toEqual(['县卫健局', '县医保局']);
  });

  it('责任单位： after a full stop, without brackets', () => {
    expect(names('推进家庭医生签约服务。责任单位：县卫健局、县医保局')).toEqual(['县卫健局', '县医保局']);
  });

  it('an unlabelled bracket whose role markers vouch for 各乡镇', () => {
    expect(roles('开展爱国卫生运动。（县卫健局牵头，各乡镇配合）')).toEqual({ 县卫健局: 'lead', 各乡镇: 'cooperate' });
  });
});

describe('annotations inside a paragraph', () => {
  it('a bracket of units that says their roles closes an item anywhere: 一是…（县人民医院负责）；…（县卫健局牵头，县医保局配合）', () => {
    const text =
      '提升核心专科能力。一是加强重症医学科建设（县人民医院负责）；二是加强急诊科建设，急诊科医师不少于10名（县人民医院、县中医医院负责）；三是开展临床路径管理，病种数不少于200个（县卫健局牵头，县医保局配合）。';
    expect(extractListedUnits(text, noRule).units.map((u) => `${u.name}:${u.role}`)).toEqual([
      '县人民医院:responsible', '县人民医院:responsible', '县中医医院:responsible', '县卫健局:lead', '县医保局:cooperate',
    ]);
    // each is a mention at its own item's annotation (docs/data.md, units)
    const hospital = extractListedUnits(text, noRule).units.filter((u) => u.name === '县人民医院');
    expect(hospital.map((u) => text.slice(u.at[0] - 1, u.at[1] + 2))).toEqual(['（县人民医院负责', '（县人民医院、县']);
    // without a role, a bracket inside a paragraph stays an alias
    expect(names('依托县总医院（县中医院），建设县域急救中心。')).toEqual([]);
  });
});

describe('brackets that are not annotations', () => {
  it('an alias closing a sentence: 依托县总医院（县中医院）。', () => {
    expect(names('建设县域急救中心，依托县总医院（县中医院）')).toEqual([]);
  });
});

describe('labelled annotations with more than units', () => {
  it('（主要责任单位：…；协同单位：…）: each label gives its own list its role', () => {
    expect(roles('加强管理。（主要责任单位：县卫健局；协同单位：县发改局）')).toEqual({ 县卫健局: 'responsible', 县发改局: 'cooperate' });
  });

  it('完成时限 after the units ends the list', () => {
    expect(names('加强管理。（责任单位：县卫健局，各乡镇人民政府；完成时限：2025年底）')).toEqual(['县卫健局', '各乡镇人民政府']);
  });
});
