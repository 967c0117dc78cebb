/**
 * Order prior, as collation tools align witnesses: county plans mostly take
 * the national tasks in the national order. Each source clause whose best
 * target is clear is an anchor; the heaviest monotone chain of anchors (a
 * weighted longest increasing subsequence) is the alignment, dropping anchors
 * out of order (a plan that puts its 工作安排 first). A candidate target lies
 * "in order" when its position falls between the alignment positions of the
 * source's aligned neighbours — a clause that says its task in other words is
 * carried by the clauses around it.
 */
export interface Anchor {
  /** the source clause's position in its document */
  source: number;
  /** the best target's position in the higher document */
  target: number;
  weight: number;
}

/** The heaviest chain of anchors with non-decreasing targets, in source order. */
export function monotoneChain(anchors: Anchor[]): Anchor[] {
  const sorted = [...anchors].sort((a, b) => a.source - b.source);
  const best: number[] = [];
  const prev: number[] = [];
  sorted.forEach((a, i) => {
    best[i] = a.weight;
    prev[i] = -1;
    for (let j = 0; j < i; j++) {
      if (sorted[j].target <= a.target && best[j] + a.weight > best[i]) {
        best[i] = best[j] + a.weight;
        prev[i] = j;
      }
    }
  });
  let end = best.indexOf(Math.max(...best));
  const chain: Anchor[] = [];
  for (; end >= 0; end = prev[end]) chain.unshift(sorted[end]);
  return chain;
}

/**
 * The range of target positions the chain leaves open for a source clause:
 * from the target of the nearest aligned clause before it to that of the
 * nearest after it (its own anchor left out, so a clause never supports itself).
 */
export function openRange(chain: Anchor[], source: number): [number, number] {
  let low = -Infinity;
  let high = Infinity;
  for (const a of chain) {
    if (a.source < source) low = a.target;
    else if (a.source > source) {
      high = a.target;
      break;
    }
  }
  return [low, high];
}
