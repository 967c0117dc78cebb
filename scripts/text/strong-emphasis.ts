/**
 * Markdown's strong emphasis, `**总体目标**` (or `__…__`): pairs of marks tight around their words. One
 * reading of it for every stage: the structure stage's titles drop the marks, extraction reads through
 * them, the reader shows the words bold. A lone `**`, marks with a space inside, or a blank (`______`) are no pair.
 */

/** A pair: its opening mark [open, from), its words [from, to), its closing mark [to, close). */
export interface StrongPair {
  open: number;
  from: number;
  to: number;
  close: number;
}

// Not inside a longer run of marks: a form's blank (填报单位：______) is no emphasis.
const STRONG = /(?<![*_])(\*\*|__)(?=[^\s*_])(.+?)(?<=[^\s*_])\1(?![*_])/g;

export function strongPairs(text: string): StrongPair[] {
  if (!text.includes('**') && !text.includes('__')) return [];
  return [...text.matchAll(STRONG)].map((m) => ({ open: m.index, from: m.index + 2, to: m.index + m[0].length - 2, close: m.index + m[0].length }));
}

/** The offsets of the marks of every pair in `text`. */
export function strongMarks(text: string): Set<number> {
  return new Set(strongPairs(text).flatMap((p) => [p.open, p.open + 1, p.to, p.to + 1]));
}
