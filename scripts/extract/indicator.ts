/**
 * The indicator of a metric: what its number measures, from the words around it
 * (`床位达到3.5张` → 床位, `添置5—10张血液透析床位` → 血液透析床位, `至少1000家县医院` → 县医院).
 */

/** Verbs followed by the value a target reaches: 床位达到…, 平均住院日缩短至…, 增长率控制在… */
export const REACH_VERBS = [
  '达到', '达', '提升到', '提升至', '提高到', '提高至', '增加到', '增加至', '增至', '增长到', '增长至', '上升到', '上升至', '扩大到', '扩大至', '调整到', '调整至',
  '下降到', '下降至', '降低到', '降低至', '降到', '降至', '减少到', '减少至', '缩短到', '缩短至', '压缩到', '压缩至', '控制在', '保持在', '稳定在',
];
/**
 * Verbs that set a target for the noun before them: those, a change (就诊率每年提升…), 在 of 在…之间, and 实现
 * (村卫生室实现百分之百全覆盖: what is covered is 村卫生室).
 */
export const TARGET_VERB = new RegExp(`(${[...REACH_VERBS, '提升', '提高', '增长', '下降', '降低', '到', '为', '占', '在', '实现'].join('|')})$`);
/** Verbs whose object is what is counted: 添置5—10张血液透析床位, 培养消化内科医师1名 */
export const ACTION_VERB =
  /(添置|新增|新建|改扩建|扩建|改造|增加|培养|招录|招聘|选派|选送|开展|建成|建设|完成|投入|购置|设置|设立|配置|配备|更新|引进|争取|争创|创建|培训|探索创新|实施|推广|组建|打造|建立|给予|选建|储备|增补|成立|安排|核增|核定)/g;
/** Where a metric's object noun phrase stops (not at the 以上 of a grade that names it: 2个市级以上临床重点专科; at what it can do: 100%的村卫生室能够提供…). */
const OBJECT_STOP = new RegExp(`(达到|达|建有|通过|用于|实现|进行|参加|能够|可以|具备|(?<!级)以上|之间|为|\\d|[，。；、：,;:（(）)”]|${ACTION_VERB.source})`);
/**
 * A fund an amount sets up, named by the words after it up to the fund's noun, verbs of its purpose and all
 * (设立100万元人才引进专项资金: 人才引进专项资金, not 人才).
 */
const FUND_AFTER = /^的?([^，。；、,;：:（(）)”\d]{0,14}?(?:资金|经费|基金|专款))/;
/**
 * The base of a rate said before the number: 每千常住人口, 每十万人口, 每百张床位; 千人口, 万人口 without 每, opening the
 * phrase or after where it is counted (全市县级医院千人口床位数), not a count of people (5万人口, 数万人口) nor 万人次.
 */
export const PER_BASE = /每(千|万|十万|10万)(常住)?(人口|人)|(?<![\d.０-９一二三四五六七八九十百千万两几数每])(千|万|十万|10万)(常住)?人口|每百张?(?:床位|病床|床)/;
/**
 * Nouns that say only what kind of quantity, not of what: 培训时间, 投入资金 (the verb before them says of what); and
 * a share out per head (医师培训人均≥40学时).
 */
const QUANTITY_NOUN = /^(资金|经费|费用|时间|时长|面积|人数|数量|规模|人均|平均)$/;
/** What a standard (按…) is given for: the object of the verb after the amount (…的标准安排公共卫生补助资金, 按照床位总数的4%设置重症医学科床位). */
const STANDARD_FOR = /^的?(?:标准)?(?:给予|安排|发放|拨付|补助|补贴|核拨|设置|配置|配备)([^，。；、,;（(]+)/;
/** A phrase with a reach verb inside it: what reaches, the verb, and what follows (the scale of a level). */
const REACHED_ON = new RegExp(`^(.+?)(${REACH_VERBS.join('|')})(.+)$`);
/** Where those counted are sent, after the count: 到乡镇卫生院, 赴上级医院. */
const DESTINATION = /^(到|赴|至|去)[\u4e00-\u9fa5]+$/;
/** Units of a time taken. */
const TIME_UNIT = /^(分钟|小时|天|日|个月|周)$/;
/** What a time is taken to do, right after it: 急救人员15分钟到达现场, 检查结果2小时内出具. */
const TIMED_ACTION = /^(?:内|以内)?((?:得到|获得)?(?:到达|赶到|赶赴|到位|完成|出具|反馈|上报|报告|响应|处置|办结|回复|送达)[^，。；、,;：:（(]*)/;
/** A standard's own base after what it is for (给予生活补贴每人每月2000元): the per, not what is measured. */
const STANDARD_BASE = /每(人|名|床|张床|户|村|所|家)$/;
/** Units of money (万 and 亿 alone too: 投入900万). */
const MONEY_UNIT = /^(万元|亿元|元|万|亿)$/;
/** Nouns of a rate or share: 达标率, 比例, 占比. */
const RATE_NOUN = /(率|比例|占比)$/;
/** A note in brackets of what is counted in or out: （不含上级补助）, （含ICU床位）. */
const SCOPE_NOTE = /[（(](?:不含|含|不包括|包括)[^（）()]*[）)]/g;
/** The price of each item counted, which says which items (购置单价50万元以上大型医疗设备3台): no part of their name. */
const PRICE_OF_EACH_ITEM = /(单价|单台(?:价值)?|单件|原值|(?<![产总])价值)(在|为)?\d+(\.\d+)?(万元|亿元|元|万)(及以上|以上|以下)?的?/g;
/** Words that open a phrase but are not part of what is measured (an item's number too: ③三四级手术占比…; 将 and 把 before their object). */
const LEADING_NOISE = /^(其中|分别|含|包括|[、和及]|[一二三四五六七八九十]+是|[①-⑳]|实现|推动|使|确保|持续巩固|巩固|[将把](?=[\u4e00-\u9fa5]{2}))+/;
/** Whom a sending is for, before its verb: 向成员单位派驻专家, 每个医共体派驻公共卫生专员 (what is counted is 派驻专家). */
const SENT_TO = /^(?:向|为|给|每[个家所])[\u4e00-\u9fa5]{0,10}?(?=(?:派驻|下派|下沉|选派|输送)[\u4e00-\u9fa5])/;
/**
 * A share said as reaching part of a whole: ICU床位达到床位总数的…, 中医床位不低于总床位的…; 占比 is the share's
 * noun, not the verb (重症医学科床位数占比不低于医院总床位数的4%).
 */
const SHARE_OF = /^(.+?)(?:占比)?(达到|达|提高到|提升到|提高至|提升至|不低于|不少于|不超过|占(?!比))(.+?)的$/;
/** Adverbs between the measured noun and its verb: 逐步, 逐年, 全部, 累计, 均 (not 人均, 次均); 累计 alone names nothing (2025年累计达到3个). */
const TRAILING_ADVERB = /(逐步|逐年|逐渐|稳步|进一步|力争|争取|全部|累计|(?<![人次日年月])均|基本)+$/;
/**
 * Time words before the measured noun: 到2025年, 2024年度, 2022—2025年, 2024年9月底前, 每年, 年均, a span (争取两年内), 力争;
 * a date of the year in context by which (年底前, 6月底前, 力争年底), not 年末 naming what is counted (年末实有床位数).
 */
const TIME_WORDS =
  /^(到|至|在|于)?(\d{4}年?[—–\-－~～至到])?\d{4}年度?(\d{1,2}月(\d{1,2}日|上旬|中旬|下旬)?)?(底|末)?(前|之前|以前)?|每(年|月|季度|周|天|日)|年均|月均|^(力争|争取)?在?(用|通过|经过)?[\d一二两三四五六七八九十]+([—–\-－~～至到][\d一二两三四五六七八九十]+)?(年|个月)(左右)?的?(内|时间|努力)|^(到|至|在|于|力争|争取)?(年底|年末|年内|\d{1,2}月(\d{1,2}日|上旬|中旬|下旬|底|末)?)(前|之前|以前)|^(到|至|力争|争取)(年底|年末)|^(力争|争取|全年)/g;
/**
 * A doer before how often it acts (县医院每年下转康复期患者不少于1000人次): who counts, not what is counted; a unit's
 * attribute says no frequency between (县医院床位达到…).
 */
const DOER_BEFORE_FREQUENCY = /^[\u4e00-\u9fa5]{1,12}?(?:医院|卫生院|保健院|总院|分院|局|委|中心|政府)(?=每(?:年|半年|季度|月|周|天|日)|年均|月均)/;
/** The period of a rate of change said between what changes and the verb: 手术台次年增长10% (per year), 门诊量月增长. */
export const PERIOD_OF_CHANGE = /(?<![上去今明本当每逐老青中少学周\d])(年|月)(?=(?:增长|提升|提高|下降|降低|递增|递减)$)/;
/** The year a change is measured from: 门诊量比2020年增长10%, 较2022年同期, 在2020年基础上, 较上年, 同比. */
const CHANGE_FROM_YEAR = /(较|(?<!占)比|与|在)(\d{4}年|上一?年度?|去年)(底|末)?(同期|相比|的?基础上)|(较|(?<!占)比)(\d{4}年|上一?年度?|去年)|同比/g;

/**
 * `before`: the phrase from the last delimiter up to the number; `after`: the text after the metric;
 * `unit`: the metric's unit as written.
 */
/** A date between what is measured and the verb setting its target: 占医疗收入的比例2027年达到…, 床位6月30日前增至… */
const YEAR_BEFORE_VERB = new RegExp(
  `(?<=[\u4e00-\u9fa5])(?:到|至|在|于)?(?:\\d{4}年(?:底|末)?|(?:\\d{4}年)?\\d{1,2}月(?:\\d{1,2}日|上旬|中旬|下旬|底|末)?|年底|年末)(?:前|之前|以前)?(?=${TARGET_VERB.source})`,
);
/** A footnote's call closing a name: ①, [1], ［2］. */
const NOTE_CALL = /(?:[①-⑳]|[[［]\d{1,2}[\]］])+$/;
/** A name without the footnote's call closing it (三、四级手术占比① → 三、四级手术占比). */
export const withoutNoteCall = (name: string) => name.replace(NOTE_CALL, '');
/** The noun a fund ends in: 医共体建设专项资金, 人才引进经费. */
const FUND_NOUN = /(资金|经费|基金|专款)$/;

export function indicatorOf(before: string, after: string, unit: string): string | null {
  // 护士占比达到50%、医护比达到…: a number before a list comma ends another target; this one starts after it.
  const listed = before.lastIndexOf('、');
  if (listed >= 0 && /\d[^\u4e00-\u9fa5]*[\u4e00-\u9fa5]{0,2}(以上|以下|以内|左右)?$/.test(before.slice(0, listed))) before = before.slice(listed + 1);
  // 其中2023年安排3000万元: the opening word goes first, so that the year after it is seen.
  let phrase = before.replace(PRICE_OF_EACH_ITEM, '').replace(CHANGE_FROM_YEAR, '').replace(LEADING_NOISE, '').replace(DOER_BEFORE_FREQUENCY, '').replace(TIME_WORDS, '').replace(PERIOD_OF_CHANGE, '');
  // 医共体内实现检查检验结果互认率达到95%: what 实现 is said of is what is measured.
  phrase = phrase.replace(/^[^，。；]+?实现(?=[\u4e00-\u9fa5]{2})/, '');
  phrase = phrase.replace(SENT_TO, '');
  // 床位数达到每千人口1.8张: the base of the rate after the verb is the metric's `per`, not what is measured.
  phrase = phrase.replace(new RegExp(`(?<=${TARGET_VERB.source.slice(0, -1)})(${PER_BASE.source})$`), '');
  // 比例2027年达到38%: the year between what is measured and its verb is when, not what.
  phrase = phrase.replace(YEAR_BEFORE_VERB, '');
  // ICU床位达到床位总数的4%: a share of a whole, named 占 the whole (ICU床位占床位总数).
  const share = SHARE_OF.exec(phrase);
  if (share) phrase = `${share[1]}占${share[3]}`;
  // 按每人每年3万元给予生活补贴, 按人均不低于5元的标准安排公共卫生补助资金: a standard for what it gives.
  const given = /按/.test(phrase) ? STANDARD_FOR.exec(after) : null;
  if (given) return given[1];
  // 以覆盖农村地区10—20公里为服务半径: 以…为 names what the number is.
  const named = /以/.test(phrase) ? /^为([^，。；、,;（(的]+)/.exec(after) : null;
  if (named) return named[1];
  // 急救人员15分钟到达现场: a time measures what is done in it, by whom the phrase says.
  const timed = TIME_UNIT.test(unit) ? TIMED_ACTION.exec(after) : null;
  if (timed) return `${phrase.replace(TARGET_VERB, '').replace(TRAILING_ADVERB, '')}${timed[1]}`;
  const fund = MONEY_UNIT.test(unit) ? FUND_AFTER.exec(after) : null;
  // 派驻医师3名到乡镇卫生院: where they go is not what is counted.
  const object = fund ? fund[1] : after.replace(/^的/, '').split(OBJECT_STOP)[0].replace(DESTINATION, '');
  const actions = [...phrase.matchAll(ACTION_VERB)];
  const subject = phrase.replace(TARGET_VERB, '').replace(new RegExp(`^${ACTION_VERB.source}`), '');
  let indicator: string;
  // A target verb says what is measured by the noun before it; with none (在3个乡镇试点), the noun after.
  if (TARGET_VERB.test(phrase) && (subject || !object)) {
    indicator = subject;
  } else if (RATE_NOUN.test(phrase)) {
    // 村卫生室标准化建设达标率100%: a rate names itself, whatever verb-like word (建设) it holds.
    indicator = phrase;
  } else if (actions.length) {
    // 添置5—10张血液透析床位: the object follows; 建设重点专科3个: it sits between verb and number;
    // 知识培训3000人: it precedes the verb; 投入900万: the verb itself says what is counted.
    const last = actions.at(-1)!;
    // a note of what is counted in or out right after the verb names nothing: 县财政投入（不含上级补助）
    const rest = phrase.slice(last.index! + last[0].length).replace(SCOPE_NOTE, '');
    // The verb is part of what is measured when only a noun of quantity follows it, or nothing and the amount is
    // money: 设备购置资金, 医师人均年培训时间, 县财政累计投入 (not 资金, 时间, 县财政累计; 投入900万 stays 投入).
    const verbNamesIt = !object && (QUANTITY_NOUN.test(rest) || (MONEY_UNIT.test(unit) && !rest));
    // 选派骨干外出培训20人: the number counts those the last verb is done to, named between it and the verb before.
    const between = actions.length > 1 ? phrase.slice(actions.at(-2)!.index! + actions.at(-2)![0].length) : '';
    // 安排县人民医院建设资金1.2亿元: the fund named after the verb that spends it is what is measured.
    // So is one whose name holds a verb of its purpose: 安排医共体建设专项资金 (not 专项资金).
    const named =
      actions.length > 1 && actions[0].index === 0 && !QUANTITY_NOUN.test(phrase.slice(actions[0][0].length)) && (verbNamesIt || (MONEY_UNIT.test(unit) && !object && FUND_NOUN.test(phrase)));
    indicator = named ? phrase.slice(actions[0][0].length) : verbNamesIt ? phrase : object || rest || between || phrase.slice(0, last.index) || last[0];
  } else {
    // 至少1000家县医院: a bare count names the noun that follows; a level (4级应用水平) the one before.
    // A level reached on a scale named after the verb: 电子病历系统应用水平达到分级评价4级 → 电子病历系统应用水平分级评价.
    const onScale = unit === '级' ? REACHED_ON.exec(phrase) : null;
    if (onScale) phrase = onScale[1] + onScale[3].replace(/《[^》]*》/g, '');
    indicator = (unit === '级' ? phrase || object : object || phrase).replace(/》$/, '');
  }
  // Not what is measured: 等, 各, a bound before a verb (至少达到90%), the 和 of a list (全科医生和2名护士).
  // nor an adverb of the verb: 医护比逐步达到…, 县医院均达到…
  // nor a note's call after the name (三、四级手术占比①, 床位数[2]), nor the 的 a verb leaves (可开展的三级手术: 三级手术),
  // nor the 通过 of a level passed (应用水平通过4级评审: 应用水平).
  return withoutNoteCall(indicator).replace(LEADING_NOISE, '').replace(STANDARD_BASE, '').replace(TRAILING_ADVERB, '').replace(/(等|各|至少|最少|和|及|通过)$/, '').replace(/^的/, '') || null;
}
