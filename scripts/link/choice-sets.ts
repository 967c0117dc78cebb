/**
 * A clause chooses among the clauses of one document above it at a time (and "none"): which
 * national clause it carries out, and apart from that which provincial one. Scored together, a
 * provincial plan that restates the national tasks would split each clause's probability between
 * the two twins and leave both below the threshold the model was trained for on one document.
 */
export function perDocument<T>(items: T[], docOf: (item: T) => string, score: (group: T[]) => number[]): number[] {
  const out = new Array<number>(items.length);
  const groups = Map.groupBy(
    items.map((item, at) => ({ item, at })),
    ({ item }) => docOf(item),
  );
  for (const group of groups.values()) {
    const scores = score(group.map(({ item }) => item));
    group.forEach(({ at }, k) => (out[at] = scores[k]));
  }
  return out;
}
