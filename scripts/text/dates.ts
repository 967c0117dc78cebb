/** Calendar dates as Chinese documents write them, read into ISO `YYYY-MM-DD`. */
import { parseChineseNumeral } from './chinese-numerals.ts';
import { halfWidthDigits } from './half-width.ts';

/** ISO date, or null for a day the calendar does not have (2月31日). */
export function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const cnDigit = '〇○零一二三四五六七八九十';
/** The 〇 of a year as typed on a Western keyboard: a digit 0 or a letter O (二0二二年). */
const typedZero = /[0OＯ]/g;
/** `2023年8月18日`, or in Chinese numerals `二〇二三年八月十八日`. */
const datePattern = new RegExp(`((?:19|20)\\d{2}|[${cnDigit}0OＯ]{4})年(\\d{1,2}|[${cnDigit}]{1,2})月(\\d{1,3}|[${cnDigit}]{1,3})日`);

const numberOf = (n: string) => (/^\d+$/.test(n) ? Number(n) : parseChineseNumeral(n.replace(typedZero, '〇')));

/** The first full date in a text (white space ignored); with `whole`, only when the text is nothing but that date. */
export function readDate(text: string, { whole = false } = {}): string | null {
  const compact = halfWidthDigits(text.replace(/\s+/g, ''));
  const m = datePattern.exec(compact);
  if (!m || (whole && m[0].length !== compact.length)) return null;
  const [year, month, day] = m.slice(1).map(numberOf);
  return year && month && day ? isoDate(year, month, day) : null;
}

/** A span of a text to read in Arabic digits: `二〇二五` of `二〇二五年` is `2025`. */
export interface DigitsEdit {
  start: number;
  end: number;
  digits: string;
}

/**
 * Where `二〇二五年十月三十一日` says a date in Chinese numerals, its Arabic digits (`2025年10月31日`): years, the months
 * after a year, 每年 or the 至 or dash of a range (七月至十月), and the days after a month. Spans in order, not overlapping.
 */
export function arabicDateEdits(text: string): DigitsEdit[] {
  const edits: DigitsEdit[] = [];
  const read = (re: RegExp) => {
    for (const m of text.matchAll(re)) edits.push({ start: m.index!, end: m.index! + m[0].length, digits: String(parseChineseNumeral(m[0])) });
  };
  read(/[〇○零一二三四五六七八九]{4}(?=年)/g);
  read(/(?<=年|至|到|[—–\-－~～])(十[一二]?|[一二三四五六七八九])(?=月)/g);
  // a day after a month in either numerals (the month is read first: 十月三十一日)
  read(/(?<=[\d一二三四五六七八九十]月)([二三]?十[一二三四五六七八九]?|[一二三四五六七八九])(?=日)/g);
  return edits.sort((a, b) => a.start - b.start);
}

/** First and last year of China's n-th five-year plan (the 14th, “十四五”, is 2021–2025). */
export function fiveYearPlanYears(n: number): [number, number] {
  // The 3rd plan began in 1966; each one since has run five years.
  const first = 1966 + 5 * (n - 3);
  return [first, first + 4];
}

/** The Chinese calendar, as the runtime knows it (null in a runtime built without it, whose formatter falls back to the Gregorian). */
const chineseCalendar = (() => {
  const format = new Intl.DateTimeFormat('en-u-ca-chinese', { timeZone: 'UTC', month: 'numeric', day: 'numeric' });
  return format.resolvedOptions().calendar === 'chinese' ? format : null;
})();

/**
 * The day in a Gregorian year that is a lunar month's day — 春节 (1-1), 端午 (5-5), 中秋 (8-15) — as ISO; each
 * falls once a year, in the Gregorian month of its number or after (a leap month, 闰五月, is not the fifth). Null
 * without the Chinese calendar.
 */
export function lunarDay(year: number, month: number, day: number): string | null {
  if (!chineseCalendar) return null;
  for (let date = new Date(Date.UTC(year, month - 1, 1)); date.getUTCFullYear() === year; date = new Date(date.getTime() + 86_400_000)) {
    const parts = chineseCalendar.formatToParts(date);
    const of = (type: string) => parts.find((part) => part.type === type)?.value;
    if (of('month') === String(month) && of('day') === String(day)) return date.toISOString().slice(0, 10);
  }
  return null;
}
