/**
 * County plans in the shapes they are written in, linked against the national plan: tasks one
 * line each (1.建设胸痛中心、卒中中心、创伤中心。, the whole clause its heading: a task of its own,
 * and a section that is all heading links to the task it names), tasks as the rows of a
 * 重点任务分解表 (compared by what the row says the task is, not by who does it and by when), and
 * several tasks in one clause as an inline enumeration (一是…二是…三是…); a plan that says the
 * national tasks in its own headings and order, written for this test apart from the annotated plans;
 * and sections that are all heading over their items, named by the national name or a shortened one;
 * items that say too little to choose by, under a task that links surely.
 */
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTextSources } from '../../../scripts/ingest/read-corpus.ts';
import { structureDocument } from '../../../scripts/structure/index.ts';
import { DEFAULTS, emptyCuration, linkCorpus, readConcepts } from '../../../scripts/link/index.ts';
import { linkedText } from '../../../scripts/link/linked-text.ts';
import { namedLists, otherProgramme } from '../../../scripts/link/programmes.ts';
import { headingHeld, restatedLinks, sectionLinks, type Scored } from '../../../scripts/link/choose.ts';
import { clause as record } from '../../helpers/records.ts';
import { fold } from '../../../scripts/link/ngrams.ts';

const terse = `某县“千县工程”县医院综合能力提升工作实施方案

一、重点任务
（一）加强急诊急救能力建设
1.建设胸痛中心、卒中中心、创伤中心。
2.建设危重孕产妇救治中心、危重儿童和新生儿救治中心。
（二）改善硬件条件
1.完成县人民医院住院综合楼建设。
2.新增CT、核磁共振等大型医疗设备。
`;

const tasksTable = `某县推进“千县工程”县医院综合能力提升工作方案

一、工作目标
到2025年，县人民医院达到三级医院医疗服务能力水平。

二、重点任务
见附件。

附件

重点任务分解表

序号\t重点任务\t牵头单位\t配合单位\t完成时限
1\t建成胸痛中心、卒中中心、创伤中心\t县卫健局\t县人民医院\t2024年12月底前
2\t引进和培养高层次人才，每年招聘医学本科以上人才10名\t县人民医院\t县人社局\t2025年
3\t完成县人民医院门诊综合楼改扩建，配置CT、DSA等设备\t县发改局\t县卫健局\t2025年6月
4\t牵头组建紧密型县域医共体，推进分级诊疗\t县卫健局\t各乡镇卫生院\t持续推进
`;

const enumerated = `某县“千县工程”县医院综合能力提升工作实施方案

一、重点任务
（一）全面提升县人民医院服务能力。一是建设胸痛中心、卒中中心、创伤中心等急诊急救五大中心；二是引进和培养高层次人才，每年招聘医学本科以上人才10名；三是完成门诊综合楼改扩建，配置CT、DSA等大型设备。
`;

const enumeratedWithOwnLink = `某县“千县工程”县医院综合能力提升工作实施方案

一、重点任务
（一）加强急诊急救能力建设。一是建设胸痛中心、卒中中心、创伤中心等急诊急救五大中心；二是引进和培养急诊医学高层次人才，每年招聘医学本科以上人才10名。
`;

const ownWords = `某县县级医院能力提升三年行动方案（2024—2026年）

一、总体目标
到2026年，县人民医院综合服务能力达到三级医院水平，县域内住院率达到90%，基层就诊率达到65%以上。

二、主要任务
（一）补齐临床专科短板。围绕县域外转率较高的病种，重点发展心血管内科、神经内科、呼吸与危重症医学科，2025年前争创市级临床重点专科2个；新设精神科、康复医学科门诊。
（二）打造人才梯队。实施“招才引智”工程，每年公开招聘医学类本科毕业生20名，柔性引进省级专家5名；选派中青年业务骨干赴三甲医院进修学习不少于20人次。
（三）提升急危重症救治能力。完善院前急救网络，规范胸痛、卒中救治流程，2025年底前通过国家级胸痛中心、卒中防治中心认证。
（四）推进医共体建设。以县人民医院为龙头，整合乡镇卫生院资源，推进人员、财务、药品统一管理，建立双向转诊机制，县域内常见病、多发病在基层就诊。
（五）建设共享中心。依托县人民医院建设区域检验、影像、心电、病理、消毒供应中心，实现检查结果互认。
（六）实施基础设施改造。新建住院综合楼3万平方米，改造发热门诊和急诊科，更新DSA、磁共振等设备。
（七）改善群众就医体验。全面推行分时段预约诊疗、床旁结算，开设老年人就医绿色通道，开展日间手术。
（八）加强医院内部管理。健全现代医院管理制度，推行全面预算管理和成本核算，强化绩效考核。
（九）推进智慧医院建设。建设以电子病历为核心的医院信息平台，电子病历系统应用水平分级评价达到4级。
（十）发展中医药服务。建设中医馆，推广中医适宜技术。

三、实施步骤
（一）动员部署阶段（2024年3月—4月）。制定实施方案，明确任务分工。
（二）全面推进阶段（2024年5月—2025年12月）。各单位按照职责分工，全力推进各项任务落实。
（三）总结验收阶段（2026年1月—12月）。对照目标开展评估验收，总结经验做法。

四、保障措施
（一）强化组织保障。成立由分管副县长任组长的工作专班，统筹推进各项工作。
（二）加大财政投入。县财政统筹安排资金支持县医院建设。
（三）严格督导考核。将工作落实情况纳入年度目标考核，定期通报进展。
`;

const cityByNames = `某某市推进“千县工程”县医院综合能力提升工作实施方案

一、重点任务
（一）持续提升医疗服务能力，做好县域居民健康“守门人”。
各县（市）人民政府要组织县医院加强专科能力建设，建强急诊急救五大中心。
`;

// A citing plan's section that is all heading over its clauses (a probe plan's lines).
const headedSections = `永和县“千县工程”县医院综合能力提升实施方案

为贯彻落实《“千县工程”县医院综合能力提升工作方案（2021-
2025年）》，结合我县实际，制定本方案。

一、重点任务
（一）持续提升医疗服务能力，当好县域居民健康“守门人”
1. 建设临床服务“五大中心”。
（1）肿瘤防治中心。依托县人民医院肿瘤科建设肿瘤防治中心，开展常见肿瘤的早期筛查、规范化治疗和康复随访，与乡镇卫生院形成有效联动。
（2）慢病管理中心。建设慢病管理中心，对高血压、糖尿病、慢阻肺等慢性病患者实行分级分类管理，提高医疗服务连续性。
（3）微创介入中心。加强与上级医院技术合作，2023年底前建成导管室，开展冠脉、外周血管、神经等领域介入诊疗。
（4）麻醉疼痛诊疗中心。开展围手术期急性疼痛治疗和手术室外麻醉与镇痛治疗，满足患者舒适化诊疗需求。
（5）重症监护中心。规范设置重症医学科，重症监护床位不少于10张，提高重症救治水平。
2. 不断改善医疗服务。
（1）优化就诊流程。全面推行分时段预约诊疗，巩固完善预约诊疗制度，为老年人、儿童、残疾人等群体提供就医绿色通道。
（2）推广多学科诊疗和日间手术。开展肿瘤、疑难复杂疾病多学科诊疗，推行日间手术，逐步提高日间手术占择期手术比例。
（3）改善就医体验。将健康教育、健康科普纳入医疗服务，注重人文关怀，改善就医环境，患者满意度达到90%以上。
`;

// A section that is all heading over four clauses, two on the task it names (a probe plan's lines).
const halfOnItsTask = `某县“千县工程”县医院综合能力提升实施方案

为贯彻落实《“千县工程”县医院综合能力提升工作方案（2021-2025年）》，结合我县实际，制定本方案。

一、重点任务
（一）提升医院管理水平
1. 全面加强党的领导。落实党委领导下的院长负责制，健全医院党委会和院长办公会议事决策制度，把党的领导融入医院治理全过程。
2. 加强医院运营管理。建立医院运营管理决策支持系统，推动医院运营管理科学化、规范化、精细化。
3. 加强医疗质量安全管理。落实医疗质量安全核心制度，开展医疗质量安全专项整治。
4. 推进智慧医院建设。建设以电子病历为核心的医院信息平台，电子病历系统应用水平达到4级。
`;

/** The plan linked in a corpus with the national plan. */
function linked(plan: string) {
  const dir = mkdtempSync(join(tmpdir(), 'shapes-'));
  for (const ext of ['txt', 'yaml']) copyFileSync(`corpus/national-qianxian-2021.${ext}`, join(dir, `national-qianxian-2021.${ext}`));
  writeFileSync(join(dir, 'mouxian-2024.txt'), plan);
  const structured = readTextSources(dir).map(structureDocument);
  return linkCorpus(structured.map((s) => s.document), structured.flatMap((s) => s.clauses), emptyCuration(), DEFAULTS, readConcepts('corpus/link-concepts.yaml').concepts).clauses;
}

describe('a plan whose tasks are one line each', () => {
  const clauses = linked(terse);
  const targetsOf = (id: string) => clauses.find((c) => c.id === `mouxian-2024/${id}`)!.links.map((l) => l.target);

  it('links each one-line task to the national task it carries out', () => {
    expect(targetsOf('1.1.1')).toEqual(['national-qianxian-2021/2.1.4']); // 建强急诊急救“五大中心”
    expect(targetsOf('1.1.2')).toEqual(['national-qianxian-2021/2.1.4']);
    expect(targetsOf('1.2.1')).toEqual(['national-qianxian-2021/2.1.6']); // 持续改善硬件条件
    expect(targetsOf('1.2.2')).toEqual(['national-qianxian-2021/2.1.6']);
  });

  it('links a section that is all heading to the task its heading names, and a generic heading to none', () => {
    expect(targetsOf('1.1')).toEqual(['national-qianxian-2021/2.1.4']); // 加强急诊急救能力建设
    expect(targetsOf('1.2')).toEqual(['national-qianxian-2021/2.1.6']); // 改善硬件条件
    expect(targetsOf('1')).toEqual([]); // 重点任务
  });
});

describe('a plan whose tasks are the rows of a task table', () => {
  const clauses = linked(tasksTable);
  const row = (n: number) => clauses.find((c) => c.id === `mouxian-2024/附件/${n}`)!;

  it('links each row to the national task it carries out', () => {
    expect([1, 2, 3, 4].map((n) => row(n).links.map((l) => l.target))).toEqual([
      ['national-qianxian-2021/2.1.4'], // 建强急诊急救“五大中心”
      ['national-qianxian-2021/2.1.2'], // 加快建设高质量人才队伍
      ['national-qianxian-2021/2.1.6'], // 持续改善硬件条件
      ['national-qianxian-2021/2.2.1'], // 落实县医院在分级诊疗体系中的功能定位
    ]);
  });

  it('compares a row by its task: who does it and by when are blanked, the offsets kept for the evidence', () => {
    const text = linkedText(row(1));
    expect(text).toHaveLength(row(1).text.length);
    expect(text).toContain('建成胸痛中心、卒中中心、创伤中心');
    expect(text).not.toMatch(/卫健局|人民医院|2024/);
    for (const e of row(1).links[0].evidence) expect(row(1).text.slice(...e.source)).toBe(e.text);
  });
});

describe('a clause that lists several tasks (一是…二是…三是…)', () => {
  const clause = linked(enumerated).find((c) => c.id === 'mouxian-2024/1.1')!;

  it('links to the national task of each item, where its own choice, split between them, published none', () => {
    expect(clause.links.map((l) => l.target)).toEqual([
      'national-qianxian-2021/2.1.4', // 一是…急诊急救五大中心
      'national-qianxian-2021/2.1.2', // 二是…高层次人才
      'national-qianxian-2021/2.1.6', // 三是…门诊综合楼改扩建…设备
    ]);
  });

  it('shows each link’s shared wording inside its own item', () => {
    // 等急诊急救五大中心 and 高层次人才; the hardware item shares no run of three letters with 持续改善硬件条件.
    expect(clause.links.map((l) => l.evidence.map((e) => e.text))).toEqual([['等急诊急救五大中心'], ['高层次人才'], []]);
    clause.links.forEach((link, k) => {
      const [start, end] = clause.enumeration[k].at;
      for (const e of link.evidence) {
        expect(clause.text.slice(...e.source)).toBe(e.text);
        expect(e.source[0] >= start && e.source[1] <= end).toBe(true);
      }
    });
  });
});

describe('a clause with a link of its own and an item on another task', () => {
  const clause = linked(enumeratedWithOwnLink).find((c) => c.id === 'mouxian-2024/1.1')!;

  it('keeps its own link and adds the item’s, as likely as a runner-up would need to be', () => {
    const [own, item] = clause.links;
    expect([own.target, item.target]).toEqual(['national-qianxian-2021/2.1.4', 'national-qianxian-2021/2.1.2']);
    expect(item.score).toBeGreaterThanOrEqual(0.6); // nearTop (0.8 in model.json) × the clause's own 0.73
    expect(item.evidence.map((e) => e.text)).toContain('高层次人才');
  });
});

// A plan in its own words (no citation of the national plan), its tasks in 一是…二是…三是… clauses.
const ownLinkAndItems = `某县县级医院综合服务能力提升三年行动方案（2023—2025年）

## 一、重点任务

1. 全面提升县人民医院服务能力。一是开展介入诊疗、腔镜微创手术，年手术量增长10%以上；二是引进麻醉、病理等紧缺专业人才；三是完成门诊医技综合楼改扩建，配置1.5T磁共振、64排CT、DSA等大型设备。

2. 改善群众就医体验。一是全面推行分时段预约诊疗和检查检验集中预约，缩短候诊时间；二是开设老年人、残疾人就医绿色通道，推行“一站式”服务；三是开展多学科联合诊疗和日间手术。

某县人民政府办公室
2023年3月20日
`;

describe('a clause whose own link an item chose more surely', () => {
  const clauses = linked(ownLinkAndItems);
  const byId = (id: string) => clauses.find((c) => c.id === `mouxian-2024/${id}`)!;

  it('publishes it at the item’s score, ahead of the links only its other items chose', () => {
    // The clause's own choice, 人才队伍 (0.49), came last behind its items' 五大中心 and 硬件 (0.98, 0.96),
    // though its item 二是引进…紧缺专业人才 chose it at 1.00.
    const links = byId('1.1').links;
    expect(links.map((l) => l.target)).toEqual([
      'national-qianxian-2021/2.1.2', // 加快建设高质量人才队伍
      'national-qianxian-2021/2.1.3', // 建设临床服务“五大中心”: 一是…介入诊疗、腔镜微创
      'national-qianxian-2021/2.1.6', // 持续改善硬件条件: 三是…综合楼改扩建
    ]);
    expect(links[0].score).toBeGreaterThan(0.99);
    expect(byId('1.2').links.map((l) => l.target)).toEqual(['national-qianxian-2021/2.1.5']); // 不断改善医疗服务: own and items agree
  });

  it('keeps the evidence of the whole clause for its own link', () => {
    const link = byId('1.1').links[0];
    expect(link.evidence.length).toBeGreaterThan(0);
    for (const e of link.evidence) expect(byId('1.1').text.slice(...e.source)).toBe(e.text);
  });
});

describe('a plan that says the national tasks in its own words and order', () => {
  const clauses = linked(ownWords);
  const first = (id: string) => clauses.find((c) => c.id === `mouxian-2024/${id}`)!.links[0]?.target;

  it('links each task to the national task it carries out, whatever it calls it', () => {
    expect(['2.1', '2.2', '2.3', '2.4', '2.5', '2.6', '2.7'].map(first)).toEqual([
      'national-qianxian-2021/2.1.1', // 补齐临床专科短板 → 加强专科能力建设
      'national-qianxian-2021/2.1.2', // 打造人才梯队 → 加快建设高质量人才队伍
      'national-qianxian-2021/2.1.4', // 提升急危重症救治能力 → 建强急诊急救“五大中心”
      'national-qianxian-2021/2.2.1', // 推进医共体建设 → 落实县医院在分级诊疗体系中的功能定位
      'national-qianxian-2021/2.2.3', // 建设共享中心 → 组建县域医疗资源共享“五大中心”
      'national-qianxian-2021/2.1.6', // 实施基础设施改造 → 持续改善硬件条件
      'national-qianxian-2021/2.1.5', // 改善群众就医体验 → 不断改善医疗服务
    ]);
  });

  it('links its goal to the national 工作目标, and a task the national plan lacks (中医药) to nothing', () => {
    expect(first('1')).toBe('national-qianxian-2021/1.2');
    expect(first('2.10')).toBeUndefined();
  });
});

describe('a plan that names a national programme by its full name, not its items', () => {
  const national = '进一步强化胸痛、卒中、创伤、危重孕产妇救治、危重儿童和新生儿救治等急诊急救五大中心，优化资源配置。';
  const isOther = (source: string) => otherProgramme(namedLists(national), source, fold(source).chars);

  it('is the same programme when it says the full name (急诊急救五大中心), another when only the counted name', () => {
    expect(isOther('建强急诊急救五大中心。')).toBe(false);
    expect(isOther('建设中医药服务“五大中心”。')).toBe(true);
    expect(isOther('打造中医药服务“五大\n中心”。县中医医院建立完善中医康复中心、中医治未病中心。')).toBe(true); // broken by the PDF's line
    expect(isOther('建设胸痛中心、卒中中心等五大中心。')).toBe(false);
  });

  it('is the same programme under a shortened name: the letters before the counted name mostly the target’s own words before it', () => {
    // The national clauses as written, heading first (linkedText compares the heading too).
    const shared = '组建县域医疗资源共享“五大中心”。以县域医共体为载体，依托县医院建设互联互通的医学检验、医学影像、心电诊断、病理、消毒供应等资源共享五大中心，提高县域医疗资源配置和使用效率。';
    const managed = '组建县域医共体高质量管理“五大中心”。依托县医院建设县域医共体内的医疗质控、人力资源、运营管理、医保管理、信息数据等高质量管理五大中心。';
    const other = (national: string, source: string) => otherProgramme(namedLists(national), source, fold(source).chars);
    expect(other(shared, '9. 建设县域共享“五大中心”。')).toBe(false); // 县域, 共享
    expect(other(managed, '10. 组建医共体管理“五大中心”。')).toBe(false); // 共体, 管理
    expect(other(managed, '完善医共体“五大中心”运行机制，强化县医院对成员单位的协调管理。')).toBe(false); // 医共, 共体
    // Another programme, or none named: still vetoed.
    expect(other(managed, '打造中医药服务“五大中心”。')).toBe(true);
    expect(other(shared, '建设公共卫生服务“五大中心”。')).toBe(true);
    expect(other(shared, '（二）建设“五大中心”。')).toBe(true);
  });

  it('links a section named by the shortened name to the task its clauses carry out', () => {
    const plan = `永和县“千县工程”县医院综合能力提升实施方案

一、重点任务
（一）推动资源整合共享
1. 建设县域共享“五大中心”。
（1）建设共享中心。依托县人民医院建设医学检验、医学影像、心电诊断、病理、消毒供应等资源共享中心，向乡镇卫生院和村卫生室辐射。
（2）推进检查检验结果互认。在保证质量的基础上，推动医共体内检查检验结果互认，促进服务同质化。
`;
    const clause = linked(plan).find((c) => c.id === 'mouxian-2024/1.1.1')!;
    expect(clause.links.map((l) => l.target)).toEqual(['national-qianxian-2021/2.2.3']); // 组建县域医疗资源共享“五大中心”
  });

  it('links a city plan’s summary of the task to the national task it names', () => {
    const clause = linked(cityByNames).find((c) => c.id === 'mouxian-2024/1.1')!;
    expect(clause.links.map((l) => l.target)).toContain('national-qianxian-2021/2.1.4'); // 建强急诊急救“五大中心”
    expect(clause.links.find((l) => l.target.endsWith('/2.1.4'))!.evidence.map((e) => e.text)).toContain('建强急诊急救五大中心');
  });
});

describe('a section that is all heading over its clauses', () => {
  const clauses = linked(headedSections);
  const byId = (id: string) => clauses.find((c) => c.id === `mouxian-2024/${id}`)!;

  it('links to the task its clauses carry out together, at the lowest score they give it', () => {
    // 建设临床服务“五大中心”。 alone scored 0.10 for the national clause of the same name: no link.
    expect(byId('1.1.1').links.map((l) => l.target)).toEqual(['national-qianxian-2021/2.1.3']);
    const centres = ['1.1.1.1', '1.1.1.2', '1.1.1.3', '1.1.1.4', '1.1.1.5'].map((id) => byId(id).links[0]);
    expect(centres.every((l) => l.target === 'national-qianxian-2021/2.1.3')).toBe(true);
    expect(byId('1.1.1').links[0].score).toBe(Math.min(...centres.map((l) => l.score)));
    expect(byId('1.1.1').links[0].evidence.map((e) => e.text)).toEqual(['建设临床服务“五大中心']); // its heading's wording
    expect(byId('1.1.2').links.map((l) => l.target)).toEqual(['national-qianxian-2021/2.1.5']); // 不断改善医疗服务
  });

  it('gives none to a heading over sections on different tasks', () => {
    expect(byId('1.1').links).toEqual([]); // 持续提升医疗服务能力: 临床服务五大中心 and 改善医疗服务
  });

  it('links to the task half of its clauses carry out when it is its own first choice', () => {
    const half = linked(halfOnItsTask);
    const section = half.find((c) => c.id === 'mouxian-2024/1.1')!; // 提升医院管理水平
    const management = ['1.1.1', '1.1.2'].map((id) => half.find((c) => c.id === `mouxian-2024/${id}`)!.links[0]);
    expect(management.every((l) => l.target === 'national-qianxian-2021/2.2.2')).toBe(true); // 党的领导, 运营管理
    expect(['1.1.3', '1.1.4'].map((id) => half.find((c) => c.id === `mouxian-2024/${id}`)!.links)).toEqual([[], []]); // 质量安全, 信息化
    expect(section.links.map((l) => [l.target, l.score])).toEqual([['national-qianxian-2021/2.2.2', Math.min(...management.map((l) => l.score))]]);
  });

  it('reads a section whose heading says only who does it and by when as all heading', () => {
    // (a heading that does not restate the task's: 加强党建和运营, not 提升医院管理水平)
    const heading = (note: string) => linked(halfOnItsTask.replace('（一）提升医院管理水平', `（一）加强党建和运营${note}`));
    expect(heading('').find((c) => c.id === 'mouxian-2024/1.1')!.links.map((l) => l.target)).toEqual(['national-qianxian-2021/2.2.2']);
    const noted = heading('（责任单位：县卫健局（牵头）、县人民医院；2024年底前）');
    expect(noted.find((c) => c.id === 'mouxian-2024/1.1')!.links.map((l) => l.target)).toEqual(['national-qianxian-2021/2.2.2']);
  });

  it('carries out the one or two tasks its tasks carry out surely, where its heading names them', () => {
    const plan = `永和县“千县工程”县医院综合能力提升实施方案

一、重点任务
（一）实施诊疗中心建设行动
1. 建强急诊急救中心。强化胸痛、卒中、创伤、危重孕产妇救治、危重儿童和新生儿救治中心建设，完善县域急救网络。
2. 建设临床服务中心。依托县人民医院建设肿瘤防治、慢病管理、微创介入、麻醉疼痛诊疗、重症监护中心。
`;
    const section = linked(plan).find((c) => c.id === 'mouxian-2024/1.1')!;
    // 建强急诊急救“五大中心”, 建设临床服务“五大中心”: what its two clauses carry out, which 诊疗中心 names neither alone
    expect(section.links.map((l) => l.target).sort()).toEqual(['national-qianxian-2021/2.1.3', 'national-qianxian-2021/2.1.4']);
  });

  it('carries out two tasks together only where each clause is sure, the heading names both, and there are no more', () => {
    const target = (id: string) => record(`nation/${id}`, null, '');
    const scored = (id: string, score: number): Scored => ({ target: target(id), score, from: target(id) });
    const own = [scored('3', 0.1), scored('1', 0.02), scored('2', 0.01)];
    const tasks = { tasks: true };
    expect(sectionLinks(own, [[scored('1', 0.9)], [scored('2', 0.6)]], tasks).map((c) => [c.target.id, c.score])).toEqual([['nation/1', 0.9], ['nation/2', 0.6]]);
    expect(sectionLinks(own, [[scored('1', 0.9)], [scored('2', 0.6)]])).toEqual([]); // clauses that are sections: an umbrella
    expect(sectionLinks(own, [[scored('1', 0.9)], [scored('2', 0.4)]], tasks)).toEqual([]);
    expect(sectionLinks(own, [[scored('1', 0.9)], [scored('2', 0.6)], [scored('3', 0.7)]], tasks)).toEqual([]);
    expect(sectionLinks(own, [[scored('1', 0.9)], [scored('4', 0.8)]], tasks)).toEqual([]); // its heading has no word of 4
  });

  it('needs half of its clauses, two at least, and its own first candidate', () => {
    const target = (id: string) => record(`nation/${id}`, null, '');
    const scored = (id: string, score: number): Scored => ({ target: target(id), score, from: target(id) });
    const own = [scored('1', 0.1), scored('2', 0.05)];
    expect(sectionLinks(own, [[scored('1', 0.9)], [scored('1', 0.6)], []]).map((c) => [c.target.id, c.score])).toEqual([['nation/1', 0.6]]);
    expect(sectionLinks(own, [[scored('1', 0.9)], [scored('1', 0.7)], [], [scored('2', 0.8)]]).map((c) => c.target.id)).toEqual(['nation/1']);
    expect(sectionLinks(own, [[scored('1', 0.9)], [], [], [scored('1', 0.8)], [], []])).toEqual([]);
    expect(sectionLinks(own, [[scored('1', 0.9)], []])).toEqual([]);
    expect(sectionLinks(own, [[scored('1', 0.9)]])).toEqual([]);
    expect(sectionLinks(own, [[scored('2', 0.9)], [scored('2', 0.8)]])).toEqual([]);
  });
});

// Sections that name national tasks in their headings over items that say little of those tasks, and a goal in figures only.
const restatingHeadings = `某县县级医院综合能力提升实施方案

一、工作目标
到2025年，县人民医院出院人次达到3.2万，三四级手术占比达到40%，病例组合指数达到0.9。

二、重点任务
（一）改善医疗服务
1.推行“先诊疗后付费”，2023年底前覆盖全部病区。
2.开设老年人、残疾人绿色通道。
（二）提升医院管理水平
1.加强现代医院管理制度建设（牵头单位：县卫健委；配合单位：县委组织部）
2.落实公立医院薪酬制度改革（牵头单位：县人社局）
（三）持续改善医疗服务环境
1.实施门诊楼改造。
2.推行一站式服务。
（四）人才队伍
1.每年公开招聘医学类本科毕业生20名。
2.选派骨干医师到三级医院进修学习。

三、保障措施
（一）加强组织领导。成立县医院综合能力提升工作领导小组，统筹推进各项工作。
（二）加大财政投入。县财政每年安排专项资金支持县医院建设。
`;

describe('a heading that restates the heading of a national task', () => {
  const clauses = linked(restatingHeadings);
  const byTitle = (title: string) => clauses.find((c) => c.title === title)!;

  it('carries that task out, where the clause links nowhere in that document', () => {
    expect(byTitle('改善医疗服务').links.map((l) => [l.target, l.score])).toEqual([['national-qianxian-2021/2.1.5', 1]]); // 不断改善医疗服务
    expect(byTitle('提升医院管理水平').links.map((l) => l.target)).toEqual(['national-qianxian-2021/2.2.2']); // 提升县医院科学管理水平
    expect(byTitle('工作目标').links.map((l) => [l.target, l.score])).toEqual([['national-qianxian-2021/1.2', 1]]); // its figures alone chose nothing
    expect(byTitle('提升医院管理水平').links[0].evidence.map((e) => e.text)).toContain('管理水平');
  });

  it('links a heading of four letters by its words alone, and a generic one to nothing, suggesting nothing', () => {
    expect(byTitle('人才队伍').links.map((l) => [l.target, l.score])).toEqual([['national-qianxian-2021/2.1.2', 1]]); // 加快建设高质量人才队伍
    expect(byTitle('保障措施').links).toEqual([]);
    expect(byTitle('保障措施').suggestions).toEqual([]);
  });

  it('names no task when two tasks hold it alike or only in part', () => {
    // 持续改善… is in 持续改善硬件条件, …改善医疗服务 in 不断改善医疗服务: neither holds three quarters of it
    expect(byTitle('持续改善医疗服务环境').links.filter((l) => l.score === 1)).toEqual([]);
    expect(headingHeld('持续改善医疗服务环境', '不断改善医疗服务')).toBeCloseTo(0.6);
    expect(headingHeld('提升医疗服务能力', '不断改善医疗服务')).toBe(0.5);
    expect(headingHeld('做实县域医共体', '组建县域医共体高质量管理“五大中心”')).toBeLessThan(0.75); // 分级诊疗, by its text
    expect(headingHeld('加强人才队伍建设', '加快建设高质量人才队伍')).toBe(0.75); // all but 加强
  });

  it('reads a heading by its words: not its period, not its brackets, not a year alone', () => {
    expect(headingHeld('全面实施阶段（2022年7月至2024年12月）', '组织实施阶段（2022年1月至2025年1月）')).toBeCloseTo(4 / 6);
    expect(headingHeld('组织实施阶段（4月1日—11月30日）', '组织实施阶段（2022年1月至2025年1月）')).toBe(1);
    expect(headingHeld('2022年', '组织实施阶段（2022年1月至2025年1月）')).toBe(0);
    expect(headingHeld('加强现代医院管理制度建设（牵头单位：县卫健委）', '提升县医院科学管理水平')).toBeLessThan(0.5);
  });

  it('gives one task, the one that holds the heading, and none when two do', () => {
    const target = (id: string, title: string) => record(`nation/${id}`, title, '');
    const scored = (id: string, title: string, score: number): Scored => ({ target: target(id, title), score, from: target(id, title) });
    expect(restatedLinks('改善医疗服务', [scored('1', '持续改善硬件条件', 0.3), scored('2', '不断改善医疗服务', 0.1)]).map((c) => [c.target.id, c.score])).toEqual([['nation/2', 1]]);
    expect(restatedLinks('组织领导', [scored('1', '加强组织领导', 0.1), scored('2', '强化组织领导', 0.1)])).toEqual([]);
  });
});

describe('a city’s task list by county and hospital (年度 | 县（市、区） | 医院名称)', () => {
  const cityList = `某某市推进“千县工程”县医院综合能力提升工作实施方案

一、重点任务
各县（市、区）按照下表推进。
序号\t年度\t县（市、区）\t医院名称\t重点任务\t责任单位\t完成时限
1\t2023\t东湖县\t东湖县人民医院\t建设胸痛中心、卒中中心、创伤中心，进一步强化急诊急救能力，完善急救网络\t县卫健委\t
2\t2024\t南川区\t南川区人民医院\t组建县域医共体医学检验、医学影像、心电诊断、病理诊断和消毒供应中心，实现资源共享\t县卫健委\t
`;
  const rows = linked(cityList).filter((c) => c.cells.length);

  it('compares each row by its task: the year, the place and the hospital are blanked as who and when are', () => {
    expect(rows[0].cells.map((c) => c.column)).toEqual(['number', 'deadline', 'place', 'unit', 'text', 'responsible', 'deadline']);
    const text = linkedText(rows[0]);
    expect(text).toHaveLength(rows[0].text.length);
    expect(text).not.toMatch(/2023|东湖县|人民医院|卫健委/);
    expect(text).toContain('建设胸痛中心、卒中中心、创伤中心');
  });

  it('links each row to the national task it carries out', () => {
    expect(rows.map((c) => c.links.map((l) => l.target))).toEqual([
      ['national-qianxian-2021/2.1.4'], // 建强急诊急救“五大中心”
      ['national-qianxian-2021/2.2.3'], // 组建县域医疗资源共享“五大中心”
    ]);
  });
});

const itemsUnderTasks = `某县县医院综合能力提升三年行动方案

一、重点任务
1、实施人才强院行动
(1)每年培训乡村医生300人次；
(2)选派骨干医师到上级医院进修，新招收的本科学历临床医师全部参加住院医师规范化培训。
`;

describe('an item that says too little of its own', () => {
  const clauses = linked(itemsUnderTasks);
  const byTitle = (start: string) => clauses.find((c) => c.text.startsWith(start))!;

  it('takes the link of the task it stands under (每年培训乡村医生 under 实施人才强院行动), naming it, with no wording of its own as evidence', () => {
    const [task, item] = [byTitle('实施人才强院行动'), byTitle('每年培训乡村医生')];
    expect(task.links[0]).toMatchObject({ target: 'national-qianxian-2021/2.1.2', inheritedFrom: null });
    expect(task.links[0].score).toBeGreaterThanOrEqual(0.5);
    expect(item.links).toEqual([{ ...task.links[0], evidence: [], inheritedFrom: task.id }]);
  });

  it('keeps its own choice when its wording makes one (进修, 住院医师规范化培训)', () => {
    const item = byTitle('选派骨干医师');
    expect(item.links[0]).toMatchObject({ target: 'national-qianxian-2021/2.1.2', inheritedFrom: null });
    expect(item.links[0].evidence.length).toBeGreaterThan(0);
  });
});
