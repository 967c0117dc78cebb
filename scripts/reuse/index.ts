/**
 * The reuse stage: which documents share wording, passage by passage. Candidate partners come
 * from a fingerprint index over the whole corpus (scripts/reuse/candidates.ts); every plan is
 * also compared with the plans above it (national, its province's, its city's). Each candidate
 * pair is aligned (align.ts), and each document publishes its `partners` strongest partners by
 * share, plus the plans above it: near-linear in the corpus.
 */
import type { ClauseRecord, DocumentRecord, ReusePair } from '../publish/schema.ts';
import { isAbove } from '../link/relation.ts';
import { docText, type DocText } from './text.ts';
import { fingerprints } from './fingerprints.ts';
import { candidatePartners, type CandidateOptions } from './candidates.ts';
import { align, type AlignOptions } from './align.ts';
import { covered, publishedPassages, type Passage } from './passages.ts';

export interface ReuseOptions extends AlignOptions, CandidateOptions {
  /** Winnowing window: every shared run of window + n − 1 characters is found. */
  window: number;
  /** Partners each document publishes (the plans above it come on top). */
  partners: number;
  /** Fewest letters and digits of a published passage on either side. */
  minLength: number;
}

export const REUSE_DEFAULTS: ReuseOptions = {
  n: 8,
  window: 8,
  gap: 12,
  minMatched: 12,
  minLength: 10,
  maxRepeat: 4,
  maxDfFraction: 0.5,
  maxDfFloor: 100,
  sample: 16,
  keep: 6,
  partners: 5,
};

interface Aligned {
  a: number;
  b: number;
  shareA: number;
  shareB: number;
  ab: Passage[];
  ba: Passage[];
}

const round = (x: number) => Math.round(x * 10000) / 10000;

/** The earlier-dated of two documents, or null. */
function origin(a: DocumentRecord, b: DocumentRecord): string | null {
  if (!a.date || !b.date || a.date === b.date) return null;
  return a.date < b.date ? a.id : b.id;
}

export function detectReuse(documents: DocumentRecord[], clauses: ClauseRecord[], options: ReuseOptions = REUSE_DEFAULTS): ReusePair[] {
  const byDoc = new Map<string, ClauseRecord[]>(documents.map((d) => [d.id, []]));
  for (const c of clauses) byDoc.get(c.doc)?.push(c);
  const texts: DocText[] = documents.map((d) => docText(d.id, byDoc.get(d.id)!));
  const prints = texts.map((t) => fingerprints(t.chars, options.n, options.window));

  // Unordered candidate pairs: strongest by fingerprints, and every plan with the plans above it.
  const pairs = new Set<number>();
  const addPair = (x: number, y: number) => x !== y && pairs.add(Math.min(x, y) * documents.length + Math.max(x, y));
  candidatePartners(prints, options).forEach((partners, d) => partners.forEach((p) => addPair(d, p)));
  const higher = documents.map((d, i) => [d, i] as const).filter(([d]) => d.level && d.level !== 'county');
  documents.forEach((lower, l) => higher.forEach(([h, i]) => isAbove(h, lower) && addPair(l, i)));

  const alignedOf: Aligned[][] = documents.map(() => []);
  for (const key of pairs) {
    const a = Math.floor(key / documents.length);
    const b = key % documents.length;
    const [A, B] = [texts[a], texts[b]];
    const found = publishedPassages(align(A.chars, B.chars, prints[a], prints[b], options), A, B, options.minLength);
    if (!found.ab.length) continue;
    const result = { a, b, shareA: covered(found.rangesA) / A.chars.length, shareB: covered(found.rangesB) / B.chars.length, ab: found.ab, ba: found.ba };
    alignedOf[a].push(result);
    alignedOf[b].push(result);
  }

  const out: ReusePair[] = [];
  documents.forEach((doc, d) => {
    const mine = alignedOf[d].map((r) =>
      r.a === d ? { other: r.b, share: r.shareA, otherShare: r.shareB, passages: r.ab } : { other: r.a, share: r.shareB, otherShare: r.shareA, passages: r.ba },
    );
    mine.sort((p, q) => q.share - p.share || p.other - q.other);
    mine.forEach((m, rank) => {
      const other = documents[m.other];
      if (rank >= options.partners && !isAbove(other, doc)) return;
      out.push({ source: doc.id, target: other.id, share: round(m.share), targetShare: round(m.otherShare), origin: origin(doc, other), passages: m.passages });
    });
  });
  return out;
}
