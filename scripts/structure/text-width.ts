/** Helpers for PDF-extracted lines: display width and white space that PDF extraction inserted. */

/** Display width: CJK and full-width characters count 2, the rest 1. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u1100-\uffff]/.test(ch) && !/[\uff61-\uff9f]/.test(ch) ? 2 : 1;
  return width;
}

/**
 * Remove the white space PDF extraction leaves inside Chinese prose (`2023年 8月`, `3.05 人`)
 * while keeping one space between two pieces of ASCII (`5G 网络`→`5G网络`; `ICU ward`, `a = b` stay).
 */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, (space, offset: number, whole: string) => {
    const before = whole[offset - 1];
    const after = whole[offset + space.length];
    if (before === undefined || after === undefined) return '';
    return isAsciiWord(before) && isAsciiWord(after) ? ' ' : '';
  });
}

function isAsciiWord(ch: string): boolean {
  return /[\x21-\x7e]/.test(ch);
}
