/**
 * Inline enumerations (一是…二是…三是…, 一要…二要…, 第一，…第二，…) inside one clause: kept in the
 * clause's text and published as spans, so numbered-item counts stay as a reader counts them.
 */
import { numeral } from './markers.ts';

/** An item's opening: 一是 / 一要 after a sentence or a comma, 第一， after a sentence. */
const ITEM = /(?:第([一二三四五六七八九十]{1,3})[，,、]|([一二三四五六七八九十]{1,3})(是|要))/g;

export function findEnumeration(text: string, from: number): { marker: string; at: [number, number] }[] {
  const starts: { marker: string; index: number }[] = [];
  let form: string | null = null;
  const pattern = new RegExp(ITEM); // its own lastIndex
  pattern.lastIndex = from;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const before = match.index === from ? '' : text[match.index - 1];
    const [number, itemForm] = match[1] ? [match[1], '第'] : [match[2], match[3]];
    // Only at a sentence start (一是 also after a comma: 加强专科建设，一是…), only the next number in
    // the run, and only in the form the run began with.
    if (before !== '' && !(itemForm === '第' ? /[。；：:\n]/ : /[。；：:，,\n]/).test(before)) continue;
    if (numeral(number) !== starts.length + 1 || (form !== null && itemForm !== form)) continue;
    form ??= itemForm;
    starts.push({ marker: match[0], index: match.index });
  }
  if (starts.length < 2) return [];
  return starts.map((start, i) => ({ marker: start.marker, at: [start.index, starts[i + 1]?.index ?? text.length] }));
}
