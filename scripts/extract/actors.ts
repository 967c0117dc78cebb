/**
 * Implicit actors: units the prose names as the doer (`县人民医院要…`, `由县卫体局汇总…`,
 * `县级各医疗机构…`), outside the responsible-unit annotations. Where the prose says the role
 * (`县发改局牵头，县财政局、县自然资源局配合`, `由县人民医院负责`), the units take it. Units after 会同
 * work with the doer the sentence names before them: they cooperate, and it leads (`县卫健局会同县财政局制定…`).
 */
import type { Unit } from '../publish/schema.ts';
import { compact, originalSpan, viewSpan } from './compact.ts';
import { canonicalUnit, PLACEHOLDER, shortAgencyNames, type Lookup } from './unit-names.ts';
import { roleSaidAfter } from './role-rules.ts';
import { placeEndingAt } from '../structure/division.ts';

// A level-prefixed unit name: 县人民政府 (not its office, 县政府办, named in full), 县卫体局, 县人民医院, 县妇幼保健院, 县医共体总院, 县医疗集团 (and its 县医疗集团总院), 县级各医疗机构, 省财政厅 (not 县直各相关单位, a placeholder); and the
// bodies of the townships, or of the counties or cities under a plan's own level, named all together:
// 各乡镇人民政府, 各乡（镇）卫生院, 各乡镇（中心）卫生院 (the central ones among them), 各县（市、区）人民政府 (各县区政府), 各市卫生健康委, 各县（市、区）人民医院
// (not 各县（市、区）每年为县级医院…: how often and for whom end the name);
// and the county's medical groups all together (各医共体, 各医疗集团总院), as an annotation lists them, and their branches (各分院);
// a group's own hospitals in its own plan (集团总院, 集团中医分院).
const NAME =
  /[县市区旗省](?:(?:人民)?政府(?!办|督查)|医院|[级直]各[\u4e00-\u9fa5]{0,6}?(?:机构|单位|部门)|[\u4e00-\u9fa5]{1,10}?(?:局|委员会|委|办公室|办|部|厅|中心|医院|保健院|总院|集团|分院|小组(?:办公室)?|督查室)(?:总院|总医院|分院)?)|各(?:乡镇|乡（镇）|乡\(镇\)|镇|乡|街道)(?:人民政府|政府|(?:（中心）|\(中心\))?卫生院|办事处)|各(?:医共体|医疗共同体|医疗集团)(?:总院|总医院|牵头医院)?|各(?:基层)?分院|集团(?:总院|[\u4e00-\u9fa5]{1,4}?分院)|各(?:县[（(〔]市、区[）)〕]|县[（(〔]区[）)〕]|县市区|县区|市（州）|市|县|区)(?:人民政府|政府|(?:(?![每为对向将把要依以])[\u4e00-\u9fa5]){1,8}?(?:局|委员会|委|办公室|厅|医院))/g;
/** Names that start like a unit but are places or levels (县域医疗次中心, 县乡村三级网络). */
const NOT_A_UNIT = /^(县域|县乡|县级医疗|县级公立|县级医院能力|市县|县市|区域|市级|县级三|省级|省域|省市|省内|省外|市内|市外|县内|县外)/;
/**
 * The doer opens a sentence, phrase, item or part (二是县卫健委…, 其中田东县…), or follows 由 or 依托 (依托县人民医院建设…中心);
 * one working with it follows 会同 or 联合, one it helps 配合 or 协助 (配合县医疗保障局落实…); a list (、和与及) continues an actor.
 */
const SUBJECT_BEFORE = /(^|[。；;，,：:！？\n]|[一二三四五六七八九十]是|其中|由|依托|借助|会同|联合|配合|协助)$/;
/**
 * A hospital of another place, named by its place (郴州市第一人民医院) or its university (赣南医科大学第一附属医院,
 * 兰州大学第二医院, 四川大学华西医院), where it opens a sentence, goes on a list or follows 由, 依托, 借助 or 与: NAME
 * reads names from their level character, and a place's name before it has none to start from. Only there, as a
 * name this long is otherwise any run of letters.
 */
const OUTSIDE_HOSPITAL =
  /(?<=^|[。；，：！？、]|[一二三四五六七八九十]是|由|依托|借助|与)(?![依由以借与并和及同]|[一二三四五六七八九十]是)(?:[\u4e00-\u9fa5]{2,4}?[省市](?:第[一二三四五六七八九十]+)?(?:中心)?(?:人民|中医)?医院|[\u4e00-\u9fa5]{2,6}?大学[\u4e00-\u9fa5]{0,8}?医院)/g;
/**
 * What a partner named after 与 does with the doer: builds or works with it (与县妇幼保健院共建…, 与…、…合作共建…, 与…开展紧密型合作,
 * 与绵阳市中心医院建立对口帮扶关系).
 */
const PARTNER_AFTER = /^(?:[、和及][^，。；、]{2,14}){0,3}(?:开展[^，。；、]{0,6})?(?:共建|合作|共同|联合|签订|签署|建立)/;
/** The rest of 以…为龙头: the units named between (…、县中医院) and the role of the core. */
const CORE_AFTER = /^(?:[、，和与及][^，。；、]{2,12}){0,3}为(?:龙头|牵头单位|牵头医院|核心)/;
/** A name without its level continuing a list of actors (县发改局、财政局、人社局按职责…): the level of the name before it. */
const BARE_AGENCY = /(?<=[、和与及])[\u4e00-\u9fa5]{1,6}?(?:局|委)/g;
const LIST_BEFORE = /[、和与及]$/;
/** What makes a list of units a group's members, not doers (…县财政局主要负责同志为成员的领导小组). */
const MEMBERS_AFTER = /^(?:[、和与及][\u4e00-\u9fa5（）()]{2,15}?)*?(?:等(?:部门|单位))?的?(?:主要|分管)?(?:负责同志|负责人|领导|同志)(?:为|任|作为)成员/;
/**
 * When the doer acts may stand between its name and the verb (各县（市、区）人民医院2023年上半年完成…, 市卫生健康委2025年6月30日前组织…),
 * or open the phrase before its name (，力争2024年底前县人民医院通过…): the clause's deadlines say where (or a time no year
 * dates, 6月底前 in a plan that names none), with a 内 or 起 their span leaves out (2024年6月内, 于2024年起) and a comma after it.
 */
const WHEN_TAIL = /^(?:内|起)?[，,]?/;
/** What may open the phrase before that time: a stop or an item's 一是, then 力争… and 到… (a deadline's span may hold its 到, 在 or 于). */
const OPENS_WHEN = /(?:^|[。；;，,：:！？]|[一二三四五六七八九十]是)(?:力争|确保|争取|计划)?(?:到|在|于)?$/;
/**
 * An actor is followed by what it does, not by a noun it qualifies (县人民医院感染科, 县级医院重点专科数: 重点 is an
 * adverb, 重点建设, not the 重点 of a noun; 能 a modal verb, not the 能 of 能力: 县财政每年安排县级医院能力提升资金 names no
 * 县…医院; 每 how often, 每季度, not a rate's 每千人口 or 每百张床: 县级医院每千人口床位数 names none). 按 opens how it acts
 * (按照, 按职责, 按规定). How long it acts may stand before the verb (县财政三年累计安排…).
 */
const VERB_AFTER =
  /^(?:[一二三四五六七八九十两\d]{1,2}年(?:内|间)?)?(要|应|须|累计|必须|负责|牵头|将|在|于|每(?![千万百]人|[千万百]?张?床)|对|向|与|和|、|及|会同|联合|按(?!摩)|依法|根据|结合|依托|积极|分别|统一|进一步|加强|加快|建立|建设|建成|完成|设立|开设|设置|组建|达到|重点(?!专科|学科|科室|人群|项目|领域|任务|工作|病种)|严格|继续|添置|增加|新增|制定|开展|汇总|做好|全面|切实|组织|成立|配合|协助|协同|参与|具体|等|深入|规范|提供|实行|实施|通过|争取|力争|推进|推动|落实|发挥|强化|完善|补齐|补强|提升|提高|探索|持续|逐步|主动|定期|统筹|协调|指导|督导|监督|核定|审核|研究|给予|安排|保障|作为|是|为|已|可|能(?!力|级)|均|巩固|创建|争创|成功|同步|共同|合作|共建|新设|新建|派驻|聚焦|围绕|稳定|公开|招聘|引进|健全|适时|采取|以(?![上下内外及])|做[强优实细精深大好])/;

export function extractActors(...prose: Parameters<typeof readProse>): Unit[] {
  return readProse(...prose).actors;
}

/**
 * The actors the prose names, and the roles it says of units the annotation already lists
 * (由县卫健局牵头，县财政局配合…（责任单位：县卫健局、县财政局）: lead and cooperate), by canonical name.
 * `times` are the spans of the times the clause says (extractTimes `said`: its deadlines, and those no year dates), where a doer acts.
 */
export function readProse(
  text: string,
  annotations: [number, number][],
  times: [number, number][],
  listed: Unit[],
  level: string,
  county: string | null,
  table: Lookup,
): { actors: Unit[]; rolesOfListed: Map<string, Unit['role']> } {
  const view = compact(text);
  const s = view.text;
  const whens = times.map(([a, b]): [number, number] => {
    const [start, end] = viewSpan(view, a, b);
    return [start, end + WHEN_TAIL.exec(s.slice(end))![0].length];
  });
  const listedNames = new Set(listed.map((u) => u.canonical));
  const listedLead = listed.some((u) => u.role === 'lead');
  const known = new Set(listedNames);
  const actors: Unit[] = [];
  /** Listed units the prose names again, read like actors for the role it says of them. */
  const restated: Unit[] = [];
  /** The actors of the list being read, and where its last name ends. */
  let list: Unit[] = [];
  let previousEnd = -1;
  /** Whether the last name read stands in a 以…为龙头 list. */
  let coreList = false;
  /** The list closed last and where it ended; the doer of the list being read when that follows 会同. */
  let closed: { units: Unit[]; end: number } = { units: [], end: -1 };
  let doer: Unit[] = [];
  const closeList = () => {
    if (!list.length) return;
    // 县卫健局、县财政局主要负责同志为成员的领导小组: the units' heads sit in a group; the units do nothing here
    if (MEMBERS_AFTER.test(s.slice(previousEnd))) {
      const members = new Set(list);
      for (const units of [actors, restated]) units.splice(0, units.length, ...units.filter((u) => !members.has(u)));
      for (const unit of list) if (!listedNames.has(unit.canonical)) known.delete(unit.canonical);
      list = [];
      doer = [];
      return;
    }
    // A list (县财政局、县自然资源局配合) shares the role said after its last name; after 会同 it cooperates
    // (县卫健局会同县财政局负责落实: the 负责 is the doer's with it).
    const said = roleSaidAfter(s.slice(previousEnd));
    // …never a second lead beside the one the annotation names (由县人民医院牵头组建医共体 under 牵头单位：县卫健委)
    const role = doer.length && said !== 'lead' ? 'cooperate' : said === 'lead' && listedLead ? null : said;
    // …nor a lead of what the words after it name (县医院、县中医院分别牵头的两个医共体…) where an annotation lists the task's
    // units (（责任单位：县卫健委、县医保局）): the hospitals lead the 医共体, not the task
    const leadsWhatFollows = listedNames.size > 0 && /^(?:分别)?牵头的/.test(s.slice(previousEnd));
    if (role) for (const unit of list) if (!(leadsWhatFollows && !listedNames.has(unit.canonical))) unit.role = role;
    if (doer.length && role === 'cooperate') for (const unit of doer) if (unit.role === 'actor') unit.role = 'lead';
    closed = { units: list, end: previousEnd };
    list = [];
    doer = [];
  };
  const short = shortAgencyNames(table);
  const named = [...unitNames(s), ...s.matchAll(OUTSIDE_HOSPITAL)];
  const overlapsNamed = (x: RegExpMatchArray) => named.some((m) => x.index! < m.index! + m[0].length && m.index! < x.index! + x[0].length);
  // 县财政每年安排…: a short name the alias table knows, unless it opens its full name (县财政局, 省财政厅); a longer
  // match that is no name (县财政将县医院…, read as one 县…医院) is weighed beside it
  const opensFullName = (x: RegExpMatchArray) => named.some((m) => m.index === x.index && /^(?:局|厅|委|办)$/.test(m[0].slice(x[0].length)));
  named.push(...(short ? [...s.matchAll(short)].filter((x) => !opensFullName(x)) : []));
  const bare = [...s.matchAll(BARE_AGENCY)].filter((b) => !overlapsNamed(b));
  for (const m of [...named, ...bare].sort((a, b) => a.index! - b.index!)) {
    const start = m.index!;
    const end = start + m[0].length;
    const isBare = bare.includes(m);
    if (isBare && !(list.length && previousEnd === start - 1)) continue;
    const at = originalSpan(view, start, end);
    if (annotations.some(([a, b]) => at[0] < b && at[1] > a)) continue;
    const unit = m.groups?.unit ?? m[0];
    // 县直各有关部门要…: a placeholder names no agency in prose as in an annotation (县级各医疗机构 does)
    if (NOT_A_UNIT.test(unit) || PLACEHOLDER.test(unit)) continue;
    const before = s.slice(Math.max(0, start - 2), start);
    const opensParagraph = view.breaks.includes(start);
    // 以县人民医院、县中医院为龙头组建…: the units a structure is built around lead it and do the work; a comma may
    // list them there (以县人民医院，县中医院为牵头医院), typed for 、 as a Western keyboard has none.
    const core: boolean = CORE_AFTER.test(s.slice(end)) && (/以$/.test(before) || (/，$/.test(before) && coreList && previousEnd === start - 1));
    const continuesList = (LIST_BEFORE.test(before) || core) && previousEnd >= start - 1;
    // 与县妇幼保健院共建…, 与四川大学华西医院合作…: a partner building with the plan's own body does the work too; so does
    // the body a task rests on (依托中山大学附属第一医院紧密型帮扶，…), whatever its help is called.
    const partner = (/与$/.test(before) && PARTNER_AFTER.test(s.slice(end))) || /(依托|借助)$/.test(before);
    const subject = opensParagraph || SUBJECT_BEFORE.test(before) || continuesList || core || partner || whens.some(([a, b]) => b === start && OPENS_WHEN.test(s.slice(0, a)));
    if (!subject || !(core || partner || doesAfter(s, end, whens))) continue;
    if (!continuesList) {
      closeList();
      // 县卫健局会同县财政局…, 由县卫健局牵头，会同县财政局…: the doer named before 会同 in the same sentence.
      if (/会同$/.test(before) && closed.units.length && !/[。；;！？]/.test(s.slice(closed.end, start))) doer = closed.units;
    }
    previousEnd = end;
    coreList = core;
    const name = canonicalUnit(isBare ? list.at(-1)!.canonical[0] + unit : unit, { level, county }, table);
    const actor: Unit = { name: unit, canonical: name.canonical, kind: name.kind, role: 'actor', text: text.slice(...at), at };
    if (listedNames.has(name.canonical)) restated.push(actor);
    else if (known.has(name.canonical)) continue;
    else actors.push(actor);
    known.add(name.canonical);
    list.push(actor);
  }
  closeList();
  return { actors, rolesOfListed: new Map(restated.filter((u) => u.role !== 'actor').map((u) => [u.canonical, u.role])) };
}

/**
 * The level-prefixed names in a text. A run that reads as a name but is a place or a level (县域医共体建设以县人民医院, a
 * heading run into its paragraph) is read again from its second letter, so the name inside it is found.
 */
function unitNames(s: string): RegExpExecArray[] {
  const names: RegExpExecArray[] = [];
  NAME.lastIndex = 0;
  for (let m = NAME.exec(s); m; m = NAME.exec(s)) {
    if (NOT_A_UNIT.test(m[0])) NAME.lastIndex = m.index + 1;
    else names.push(...withPlaces(s, m));
  }
  return names;
}

/** A span of the text naming `unit`: a name as written, or a place a list shares a name's ending with. */
const nameAt = (s: string, index: number, text: string, unit = text) => Object.assign([text], { index, input: s, groups: { unit } }) as unknown as RegExpExecArray;

/**
 * A name with the place its level letter ends (田东县人民医院, 百色市人民医院: NAME reads from the 县 or 市), and the
 * places a list names before it, sharing its ending (田东县、平果市、靖西市人民医院: 田东县人民医院, 平果市人民医院…); an
 * autonomous county's own body with the 自治 before its level letter (自治县人民医院). Places are the division table's, so
 * a word before a level letter (全县, 各县) is none.
 */
function withPlaces(s: string, m: RegExpExecArray): RegExpExecArray[] {
  const start = /^[县市区旗]/.test(m[0]) ? placeEndingAt(s, m.index + 1) : -1;
  // 自治县人民医院: an autonomous county's own body, named by its kind before its level letter
  if (start === -1) return /^[县旗]/.test(m[0]) && s.slice(m.index - 2, m.index) === '自治' ? [nameAt(s, m.index - 2, `自治${m[0]}`)] : [m];
  // not a place whose name is a word before a doer (会同县卫健局: 会同, not 会同县), nor one before a place word (长兴县县域医学中心)
  const stem = s.slice(start, m.index);
  const ending = m[0].slice(1);
  if (SUBJECT_BEFORE.test(stem) || LIST_BEFORE.test(stem) || NOT_A_UNIT.test(ending)) return [m];
  const names = [nameAt(s, start, s.slice(start, m.index) + m[0])];
  for (let end = start - 1; s[end] === '、'; ) {
    const place = placeEndingAt(s, end);
    if (place === -1) break;
    names.unshift(nameAt(s, place, s.slice(place, end), s.slice(place, end) + ending));
    end = place - 1;
  }
  return names;
}

/**
 * Whether a name ending at `end` is followed by what it does: at once, after a colon as a list of duties writes it
 * (县卫健局：负责统筹协调…), or past when it does it (县人民医院2024年第三季度通过…, 县卫健局：2024年底前，完成…).
 */
function doesAfter(s: string, end: number, whens: [number, number][]): boolean {
  const from = /[：:]/.test(s[end] ?? '') ? end + 1 : end;
  const when = whens.find(([a]) => a === from);
  return VERB_AFTER.test(s.slice(from)) || (when !== undefined && VERB_AFTER.test(s.slice(when[1])));
}

/**
 * Listed units take a lead or cooperating role the prose says of them where the annotation says none
 * (responsible); a second lead is not made where the annotation names one.
 */
export function withProseRoles(listed: Unit[], roles: Map<string, Unit['role']>): Unit[] {
  const hasLead = listed.some((u) => u.role === 'lead');
  return listed.map((unit) => {
    const said = roles.get(unit.canonical);
    const takes = unit.role === 'responsible' && (said === 'cooperate' || (said === 'lead' && !hasLead));
    return takes ? { ...unit, role: said } : unit;
  });
}
