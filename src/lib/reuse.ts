/**
 * What a plan shares with other documents, as the reader and the reuse view show it: each
 * letter or digit of the plan goes to the highest level it is shared with (national before
 * provincial/city before another county's plan), or to the plan's own wording. Pure.
 */
import type { ClauseRecord, DocumentRecord, ReusePair } from '../../scripts/publish/schema.ts';

export type ReuseLevel = 'national' | 'regional' | 'county';
export const reuseLevels: ReuseLevel[] = ['national', 'regional', 'county'];

export function reuseLevel(doc: Pick<DocumentRecord, 'level'> | undefined): ReuseLevel {
  if (doc?.level === 'national') return 'national';
  if (doc?.level === 'provincial' || doc?.level === 'municipal') return 'regional';
  return 'county';
}

const letterOrDigit = /[\p{L}\p{N}]/u;
/** One UTF-16 unit; the common ideographs (U+4E00–U+9FFF, all letters) without a regular expression. */
function isLetterOrDigit(ch: string): boolean {
  const code = ch.charCodeAt(0);
  return (code >= 0x4e00 && code <= 0x9fff) || letterOrDigit.test(ch);
}
/** Counted per UTF-16 unit, as the pipeline counts `share`. */
const lettersAndDigits = (text: string) => {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (isLetterOrDigit(text[i])) n++;
  return n;
};

export interface Partner {
  doc: string;
  level: ReuseLevel;
  share: number;
  origin: string | null;
}

/** A passage of this plan shared with one partner (index into the partners, highest level first), at its target clause. */
export interface SharedSpan {
  clause: string;
  start: number;
  end: number;
  partner: number;
  target: string;
}

/**
 * Cut overlapping passages into segments that do not overlap: each character goes to the
 * passage of the lowest partner index covering it. Used by the build (for the shares) and by
 * the reader's script (for the marks), so both agree.
 */
export function segmentsOf(spans: SharedSpan[]): SharedSpan[] {
  const byClause = new Map<string, SharedSpan[]>();
  for (const s of spans) {
    const list = byClause.get(s.clause);
    if (list) list.push(s);
    else byClause.set(s.clause, [s]);
  }
  const out: SharedSpan[] = [];
  for (const [clause, list] of byClause) {
    const length = Math.max(...list.map((s) => s.end));
    const owner: (SharedSpan | undefined)[] = new Array(length);
    for (const s of list) for (let i = s.start; i < s.end; i++) if (!owner[i] || s.partner < owner[i]!.partner) owner[i] = s;
    for (let i = 0; i < length; ) {
      const s = owner[i];
      let e = i + 1;
      while (e < length && owner[e] === s) e++;
      if (s) out.push({ clause, start: i, end: e, partner: s.partner, target: s.target });
      i = e;
    }
  }
  return out;
}

export interface ReuseSummary {
  partners: Partner[];
  /** Every passage, partner by index into `partners`. */
  spans: SharedSpan[];
  /** Letters and digits of the plan's clauses, and how many go to each level or to its own wording. */
  total: number;
  counts: Record<ReuseLevel | 'own', number>;
}

const rank: Record<ReuseLevel, number> = { national: 0, regional: 1, county: 2 };

/** A plan's partners (highest level first, then by share) and its text counted by level. `records` have the plan as source. */
export function reuseSummary(clauses: Pick<ClauseRecord, 'id' | 'text'>[], records: ReusePair[], docsById: Map<string, DocumentRecord>): ReuseSummary {
  const partners: Partner[] = records
    .map((r) => ({ doc: r.target, level: reuseLevel(docsById.get(r.target)), share: r.share, origin: r.origin }))
    .sort((a, b) => rank[a.level] - rank[b.level] || b.share - a.share);
  const order = new Map(partners.map((p, i) => [p.doc, i]));
  const spans = records.flatMap((r) =>
    r.passages.map((p) => ({ clause: p.source.clause, start: p.source.start, end: p.source.end, partner: order.get(r.target)!, target: p.target.clause })),
  );
  const textOf = new Map(clauses.map((c) => [c.id, c.text]));
  const counts = { national: 0, regional: 0, county: 0, own: 0 };
  for (const s of segmentsOf(spans)) {
    const text = textOf.get(s.clause) ?? '';
    for (let i = s.start; i < s.end; i++) if (isLetterOrDigit(text[i])) counts[partners[s.partner].level]++;
  }
  const total = clauses.reduce((sum, c) => sum + lettersAndDigits(c.text), 0);
  counts.own = total - counts.national - counts.regional - counts.county;
  return { partners, spans, total, counts };
}
/** A percentage for the summary line: one decimal under 10%. */
export function percent(part: number, whole: number): string {
  if (whole === 0) return '0%';
  const p = (100 * part) / whole;
  return `${p < 10 && p > 0 ? p.toFixed(1) : Math.round(p)}%`;
}

/** Offsets of the white-space characters of a text: all the reader drops when it renders one (src/lib/reuse-marks.ts). */
export function whitespaceOffsets(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) if (/\s/.test(text[i])) out.push(i);
  return out;
}
