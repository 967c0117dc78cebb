/**
 * Full-width digits (２０２５年, １．, ３．５张), as documents typed with a full-width input method
 * write them, read as ASCII digits: one character for one, so every offset into the text holds.
 * A full-width point between digits is a decimal point.
 */
export function halfWidthDigits(text: string): string {
  return text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/(?<=\d)．(?=\d)/g, '.');
}

/**
 * A full stop typed on a Western keyboard: `.` after a Chinese word or a closing bracket or quote (加强党的建设.全面落实…),
 * not the point of a number or of a Latin word (2.8亿元, 1.5T, Dr.).
 */
export const ASCII_FULL_STOP = /(?<=[\p{Script=Han}）)”"])\./u;

/** Digits a PDF spaced out joined again (托卫发〔2 0 2 4〕7号 → 托卫发〔2024〕7号). */
export const withoutDigitGaps = (text: string) => text.replace(/(?<=\d)[ \t]+(?=\d)/g, '');
