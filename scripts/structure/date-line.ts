/** A line that is nothing but a date, the form a signature, a cover or a disclosure field gives it. */
import { readDate } from '../text/dates.ts';
import { halfWidthDigits } from '../text/half-width.ts';

/**
 * The line's date when it is only a date: in words (2023年8月18日, 二〇二三年八月十八日) or in
 * figures as web copies and Word signatures write it (2023.6.15, 2023-06-15, 2023/6/15); else null.
 */
export function dateLine(text: string): string | null {
  return readDate(text, { whole: true }) ?? inFigures(halfWidthDigits(text.replace(/\s+/g, '')));
}

function inFigures(value: string): string | null {
  const m = /^((?:19|20)\d{2})([-/.．／－])(\d{1,2})\2(\d{1,2})$/.exec(value);
  return m ? readDate(`${m[1]}年${m[3]}月${m[4]}日`) : null;
}

/**
 * A signature dated by its month only (2024年1月, 二〇二四年一月), as some plans are signed: a
 * date line for where the signature stands, but no day to publish. A 完成时限 cell alone on a
 * line looks the same, so callers take it only after the last numbered line.
 */
export function monthLine(text: string): boolean {
  return /^(?:(?:19|20)\d{2}|[〇○零一二三四五六七八九]{4})年(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月$/.test(halfWidthDigits(text.replace(/\s+/g, '')));
}
