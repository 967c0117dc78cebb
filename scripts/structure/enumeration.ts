/**
 * Inline enumerations (一是…二是…三是…, 一要…二要…, 第一，…第二，…, ①…②…, （1）…（2）…) inside one
 * clause: kept in the clause's text and published as spans, so numbered-item counts stay as a reader counts them.
 */
import { numeral } from './markers.ts';

const circled = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/**
 * An item's opening: 一是 / 一要, 第一，, ① or （1） — each a form of its own. Group 1: 第's numeral,
 * 2 and 3: 一是's numeral and verb, 4: a circled number, 5: a bracketed one.
 */
const ITEM = new RegExp(`第([一二三四五六七八九十]{1,3})[，,、]|([一二三四五六七八九十]{1,3})(是|要)|([${circled}])|[（(](\\d{1,2})[）)]`, 'g');

/** What may stand before an item: a sentence's or a clause's end; 一是 and the numbered forms also after a comma. */
const itemStart: Record<string, RegExp> = { 第: /[。；：:\n]/, other: /[。；：:，,\n]/ };

function itemOf(match: RegExpExecArray): { number: number; form: string } {
  if (match[1]) return { number: numeral(match[1]), form: '第' };
  if (match[2]) return { number: numeral(match[2]), form: match[3] };
  if (match[4]) return { number: circled.indexOf(match[4]) + 1, form: '①' };
  return { number: Number(match[5]), form: '（1）' };
}

export function findEnumeration(text: string, from: number): { marker: string; at: [number, number] }[] {
  const starts: { marker: string; index: number }[] = [];
  let form: string | null = null;
  const pattern = new RegExp(ITEM); // its own lastIndex
  pattern.lastIndex = from;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const before = match.index === from ? '' : text[match.index - 1];
    const item = itemOf(match);
    // Only at a sentence start (一是 also after a comma: 加强专科建设，一是…), only the next number in
    // the run, and only in the form the run began with.
    if (before !== '' && !(itemStart[item.form] ?? itemStart.other).test(before)) continue;
    if (item.number !== starts.length + 1 || (form !== null && item.form !== form)) continue;
    form ??= item.form;
    starts.push({ marker: match[0], index: match.index });
  }
  if (starts.length < 2) return [];
  return starts.map((start, i) => ({ marker: start.marker, at: [start.index, starts[i + 1]?.index ?? text.length] }));
}
