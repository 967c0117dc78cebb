/**
 * Suggestions, kept apart from links: a task clause with no link above the
 * threshold gets its best candidates as `suggestions`, shown in the reader as
 * 可能对应 for a researcher to accept or leave — never counted as links.
 */
export const SUGGESTIONS = { most: 3, floor: 0.05 };

export function suggest<T extends { target: { id: string }; score: number }>(
  links: { target: string }[],
  ranked: T[],
  rejected: (target: string) => boolean,
): T[] {
  if (links.length) return [];
  return ranked.filter((c) => c.score >= SUGGESTIONS.floor && !rejected(c.target.id)).slice(0, SUGGESTIONS.most);
}
