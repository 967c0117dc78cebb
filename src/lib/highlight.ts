/**
 * Cuts a clause's text into blocks (paragraphs, enumeration lists) and runs (plain text or one
 * highlighted field), from the `at` spans of its fields and the `source` spans of its link evidence.
 * Output is plain data; run-html.ts renders it, escaping every character.
 */
import type { ClauseRecord } from './data.ts';
import { describeDeadline, describeMetric, describeUnit, type FieldWords } from './fields.ts';

export type FieldKind = 'unit' | 'deadline' | 'metric';
export type Span = readonly [number, number];

export interface FieldSpan {
  kind: FieldKind;
  at: Span;
  /** The normalised value, shown on hover and focus. */
  label: string;
}

/** A stretch of text, underlined when it is wording shared with a linked clause. */
export interface Piece {
  text: string;
  evidence: boolean;
}

export interface Run {
  field: FieldSpan | null;
  pieces: Piece[];
}

export type Block =
  | { kind: 'paragraph'; runs: Run[] }
  | { kind: 'list'; items: { marker: string; runs: Run[] }[] };

/** The clause's fields, labelled in the page's words (`s.fields`; Chinese when none is given). */
export function fieldSpans(clause: ClauseRecord, w?: FieldWords): FieldSpan[] {
  return [
    ...clause.units.map((u) => ({ kind: 'unit' as const, at: u.at, label: describeUnit(u, w) })),
    ...clause.deadlines.map((d) => ({ kind: 'deadline' as const, at: d.at, label: describeDeadline(d, w) })),
    ...clause.metrics.map((m) => ({ kind: 'metric' as const, at: m.at, label: describeMetric(m, w) })),
  ];
}

/**
 * Marks cannot overlap in HTML without splitting one of them, so keep the earliest
 * (and, at equal starts, the longest) span and drop any span that overlaps a kept one.
 * Dropped fields still appear in the document's field table.
 */
export function nonOverlapping(spans: FieldSpan[], textLength: number): FieldSpan[] {
  const valid = spans.filter((s) => s.at[0] < s.at[1] && s.at[1] <= textLength);
  valid.sort((a, b) => a.at[0] - b.at[0] || b.at[1] - a.at[1]);
  const kept: FieldSpan[] = [];
  for (const span of valid) {
    const last = kept.at(-1);
    if (!last || span.at[0] >= last.at[1]) kept.push(span);
  }
  return kept;
}

/** Split [from, to) of `text` into pieces, flagging the characters covered by any evidence span. */
function pieces(text: string, from: number, to: number, evidence: readonly Span[]): Piece[] {
  const cuts = new Set([from, to]);
  for (const [s, e] of evidence) {
    if (s > from && s < to) cuts.add(s);
    if (e > from && e < to) cuts.add(e);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Piece[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [s, e] = [points[i]!, points[i + 1]!];
    const isEvidence = evidence.some(([es, ee]) => es <= s && e <= ee);
    const prev = out.at(-1);
    if (prev && prev.evidence === isEvidence) prev.text += text.slice(s, e);
    else out.push({ text: text.slice(s, e), evidence: isEvidence });
  }
  return out;
}

/** Runs covering [from, to): plain stretches between the (clipped) field spans. */
export function runsOf(
  text: string,
  from: number,
  to: number,
  fields: readonly FieldSpan[],
  evidence: readonly Span[] = [],
): Run[] {
  const runs: Run[] = [];
  let at = from;
  for (const field of fields) {
    const s = Math.max(field.at[0], from);
    const e = Math.min(field.at[1], to);
    if (s >= e) continue;
    if (s > at) runs.push({ field: null, pieces: pieces(text, at, s, evidence) });
    runs.push({ field, pieces: pieces(text, s, e, evidence) });
    at = e;
  }
  if (at < to) runs.push({ field: null, pieces: pieces(text, at, to, evidence) });
  return runs;
}

/** [from, to) ranges of the non-empty lines of text[from, to). */
function lines(text: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  let start = from;
  for (let i = from; i <= to; i++) {
    if (i === to || text[i] === '\n') {
      if (text.slice(start, i).trim()) out.push([start, i]);
      start = i + 1;
    }
  }
  return out;
}

/**
 * Enumeration items as contiguous ranges: each item runs to the next item's start (so
 * punctuation between items stays with the earlier one), and includes its marker when the
 * span stops just after it.
 */
export function enumerationRanges(clause: Pick<ClauseRecord, 'text' | 'enumeration'>): { marker: string; at: Span }[] {
  const items = [...clause.enumeration]
    .filter((item) => item.at[0] < item.at[1] && item.at[1] <= clause.text.length)
    .sort((a, b) => a.at[0] - b.at[0]);
  return items.map((item, i) => {
    const markerStart = item.at[0] - item.marker.length;
    const start = markerStart >= 0 && clause.text.slice(markerStart, item.at[0]) === item.marker ? markerStart : item.at[0];
    const next = items[i + 1];
    const nextStart = next ? next.at[0] - (clause.text.slice(next.at[0] - next.marker.length, next.at[0]) === next.marker ? next.marker.length : 0) : item.at[1];
    return { marker: item.marker, at: [start, Math.max(item.at[1], nextStart)] as const };
  });
}

export interface ClauseLayout {
  /** The heading's words as they stand in the text (a run-in heading or a heading line), if any. */
  lead: Run[];
  blocks: Block[];
}

/**
 * Where the heading part of the text ends: `bodyStart` for a run-in heading, else the end of
 * a first line that is just the title (a heading on a line of its own), else 0.
 */
export function headingEnd(clause: Pick<ClauseRecord, 'text' | 'title' | 'bodyStart'>): number {
  const { text, title } = clause;
  if (clause.bodyStart > 0) return Math.min(clause.bodyStart, text.length);
  if (!title) return 0;
  const lineEnd = text.indexOf('\n') === -1 ? text.length : text.indexOf('\n');
  const firstLine = text.slice(0, lineEnd).trim().replace(/[。．.]$/, '');
  return firstLine === title ? lineEnd : 0;
}

/** A clause's text as its heading words and a body of paragraphs and enumeration lists. */
export function clauseLayout(clause: ClauseRecord, w?: FieldWords): ClauseLayout {
  const { text } = clause;
  const fields = nonOverlapping(fieldSpans(clause, w), text.length);
  const evidence = clause.links.flatMap((l) => l.evidence.map((e) => e.source));
  const bodyStart = headingEnd(clause);
  const lead = bodyStart > 0 ? runsOf(text, 0, bodyStart, fields, evidence) : [];

  const blocks: Block[] = [];
  const paragraphs = (from: number, to: number) => {
    for (const [s, e] of lines(text, from, to)) blocks.push({ kind: 'paragraph', runs: runsOf(text, s, e, fields, evidence) });
  };
  let at = bodyStart;
  for (const item of enumerationRanges(clause)) {
    const [s, e] = [Math.max(item.at[0], at), item.at[1]];
    if (s >= e) continue;
    paragraphs(at, s);
    const list = blocks.at(-1);
    const entry = { marker: item.marker, runs: runsOf(text, s, e, fields, evidence) };
    if (list?.kind === 'list' && at === s) list.items.push(entry);
    else blocks.push({ kind: 'list', items: [entry] });
    at = e;
  }
  paragraphs(at, text.length);
  return { lead, blocks };
}
