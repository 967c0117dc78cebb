/**
 * Inline enumerations (一是…二是…三是…) inside one clause: kept in the clause's text
 * and published as spans, so numbered-item counts stay as a reader counts them.
 */
import { numeral } from './markers.ts';

export function findEnumeration(text: string, from: number): { marker: string; at: [number, number] }[] {
  const starts: { marker: string; index: number }[] = [];
  const pattern = /([一二三四五六七八九十]{1,3})是/g;
  pattern.lastIndex = from;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const before = match.index === from ? '' : text[match.index - 1];
    // Only at a sentence start, and only the next number in the run.
    if (before !== '' && !/[。；：:\n]/.test(before)) continue;
    if (numeral(match[1]) !== starts.length + 1) continue;
    starts.push({ marker: match[0], index: match.index });
  }
  if (starts.length < 2) return [];
  return starts.map((start, i) => ({ marker: start.marker, at: [start.index, starts[i + 1]?.index ?? text.length] }));
}
