/**
 * Text operations that turn a seed plan into a synthetic one: rename its places, drop
 * items, shift its years, perturb its numbers, splice two seeds at a chapter. Every
 * operation works on source lines, so the result keeps the seed's flaws (hard line
 * breaks, page numbers, spaces inside dates) for the pipeline to cope with.
 */
import type { Random } from './prng.ts';
import { provinceAbbreviation } from './places.ts';
import { placeStem as stem } from '../structure/division.ts';

export interface Region {
  province: string | null;
  city: string | null;
  county: string | null;
}

/** Every name of a place and its stem, longest first, replaced by the target's; 文号 prefixes follow. */
export function renamePlaces(text: string, from: Region, to: Region): string {
  const pairs: [string, string][] = [];
  for (const key of ['county', 'city', 'province'] as const) {
    const a = from[key];
    const b = to[key];
    if (!a || !b || a === b) continue;
    pairs.push([a, b]);
    // A one-character stem (沁县 → 沁) is too common a character to replace on its own.
    if (stem(a).length >= 2 && stem(b).length >= 1) pairs.push([stem(a), stem(b)]);
  }
  pairs.sort((x, y) => y[0].length - x[0].length);
  let out = text;
  if (pairs.length > 0) {
    const pattern = new RegExp(pairs.map(([a]) => escape(a)).join('|'), 'g');
    const map = new Map(pairs);
    out = out.replace(pattern, (m) => map.get(m)!);
  }
  // 文号 prefixes: 晋政发 (province), 襄政办发 (county) begin with the place's first character.
  const agency = '(?=政|卫|办|人社|财|发改|医保|医改)';
  const fromProvince = from.province && provinceAbbreviation[stem(from.province)];
  const toProvince = to.province && provinceAbbreviation[stem(to.province)];
  if (fromProvince && toProvince && fromProvince !== toProvince) out = out.replace(new RegExp(escape(fromProvince) + agency, 'g'), toProvince);
  const local = from.county ?? from.city;
  const target = to.county ?? to.city;
  if (local && target && local[0] !== target[0]) out = out.replace(new RegExp(escape(local[0]) + agency, 'g'), target[0]);
  return out;
}

const chapter = /^\s*(?:#+\s*)?[一二三四五六七八九十]+\s*、/;
const section = /^\s*(?:#+\s*)?[（(]\s*[一二三四五六七八九十]+\s*[）)]/;
const item = /^\s*(?:#+\s*)?\d{1,3}\s*[.．、](?!\d)/;

/** Line indexes (0-based) where the plan's chapters (一、二、…) begin. */
export function chapterStarts(lines: string[]): number[] {
  return lines.flatMap((line, i) => (chapter.test(line) ? [i] : []));
}

/**
 * Drop the last item of some runs of numbered items (1. 2. 3.) with what it holds, so
 * numbering stays without gaps. Items followed by no chapter or section are kept: what
 * follows them may be the closing matter.
 */
export function dropItems(lines: string[], rng: Random, p: number): { lines: string[]; dropped: number } {
  const drop = new Set<number>();
  let run: number[] = [];
  lines.forEach((line, i) => {
    if (item.test(line)) run.push(i);
    else if (chapter.test(line) || section.test(line)) {
      if (run.length >= 3 && rng.chance(p)) for (let j = run.at(-1)!; j < i; j++) drop.add(j);
      run = [];
    }
  });
  return { lines: lines.filter((_, i) => !drop.has(i)), dropped: drop.size > 0 ? countRuns(drop) : 0 };
}

function countRuns(indexes: Set<number>): number {
  return [...indexes].filter((i) => !indexes.has(i - 1)).length;
}

/**
 * Shift every year by `delta`, except in 文号 brackets (〔2021〕) and in the titles of other
 * documents (《…》 not naming `ownPlace`): citations must still resolve.
 */
export function shiftYears(text: string, delta: number, ownPlace: string): string {
  if (delta === 0) return text;
  return mapOutsideCitations(text, ownPlace, (part) =>
    part.replace(/(?<![\d〔﹝[【［])(19|20)(\d{2})(?!\d)(?!\s*[〕﹞\]】］])/g, (m) => String(Number(m) + delta)),
  );
}

/** What follows a quantity: numbers before these are perturbed (not years, dates, item numbers or 文号 serials). */
const unit = /^\s*(?:张|个|人|名|万|%|％|台|家|所|项|床|亿|套|辆|例|次|种|支|篇|科)/;

/** Multiply quantities by a factor in [1 - spread, 1 + spread], keeping integers integers. */
export function perturbNumbers(text: string, rng: Random, spread: number, ownPlace: string): string {
  return mapOutsideCitations(text, ownPlace, (part) =>
    part.replace(/(?<![\d.．])(\d+(?:\.\d+)?)(?![\d.．])/g, (m, _n, offset: number, whole: string) => {
      const value = Number(m);
      if (!unit.test(whole.slice(offset + m.length)) || (value >= 1900 && value <= 2100)) return m;
      const scaled = value * (1 + (rng.next() * 2 - 1) * spread);
      return m.includes('.') ? scaled.toFixed(m.split('.')[1].length) : String(Math.max(1, Math.round(scaled)));
    }),
  );
}

/** Apply `change` to the text outside 〔…〕 and outside 《…》 titles that do not name `ownPlace`. */
function mapOutsideCitations(text: string, ownPlace: string, change: (part: string) => string): string {
  const kept = /〔[^〕\n]*〕|《[^《》]*》/g;
  let out = '';
  let last = 0;
  for (const m of text.matchAll(kept)) {
    const mine = m[0].startsWith('《') && ownPlace !== '' && m[0].replace(/\s+/g, '').includes(ownPlace);
    if (mine) continue;
    out += change(text.slice(last, m.index)) + m[0];
    last = m.index + m[0].length;
  }
  return out + change(text.slice(last));
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
