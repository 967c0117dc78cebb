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
