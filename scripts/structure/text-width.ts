/** Helpers for PDF-extracted lines: display width and white space that PDF extraction inserted. */

/** Display width: CJK and full-width characters count 2, the rest 1. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    // By code point (two regexes per character were about 4% of the per-document work): astral characters are wide, half-width katakana narrow.
    const c = ch.codePointAt(0)!;
    width += c > 0xffff || (c >= 0x1100 && !(c >= 0xff61 && c <= 0xff9f)) ? 2 : 1;
  }
  return width;
}

/** Zero-width spaces and joiners, and a byte-order mark inside the text: invisible, they are read as spaces (offsets hold). */
export const withoutInvisibles = (line: string) => line.replace(/[\u200b-\u200d\u2060\ufeff]/g, ' ');

/** A line's letters, its white space (a PDF's letter spacing too) left out. */
export const lettersOf = (text: string) => text.replace(/\s+/g, '');

/**
 * Remove the white space PDF extraction leaves inside Chinese prose (`2023年 8月`, `3.05 人`)
 * while keeping one space between two pieces of ASCII (`5G 网络`→`5G网络`; `ICU ward`, `a = b` stay).
 * A number the page width cut (`县域1` / `20急救指挥中心`, `100` / `%`) is one number again.
 */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, (space, offset: number, whole: string) => {
    const before = whole[offset - 1];
    const after = whole[offset + space.length];
    if (before === undefined || after === undefined) return '';
    // a line break between ASCII pieces spaces words only (a PDF line ends inside a number: 县域1 / 20急救, 100 / %)
    if (space.includes('\n')) return /[A-Za-z]/.test(before) && /[A-Za-z]/.test(after) ? ' ' : '';
    return isAsciiWord(before) && isAsciiWord(after) ? ' ' : '';
  });
}

function isAsciiWord(ch: string): boolean {
  return /[\x21-\x7e]/.test(ch);
}
