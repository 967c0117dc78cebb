/**
 * A whitespace-free view of a clause text with a map back to the original offsets.
 * PDF-extracted text can still carry spaces (`2023年 8月`, `3.05 人`) and line breaks
 * inside an annotation or a date, so every pattern runs on this view and maps spans back; its
 * digits are ASCII, however the text wrote them (２０２５年), its stops full-width (；for ;), and a range's
 * dash a dash where OCR read it as 一. A Markdown source's bold marks are
 * no part of what it says (由**县卫健局**牵头 names its lead unit as 由县卫健局牵头 does), nor are its
 * list bullets (- 县卫健局 on a line of its own): those marks (text/strong-emphasis.ts), and a bullet
 * opening a paragraph (text/list-bullets.ts), are left out of the view too.
 */
import { normalForm } from '../text/normal-form.ts';
import { ASCII_FULL_STOP } from '../text/half-width.ts';
import { arabicDateEdits } from '../text/dates.ts';
import { strongMarks } from '../text/strong-emphasis.ts';
import { isBulletAt } from '../text/list-bullets.ts';
export interface Compact {
  text: string;
  /** offsets[i] is the index in the original text of text[i]. */
  offsets: number[];
  /** Indices in `text` that open a new paragraph of the original (a \n was dropped before them). */
  breaks: number[];
}

export function compact(original: string): Compact {
  let text = '';
  const offsets: number[] = [];
  const breaks: number[] = [];
  let paragraphStart = true;
  const strong = strongMarks(original);
  for (let i = 0; i < original.length; i++) {
    if (original[i] === '\n') {
      if (breaks.at(-1) !== text.length) breaks.push(text.length);
      paragraphStart = true;
    }
    if (/\s/.test(original[i])) continue;
    if (strong.has(i)) continue;
    if (paragraphStart && isBulletAt(original, i)) continue;
    paragraphStart = false;
    text += original[i];
    offsets.push(i);
  }
  return { text: fullWidthStops(normalForm(text)), offsets, breaks };
}

/**
 * The stops a scan's OCR or a hasty typist writes half-width (`,` `;` `:` between Chinese words, `.` after one
 * on a Western keyboard) as the full-width ones every pattern reads: one character for one. Not a comma or
 * colon between digits (1,000, 8:30), nor a point after a digit or a Latin letter (2.8亿元, 1.5T).
 */
const fullWidthStops = (text: string) =>
  text
    .replace(/;/g, '；')
    .replace(new RegExp(ASCII_FULL_STOP.source, 'gu'), '。')
    .replace(/(?<!\d),|,(?!\d)/g, '，')
    .replace(/(?<!\d):|:(?!\d)/g, '：');

/**
 * The view with its dates in Chinese numerals read in Arabic digits (二〇二五年十月 → 2025年10月, text/dates.ts), each digit
 * mapped to the numeral it reads: a date's patterns match, and their spans still map back to the original.
 */
export function withArabicDates(view: Compact): Compact {
  const edits = arabicDateEdits(view.text);
  if (!edits.length) return view;
  let text = '';
  const offsets: number[] = [];
  /** where each index of the view's text starts in the new one (its breaks move with it) */
  const moved: number[] = [];
  let at = 0;
  const copy = (to: number) => {
    for (; at < to; at++) {
      moved[at] = text.length;
      text += view.text[at];
      offsets.push(view.offsets[at]);
    }
  };
  for (const { start, end, digits } of edits) {
    copy(start);
    for (let k = at; k < end; k++) moved[k] = text.length;
    [...digits].forEach((d, k) => {
      text += d;
      offsets.push(view.offsets[Math.min(start + k, end - 1)]);
    });
    at = end;
  }
  copy(view.text.length);
  moved[view.text.length] = text.length;
  return { text, offsets, breaks: view.breaks.map((b) => moved[b]) };
}

/** Maps a [start, end) span of the compact view to the original text. */
export function originalSpan(view: Compact, start: number, end: number): [number, number] {
  if (end <= start) {
    const at = start < view.offsets.length ? view.offsets[start] : (view.offsets.at(-1) ?? -1) + 1;
    return [at, at];
  }
  return [view.offsets[start], view.offsets[end - 1] + 1];
}

/** Maps a [start, end) span of the original text to the compact view: the view's characters that stand in it. */
export function viewSpan(view: Compact, start: number, end: number): [number, number] {
  return [viewIndex(view, start), viewIndex(view, end)];
}

/** How many of the view's characters stand before `at` in the original (offsets rise, so a binary search). */
function viewIndex(view: Compact, at: number): number {
  let [low, high] = [0, view.offsets.length];
  while (low < high) {
    const middle = (low + high) >> 1;
    if (view.offsets[middle] < at) low = middle + 1;
    else high = middle;
  }
  return low;
}
