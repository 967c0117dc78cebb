/**
 * Deadlines: absolute (`2025年底前`, `2024年6月前`, `到2027年`), ranges (`2023年9月—2025年12月`,
 * `2021年10月至12月`, `2025年10—12月`, `2024年第一、二季度`, `2023年7月至年底`, `2023年第四季度至2024年第二季度`, `2025—2026年`, `3月22日—3月31日`), recurring (`每年11月15日前`, `每年一季度`),
 * holidays (`元旦前`, `国庆节前`; a lunar one with its year, `2025年春节前`), named periods (`“十四五”期间`), dates that take their year from context (`年底前`, `下半年`, `第三季度`)
 * and from the document's own year (`今年底前`, `明年6月前`) or date (`本方案印发之日起1个月内`, `力争用2—3年时间`); a start with no end (`自2024年起`), and
 * dates as tables write them (`2024.6.30前`). `2025年前后` is about 2025, not by it (`2024年底前后` about its December); a season with its year (`2024年秋季`) its months. A time said
 * without a date (`持续推进`, `长期坚持`) standing alone is `ongoing`.
 */
import type { Deadline } from '../publish/schema.ts';
import { compact, originalSpan, withArabicDates } from './compact.ts';
import { parseChineseNumeral, parseNumber } from '../text/chinese-numerals.ts';
import { fiveYearPlanYears, isoDate, lunarDay } from '../text/dates.ts';

const Y = '((?:19|20)\\d{2})';
const M = '(1[0-2]|0?[1-9])';
/** A day; a leading zero before any (01日). */
const D = '0?(3[01]|[12]\\d|[1-9])';
const DASH = '(?:[—–\\-－~～]{1,2}|至|到)';
/** 前 but not 前后 (2025年前后: around, not by). */
const BEFORE = '(?:前(?!后)|之前|以前|为止)';
/**
 * What is done at a time, said right after it (2024年中完成, 县人民医院6月完成, 年初制定): a month or 年中 or 年初 that
 * might open a word (2024年中医院, 6月龄, 年初诊) is a time before one of these. Not before 的 (年初制定的计划: a look back).
 */
const DONE_THEN = '(?:完成|实现|建成|启动|开展|制定|召开|组织|部署|出台|印发|投入|通过|上报|报送|举办)(?!的)';
/** A quarter as business writing names it: 2024年Q2 (the second quarter). */
const Q_QUARTER = '[Qq][1-4](?![\\d.])';
/**
 * Part of a year: 上半年, 年底, 第一季度…; 年初 or 初 (not 2024年初步…, 初见成效, nor 2024年初以来, a look back), 中 only
 * before 前, a stop or what is done then (2025年中前, 2024年中完成; not 2024年中医院, 2024年中、高级职称, nor 在2024年中开展…,
 * in the course of the year).
 */
const PART = `((?:上|下)半年内?|[春夏秋]季|年中|年底|年末|年内|底|末|内|第?[一二三四1-4]季度(?:末|底|内)?|${Q_QUARTER}|年?初(?![步见具次级始心诊筛审中稿评值]|以来)|中(?=${BEFORE}|[，。；,;])|中(?<!在(?:\\d{4}|[今明次翌本])年中)(?=${DONE_THEN}))`;
/** A winter (冬季, 冬春季, 秋冬季) runs into the next year, and no word says whether 2024年冬季 is the one it opens or ends: none. */
const WINTER = '(?:秋冬|冬春|冬)季';
/** A half or a quarter of a year, as ranges join them: 2023年第四季度至2024年第二季度. */
const HALF_OR_QUARTER = `(上半年|下半年|第?[一二三四1-4]季度|${Q_QUARTER})`;
/** A quarter's number, and a month's (in digits or words: 三、四月份), as lists name them. */
const QUARTER = '([一二三四1-4])';
const LISTED_MONTH = '(1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])';
/** Whether numbers follow one another: 3、4月份 (one stretch), not 3月、9月. */
const consecutive = (numbers: number[]) => numbers.every((n, k) => k === 0 || n === numbers[k - 1] + 1);
/** A span of time, or a range of spans (2—3年, 两到三年, 6个月), as plans set themselves one. */
const COUNT = '(\\d+|[一二两三四五六七八九十]+)';
const SPAN = `${COUNT}(?:${DASH}${COUNT})?(年|个月)`;
/** Part of a month: 上旬…, 底 */
const MONTH_PART = '(上旬|中旬|下旬|初|底|末)';

interface Candidate {
  start: number;
  end: number;
  /** Builds the deadline once the context year is known; null when it cannot be dated. */
  resolve(year: number | null): Omit<Deadline, 'text' | 'at'> | null;
  /** The year this deadline sets as context for the ones after it. */
  year: number | null;
  /** Its year is the context's (年底前, 6月底前, 次年3月底前): after a date that recurs (每年…) it recurs too. */
  fromContext?: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const monthEnd = (y: number, m: number) => iso(y, m, lastDay(y, m));

/** First and last day covered by a part of a year. */
function yearPart(y: number, within: string): [string, string] {
  // 上半年内 is the half by its end (内 makes it a deadline, as 年内 is)
  const part = within.replace(/(?<=.)内$/, '');
  if (part === '上半年') return [iso(y, 1, 1), iso(y, 6, 30)];
  if (part === '下半年') return [iso(y, 7, 1), iso(y, 12, 31)];
  if (/^年?中$/.test(part)) return [iso(y, 6, 1), iso(y, 6, 30)];
  // seasons as the weather service counts them (春季 3–5月, 夏季 6–8月, 秋季 9–11月), as plans time 流感疫苗接种 or 爱国卫生运动
  const season = ['春季', '夏季', '秋季'].indexOf(part);
  if (season >= 0) return [iso(y, 3 * season + 3, 1), monthEnd(y, 3 * season + 5)];
  // 年初 is the year's opening stretch, its first quarter: plans set it beside 年中 and 年底 for what the first
  // quarter's report checks, as 月初 is a month's first part (上旬). A period, as 上半年 is; 年初前 by its end.
  if (/^年?初$/.test(part)) return [iso(y, 1, 1), iso(y, 3, 31)];
  const q = /([一二三四1-4])季度|^[Qq]([1-4])$/.exec(part);
  if (q) {
    const n = Number(q[2] ?? q[1]) || parseChineseNumeral(q[1])!;
    return [iso(y, 3 * n - 2, 1), monthEnd(y, 3 * n)];
  }
  return [iso(y, 1, 1), iso(y, 12, 31)];
}

/** Day range of a month, or of a part of it (上旬 = 1–10). */
function monthPart(y: number, m: number, day: string | undefined, part: string | undefined): [string, string] {
  if (day) return [iso(y, m, Number(day)), iso(y, m, Number(day))];
  if (part === '上旬' || part === '初') return [iso(y, m, 1), iso(y, m, 10)];
  if (part === '中旬') return [iso(y, m, 11), iso(y, m, 20)];
  if (part === '下旬') return [iso(y, m, 21), monthEnd(y, m)];
  return [iso(y, m, 1), monthEnd(y, m)];
}

/** Verbs whose object a part of a year may open (完成上半年评估, 报送第一季度数据), and 对 (对下半年工作…). */
const VERB_OF_OBJECT = /(完成|开展|报送|上报|总结|做好|进行|组织|召开|部署|启动|制定|编制|审核|形成|对)$/;

/** Words of work already done, as a background looks back: 已, 已经, 取得了, 建成了 (not 已建成的…, what is there). */
const DONE = /已经?(?![\u4e00-\u9fa5]{1,4}的)|(?:取得|实现|完成|建成|通过|创建|成为)了/;

/** Lunar holidays by their month and day: 春节 正月初一, 端午 五月初五, 中秋 八月十五. */
const LUNAR_HOLIDAY: Record<string, [number, number]> = { 春节: [1, 1], 端午: [5, 5], 中秋: [8, 15] };

/** A common year (2月 ends on the 28th), for the day of a date that comes back every year. */
const COMMON_YEAR = 2001;

/** What a document says of its own time, for times counted from them: its date (YYYY-MM-DD), and the plan's own year (context-year.ts `planYear`). */
interface OwnTime {
  issued: string | null;
  planYear: number | null;
}

type Rule = {
  re: RegExp;
  /** One deadline for the match, or several, each over its own `span` of it (a list of dates each its own). */
  build(m: RegExpExecArray, documentYear: number | null, own: OwnTime): Built | Built[] | null;
};
type Built = Omit<Candidate, 'start' | 'end'> & { span?: [number, number] };

/** The day `n` months, weeks or days after an ISO date (a month on from 01-31 ends with the shorter month). */
function laterBy(date: string, n: number, unit: string): string {
  const [y, m, d] = date.split('-').map(Number);
  if (unit === '个月') {
    const months = m - 1 + n;
    const [year, month] = [y + Math.floor(months / 12), (months % 12) + 1];
    return iso(year, month, Math.min(d, lastDay(year, month)));
  }
  return new Date(Date.UTC(y, m - 1, d + (unit === '周' ? 7 * n : n))).toISOString().slice(0, 10);
}

/**
 * A date in a known year: the year, or a part of it (上半年, 年底), or a month (and day or part of
 * it). A deadline (`by`) when `by` says so or the part is an end (年底, 月底, 年内), else a period.
 */
function inYear(y: number, month: string | undefined, day: string | undefined, mPart: string | undefined, yPart: string | undefined, by: boolean): Omit<Candidate, 'start' | 'end'> {
  const isBy = by || /底|末|内/.test(yPart ?? '') || /底|末/.test(mPart ?? '');
  const [start, end] = month ? monthPart(y, Number(month), day, mPart) : yearPart(y, yPart ?? '');
  return { year: y, resolve: () => ({ start: isBy ? null : start, end, recurring: null, kind: isBy ? 'by' : 'period' }) };
}

/** Years said relative to the document's own: 今年 and 本年度 are its year, 明年 and 下一年度 the next. */
const RELATIVE_YEAR: Record<string, number> = { 今年: 0, 本年: 0, 本年度: 0, 明年: 1, 下一年: 1, 下一年度: 1, 下年度: 1 };

/** Time said without a date (持续推进, 长期坚持, 常态化开展): a deadline of kind `ongoing` when it stands alone. */
const ONGOING_WORDS = '(?:长期|持续|常态化|逐年|分年度|分步)(?:坚持|推进|开展|实施|落实)?';

/** A time said alone, between these marks (a cell's edges are the text's), or after 并 (…完成并长期坚持。): not a word of the task. */
const ALONE_BEFORE = '[，,。；;：:（(\\t并]';
const ALONE_AFTER = '(?=$|[，,。；;）)\\t])';
/** A deadline that names no date (and, coming back more often than yearly, how often). */
const undated = (kind: 'ongoing' | 'recurring', every?: Deadline['every']): Omit<Candidate, 'start' | 'end'> => ({
  year: null,
  resolve: () => ({ start: null, end: null, recurring: null, kind, ...(every && { every }) }),
});

/**
 * A time that comes back more often than once a year: 每月, 每季度, 每半年 (每周). `recurring` says a day of the
 * year only, so it is `ongoing` — the work goes on with no end date — with how often it comes back.
 */
const EVERY: Record<string, NonNullable<Deadline['every']>> = { 周: 'week', 月: 'month', 季: 'quarter', 季度: 'quarter', 半年: 'half-year' };
const cyclic = (period: string) => undated('ongoing', EVERY[period]);

const RULES: Rule[] = [
  // 每年 alone (a table's 完成时限, （…，每年）): every year, the day not said
  { re: new RegExp(`(?:(?<=${ALONE_BEFORE})|^)每年度?${ALONE_AFTER}`, 'g'), build: () => undated('recurring') },
  // 每季度 or 每月一次 alone (a 完成时限 cell, （…，每季度）); 每月5日前, 每季度末前, 每半年底 wherever they stand
  { re: new RegExp(`(?:(?<=${ALONE_BEFORE})|^)每(周|月|季度?|半年)(?:一次)?${ALONE_AFTER}`, 'g'), build: (m) => cyclic(m[1]) },
  { re: new RegExp(`每(月)(?:${D}日|上旬|中旬|下旬|底|末)${BEFORE}?|每(季度?|半年)(?:末|底)${BEFORE}?`, 'g'), build: (m) => cyclic(m[1] ?? m[3]) },
  // 持续推进 as a table's 完成时限, 长期坚持 closing a clause (…机制，长期坚持。): not 持续推进分级诊疗, a task,
  // nor a clause's run-in title (分年度推进。2023年：…), which names how the work goes, not when
  { re: new RegExp(`(?:(?<=${ALONE_BEFORE})|^(?!${ONGOING_WORDS}。[\\s\\S]))${ONGOING_WORDS}${ALONE_AFTER}`, 'g'), build: () => undated('ongoing') },
  // 2023年9月—2025年12月, 2021年10月至12月, 2022年1月至2025年1月, 2025年10—12月, 2023年3月下旬至4月上旬, 2023年7月(起)至年底
  {
    re: new RegExp(
      `(?:从|自)?${Y}年${M}(?:月(?:${D}日|${MONTH_PART})?起?)?${DASH}(?:${Y}年)?(?:${M}月份?(?:${D}日|${MONTH_PART})?|(年底|年末))${BEFORE}?`,
      'g',
    ),
    build: (m) => {
      const [y1, m1, y2] = [Number(m[1]), Number(m[2]), m[5] ? Number(m[5]) : Number(m[1])];
      const end = m[9] ? iso(y2, 12, 31) : monthPart(y2, Number(m[6]), m[7], m[8])[1];
      return { year: y2, resolve: () => ({ start: monthPart(y1, m1, m[3], m[4])[0], end, recurring: null, kind: 'range' }) };
    },
  },
  // 2025—2026年, 2023年起至2025年, 2024年度至2025年度
  {
    re: new RegExp(`(?:从|自)?${Y}(?:年度?)?起?${DASH}${Y}年度?(?:底|末)?${BEFORE}?`, 'g'),
    build: (m) => ({
      year: Number(m[2]),
      resolve: () => ({ start: iso(Number(m[1]), 1, 1), end: iso(Number(m[2]), 12, 31), recurring: null, kind: 'range' }),
    }),
  },
  // 2024年至2025年6月, 2024年底至2025年上半年: a range from a year (or its part) to a later year's month or part
  // (not to the end of that year; the rule above reads 2024年至2025年, the one below 2023年第四季度至2024年第二季度).
  {
    re: new RegExp(
      `(?:从|自)?${Y}年度?(?:${HALF_OR_QUARTER}|(底|末))?起?${DASH}${Y}年(?:${M}月份?(?:${D}日|${MONTH_PART})?|${HALF_OR_QUARTER}|(底|末))${BEFORE}?`,
      'g',
    ),
    build: (m) => {
      const [y1, y2] = [Number(m[1]), Number(m[4])];
      const start = m[2] ? yearPart(y1, m[2])[0] : m[3] ? iso(y1, 12, 1) : iso(y1, 1, 1);
      const end = m[5] ? monthPart(y2, Number(m[5]), m[6], m[7])[1] : m[8] ? yearPart(y2, m[8])[1] : iso(y2, 12, 31);
      return { year: y2, resolve: () => ({ start, end, recurring: null, kind: 'range' }) };
    },
  },
  // 2023年第四季度至2024年第二季度, 2024年上半年至第三季度
  {
    re: new RegExp(`(?:从|自)?${Y}年${HALF_OR_QUARTER}${DASH}(?:${Y}年)?${HALF_OR_QUARTER}(?:末|底)?${BEFORE}?`, 'g'),
    build: (m) => {
      const [y1, y2] = [Number(m[1]), m[3] ? Number(m[3]) : Number(m[1])];
      return { year: y2, resolve: () => ({ start: yearPart(y1, m[2])[0], end: yearPart(y2, m[4])[1], recurring: null, kind: 'range' }) };
    },
  },
  // 2024年第一、二季度, 2024年3、4月份, 2024年3月、4月底前: a list of quarters or months is the time from the
  // first's start to the last's end, or by the last's end (not the year and its last quarter alone); without
  // its year (于3、4月份) after a word or a comma, not where 3、 may be an item's number (opening the text or a sentence;
  // 第一、三季度 there is none). Quarters not one after another (第一、三季度) are a date each, as such months are.
  {
    re: new RegExp(
      `(?:${Y}年|(?<=[\\u4e00-\\u9fa5，,])(?<![年每第])|(?<!第)(?=第${QUARTER}、))(?:第?${QUARTER}(?:季度)?(?:、第?${QUARTER}(?:季度)?)*、第?${QUARTER}季度|${LISTED_MONTH}月?(?:、${LISTED_MONTH}月?)*、${LISTED_MONTH}月份?)(底|末)?(${BEFORE})?`,
      'g',
    ),
    build: (m) => {
      const [year, q1, qLast, m1, mLast, endPart, before] = [m[1], m[3], m[5], m[6], m[8], m[9], m[10]];
      const number = (n: string) => Number(n) || parseChineseNumeral(n)!;
      const items = [...m[0].matchAll(q1 ? /第?([一二三四1-4])(?:季度)?/g : new RegExp(`${LISTED_MONTH}月?`, 'g'))].filter((item) => item.index >= (year ? `${year}年`.length : 0));
      const by = Boolean(endPart || before);
      const dated = (value: (y: number) => Omit<Deadline, 'text' | 'at'>): Built =>
        year ? { year: Number(year), resolve: () => value(Number(year)) } : { year: null, fromContext: true, resolve: (y) => (y === null ? null : value(y)) };
      if (!consecutive(items.map((item) => number(item[1])))) {
        // 2024年3月、9月 are two dates, not the months between (the rules for months joined by 和 read them)
        if (m1) return null;
        // 2024年第一、三季度: each quarter, the first from the list's start, the last to its end (末前 and all)
        return items.map((item, k) => ({
          ...dated((y) => inYear(y, undefined, undefined, undefined, `${item[1]}季度`, by).resolve(y)!),
          span: [k === 0 ? 0 : item.index, k === items.length - 1 ? m[0].length : item.index + item[0].length],
        }));
      }
      return dated((y) => {
        const start = q1 ? iso(y, 3 * number(q1) - 2, 1) : iso(y, number(m1), 1);
        const end = qLast ? monthEnd(y, 3 * number(qLast)) : monthEnd(y, number(mLast));
        return { start: by ? null : start, end, recurring: null, kind: by ? 'by' : 'range' };
      });
    },
  },
  // 2—3月, 1至3月份 (a 时间 cell's months): the year comes from context; by the last's end when 底前/前 follows.
  {
    re: new RegExp(`(?<![\\d年月个.．])${M}(?:月份?)?${DASH}${M}月份?(?!龄|\\d)(底|末)?(${BEFORE})?`, 'g'),
    build: (m) => {
      const by = Boolean(m[3] || m[4]);
      const range = (y: number): Omit<Deadline, 'text' | 'at'> => ({ start: by ? null : iso(y, Number(m[1]), 1), end: monthEnd(y, Number(m[2])), recurring: null, kind: by ? 'by' : 'range' });
      return Number(m[1]) < Number(m[2]) ? { year: null, fromContext: true, resolve: (y) => (y === null ? null : range(y)) } : null;
    },
  },
  // 3月22日—3月31日, 4月1日—11月30日: the year comes from context.
  {
    re: new RegExp(`(?<![\\d年])${M}月(?:${D}日)?${DASH}(?:${M}月)?${D}日`, 'g'),
    build: (m) => ({
      year: null,
      resolve: (y) =>
        y === null
          ? null
          : { start: iso(y, Number(m[1]), Number(m[2] ?? 1)), end: iso(y, Number(m[3] ?? m[1]), Number(m[4])), recurring: null, kind: 'range' },
    }),
  },
  // 2024年6月和12月底前, 6月及12月, 2024年3月、9月: months joined by 和/及/与, or by 、 when not one after another,
  // are a date each (two checks, not the months between, as 3、4月份 is); the first is by its end when the last is.
  // The last is read by the rule after this one.
  {
    re: new RegExp(`(到|至|截至|于|在)?(?:${Y}年|(?<![\\d年月个第]))${M}月份?(?=[和及与、]${M}月份?(底|末)?(${BEFORE})?)`, 'g'),
    build: (m) => {
      const date = (y: number) => inYear(y, m[3], undefined, m[5], undefined, Boolean((m[1] && m[1] !== '于' && m[1] !== '在') || m[6])).resolve(y);
      if (m[2]) return { year: Number(m[2]), resolve: () => date(Number(m[2])) };
      return { year: null, fromContext: true, resolve: (y) => (y === null ? null : date(y)) };
    },
  },
  {
    re: new RegExp(`(?<=\\d月份?[和及与、])${M}月份?(底|末)?(${BEFORE})?`, 'g'),
    build: (m) => {
      // the pair as a whole is a base (较2023年6月和12月) or a deadline (到2024年6月和12月)
      const pair = /(较|(?<!占)比|到|至|截至)?(?:\d{4}年)?\d{1,2}月份?[和及与、]$/.exec(m.input.slice(0, m.index))?.[1];
      if (pair === '较' || pair === '比') return null;
      const by = Boolean(pair || m[3]);
      return { year: null, fromContext: true, resolve: (y) => (y === null ? null : inYear(y, m[1], undefined, m[2], undefined, by).resolve(y)) };
    },
  },
  // 2025年底前, 2024年6月前, 2023年8月底前, 到2027年, 2024年上半年, 2024年底, 2024年, 2024年6月份前
  {
    re: new RegExp(`(到|至|截至|截止到?|于|在)?${Y}年度?(?:${M}月份?(?:${D}日|${MONTH_PART})?|${PART})?(${BEFORE})?(?!版|[—–\\-－~～至到]\\d|${WINTER})`, 'g'),
    build: (m) => {
      const [by, before] = [m[1], m[7]];
      return inYear(Number(m[2]), m[3], m[4], m[5], m[6], Boolean((by && by !== '于' && by !== '在') || before));
    },
  },
  // 自2024年起, 从2024年3月起, 2025年1月1日开始, 2024年下半年起, 2025年及以后: from a date on, no end said (not 2024年起草).
  {
    re: new RegExp(`(?:自|从)?${Y}年(?:${M}月(?:${D}日)?|${HALF_OR_QUARTER})?(?:起(?![草步点飞])|开始|及以后)`, 'g'),
    build: (m) => {
      const y = Number(m[1]);
      const start = m[2] ? monthPart(y, Number(m[2]), m[3], undefined)[0] : m[4] ? yearPart(y, m[4])[0] : iso(y, 1, 1);
      return { year: y, resolve: () => ({ start, end: null, recurring: null, kind: 'range' }) };
    },
  },
  // 2024.6.30前, 2024.12, 2024/6/30: a date as task tables write it (not an amount: 2024.5万元).
  {
    re: new RegExp(`(?<![\\d.．/／])${Y}([.．/／])${M}(?:(?:\\2)${D})?(底|末)?(${BEFORE})?(?![\\d.．/／%％‰万亿元个项人张名家所次例台套])`, 'g'),
    build: (m) => inYear(Number(m[1]), m[3], m[4], m[5], undefined, Boolean(m[6])),
  },
  // 今年底前, 今年6月底前, 明年上半年, 本年度内: the year is the document's, or the next.
  {
    re: new RegExp(`(今年|本年度?|明年|下一?年度)(?:${M}月(?:${D}日|${MONTH_PART})?|${PART})?(${BEFORE})?`, 'g'),
    build: (m, documentYear) => {
      const [month, yPart, before] = [m[2], m[5], m[6]];
      if (documentYear === null) return null;
      // 今年 alone names no date (今年以来, 今年的工作); the next year alone does when it opens a phrase, as
      // the time of what follows (明年实现…全覆盖), not as the object of a verb (部署明年工作)
      const opensPhrase = /^(|.*[。；;，,：:])$/.test(m.input.slice(0, m.index));
      if (!month && !yPart && !before && !(RELATIVE_YEAR[m[1]] === 1 && opensPhrase)) return null;
      return inYear(documentYear + RELATIVE_YEAR[m[1]], month, m[3], m[4], yPart, Boolean(before));
    },
  },
  // 今年起, 自今年7月起, 从明年开始: from then on, no end said (as 自2024年起).
  {
    re: new RegExp(`(?:自|从)?(今年|本年度?|明年|下一?年度)(?:${M}月(?:${D}日)?)?(?:起(?![草步点飞])|开始)`, 'g'),
    build: (m, documentYear) => {
      if (documentYear === null) return null;
      const y = documentYear + RELATIVE_YEAR[m[1]];
      const start = m[2] ? monthPart(y, Number(m[2]), m[3], undefined)[0] : iso(y, 1, 1);
      return { year: y, resolve: () => ({ start, end: null, recurring: null, kind: 'range' }) };
    },
  },
  // 今明两年: the document's year and the next (it sets no year for the dates after it, which may be in either).
  {
    re: /今明两年/g,
    build: (_m, documentYear) =>
      documentYear === null ? null : { year: null, resolve: () => ({ start: iso(documentYear, 1, 1), end: iso(documentYear + 1, 12, 31), recurring: null, kind: 'range' }) },
  },
  // 年底前, 下半年, 年内, 第三季度, 6月底前, 4月1日前: the year comes from context (两年内 is a span, not a date).
  // After a verb it names what the verb acts on, not when (完成上半年评估, 对第三季度工作进行总结). 年中 not of a word
  // (青年中医, 近年中医药, 多年中西医); 年初 only before 前 or what is done then (县卫健局年初制定…; 年初确定的目标 looks back).
  {
    re: new RegExp(
      `(?<![\\d年每全逐今明去当两三半一四五六七八九十前第]|[一二三四五六七八九十]个)((?:上|下)半年内?|(?<![青少老中成近多历往常])年中(?![医央心国小药期级学考层职西])|年底|年末|年内|年初(?=${BEFORE}|${DONE_THEN})|第?[一二三四]季度(?:末|底|内)?)(${BEFORE})?`,
      'g',
    ),
    build: (m) =>
      !m[2] && VERB_OF_OBJECT.test(m.input.slice(0, m.index))
        ? null
        : { year: null, fromContext: true, resolve: (y) => (y === null ? null : inYear(y, undefined, undefined, undefined, m[1], Boolean(m[2])).resolve(y)) },
  },
  // 全年 alone (a 完成时间 of a year's 工作要点, （…；完成时间：全年）): the whole context year, not 全年开展… of a task
  {
    re: new RegExp(`(?<=${ALONE_BEFORE})全年${ALONE_AFTER}`, 'g'),
    build: () => ({ year: null, fromContext: true, resolve: (y) => (y === null ? null : { start: iso(y, 1, 1), end: iso(y, 12, 31), recurring: null, kind: 'period' }) }),
  },
  // 6月底前, 4月1日前, 9月前; a month alone as 4月份, or opening a sentence or phrase (，4月完成招聘), or before what is
  // done then (县人民医院6月完成…): the month (not 6月龄, nor the count of 第6月, 前6月, 满6月, 每6月, 连续6月)
  {
    re: new RegExp(
      `(?<![\\d年月个])${M}月(?:${D}日|${MONTH_PART})(${BEFORE})?|(?<![\\d年月个])${M}月(${BEFORE})|(?:(?<![\\d年月个])${M}月份|(?<=^|[。；;，,：:])${M}月(?=[\\u4e00-\\u9fa5]|$)(?!龄))(${BEFORE})?|(?<![\\d.．年月个第前近满每续隔超足后余])${M}月(?=${DONE_THEN})`,
      'g',
    ),
    build: (m) => ({
      year: null,
      fromContext: true,
      resolve: (y) => (y === null ? null : inYear(y, m[1] ?? m[5] ?? m[7] ?? m[8] ?? m[10], m[2], m[3], undefined, Boolean(m[4] || m[6] || m[9])).resolve(y)),
    }),
  },
  // 次年3月底前, 翌年上半年: the year after the one in context (after 每年…, the next year's date every year).
  {
    re: new RegExp(`(?:次|翌)年(?:${M}月(?:${D}日|${MONTH_PART})?|${PART})(${BEFORE})?`, 'g'),
    build: (m) => ({ year: null, fromContext: true, resolve: (y) => (y === null ? null : inYear(y + 1, m[1], m[2], m[3], m[4], Boolean(m[5])).resolve(y)) }),
  },
  // 元旦前 → the last day of the year (元旦 opens the next), 国庆节前 → 09-30; with its year (2024年元旦前) or the year from context.
  {
    re: new RegExp(`(?:${Y}年)?(元旦|国庆节?)${BEFORE}`, 'g'),
    build: (m) => {
      const date = (y: number) => (m[2] === '元旦' ? iso(y - 1, 12, 31) : iso(y, 9, 30));
      const by = (y: number) => ({ start: null, end: date(y), recurring: null, kind: 'by' as const });
      if (m[1]) return { year: Number(m[1]), resolve: () => by(Number(m[1])) };
      // without a year, 元旦 is the one that ends the year in context
      return { year: null, resolve: (y) => (y === null ? null : m[2] === '元旦' ? by(y + 1) : by(y)) };
    },
  },
  // 2025年春节前, 2024年中秋节前: the eve of a lunar holiday of that year, from the Chinese calendar (春节 falls between
  // late January and mid-February). Without its year none: 春节前 in a plan may be the one of its year, already past,
  // or the next, and no word says which.
  {
    re: new RegExp(`${Y}年(春节|端午|中秋)节?${BEFORE}`, 'g'),
    build: (m) => {
      const [month, day] = LUNAR_HOLIDAY[m[2]];
      const holiday = lunarDay(Number(m[1]), month, day);
      if (!holiday) return null;
      const eve = new Date(Date.parse(holiday) - 86_400_000).toISOString().slice(0, 10);
      return { year: Number(m[1]), resolve: () => ({ start: null, end: eve, recurring: null, kind: 'by' }) };
    },
  },
  // 每年1—3月, 每年10月至12月: a window of months every year, done by its last month's end (the format has one day
  // for a yearly date: --03-31, --12-31); not 每年1—2次 (a count).
  {
    re: new RegExp(`每年(?:的)?${M}(?:月份?)?(?:—|–|－|-|~|～|至|到)${M}月份?(?:底|末)?${BEFORE}?`, 'g'),
    build: (m) => {
      const end = monthEnd(COMMON_YEAR, Number(m[2]));
      return { year: null, resolve: () => ({ start: null, end: null, recurring: `--${end.slice(5)}`, kind: 'recurring' }) };
    },
  },
  // 每年11月15日前 → --11-15, 每年11月底前 → --11-30, 每年年底前 → --12-31; 每年一季度 → --03-31, 每年上半年 → --06-30,
  // 每年年初 → --03-31 (年初 the first quarter, as with a year), 每年年中 → --06-30, 每年下半年 → --12-31
  {
    re: new RegExp(`每年(?:的)?(?:${M}月(?:${D}日|(上旬|中旬|下旬|底|末))?|(年底|年末|年初|年中|上半年|下半年|第?[一二三四1-4]季度)(?:末|底)?)${BEFORE}?`, 'g'),
    build: (m) => {
      const end = m[4] ? yearPart(COMMON_YEAR, m[4])[1] : monthPart(COMMON_YEAR, Number(m[1]), m[2], m[3])[1];
      return { year: null, resolve: () => ({ start: null, end: null, recurring: `--${end.slice(5)}`, kind: 'recurring' }) };
    },
  },
  // 本方案印发之日起1个月内, 印发后30日内: by that long after the document's date (none when it has no date;
  // 个工作日 depends on holidays: none).
  {
    re: /(?:自|从|在|于)?本?(?:实施)?(?:方案|通知|意见|文件|办法|计划)?(?:印发|下发|发布|出台)(?:之日起|后)(\d+|[一二两三四五六七八九十]+)(个月|日|天|周)内/g,
    build: (m, _year, { issued }) => {
      const n = parseNumber(m[1]);
      if (!issued || !n) return null;
      const end = laterBy(issued, n, m[2]);
      return { year: null, resolve: () => ({ start: null, end, recurring: null, kind: 'by' }) };
    },
  },
  // 力争用2—3年时间, 用3年左右时间, 通过2年努力, 经过两到三年的努力, 力争3年内, 3年内 opening a sentence (3年内实现…; not
  // 3年内不得调离, a condition, nor 服务期满后3年内, a span of someone's): a span of the plan's own. Plans count
  // years as calendar years, their own year the first (a 三年行动 of 2018 runs 2018–2020), or their period's first
  // when it comes later (a plan of December 2023 for 2024–2026): 用3年时间 in a plan of 2024 is by 2026-12-31, and of
  // a range the upper end, the one a reader holds the plan to. Months count from the date, as 印发后1个月内 does.
  // None for an undated document, nor for work already done (经过两年的努力，县医院已通过二甲评审, a background's
  // look back); it sets no year for the dates after it (年底前 there is still this year's).
  {
    re: new RegExp(`(?:(?:力争|争取|计划)?(?:用|通过|经过)约?${SPAN}(?:左右)?的?(?:时间|努力)|(?:力争|争取)在?${SPAN}(?:左右)?(?:时间|内)|(?<=^|[。；;：:])在?${SPAN}内(?![不未无没])|(?<=[，,])在?${SPAN}内(?=争创|争取|力争|建成|完成|实现|达到|创建|新增|引进|培养|打造))`, 'g'),
    build: (m, _year, { issued, planYear }) => {
      // the span's numbers and unit, of whichever form matched: [2, 3, 年] or [3, 年]
      const [upper, unit] = m.slice(1).filter(Boolean).slice(-2);
      const n = parseNumber(upper);
      const rest = m.input.slice(m.index + m[0].length, sentenceEnd(m.input, m.index));
      // 力争, 争取 and 计划 look ahead whatever follows
      if (!issued || !n || (!/^(力争|争取|计划)/.test(m[0]) && DONE.test(rest))) return null;
      const firstYear = planYear ?? Number(issued.slice(0, 4));
      const end = unit === '年' ? iso(firstYear + n - 1, 12, 31) : laterBy(issued, n, unit);
      return { year: null, resolve: () => ({ start: null, end, recurring: null, kind: 'by' }) };
    },
  },
  // 即日起至2024年12月31日, 自本方案印发之日起至2025年底: a range from the document's date (by its end when the
  // document has none).
  {
    re: new RegExp(`(?:从|自)?(?:即日|本?(?:方案|通知|意见|文件)?(?:印发|下发|发布)之日)起?(?:至|到)${Y}年(?:${M}月(?:${D}日|${MONTH_PART})?|${PART})?`, 'g'),
    build: (m, _year, { issued }) => {
      if (!issued) return null;
      const end = inYear(Number(m[1]), m[2], m[3], m[4], m[5], true).resolve(null)?.end ?? null;
      return { year: Number(m[1]), resolve: () => ({ start: issued, end, recurring: null, kind: 'range' }) };
    },
  },
  // 自本方案印发之日起, 即日起: from the document's date on, no end said (as 自2024年7月1日起).
  {
    re: /(?:自|从)?(?:即日|本?(?:方案|通知|意见|文件)?(?:印发|下发|发布)之日)起/g,
    build: (_m, _year, { issued }) => (issued ? { year: null, resolve: () => ({ start: issued, end: null, recurring: null, kind: 'range' }) } : null),
  },
  // “十四五”期间 → 2021-01-01..2025-12-31
  {
    re: /[“"]?十([一二三四五六七八九]?)五[”"]?(期间|时期(?=[，。；、,]|$)|期末|末)/g,
    build: (m) => {
      const [first, last] = fiveYearPlanYears(10 + (m[1] ? parseChineseNumeral(m[1])! : 0));
      const end = iso(last, 12, 31);
      const isEnd = /末/.test(m[2]);
      return { year: last, resolve: () => ({ start: isEnd ? null : iso(first, 1, 1), end, recurring: null, kind: isEnd ? 'by' : 'period' }) };
    },
  },
];

/**
 * Spans where dates name a document, not a deadline: 《…》 titles, and a bracketed period
 * closing a title cited without 《》 (`行动（2023—2025年）的通知`).
 */
function titleSpans(s: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of s.matchAll(/《[^《》]*》|[（(][\d年月日—–\-－~～至]+[）)](?=的|》|”)/g)) spans.push([m.index!, m.index! + m[0].length]);
  return spans;
}

/**
 * A year a change is measured from, not a deadline: 较2021年翻一番, 比2020年增长, 与2020年相比, 在2020年基础上, and the
 * year of a change's first value (由2023年的82.6%提高到88%).
 */
function isComparisonBase(s: string, start: number, end: number): boolean {
  const before = s.slice(Math.max(0, start - 2), start);
  const after = s.slice(end, end + 4);
  return /(较|(?<!占)比)$/.test(before) || (/[与和同]$/.test(before) && /^(相比|比较)/.test(after)) || /^(的)?基础上/.test(after) || (/[由从]$/.test(before) && /^的?[\d.]/.test(after));
}

/** A date a look back starts from: 2021年以来, 2022年5月以来 (as 今年以来 and 年初以来 are none). */
const SINCE = /^(以来|来[，,])/;

/** A year something was founded in, history and no deadline: 始建于1958年, 成立于2019年, 创建于…. */
const FOUNDED_IN = /(始建|兴建|建院|建|成立|创建|创办|组建|设立)于$/;

/** The object a sentence sets out (现将2024年重点任务分解如下, 把2024年工作要点…): a year opening it names the work, not when. */
const OBJECT_SET_OUT = /(现将|特将|把)$/;

/** A label that says by when (完成时限：2024年12月): the month or year after it is the time the task is done by, as in a table's 完成时限 column. */
const DONE_BY_LABEL = /(完成时限|完成时间|完成期限|截止时间|时限)[：:]$/;

/** A date the calendar has (not 2025-02-31); null stands for an open end. */
function onCalendar(date: string | null): boolean {
  if (date === null) return true;
  const [y, m, d] = date.split('-').map(Number);
  return isoDate(y, m, d) === date;
}

/** The same date every year: its end as --MM-DD. */
function recurringOf(value: Omit<Deadline, 'text' | 'at'> | null): Omit<Deadline, 'text' | 'at'> | null {
  return value?.end ? { start: null, end: null, recurring: `--${value.end.slice(5)}`, kind: 'recurring' } : null;
}

/**
 * A date with 前后 after it is about then, not by then (2025年前后 is the year): 2024年底前后 the end's month (年底 its
 * December, as 2024年底至… starts there), 2024年6月底前后 the month's 下旬, 到2025年前后 the year.
 */
function about(value: Omit<Deadline, 'text' | 'at'>, said: string): Omit<Deadline, 'text' | 'at'> {
  const end = value.end!;
  const start = /月[底末]$/.test(said) ? `${end.slice(0, 8)}21` : /年度?$/.test(said) ? `${end.slice(0, 4)}-01-01` : `${end.slice(0, 8)}01`;
  return { ...value, kind: 'period', start };
}

/** Where the sentence holding `at` ends (its 。, or the text's end). */
function sentenceEnd(s: string, at: number): number {
  const stop = s.slice(at).search(/[。！？]/);
  return stop < 0 ? s.length : at + stop;
}

/** The deadlines a text sets (extractTimes). */
export function extractDeadlines(...args: Parameters<typeof extractTimes>): Deadline[] {
  return extractTimes(...args).deadlines;
}

/**
 * The deadlines, and the spans of every time read (`said`), those no year dates too (6月底前 in a plan that names no
 * year anywhere): no deadline can be published without its year, but the time is still when a doer acts (actors.ts).
 * `issued` is the document's date, `planYear` the plan's own year (context-year.ts: a plan of December 2023
 * for 2024–2026 counts its years from 2024); `yearInContext` the year dates without one are read in until
 * the text names one (context-year.ts: its section's or the plan's), the document's by default. 今年 and 明年
 * stay counted from the document's year.
 */
export function extractTimes(
  text: string,
  documentYear: number | null,
  issued: string | null = null,
  planYear: number | null = null,
  yearInContext: number | null = documentYear,
): { deadlines: Deadline[]; said: [number, number][] } {
  // dates in Chinese numerals read in digits (二〇二五年十月 → 2025年10月), their spans on the original
  const view = withArabicDates(compact(text));
  // 31号 is 31日, as people say it
  const s = view.text.replace(/(?<=\d月\d{1,2})号/g, '日');
  const titles = titleSpans(s);
  const found: Candidate[] = [];
  /** Dates read as no deadline: neither is any date inside them (the 2025年 of 现将2024—2025年重点工作…). */
  const none: [number, number][] = [];
  for (const rule of RULES) {
    for (const m of s.matchAll(rule.re)) {
      const start = m.index!;
      const end = start + m[0].length;
      if (titles.some(([a, b]) => start >= a && end <= b) || isComparisonBase(s, start, end) || FOUNDED_IN.test(s.slice(0, start + (s[start] === '于' ? 1 : 0))) || SINCE.test(s.slice(end)) || OBJECT_SET_OUT.test(s.slice(0, start))) {
        none.push([start, end]);
        continue;
      }
      const built = rule.build(m as RegExpExecArray, documentYear, { issued, planYear });
      for (const { span, ...one } of [built ?? []].flat()) found.push({ start: span ? start + span[0] : start, end: span ? start + span[1] : end, ...one });
    }
  }
  const candidates = found.filter((c) => !none.some(([a, b]) => a <= c.start && c.end <= b && b - a > c.end - c.start));
  // Keep the longest of overlapping matches (the range over its own start date).
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Candidate[] = [];
  for (const c of candidates) if (!kept.some((k) => c.start < k.end && c.end > k.start)) kept.push(c);
  kept.sort((a, b) => a.start - b.start);

  const deadlines: Deadline[] = [];
  const times: [number, number][] = [];
  let contextYear = yearInContext;
  /**
   * Where the sentence of the last recurring date, or of 每年 said of the task (每年开展考核，次年3月底前通报), ends:
   * dates without a year before it recur too (每年12月底前考核，次年1月底前通报).
   */
  let recursUntil = -1;
  const everyYear = [...s.matchAll(/每一?年/g)].map((m) => m.index!);
  let previousEnd = 0;
  for (const c of kept) {
    const said = everyYear.filter((at) => at >= previousEnd && at < c.start).at(-1);
    if (said !== undefined) recursUntil = sentenceEnd(s, said);
    previousEnd = c.end;
    const value = c.fromContext && c.start < recursUntil ? recurringOf(c.resolve(COMMON_YEAR)) : c.resolve(contextYear);
    if (c.year !== null) contextYear = c.year;
    if (c.year !== null || value?.kind === 'recurring') recursUntil = value?.kind === 'recurring' ? sentenceEnd(s, c.end) : -1;
    const at = originalSpan(view, c.start, c.end);
    if (!value) times.push(at);
    if (!value || !onCalendar(value.start) || !onCalendar(value.end)) continue;
    if (value.kind === 'by' && s.startsWith('前后', c.end)) {
      deadlines.push({ text: text.slice(...at), ...about(value, s.slice(c.start, c.end)), at });
      continue;
    }
    // 完成时限：2025年 is done by its end; 完成时间：全年 goes on all the year
    const doneBy = value.kind === 'period' && DONE_BY_LABEL.test(s.slice(0, c.start)) && s.slice(c.start, c.end) !== '全年';
    deadlines.push({ text: text.slice(...at), ...value, ...(doneBy && { kind: 'by', start: null }), at });
  }
  times.push(...deadlines.map((d) => d.at));
  return { deadlines, said: times.sort((a, b) => a[0] - b[0]) };
}

/** Time said without a date: 持续推进, 长期坚持, 常态化开展. */
const ONGOING = new RegExp(`^${ONGOING_WORDS}$`);
/** Any year: whether a phrase is a date does not depend on which year 年底前 falls in. */
const SOME_YEAR = 2000;

/** Whether a phrase says nothing but when: a date (`2024年底前`, `年底前完成`) or an ongoing time (`持续推进`). */
export function isTimeNote(phrase: string): boolean {
  if (ONGOING.test(phrase)) return true;
  const [only, ...more] = extractDeadlines(phrase, SOME_YEAR);
  return Boolean(only) && !more.length && /^(完成)?$/.test(phrase.slice(only.at[1]).replace(/\s/g, '')) && !phrase.slice(0, only.at[0]).trim();
}

