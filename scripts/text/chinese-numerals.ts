/** Chinese numerals as written in plans: 四, 十二, 二十五, 一百二十, 两千, 二〇二五 (digit by digit). */
const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, '○': 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const POWERS: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10000 };

export const CHINESE_NUMERAL_CHARS = '零〇○一二两三四五六七八九十百千';
/** A Chinese numeral, its decimals after 点 too (四点五, 一点三): 点 only between digits, not the 点 of 重点 or 试点. */
export const CHINESE_NUMERAL = `[${CHINESE_NUMERAL_CHARS}]+(?:点[零〇○一二三四五六七八九]+)?`;

/** The value of a Chinese numeral, or null when the string is not one. */
export function parseChineseNumeral(s: string): number | null {
  if (!s || [...s].some((c) => !(c in DIGITS) && !(c in POWERS))) return null;
  if ([...s].every((c) => c in DIGITS)) {
    if (s.length === 1) return DIGITS[s];
    // Digit by digit only for years (二〇二五); 三四 is "three or four", not 34.
    return /[〇○零]/.test(s) || s.length === 4 ? Number([...s].map((c) => DIGITS[c]).join('')) : null;
  }
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const c of s) {
    if (c in DIGITS) {
      if (digit !== null && digit !== 0) return null; // 三四 is two numbers, not one
      digit = DIGITS[c];
    } else if (c === '万') {
      total += (section + (digit ?? 0)) * 10000;
      section = 0;
      digit = null;
    } else {
      section += (digit ?? 1) * POWERS[c];
      digit = null;
    }
  }
  return total + section + (digit ?? 0);
}

/** Arabic or Chinese numeral to number, or null; Chinese decimals digit by digit after 点 (四点五: 4.5). */
export function parseNumber(s: string): number | null {
  if (/^\d+(\.\d+)?$/.test(s)) return Number(s);
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) return Number(s.replace(/,/g, ''));
  const [whole, decimals] = s.split('点');
  const integer = parseChineseNumeral(whole);
  if (decimals === undefined || integer === null) return integer;
  if (![...decimals].every((c) => c in DIGITS)) return null;
  return Number(`${integer}.${[...decimals].map((c) => DIGITS[c]).join('')}`);
}
