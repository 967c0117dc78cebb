/**
 * The comparison view's plan-to-plan passages: which records of the chosen plans' reuse slices
 * (/data/reuse/<id>.json) join two chosen plans, with the wording of each side, and, inside a
 * passage, which characters the two wordings share (an LCS over the passage, short enough to do
 * in the browser). Pure; used in the browser.
 */

interface Side {
  clause: string;
  start: number;
  end: number;
}

export interface SlicePassage {
  source: Side;
  target: Side;
  length: number;
}

export interface SliceRecord {
  source: string;
  target: string;
  sourceName: string;
  targetName: string;
  share: number;
  targetShare: number;
  origin: string | null;
  passages: SlicePassage[];
}

export interface Slice {
  records: SliceRecord[];
  /** Text of each of the document's clauses that a passage touches. */
  clauses: Record<string, string>;
}

/** A passage with the wording of both sides. */
export interface WordedPassage {
  source: Side & { text: string };
  target: Side & { text: string };
}

/** One record per pair of chosen plans, from the first plan's side when it has one, each passage worded from the two slices. */
export function chosenPairs(chosen: readonly string[], slices: ReadonlyMap<string, Slice>): (SliceRecord & { worded: WordedPassage[] })[] {
  const wording = (side: Side, doc: string) => ({ ...side, text: slices.get(doc)?.clauses[side.clause]?.slice(side.start, side.end) ?? '' });
  return records(chosen, new Map([...slices].map(([id, s]) => [id, s.records]))).map((r) => ({
    ...r,
    worded: r.passages.map((p) => ({ source: wording(p.source, r.source), target: wording(p.target, r.target) })),
  }));
}

function records(chosen: readonly string[], slices: ReadonlyMap<string, SliceRecord[]>): SliceRecord[] {
  const out: SliceRecord[] = [];
  for (let i = 0; i < chosen.length; i++) {
    for (let j = i + 1; j < chosen.length; j++) {
      const [a, b] = [chosen[i], chosen[j]];
      const there = slices.get(a)?.find((r) => r.target === b);
      const back = slices.get(b)?.find((r) => r.target === a);
      if (there) out.push(there);
      else if (back) out.push({ ...back, source: a, target: b, sourceName: back.targetName, targetName: back.sourceName, share: back.targetShare, targetShare: back.share, passages: back.passages.map((p) => ({ ...p, source: p.target, target: p.source })) });
    }
  }
  return out;
}

export interface Piece {
  text: string;
  shared: boolean;
}

/** Both wordings cut into shared and own pieces by a longest common subsequence of their characters. */
export function sharedPieces(a: string, b: string): [Piece[], Piece[]] {
  const n = a.length;
  const m = b.length;
  const table = new Uint16Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i * (m + 1) + j] = a[i] === b[j] ? table[(i + 1) * (m + 1) + j + 1] + 1 : Math.max(table[(i + 1) * (m + 1) + j], table[i * (m + 1) + j + 1]);
    }
  }
  const inA = new Array<boolean>(n).fill(false);
  const inB = new Array<boolean>(m).fill(false);
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (a[i] === b[j]) {
      inA[i++] = true;
      inB[j++] = true;
    } else if (table[(i + 1) * (m + 1) + j] >= table[i * (m + 1) + j + 1]) i++;
    else j++;
  }
  return [pieces(a, inA), pieces(b, inB)];
}

function pieces(text: string, shared: boolean[]): Piece[] {
  const out: Piece[] = [];
  for (let i = 0; i < text.length; i++) {
    const last = out.at(-1);
    if (last && last.shared === shared[i]) last.text += text[i];
    else out.push({ text: text[i], shared: shared[i] });
  }
  return out;
}
