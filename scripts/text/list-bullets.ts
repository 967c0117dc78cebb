/**
 * The marks that open a list item: Markdown's `-`, `*`, `+` and a word processor's `•`. Extraction
 * reads past them (extract/compact.ts: `- 县卫健局` names 县卫健局), and the structure stage knows a
 * line they open as a list item, not a signature (structure/tree.ts).
 */
export const LIST_BULLETS = '-*+•';

/** Does a bullet stand at `at` of `text`? A mark with a digit after it is a minus (-5%), not a bullet. */
export const isBulletAt = (text: string, at: number) => LIST_BULLETS.includes(text[at] ?? '\0') && !/\d/.test(text[at + 1] ?? '');
