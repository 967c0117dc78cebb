/** Share of a text's characters (white space aside) that another text lacks: a multiset difference. */
export function lostShare(expected: string, actual: string): number {
  const counts = new Map<string, number>();
  for (const ch of actual.replace(/\s+/g, '')) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let total = 0;
  let lost = 0;
  for (const ch of expected.replace(/\s+/g, '')) {
    total++;
    const left = counts.get(ch) ?? 0;
    if (left > 0) counts.set(ch, left - 1);
    else lost++;
  }
  return total === 0 ? 0 : lost / total;
}
