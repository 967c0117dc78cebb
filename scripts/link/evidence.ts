import type { Link } from '../publish/schema.ts';
import type { Folded } from './ngrams.ts';
import type { Idf } from './idf.ts';
import { align, positions } from './align.ts';

/** Runs shorter than this are coincidence more often than reuse (医疗, 建设). */
const MIN_RUN = 3;

/**
 * The shared wording of a linked pair as spans of both original texts, the
 * most distinctive first, so the site can highlight it on either side.
 */
export function evidence(source: Folded, sourceText: string, target: Folded, limit: number, idf: Idf): Link['evidence'] {
  const runs = align(source.chars, target.chars, positions(target.chars), idf)
    .filter((r) => r.len >= MIN_RUN)
    .sort((a, b) => b.weight - a.weight)
    .slice(0, limit);
  return runs.map((r) => {
    const s: [number, number] = [source.at[r.s], source.at[r.s + r.len - 1] + 1];
    const t: [number, number] = [target.at[r.t], target.at[r.t + r.len - 1] + 1];
    return { text: sourceText.slice(s[0], s[1]), source: s, target: t };
  });
}
