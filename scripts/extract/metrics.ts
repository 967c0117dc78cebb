/**
 * Metrics: measurable targets such as `床位达到3.5张/千人`, `精神科床位到30张以上`,
 * `投入900万左右`, `添置5—10张`, `每年提升2个百分点以上`, `电子病历…四级水平`, `至少1000家`, `床护比达到1:0.6`.
 */
import type { Deadline, Metric } from '../publish/schema.ts';
import { compact, originalSpan, withArabicDates } from './compact.ts';
import { CHINESE_NUMERAL, CHINESE_NUMERAL_CHARS, parseNumber } from '../text/chinese-numerals.ts';
import { normalForm } from '../text/normal-form.ts';
import { ACTION_VERB, indicatorOf, PER_BASE, PERIOD_OF_CHANGE, REACH_VERBS, TARGET_VERB, withoutNoteCall } from './indicator.ts';

type Comparator = Metric['comparator'];

// 1,200 with its thousands apart, as a budget writes them, or a plain number
const NUMBER = `((?<!\\d)\\d{1,3}(?:,\\d{3})+(?![\\d,])(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|${CHINESE_NUMERAL})`;
// Longer units first: 万平方米 before 万, 万人次 before 万人, 万例 before 万, 个月 before 个, 学分 before 分. DDDs: defined daily doses (抗菌药物使用强度);
// 学时, 学分: hours and credits of training (继续医学教育); 组: groups of a case-mix payment (DRG组数达到600组).
const UNITS = '个百分点|百分点|个月|万元|亿元|万平方米|万㎡|平方公里|平方米|平米|㎡|万人次|万人|万例|人次|例次|台次|场次|公里|分钟|小时|学时|课时|学分|DDDs|万|亿|元|%|％|‰|张|床|人|名|个|项|家|所|次|例|台|套|辆|栋|幢|处|间|级|倍|亩|天|期|支|种|类|户|篇|座|批|场|周|分|成|组|对';
const UNIT = `(${UNITS})`;
// 内 after a time is 以内: 48小时内上报, 3个月内完成.
const SUFFIX = '(及以上|以上|及以下|以下|以内|(?<=天|小时|分钟|个月)内|左右|上下)?';
const PER = '(?:[/／](千人口|千常住人口|千人|万人口|万常住人口|万人|人|床|年|月))?';
const PREFIX_COMPARATOR: Record<string, Comparator> = {
  至少: 'ge', 不少于: 'ge', 不低于: 'ge', 不小于: 'ge',
  超过: 'gt', 突破: 'gt', 高于: 'gt', 大于: 'gt', 多于: 'gt',
  不超过: 'le', 不高于: 'le', 不大于: 'le',
  低于: 'lt', 少于: 'lt', 小于: 'lt',
  大约: 'approx', 约: 'approx', 近: 'approx',
  '≥': 'ge', '≤': 'le', '＞': 'gt', '>': 'gt', '＜': 'lt', '<': 'lt',
};
const PREFIX = `(${Object.keys(PREFIX_COMPARATOR).join('|')})?`;
// A range may say its unit on both ends: 5—10张, 85%—93%, 1000万—1500万元.
const METRIC = new RegExp(`${PREFIX}${NUMBER}(?:(${UNITS})?(?:[—–\\-－~～]{1,2}|至|到)${NUMBER})?${UNIT}${PER}${SUFFIX}`, 'g');
const SUFFIX_COMPARATOR: Record<string, Comparator> = {
  及以上: 'ge', 以上: 'ge', 及以下: 'le', 以下: 'le', 以内: 'le', 内: 'le', 左右: 'approx', 上下: 'approx',
};

/** The base of a rate said in a phrase (每千常住人口…, 每十万人口…, 千人口床位数…, 每百张床位配备护士…) → 千人, 10万人, 百床, else null. */
function perBaseOf(phrase: string): string | null {
  const base = PER_BASE.exec(phrase);
  const people = base && (base[1] ?? base[4]);
  return base && (people ? `${people.replace('十', '10')}人` : '百床');
}

/**
 * A target without a unit (CMI值≥0.9, CMI值达到1.0以上, 指数控制在1以内): a number after a comparison or a
 * target verb, the phrase ending with it (a unit, year or letter after the number is the other rule's).
 */
const BOUNDS = Object.keys(PREFIX_COMPARATOR).filter((word) => PREFIX_COMPARATOR[word] !== 'approx'); // 约3 says too little
const UNITLESS = new RegExp(`(?<=(${[...REACH_VERBS, ...BOUNDS].join('|')}))(\\d+(?:\\.\\d+)?)${SUFFIX}(?=[，。；、,;）)\\s]|$)`, 'g');

/** The comparison a word before (不低于) or after (以上) the number says, else `otherwise`. */
function comparatorSaid(prefix: string | undefined, suffix: string | undefined, otherwise: Comparator = 'eq'): Comparator {
  return (prefix && PREFIX_COMPARATOR[prefix]) || (suffix && SUFFIX_COMPARATOR[suffix]) || otherwise;
}

/** A rate per people with no unit for what it counts: 10/10万 (per 100,000), 5/千. */
const POPULATION_RATE = new RegExp(`${PREFIX}(\\d+(?:\\.\\d+)?)[/／](10万|十万|万|千)(?:人口|人)?${SUFFIX}`, 'g');
/** A ratio, 床护比达到1:0.6, 医护比不低于1∶1.25, in Chinese numerals too (之比达到一比一点三), after a phrase that names it (not 按1:1比例配套, not a time 8:30). */
const RATIO = new RegExp(`${PREFIX}(\\d+(?:\\.\\d+)?)[:：∶](\\d+(?:\\.\\d+)?)${SUFFIX}(?![\\d:：∶])|${PREFIX}(${CHINESE_NUMERAL})比(${CHINESE_NUMERAL})${SUFFIX}`, 'g');
const RATIO_NAMED = /比(例)?[^，。；、,;]{0,6}$/;
/** A ratio a:b as one number, b per one of a: 1:0.6 → 0.6. */
const ratioValue = (a: string, b: string) => Number((parseNumber(b)! / parseNumber(a)!).toFixed(4));

/**
 * A change said from one value to another: 由300张增加到500张, 从12天缩短至8天, 由原来的3个增至5个, 由2023年的82.6%提高到88%,
 * 由680人调整到850人. The first is its baseline.
 */
const FROM_BEFORE = /(由|从)(原来的|原有的?|现有的?|目前的?|\d{4}年(?:底|末)?的?)?$/;
const CHANGE_TO = /^(?:增加|增|提高|提升|增长|上升|扩大|调整|下降|降低|降|减少|缩短|缩减|压缩)?(?:到|至)/;
/** A span of years with a lower bound: 不少于1年, 至少两年以上 (not 2025年, nor 1年内 or 1年度). */
const YEARS_BOUNDED = /(不少于|不低于|不短于|至少)(\d{1,2}|[一二两三四五六七八九十]{1,3})个?年(以上)?(?![\d月度底末内中初])/g;
/** A change written as an arrow, as target lists write it: 开放床位数：500张→600张. */
const ARROW_TO = /^\s*(?:→|⇒|—>|-+>)\s*/;

/**
 * The 年 of a year's amount inside a name (年手术量, 年下转患者, MDT病例年诊疗量), not of a date, a span or an age (2025年, 三年内,
 * 全年, 年度, 年底, 年均, 老年, 青年, 多年来).
 */
const ANNUAL = /(?<![\d〇一二三四五六七八九十百千两多数今明去当上下本前后近每半全同历往老青少成中晚周])年(?![度底末初内中均龄轻纪鉴报会终来份])(?=[\u4e00-\u9fa5A-Za-z])/;
/** The step a rubric scores or a reward pays by: 每少1个, 每降低1个百分点, 每建成1个 (then 扣…分, 得…分, 奖励…万元). */
const RUBRIC_STEP = /每(?:少|多|缺|降低|下降|减少|增加|提高|超过?|低于|高于|建成|新增|完成)$/;
/** An action verb opening a part (选派骨干医师到省级医院进修不少于15人次), and one alone (安排). */
const ACTION_ALONE = new RegExp(`^${ACTION_VERB.source}$`);
const ACTION_FIRST = new RegExp(`^${ACTION_VERB.source}`);
/** An action verb right before the number: 建成三个…, 新增两名…. */
const ACTION_BEFORE = new RegExp(`${ACTION_VERB.source}$`);
/** An action verb, then the items counted listed by name, right before their count: 打造骨伤、针灸推拿两个优势专科. */
const LISTED_BEFORE = new RegExp(`${ACTION_VERB.source}[^，。；,;：:\\d]{1,40}、[^，。；,;：:、\\d]{1,12}$`);
/** A change verb right before the number: 下降三个百分点, 增长两成. */
const CHANGE_BEFORE = /(提高|提升|增长|增加|上升|下降|降低|减少|缩短|压缩)$/;
/** A reach verb right before the number: 达到四级. */
const REACHED_BEFORE = new RegExp(`(${REACH_VERBS.join('|')})$`);
/** An action verb and what it makes right before its count: 新增床位一百五十张, 设置床位八百张, 安排…资金三千万元. */
const MADE_OBJECT_BEFORE = new RegExp(`${ACTION_VERB.source}[\\u4e00-\\u9fa5]{1,12}$`);
/** 翻一番, 翻两番: twice, four times the base. */
const DOUBLING = /翻([一二两三四])番(以上)?/g;
/** A percentage in words: 百分之九十以上, 百分之百, 百分之95. */
const PERCENT_IN_WORDS = new RegExp(`${PREFIX}百分之(\\d+(?:\\.\\d+)?|[${CHINESE_NUMERAL_CHARS}]+)${SUFFIX}`, 'g');
/** 零增长: growth held at zero (not above it). */
const ZERO_GROWTH = /零增长/g;
/** A lower bound said before the verb: 至少配备1名, 至少建设1个, 至少达到90%, 至少召开1次 (any verb of two characters). */
const AT_LEAST_BEFORE_VERB = new RegExp(`(至少|最少)(${ACTION_VERB.source}|有|达到|达|[\\u4e00-\\u9fa5]{2})$`);
/** Between two counts of one list, a noun and the word joining them: 至少配备1名全科医生和2名护士 (the bound holds for both). */
const COORDINATED = /^[\u4e00-\u9fa5（）()]{1,15}(和|及|以及|、)$/;

/**
 * A count of what there is now, not a target: after 共有, 现有, 已有… in its sentence with no verb or date between
 * (全省共有120个县，其中贫困县40个), or the whole of a place's things that then all do something
 * (全县3家县级医院全部达到…: the target is 全部, the 3 describes the county; 全市8个县中至少5家…), or the total of
 * a list of what is included (包括…，共11家).
 */
const PRESENT_VERB = /(共有|现有|已有|现辖|下辖|(?:目前|当前)[^，。；,;\d]{0,6}?有)/g;
const NOT_DESCRIPTION = new RegExp(`${ACTION_VERB.source}|${TARGET_VERB.source.replace(/\)\$$/, ')')}|达|力争|争取|\\d{4}年`);
/** The whole of a place's things (全县10个乡镇卫生院…), and the things a verb gathers (整合全县10个乡镇卫生院, 联合县中医院和19个乡镇卫生院组建…). */
const PLACE_WHOLE = '(?:全[县市省区州旗]|本[县市区])共?';
/** The place's whole set (全县…, 与全县…), or a set the words before name as a definite one (评估反馈的12个问题全部整改到位). */
const WHOLE_PLACE = new RegExp(`^(?:[与和同向对为在]?${PLACE_WHOLE}|[^，。；,;]*的)$`);
const LISTED_WHOLE = new RegExp(`[、和及与]${PLACE_WHOLE}$`);
const GATHERED = new RegExp(`(?:整合|联合|联结|带动|辐射|统一管理)([^，。；,;\\d]{0,12})$|(?:覆盖|涵盖)(?:${PLACE_WHOLE}|全部|所有)$`);
/** All of them do it (全部, 均, 都, 实现全覆盖), or some of them (中 before a share of them). */
const ALL_OF_THEM = /^[^，。；,;]{0,12}?(全部|均|都|全覆盖|中(?!心|医|药|西))/;
/** The total closing a list of what is included (县医院，包括甲县人民医院、乙县人民医院…，共11家): a count, not a target. */
const TOTAL_OF_LIST = /^(共|共计|合计|总计)$/;
function describesPresent(s: string, sentenceStart: number, partStart: number, start: number, end: number): boolean {
  const present = [...s.slice(sentenceStart, start).matchAll(PRESENT_VERB)].at(-1);
  const gap = present ? s.slice(sentenceStart + present.index! + present[0].length, start) : '';
  // in the same part, or in a later part of the sentence that says nothing else (…，其中贫困县40个; 全县现有卫生院12家，床位500张);
  // not a rate (每千人口拥有…)
  const sameList = !/[，,]/.test(gap) || s.startsWith('其中', partStart) || !/[：:]/.test(gap);
  if (present && sameList && !NOT_DESCRIPTION.test(gap) && !/每/.test(s.slice(sentenceStart, start))) return true;
  if (TOTAL_OF_LIST.test(s.slice(partStart, start)) && /包括|包含/.test(s.slice(sentenceStart, partStart))) return true;
  // the counts before 共有 in their part are its subject (全市6个县级市和2个县共有县级医院8家)
  const partRest = s.slice(end).split(/[，。；,;]/)[0];
  const presentAfter = /共有|现有|已有/.exec(partRest);
  if (presentAfter && !NOT_DESCRIPTION.test(partRest.slice(0, presentAfter.index))) return true;
  const before = s.slice(partStart, start);
  const gathered = GATHERED.exec(before);
  // (no verb of a target between: 覆盖率达到 is none)
  if (gathered && !NOT_DESCRIPTION.test(gathered[1] ?? '')) return true;
  // the whole place's things (全县10个…), or those the part opens with (25个乡镇卫生院全部纳入), all of them doing it
  const place = before.replace(/^.*?(?:(?:到|至|在|于)?\d{4}年(?:底前?|前)?)/, '');
  if ((place === '' || WHOLE_PLACE.test(place)) && ALL_OF_THEM.test(s.slice(end))) return true;
  // the whole place's things as one of a list (以县医院为牵头医院、县中医院和全县11个乡镇卫生院为成员单位)
  return LISTED_WHOLE.test(before);
}

/** An opening that looks back: 2021年以来，, 近年来，, 近三年来，, “十三五”以来，, 医共体组建以来，. */
const LOOK_BACK = /^[^，。；,;]{0,12}(以来|年来)[，,]/;
/** Words that turn a sentence to what is to come: 到2025年, 力争, 目标… */
const AHEAD = /(到|至)\d{4}年|力争|争取|目标|计划|将|要/;
/**
 * A sentence that opens looking back tells what was done, bounds and all (2021年以来，全县累计投入…3.2亿元, 近三年来，引进人才
 * 50人以上), unless it turns ahead before the number.
 */
function looksBack(s: string, sentenceStart: number, start: number): boolean {
  return LOOK_BACK.test(s.slice(sentenceStart)) && !AHEAD.test(s.slice(sentenceStart, start));
}
/** The price of each item a count is of, which says which items, not a target: 购置单价50万元以上大型医疗设备3台. */
const EACH_PRICE = /(单价|单台(?:价值)?|单件|原值|(?<![产总])价值)(?:在|为)?$/;

/** Bounds said in words (不低于, 超过…), which may stand apart from the number. */
const WORD_BOUNDS = Object.keys(PREFIX_COMPARATOR).filter((w) => /^[不低高超少多小大]/.test(w)).join('|');
/** A bound said before the whole a share is of: 中医床位数不低于总床位数的20%. */
const SHARE_BOUND = new RegExp(`(${WORD_BOUNDS})[^，。；、,;\\d]{1,12}的$`);
/** A bound said before a standard's base: 配套不少于每人每年5元, 不低于人均2元. */
const BOUND_BEFORE_BASE = new RegExp(`(${WORD_BOUNDS})(?:每(?:人|户|床|张床|名|村|所|家)|人均)(?:每?(?:年|月))?$`);

/**
 * A time or distance that is part of the name of a service (15分钟健康服务圈, 24小时远程会诊服务, 24小时远程会诊中心,
 * 急诊CT 24小时开放): it says what kind of service, not a target (unlike 急救反应时间缩短至15分钟以内, 15分钟到达现场).
 */
const NAMES_WHAT_FOLLOWS = /^[\u4e00-\u9fa5]{0,10}?(圈|服务|机制|制度|值班|热线|模式|网络|体系|平台|中心|开放|开诊|在线)(?![\u4e00-\u9fa5])/;

/** A quotation that a number opens and words go on after it names something (“369人才工程”), not a target (“两个100%”). */
const QUOTED_NAME_GOES_ON = /^[\u4e00-\u9fa5A-Za-z+＋]+[”"]/;
/** Text before the number that says no metric: 第3, 〔2021〕538号, （1）, the hours of 7×24小时. */
const ORDINAL_BEFORE = /(第|〔|\[|[（(]|附件|附表|表|图|[×*＊])$/;

function normaliseUnit(unit: string, context: string): string {
  if (unit === '％') return '%';
  if (unit === '个百分点') return '百分点';
  if (unit === '㎡' || unit === '平米') return '平方米';
  if (unit === '成') return '%';
  if (unit === '万㎡') return '万平方米';
  // 投入900万左右: money when the phrase is about spending.
  if ((unit === '万' || unit === '亿') && /(投入|资金|经费|投资|补助|补贴|奖励|筹措)/.test(context)) return `${unit}元`;
  return unit;
}

function normalisePer(per: string): string {
  if (/^千/.test(per)) return '千人';
  if (/^万/.test(per)) return '万人';
  return per;
}

/** A rate per people or beds, as perBaseOf and PER give it. */
const PER_PEOPLE = /^(千人|万人|10万人|百床)$/;
type RateRead = { per: string; unit: string; value: number; end: number };

/**
 * The base of the rate just read, for a target that goes on in the next part of its sentence with no base of its
 * own: 每千人口执业（助理）医师数达到3.2人，注册护士数达到3.8人 (per 千人 both). Only another count of the same
 * kind (…数, the same unit, within twice the size: not 精神科床位数达到15张 after 每千人口6.5张), a level
 * reached (a reach verb or a bound, no action: not 新增床位200张), right after it (`previousEnd` -1 when the last
 * metric was in another sentence).
 */
function sameRate(
  rate: RateRead | null,
  next: { before: string; prefix?: string; indicator: string | null; unit: string; value: number; upper: number | null; previousEnd: number },
): string | null {
  if (!rate || rate.end !== next.previousEnd || rate.unit !== next.unit || next.upper !== null || !next.indicator?.endsWith('数')) return null;
  const reached = (REACHED_BEFORE.test(next.before) || Boolean(next.prefix)) && !new RegExp(ACTION_VERB.source).test(next.before);
  return reached && next.value > 0 && next.value / rate.value <= 2 && rate.value / next.value <= 2 ? rate.per : null;
}

const yearOf = (deadline: Deadline | undefined) => {
  const date = deadline?.end ?? deadline?.start;
  return date ? Number(date.slice(0, 4)) : null;
};

/**
 * The year a sentence gives its target: the nearest deadline before it in the sentence, else after — not one
 * after 其中, which dates a part of it (累计投入2.5亿元，其中2024年安排8000万元), nor one whose own part
 * names an amount (…，2024年、2025年分别安排3000万元、4000万元). Years listed before 分别 go with the values
 * listed after it in turn (2024年、2025年分别安排3000万元、4000万元: 2024, 2025).
 */
function targetYear(text: string, deadlines: Deadline[], sentence: [number, number], [at, atEnd]: [number, number]): number | null {
  const inSentence = deadlines.filter((d) => d.at[0] >= sentence[0] && d.at[1] <= sentence[1] && (d.end || d.start));
  // a date in brackets right after the target is its own: ≥3个（2024年），≥5个（2025年）
  const own = inSentence.find((d) => /^\s*[（(]\s*$/.test(text.slice(atEnd, d.at[0])));
  if (own) return yearOf(own);
  const earlier = inSentence.filter((d) => d.at[1] <= at);
  const respective = respectiveYear(text, earlier, at);
  if (respective !== null) return respective;
  const ownsAmount = (d: Deadline) => /\d/.test(/^[^，。；,;]*/.exec(text.slice(d.at[1]))![0]);
  return yearOf(earlier.at(-1) ?? inSentence.find((d) => d.at[0] >= at && !text.slice(at, d.at[0]).includes('其中') && !ownsAmount(d)));
}

/** The one year of the dates inside the clause's unit annotations, else null (none said, or several). */
function annotationYear(deadlines: Deadline[], annotations: [number, number][]): number | null {
  const years = new Set(deadlines.filter((d) => annotations.some(([a, b]) => d.at[0] >= a && d.at[1] <= b) && d.end).map(yearOf));
  return years.size === 1 ? [...years][0] : null;
}

/** The year of a value listed after 分别 that a list of as many dates before it gives in turn, else null. */
function respectiveYear(text: string, earlier: Deadline[], at: number): number | null {
  const last = earlier.at(-1);
  const between = last && /^\s*分别[^，。；,;]*$/.exec(text.slice(last.at[1], at));
  if (!last || !between) return null;
  const dates = [last];
  for (let k = earlier.length - 2; k >= 0 && /^\s*、\s*$/.test(text.slice(earlier[k].at[1], dates[0].at[0])); k--) dates.unshift(earlier[k]);
  const index = between[0].split('、').length - 1;
  return dates.length > 1 && index < dates.length ? yearOf(dates[index]) : null;
}

const HORIZON = /^(?:力争|预计|计划)?(?:到|至)((?:19|20)\d{2})年(?:底|末)?[，,]/;
const HORIZON_AFTER_HEADING = new RegExp(`^(?:[^。；，]{0,20}[。：:])?${HORIZON.source.slice(1)}`);

/**
 * The year a paragraph of targets opens with: 到2025年， (or 至 / 力争到 / 预计到 …) at the start of
 * the text or of its first sentence after a heading, the horizon of the targets that follow it.
 */
function horizonYear(s: string, deadlines: Deadline[], view: ReturnType<typeof compact>): { year: number; at: number } | null {
  // a heading ends at its full stop or colon, or at its line's end (主要目标\n到2025年底，…)
  const headingEnd = view.breaks.find((b) => b > 0 && b <= 20);
  for (const [from, re] of [[0, HORIZON_AFTER_HEADING], [headingEnd, HORIZON]] as const) {
    const opening = from === undefined ? null : re.exec(s.slice(from));
    if (!opening) continue;
    const year = Number(opening[1]);
    const at = originalSpan(view, from!, from! + opening[0].length)[1];
    return deadlines.some((d) => (d.end ?? d.start)?.startsWith(String(year))) ? { year, at } : null;
  }
  return null;
}

export function extractMetrics(text: string, deadlines: Deadline[], excluded: [number, number][]): Metric[] {
  // dates in Chinese numerals read as in digits (到二〇二五年 is a time before what is measured)
  const view = withArabicDates(compact(text));
  const s = view.text;
  const blocked = [...excluded, ...deadlines.map((d) => d.at)];
  const titles = [...s.matchAll(/《[^《》]*》/g)].map((m) => [m.index!, m.index! + m[0].length]);
  /** The sentence and the clause part a number sits in (from the previous delimiter). */
  const placeOf = (start: number) => {
    const sentenceStart = Math.max(s.lastIndexOf('。', start - 1), s.lastIndexOf('；', start - 1)) + 1;
    const paragraphStart = view.breaks.filter((b) => b <= start).at(-1) ?? 0;
    // a bracket still open opens a part (新增床位不少于200张（其中ICU床位不少于20张）); a closed one is part of a name
    const open = s.lastIndexOf('（', start - 1);
    const bracket = open > s.lastIndexOf('）', start - 1) ? open + 1 : 0;
    return { sentenceStart, partStart: Math.max(sentenceStart, paragraphStart, bracket, ...['，', '：', ','].map((d) => s.lastIndexOf(d, start - 1) + 1)) };
  };
  /**
   * What a value right after a colon measures is the label before it (县级医院重点专科数：≥3个, 开放床位数：500张), back to
   * the sentence's or part's start; a part with words of its own keeps them.
   */
  const labelled = (before: string, partStart: number) => {
    if (/[\u4e00-\u9fa5A-Za-z]/.test(before) || !/[：:]/.test(s[partStart - 1] ?? '')) return before;
    return s.slice(placeOf(partStart - 1).partStart, partStart - 1);
  };
  // The target year may be set for a whole sentence of `；`-joined targets: 到2025年，…；…
  // and a paragraph that opens with its horizon (到2025年，…。床位数达到…) sets it for the sentences after.
  const horizon = horizonYear(s, deadlines, view);
  // The time an annotation says the task is done by (（县卫健局负责，2024年底前完成）, 完成时限：…) dates the targets
  // that name none, as a table row's 完成时限 cell does.
  // So does a date in brackets after the clause's last sentence (…新增市级临床重点专科2个。（2023年12月底前））.
  const closingNote = /(?<=[。；;]\s*)[（(][^（）()]*[）)]\s*$/.exec(text);
  const doneBy = annotationYear(deadlines, closingNote ? [...excluded, [closingNote.index, text.length]] : excluded);
  const yearAt = (start: number, end: number) => {
    const fullEnd = s.indexOf('。', end) < 0 ? s.length : s.indexOf('。', end);
    const at = originalSpan(view, start, end);
    const own = targetYear(text, deadlines, originalSpan(view, s.lastIndexOf('。', start - 1) + 1, fullEnd), at);
    return own ?? (horizon && horizon.at <= at[0] ? horizon.year : doneBy);
  };
  const metrics: Metric[] = [];
  let previousEnd = 0;
  /** The last metric read if it is a rate per people or beds (每千人口…3.2人), else null. */
  let previousRate: RateRead | null = null;
  /** The time rate of the last metric read and where it ends (每年招聘…不少于20名), else null. */
  let previousTimeRate: { per: string; end: number } | null = null;
  /** The bound said before the verb or the number of the last metric read (至少配备1名…, 不少于2名…), else null. */
  let previousBound: Comparator | null = null;
  /** The `由…` value of a change being read: where its 由 stands, the verb after it and where that ends. */
  let baseline: { value: number; unit: string; from: number; verb: string; end: number; before: string | null } | null = null;
  /** Adds a metric without a unit over [start, end), unless a metric, deadline, annotation or title holds it. */
  const addUnitless = (start: number, end: number, value: number, comparator: Comparator, before: string, per: string | null = null, unit: string | null = null, indicator = indicatorOf(before, s.slice(end), '')) => {
    const at = originalSpan(view, start, end);
    if ([...blocked, ...metrics.map((x) => x.at)].some(([a, b]) => at[0] < b && at[1] > a)) return;
    if (titles.some(([a, b]) => start >= a && end <= b) || looksBack(s, placeOf(start).sentenceStart, start)) return;
    metrics.push({ text: text.slice(...at), indicator, value, unit, per, comparator, year: yearAt(start, end), at });
  };
  // 孕产妇死亡率控制在10/10万以下: a rate per people, read first so that 10万以下 is not read alone.
  for (const m of s.matchAll(POPULATION_RATE)) {
    const [whole, prefix, number, people, suffix] = m;
    const start = m.index!;
    const comparator = comparatorSaid(prefix, suffix);
    addUnitless(start, start + whole.length, Number(number), comparator, s.slice(placeOf(start).partStart, start), `${people.replace('十', '10')}人`);
  }
  // 县域内就诊率达到百分之九十以上 → ge 90 %, read before counts so that 百分 is not read as 100 分.
  for (const m of s.matchAll(PERCENT_IN_WORDS)) {
    const [whole, prefix, number, suffix] = m;
    const value = parseNumber(number);
    const start = m.index!;
    // 不少于床位总数的百分之五: the bound said before the whole the share is of
    const shareBound = prefix || suffix ? null : SHARE_BOUND.exec(s.slice(placeOf(start).partStart, start));
    const comparator = shareBound ? PREFIX_COMPARATOR[shareBound[1]] : comparatorSaid(prefix, suffix);
    if (value !== null) addUnitless(start, start + whole.length, value, comparator, s.slice(placeOf(start).partStart, start), null, '%');
  }
  for (const m of s.matchAll(METRIC)) {
    const [whole, prefix, first, firstUnit, second, rawUnit, rawPer, suffix] = m;
    const start = m.index!;
    const end = start + whole.length;
    const numberStart = start + (prefix?.length ?? 0);
    const at = originalSpan(view, start, end);
    if ([...blocked, ...metrics.map((x) => x.at)].some(([a, b]) => at[0] < b && at[1] > a)) continue;
    if (titles.some(([a, b]) => start >= a && end <= b)) continue;
    if (ORDINAL_BEFORE.test(s.slice(0, numberStart)) || EACH_PRICE.test(s.slice(0, start)) || /^[\dA-Za-z年月日号]/.test(s.slice(end))) continue;
    if (/[“"]$/.test(s.slice(0, numberStart)) && QUOTED_NAME_GOES_ON.test(s.slice(end))) continue;
    if (!prefix && !suffix && !second && /^(分钟|小时|公里|天)$/.test(rawUnit) && NAMES_WHAT_FOLLOWS.test(s.slice(end))) continue;
    const value = parseNumber(first);
    const upper = second ? parseNumber(second) : null;
    // A unit on both ends is one unit, or the first says its scale only: 85%—93%, 1000万—1500万元.
    if (value === null || (second && upper === null) || (firstUnit && !rawUnit.startsWith(firstUnit))) continue;

    const { sentenceStart, partStart } = placeOf(start);
    if (looksBack(s, sentenceStart, start) || (!prefix && !suffix && upper === null && describesPresent(s, sentenceStart, partStart, start, end))) continue;
    let before = labelled(s.slice(partStart, start), partStart);
    const fromWord = upper === null ? FROM_BEFORE.exec(before) : null;
    const change = fromWord ? CHANGE_TO.exec(s.slice(end)) : upper === null ? ARROW_TO.exec(s.slice(end)) : null;
    if (change) {
      // the arrow says no verb: what is measured stands before the first value (开放床位数：500张→600张)
      const arrow = !fromWord;
      baseline = { value, unit: rawUnit, from: start - (fromWord?.[0].length ?? 0), verb: arrow ? '' : change[0], end: end + change[0].length, before: arrow ? before : null };
      continue;
    }
    // The target of a change is measured by what stands before its 由: 开放床位由300张增加到500张 → 开放床位.
    const from = baseline?.end === start && baseline.unit === rawUnit ? baseline : null;
    baseline = null;
    if (from) before = from.before ?? labelled(s.slice(partStart, from.from), partStart) + from.verb;
    // After another metric in the same part, this one's phrase starts at the list comma
    // (医师数达3.05人、注册护士数达3.5人 / 3个一级学科、5个二级学科), or else after that metric
    // (选派10名骨干医师进修3个月: 骨干医师进修, not 10名骨干医师进修).
    if (previousEnd > partStart) before = before.slice(Math.max(before.lastIndexOf('、') + 1, previousEnd - partStart));
    const targeted = TARGET_VERB.test(before) || Boolean(prefix) || Boolean(suffix);
    // Chinese numerals mostly name things (三级医院, 二级以下手术, 四个下沉, 一所村卫生室);
    // they are targets when bounded (至少两家, 两项以上。), a level reached (四级水平) or what a
    // verb makes (建成三个省级重点专科, 新增两名学科带头人, also after the items it lists: 打造骨伤、针灸推拿两个优势专科;
    // not 一, an article there: 打造一支队伍, 推广一批;
    // nor a grade or phase: 建设三级医院, 完成二期工程).
    if (!/^\d/.test(first)) {
      // 九成以上的患者: a share in tenths is a target when bounded, wherever it stands
      const closed = Boolean(suffix) && (/^([，。；、,;]|$)/.test(s.slice(end)) || rawUnit === '成');
      const grade = /^(级|期)$/.test(rawUnit);
      const made = (ACTION_BEFORE.test(s.slice(partStart, start)) || LISTED_BEFORE.test(s.slice(partStart, start))) && !grade && value > 1;
      // the amount of a change: 下降三个百分点, 增长两成 (一 too where it cannot be an article: 提高一个百分点)
      const changed = CHANGE_BEFORE.test(s.slice(partStart, start)) && !grade && (value > 1 || /百分点|成|倍/.test(rawUnit));
      // a level reached: 四级水平, 达到四级, 达到四级甲等 (not 达到三级医院水平, a grade of hospital)
      const level = rawUnit === '级' && (s.startsWith('水平', end) || (REACHED_BEFORE.test(s.slice(partStart, start)) && /^(甲等|乙等)?([，。；、,;]|$)/.test(s.slice(end))));
      // a count or amount reached, or made with its object named before it, closing the phrase (达到十二个, 新增床位一百五十张,
      // 资金三千万元; not 对标三类医院); a decimal (四点五张) names nothing
      const reached = !grade && REACHED_BEFORE.test(s.slice(partStart, start));
      const madeObject = !grade && value > 1 && MADE_OBJECT_BEFORE.test(s.slice(partStart, start)) && /^([，。；、,;]|$)/.test(s.slice(end));
      const decimal = first.includes('点');
      if (!(prefix || closed || made || changed || level || reached || madeObject || decimal)) continue;
    }
    // A grade (级) is a target only when reached (达到分级评价4级, 2级以上) or a level (4级应用水平).
    const passed = /通过$/.test(before) && /^(评审|评价|认证|验收)/.test(s.slice(end)); // 通过4级评审
    if (rawUnit === '级' && !targeted && !passed && !/达到|达|提升到|提高到/.test(before) && !/^[\u4e00-\u9fa5]{0,4}水平/.test(s.slice(end))) continue;
    // Points (分) are a target only when reached (满意度达到90分以上), not a rubric's score (分值 15分, 得5分, 扣2分).
    if (rawUnit === '分' && !targeted) continue;
    // A rubric's step is no target: 每少1个扣5分, 每降低1个百分点扣2分.
    if (RUBRIC_STEP.test(s.slice(partStart, start))) continue;

    // A time rate (每年, 每月, 年均) belongs to the part; a rate per people or beds (每千常住人口, 每百张床位) to the sentence.
    const timeRate = /每(年|月|季度|周|天|日)|(年|月)均/.exec(before) ?? PERIOD_OF_CHANGE.exec(before);
    const basePer = perBaseOf(s.slice(Math.max(sentenceStart, s.lastIndexOf('，', start - 1) + 1), start));
    // 不少于每人每年5元: the bound and the standard's base stand before the number, no part of what is measured
    const baseBound = BOUND_BEFORE_BASE.exec(before);
    const indicator = indicatorOf(baseBound ? before.slice(0, baseBound.index) : before, s.slice(end), rawUnit);
    // 年手术量不少于300例, MDT病例年诊疗量≥500例: a year's amount is one per year (its name kept as written)
    const annual = indicator !== null && !timeRate && ANNUAL.test(indicator);
    const goesOn = { before, prefix, indicator, unit: rawUnit, value, upper, previousEnd: previousEnd > sentenceStart ? previousEnd : -1 };
    // 每年招聘…不少于20名，选派…进修不少于15人次: a part that is one more action of the doer's, after a comma, keeps the time rate
    const sameRhythm: string | null = previousTimeRate && /^[^。；;]*[，,]$/.test(s.slice(previousTimeRate.end, partStart)) && ACTION_FIRST.test(s.slice(partStart, start)) ? previousTimeRate.per : null;
    const per: string | null = rawPer ? normalisePer(rawPer) : (basePer ?? (timeRate ? (timeRate[1] ?? timeRate[2]) : null) ?? (annual ? '年' : null) ?? sameRate(previousRate, goesOn) ?? sameRhythm);

    // A bound before the first of coordinated counts holds for the others: 至少配备1名全科医生和2名护士.
    const carried: Comparator | null = previousBound && previousEnd > partStart && !prefix && COORDINATED.test(s.slice(previousEnd, start)) ? previousBound : null;
    // 不低于总床位数的20%: the bound is said before the whole the share is of.
    const shareBound = SHARE_BOUND.exec(s.slice(partStart, start));
    const saidBound = shareBound ?? baseBound;
    const bound: Comparator = AT_LEAST_BEFORE_VERB.test(s.slice(partStart, start)) ? 'ge' : saidBound ? PREFIX_COMPARATOR[saidBound[1]] : (carried ?? 'eq');
    const comparator: Comparator = upper !== null ? 'range' : comparatorSaid(prefix, suffix, bound);
    const unit = normaliseUnit(rawUnit, before + whole);
    // 两成 is 20 %: a tenth (成) read as a percentage.
    const scale = (n: number) => (rawUnit === '成' ? n * 10 : n);
    const metric: Metric = {
      text: text.slice(...at),
      indicator,
      ...(upper !== null ? { min: scale(value), max: scale(upper) } : { value: scale(value) }),
      ...(from ? { baseline: from.value } : {}),
      unit,
      per,
      comparator,
      year: yearAt(start, end),
      at,
    };
    metrics.push(metric);
    previousRate = per && PER_PEOPLE.test(per) ? { per, unit: rawUnit, value, end } : null;
    previousTimeRate = per && !PER_PEOPLE.test(per) ? { per, end } : null;
    previousEnd = end;
    previousBound = upper === null && !suffix && (prefix || bound !== 'eq') ? comparator : null;
  }
  for (const m of s.matchAll(UNITLESS)) {
    const [whole, said, number, suffix] = m;
    // a comparison (≥, 不低于) is part of the metric, as in the other rule; a verb (达到) is not
    const start = m.index! - (PREFIX_COMPARATOR[said] ? said.length : 0);
    const partStart = placeOf(start).partStart;
    const before = labelled(s.slice(partStart, PREFIX_COMPARATOR[said] ? start : m.index!), partStart);
    const comparator = PREFIX_COMPARATOR[said] ?? (suffix && SUFFIX_COMPARATOR[suffix]) ?? 'eq';
    addUnitless(start, m.index! + whole.length, Number(number), comparator, before);
  }
  // 派驻时间不少于1年, 服务期不少于5年: a span of years bounded, a target in 年 (a year alone, 2025年, is a date;
  // 3年以上临床经验 unbounded qualifies those it names).
  for (const m of s.matchAll(YEARS_BOUNDED)) {
    const start = m.index!;
    addUnitless(start, start + m[0].length, parseNumber(m[2])!, 'ge', s.slice(placeOf(start).partStart, start), null, '年');
  }
  // 门诊量翻一番 → 2 倍 (the base doubled), 翻两番 → 4 倍.
  for (const m of s.matchAll(DOUBLING)) {
    const start = m.index!;
    addUnitless(start, start + m[0].length, 2 ** parseNumber(m[1])!, m[2] ? 'ge' : 'eq', s.slice(placeOf(start).partStart, start), null, '倍');
  }
  // 药占比零增长 → 药占比增长 at most 0 %.
  for (const m of s.matchAll(ZERO_GROWTH)) {
    const start = m.index!;
    const before = s.slice(placeOf(start).partStart, start);
    const measured = indicatorOf(before, '', '');
    addUnitless(start, start + m[0].length, 0, 'le', before, null, '%', measured && `${measured}增长`);
  }
  // 床护比达到1:0.6 → 0.6: a ratio is its second term per one of the first.
  // (in Chinese numerals too: 之比达到一比一点三)
  for (const m of s.matchAll(RATIO)) {
    const [whole, ...groups] = m;
    const [prefix, first, second, suffix] = groups[1] !== undefined ? groups.slice(0, 4) : groups.slice(4);
    const start = m.index!;
    const before = s.slice(placeOf(start).partStart, start);
    if (!RATIO_NAMED.test(before) || !parseNumber(first) || parseNumber(second) === null) continue;
    const comparator = comparatorSaid(prefix, suffix);
    addUnitless(start, start + whole.length, ratioValue(first, second), comparator, before);
  }
  return inheritIndicators(text, metrics.sort((a, b) => a.at[0] - b.at[0]));
}

/**
 * A part that names nothing it measures goes on measuring what the part before it in the sentence did:
 * 县外转诊率控制在10%以内，较2023年下降5个百分点; 每年新增全科医生10名，到2025年达到50名; so does a share of it
 * after 其中 that names only its verb (专项资金不少于3000万元，其中2023年安排800万元).
 */
function inheritIndicators(text: string, metrics: Metric[]): Metric[] {
  const read: Metric[] = [];
  for (const metric of metrics) {
    const previous = read.at(-1);
    const between = previous ? text.slice(previous.at[1], metric.at[0]) : '';
    const sameSentence = previous?.indicator && !/[。；;！？\n]/.test(between);
    const shareOf = sameSentence && /其中/.test(between) && metric.indicator !== null && ACTION_ALONE.test(metric.indicator);
    const indicator = !sameSentence ? metric.indicator : metric.indicator === null || shareOf ? previous!.indicator : parallelTo(previous!.indicator!, metric.indicator!);
    read.push(indicator === metric.indicator ? metric : { ...metric, indicator });
  }
  return read;
}

/**
 * A part that names only the word that differs from the part before it measures what that did with the word put in:
 * 达到基本标准比例≥80%，推荐标准≥20% → 达到推荐标准比例 (the two end alike, 标准, and the rate noun follows them).
 */
function parallelTo(previous: string, own: string): string {
  const tail = own.slice(-2);
  const at = previous.lastIndexOf(tail);
  const head = own.length - 2;
  if (own.length > 6 || /(率|比例|占比|数|量)$/.test(own) || at < head || !/^(率|比例|占比|数|量)$/.test(previous.slice(at + 2))) return own;
  return previous.slice(0, at - head) + own + previous.slice(at + 2);
}

/** A value as an indicator table's cell writes it, with no words around it: 6.5, ≥90, 30%, 1:0.6. */
const TABLE_VALUE = new RegExp(`^${PREFIX}(\\d+(?:\\.\\d+)?)(?:[:：∶](\\d+(?:\\.\\d+)?))?(%|％|‰)?${SUFFIX}$`);

/** A range as such a cell writes it: 80—90, 85%~93% (not years, 2023—2025, a time). */
const TABLE_RANGE = /^(?!(?:19|20)\d{2}[—–\-－~～至到]+(?:19|20)\d{2}$)(\d+(?:\.\d+)?)(?:%|％|‰)?(?:[—–\-－~～]{1,2}|至|到)(\d+(?:\.\d+)?)(%|％|‰)?$/;

type TableValue = { value: number; unit: string | null; comparator: Comparator } | { min: number; max: number; unit: string | null; comparator: 'range' };

function readTableValue(cell: string): TableValue | null {
  // (its digits in any width, spaced out or not)
  const text = normalForm(cell).replace(/\s/g, '');
  const range = TABLE_RANGE.exec(text);
  if (range && Number(range[1]) < Number(range[2])) return { min: Number(range[1]), max: Number(range[2]), unit: range[3] ? normaliseUnit(range[3], '') : null, comparator: 'range' };
  const m = TABLE_VALUE.exec(text);
  if (!m || Number(m[2]) === 0) return null;
  const [, prefix, first, second, unit, suffix] = m;
  return { value: second ? ratioValue(first, second) : Number(first), unit: unit ? normaliseUnit(unit, '') : null, comparator: comparatorSaid(prefix, suffix) };
}

/** A cell that says a unit of measure alone (%, 张, 分钟): an indicator table's 单位 column, no body's name. */
const MEASURE_UNIT_ALONE = new RegExp(`^${UNIT}$`);
export const isMeasureUnit = (text: string) => MEASURE_UNIT_ALONE.test(text.trim());

/**
 * The metric of an indicator table's row (指标名称 | 2022年基期值 | 2025年目标值): the target cell's value,
 * named by the indicator cell, in the unit its bracket says (床位数（张）) or its 单位 cell (`measure`), from the base cell's value.
 */
export function tableMetric(name: string, target: string, base: string | null, year: number | null, measure: string | null = null): Omit<Metric, 'text' | 'at'> | null {
  const value = readTableValue(target);
  if (!value) return null;
  const unitSaid = /[（(]([^（）()]+)[）)]$/.exec(name);
  const from = base === null ? null : readTableValue(base);
  // a target range (80—90) gives min and max; a base is one value
  const { unit, comparator, ...amount } = value;
  return {
    indicator: withoutNoteCall(name.slice(0, unitSaid?.index).trim()) || null,
    ...amount,
    ...(from && 'value' in from ? { baseline: from.value } : {}),
    unit: unit ?? (unitSaid ? normaliseUnit(unitSaid[1], '') : measure ? normaliseUnit(measure.trim(), '') : null),
    per: perBaseOf(name),
    comparator,
    year,
  };
}
