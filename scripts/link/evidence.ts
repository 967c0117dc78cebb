import type { Link } from '../publish/schema.ts';
import type { Folded } from './ngrams.ts';
import type { Idf } from './idf.ts';
import { align, positions, runWeight, type Run } from './align.ts';

/** Runs shorter than this are coincidence more often than reuse (医疗, 建设). */
const MIN_RUN = 3;

/**
 * The shared wording of a linked pair as spans of both original texts, the
 * most distinctive first, so the site can highlight it on either side.
 */
export function evidence(source: Folded, sourceText: string, target: Folded, limit: number, idf: Idf): Link['evidence'] {
  const runs = align(source.chars, target.chars, positions(target.chars), idf)
    .map((r) => wholeNumbers(r, source.chars, target.chars, idf))
    .filter((r) => r.len >= MIN_RUN)
    .sort((a, b) => b.weight - a.weight)
    .slice(0, limit);
  return runs.map((r) => {
    const s: [number, number] = [source.at[r.s], source.at[r.s + r.len - 1] + 1];
    const t: [number, number] = [target.at[r.t], target.at[r.t + r.len - 1] + 1];
    return { text: sourceText.slice(s[0], s[1]), source: s, target: t };
  });
}

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

/**
 * A run without the digits it shares from inside a number (组织实施阶段（202 of 2021 and 2025, 2025年1 of
 * 2025年1月 and 2025年12月): a part of a number is no shared wording.
 */
function wholeNumbers(run: Run, source: string, target: string, idf: Idf): Run {
  let { s, t, len } = run;
  const inNumber = (i: number, j: number) => isDigit(source[i]) || isDigit(target[j]);
  while (len > 0 && isDigit(source[s]) && inNumber(s - 1, t - 1)) (s++, t++, len--);
  while (len > 0 && isDigit(source[s + len - 1]) && inNumber(s + len, t + len)) len--;
  return len === run.len ? run : { s, t, len, weight: runWeight(source, s, len, idf) };
}
