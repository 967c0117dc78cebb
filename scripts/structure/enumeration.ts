/**
 * Inline enumerations (一是…二是…三是…, 一要…二要…, 第一，…第二，…, 首先…其次…再次…最后…, ①…②…, （1）…（2）…)
 * inside one clause: kept in the clause's text and published as spans, so numbered-item counts stay as a reader counts them.
 */
import { numeral } from './markers.ts';

const circled = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/**
 * An item's opening: 一是 / 一要, 第一，, ① or （1）, 首先 — each a form of its own. Group 1: 第's numeral,
 * 2 and 3: 一是's numeral and verb, 4: a circled number, 5: a bracketed one, 6: an ordinal adverb as an item
 * opens with it (首先，/ 其次要 / 再次是), not 再次 meaning "again" (再次开展督查).
 */
const ITEM = new RegExp(
  `第([一二三四五六七八九十]{1,3})[，,、]|([一二三四五六七八九十]{1,3})(是|要)|([${circled}])|[（(](\\d{1,2})[）)]|(首先|其次|再次|最后)(?=[，,：:]|是|要|应|需|须|还要)`,
  'g',
);

/** The ordinal adverbs in order; 最后 closes the run after 其次, whatever its number. */
const ordinals = ['首先', '其次', '再次'];

/**
 * What may stand before an item: a sentence's or a clause's end, or the tab before a table row's cell (任务 | 一是…；二是…);
 * 一是 and the numbered forms also after a comma.
 */
const itemStart: Record<string, RegExp> = { 第: /[。；;：:\n\t]/, other: /[。；;：:，,\n\t]/ };

function itemOf(match: RegExpExecArray, count: number): { number: number; form: string } {
  if (match[6]) return { number: match[6] !== '最后' ? ordinals.indexOf(match[6]) + 1 : count >= 2 ? count + 1 : 0, form: '首先' };
  if (match[1]) return { number: numeral(match[1]), form: '第' };
  if (match[2]) return { number: numeral(match[2]), form: match[3] };
  if (match[4]) return { number: circled.indexOf(match[4]) + 1, form: '①' };
  return { number: Number(match[5]), form: '（1）' };
}

/**
 * The clause's enumeration: the first run of at least two items of one form, numbered in order from 1. A form's
 * lone item (首先 opening a clause whose items are 一是…二是…) ends no run of another form.
 */
export function findEnumeration(text: string, from: number): { marker: string; at: [number, number] }[] {
  const runs = new Map<string, { marker: string; index: number; closed?: boolean }[]>();
  const pattern = new RegExp(ITEM); // its own lastIndex
  pattern.lastIndex = from;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const before = match.index === from ? '' : text[match.index - 1];
    const form = itemOf(match, 0).form;
    const starts = runs.get(form) ?? [];
    const item = itemOf(match, starts.length);
    // Only at a sentence start (一是 also after a comma: 加强专科建设，一是…), only the next number in
    // the run of its form, and none after the run's 最后.
    if (before !== '' && !(itemStart[form] ?? itemStart.other).test(before)) continue;
    if (item.number !== starts.length + 1 || starts.at(-1)?.closed) continue;
    runs.set(form, [...starts, { marker: match[0], index: match.index, closed: match[6] === '最后' }]);
  }
  const starts = [...runs.values()].filter((run) => run.length >= 2).sort((a, b) => a[0].index - b[0].index)[0] ?? [];
  // the last item ends with its table cell, not over the cells after it (牵头单位, 完成时限)
  const cellEnd = (at: number) => {
    const tab = text.indexOf('\t', at);
    return tab < 0 ? text.length : tab;
  };
  return starts.map((start, i) => ({ marker: start.marker, at: [start.index, starts[i + 1]?.index ?? cellEnd(start.index)] }));
}
