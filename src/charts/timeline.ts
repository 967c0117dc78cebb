/**
 * Deadlines timeline: one row per plan (the national plan first, as the reference),
 * each deadline a mark on a time axis — a dot for "by <date>", a bar for a
 * start–end range — and yearly recurring dates in a separate month-of-year panel.
 * Marks are links to the clause in the reader; hover or focus shows the clause.
 */
import { scaleUtc, utcFormat, type ScaleTime } from 'd3';
import type { ClauseRecord, Deadline, DocumentRecord } from '../../scripts/publish/schema.ts';
import { clauseExcerpt, clauseLabel, isNational, planDocuments, planShortName } from '../lib/compare.ts';
import { clauseHref } from '../lib/routes.ts';
import { deadlineValue } from '../lib/fields.ts';
import { axisBottom, frame, gridX, linkMark, rowLabels } from './parts.ts';
import { el, textWidth, type SvgNode } from './svg.ts';
import { zh } from '../i18n/zh.ts';
import { fill } from '../i18n/locale.ts';

/** One deadline phrase in one clause. */
export interface DeadlineItem {
  clause: ClauseRecord;
  deadline: Deadline;
}

/**
 * A mark on the calendar axis. Deadlines of one plan with the same dates share a mark
 * (plans repeat "2024年" in dozens of clauses); it lists all of them and links to the first.
 */
export interface DatedMark {
  doc: string;
  start: Date;
  end: Date;
  /** A single date is a dot; a range is a bar; a start with no end (自2024年起) a ring. */
  shape: 'dot' | 'bar' | 'from';
  items: DeadlineItem[];
}

export interface RecurringMark {
  doc: string;
  /** Month and day in a fixed non-leap year, so every plan shares one yearly axis. */
  day: Date;
  items: DeadlineItem[];
}

/** A plan's deadlines that name no date (持续推进, 长期坚持; 每年 without a day): listed, not drawn. */
export interface UndatedItems {
  doc: string;
  items: DeadlineItem[];
}

export interface TimelineData {
  /** The plans with a mark to draw, in the charts' order. */
  docs: DocumentRecord[];
  /** The plans with any deadline, undated ones included, in the same order: the list's. */
  listed: DocumentRecord[];
  dated: DatedMark[];
  recurring: RecurringMark[];
  undated: UndatedItems[];
}

const YEAR_AXIS = 2001;

function isoToDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

/** Sort documents: national reference first, then plans as in every other view. */
function timelineOrder(documents: readonly DocumentRecord[]): DocumentRecord[] {
  return [...documents.filter(isNational), ...planDocuments(documents)];
}

/** Append an item to the mark with this key, creating the mark on first sight. */
function collect<M extends { items: DeadlineItem[] }>(marks: Map<string, M>, key: string, make: () => M, item: DeadlineItem) {
  let mark = marks.get(key);
  if (!mark) marks.set(key, (mark = make()));
  mark.items.push(item);
}

export function timelineData(documents: readonly DocumentRecord[], clauses: readonly ClauseRecord[]): TimelineData {
  const dated = new Map<string, DatedMark>();
  const recurring = new Map<string, RecurringMark>();
  const undated = new Map<string, UndatedItems>();
  for (const clause of clauses) {
    for (const deadline of clause.deadlines) {
      const item = { clause, deadline };
      const doc = clause.doc;
      if (deadline.kind === 'ongoing' || (deadline.kind === 'recurring' && !deadline.recurring)) collect(undated, doc, () => ({ doc, items: [] }), item);
      else if (deadline.recurring) {
        const [, , m, d] = deadline.recurring.split('-');
        const day = new Date(Date.UTC(YEAR_AXIS, Number(m) - 1, Number(d)));
        collect(recurring, `${doc}|${deadline.recurring}`, () => ({ doc, day, items: [] }), item);
      } else if (deadline.start && deadline.end && deadline.start !== deadline.end) {
        const make = () => ({ doc, start: isoToDate(deadline.start!), end: isoToDate(deadline.end!), shape: 'bar' as const, items: [] });
        collect(dated, `${doc}|${deadline.start}|${deadline.end}`, make, item);
      } else if (deadline.end ?? deadline.start) {
        const at = (deadline.end ?? deadline.start)!;
        const shape = deadline.end ? ('dot' as const) : ('from' as const);
        collect(dated, `${doc}|${shape}|${at}`, () => ({ doc, start: isoToDate(at), end: isoToDate(at), shape, items: [] }), item);
      }
    }
  }
  const withMarks = new Set([...dated.values(), ...recurring.values()].map((m) => m.doc));
  const order = timelineOrder(documents);
  return {
    docs: order.filter((d) => withMarks.has(d.id)),
    listed: order.filter((d) => withMarks.has(d.id) || undated.has(d.id)),
    dated: [...dated.values()],
    recurring: [...recurring.values()],
    undated: [...undated.values()],
  };
}

/** Every deadline as a table row, plan by plan, for readers who want a list rather than a chart: "每年 12月31日", "2022-01-01 至 2025-01-31". */
export function deadlineRows(data: TimelineData, text: typeof zh = zh): { doc: DocumentRecord; when: string; item: DeadlineItem }[] {
  const t = text.charts;
  const formatMonthDay = utcFormat(t.monthDay);
  return data.listed.flatMap((doc) =>
    [...data.dated, ...data.recurring, ...data.undated]
      .filter((mark) => mark.doc === doc.id)
      .flatMap((mark) => mark.items)
      .map((item) => {
        const { recurring, start, end } = item.deadline;
        const day = recurring && new Date(Date.UTC(YEAR_AXIS, Number(recurring.slice(2, 4)) - 1, Number(recurring.slice(5))));
        // a deadline without a date is said as the reader says it
        const when = !day && !start && !end
          ? deadlineValue(item.deadline, text.fields)
          : day
          ? fill(t.everyYear, { md: formatMonthDay(day) })
          : start && end
            ? fill(t.range, { a: start, b: end })
            : start
              ? fill(t.from, { d: start })
              : (end ?? '');
        return { doc, when, item };
      }),
  );
}

/**
 * Greedy interval packing: each item goes to the first lane whose last item ends at
 * least `gap` before it starts, so overlapping marks in one row never hide each other.
 * Returns the lane of each item, in input order.
 */
export function assignLanes(items: readonly { x0: number; x1: number }[], gap: number): number[] {
  const order = items.map((_, i) => i).sort((a, b) => items[a].x0 - items[b].x0 || items[a].x1 - items[b].x1);
  const laneEnds: number[] = [];
  const lanes = new Array<number>(items.length);
  for (const i of order) {
    let lane = laneEnds.findIndex((end) => end + gap <= items[i].x0);
    if (lane < 0) lane = laneEnds.push(-Infinity) - 1;
    laneEnds[lane] = items[i].x1;
    lanes[i] = lane;
  }
  return lanes;
}

const LANE = 14;
const DOT_R = 5;
const TIP_ITEMS = 6;
const formatDay = utcFormat('%Y-%m-%d');

/** Width of the "×n" count written after a shared mark. */
function countWidth(mark: { items: DeadlineItem[] }): number {
  return mark.items.length > 1 ? 6 + textWidth(`×${mark.items.length}`, 11) : 0;
}

/**
 * Link to the (first) clause, named by plan, clause and deadline; the tooltip adds the
 * clause's text, or lists every clause when several share the mark.
 */
function markLink(doc: DocumentRecord, items: DeadlineItem[], when: string, text: typeof zh) {
  const t = text.charts;
  const [first] = items;
  const href = clauseHref(first.clause.id);
  if (items.length === 1) {
    const label = fill(t.markOne, { name: planShortName(doc, text.nationalPlan), clause: clauseLabel(first.clause, 30), text: first.deadline.text, when });
    return { href, label, tip: `${label}\n${clauseExcerpt(first.clause)}` };
  }
  const label = fill(t.markMany, { name: planShortName(doc, text.nationalPlan), n: items.length, when, clause: clauseLabel(first.clause, 30) });
  const lines = items.slice(0, TIP_ITEMS).map((i) => `${clauseLabel(i.clause, 24)}：${i.deadline.text}`);
  if (items.length > TIP_ITEMS) lines.push(fill(t.markMore, { n: items.length - TIP_ITEMS }));
  return { href, label, tip: [label, ...lines].join('\n') };
}

function countText(mark: { items: DeadlineItem[] }, x: number, y: number): SvgNode | null {
  if (mark.items.length < 2) return null;
  return el('text', { class: 'count', x: x + 6, y, dy: '0.35em', 'font-size': 11, fill: 'currentColor', 'aria-hidden': 'true' }, `×${mark.items.length}`);
}

interface Row {
  doc: DocumentRecord;
  y: number;
  height: number;
}

/** Rows whose height grows with the number of lanes their marks need. */
function layoutRows<M>(
  docs: DocumentRecord[],
  marks: M[],
  docOf: (m: M) => string,
  extent: (m: M) => { x0: number; x1: number },
  top: number,
): { rows: Row[]; laneOf: Map<M, number>; bottom: number } {
  const laneOf = new Map<M, number>();
  const rows: Row[] = [];
  let y = top;
  for (const doc of docs) {
    const own = marks.filter((m) => docOf(m) === doc.id);
    const lanes = assignLanes(own.map(extent), DOT_R * 2);
    own.forEach((m, i) => laneOf.set(m, lanes[i]));
    const height = Math.max(1, Math.max(0, ...lanes) + 1) * LANE + 12;
    rows.push({ doc, y, height });
    y += height;
  }
  return { rows, laneOf, bottom: y };
}

function rowBands(rows: Row[], left: number, right: number): SvgNode {
  return el(
    'g',
    { class: 'row-bands', 'aria-hidden': 'true' },
    rows.map((row, i) =>
      el('rect', { x: left, width: right - left, y: row.y, height: row.height, fill: i % 2 ? '#fff' : '#f5f7fa' }),
    ),
  );
}

function labelsFor(rows: Row[], x: number, nationalPlan: string): SvgNode {
  return rowLabels(
    rows.map((r) => ({ y: r.y + r.height / 2, label: planShortName(r.doc, nationalPlan), full: r.doc.title ?? r.doc.id })),
    { x },
  );
}

export interface TimelineOptions {
  width?: number;
  labelWidth?: number;
  /** The interface's words (the Chinese ones by default). */
  text?: typeof zh;
}

/** The dated panel: dots and bars on a calendar axis. */
export function deadlinesTimeline(data: TimelineData, { width = 760, labelWidth = 96, text = zh }: TimelineOptions = {}): SvgNode {
  const t = text.charts;
  const margin = { top: 12, right: 24, bottom: 44, left: labelWidth };
  const docs = data.docs.filter((d) => data.dated.some((m) => m.doc === d.id));
  const times = data.dated.flatMap((m) => [m.start, m.end]);
  const x: ScaleTime<number, number> = scaleUtc()
    .domain(times.length ? [new Date(Math.min(...times.map(Number))), new Date(Math.max(...times.map(Number)))] : [new Date(Date.UTC(2021, 0, 1)), new Date(Date.UTC(2026, 0, 1))])
    .nice()
    .range([margin.left + DOT_R, width - margin.right]);
  const extent = (m: DatedMark) => ({ x0: x(m.start) - DOT_R, x1: x(m.end) + DOT_R + countWidth(m) });
  const { rows, laneOf, bottom } = layoutRows(docs, data.dated, (m) => m.doc, extent, margin.top);
  const rowOf = new Map(rows.map((r) => [r.doc.id, r]));
  const ticks = x.ticks(6);

  const marks = el(
    'g',
    { class: 'marks' },
    data.dated
      .filter((m) => rowOf.has(m.doc))
      .map((m) => {
        const row = rowOf.get(m.doc)!;
        const cy = row.y + 6 + laneOf.get(m)! * LANE + LANE / 2;
        const when =
          m.shape === 'bar' ? fill(t.range, { a: formatDay(m.start), b: formatDay(m.end) }) : fill(m.shape === 'from' ? t.from : t.by, { d: formatDay(m.end) });
        const shape =
          m.shape === 'bar'
            ? el('rect', { x: x(m.start), y: cy - 4, width: Math.max(2, x(m.end) - x(m.start)), height: 8, rx: 3, fill: '#3b7dd8', 'fill-opacity': 0.75 })
            : el('circle', { cx: x(m.end), cy, r: DOT_R, ...(m.shape === 'from' ? { fill: '#fff', stroke: '#3b7dd8', 'stroke-width': 2 } : { fill: '#c2410c' }) });
        return el(
          'g',
          { class: `deadline ${m.shape}`, 'data-doc': m.doc, 'data-count': m.items.length },
          linkMark(markLink(row.doc, m.items, when, text), shape),
          countText(m, x(m.end) + (m.shape === 'bar' ? 0 : DOT_R), cy),
        );
      }),
  );

  return frame(
    { width, height: bottom + margin.bottom, label: t.deadlinesLabel, className: 'chart deadlines-timeline' },
    rowBands(rows, margin.left, width - margin.right),
    gridX(x, { ticks, y0: margin.top, y1: bottom }),
    labelsFor(rows, margin.left - 8, text.nationalPlan),
    marks,
    axisBottom(x, { y: bottom, ticks, format: (d) => utcFormat(t.yearAxis)(d as Date) }),
  );
}

/** The recurring panel: every-year dates on a January–December axis. */
export function recurringTimeline(data: TimelineData, { width = 760, labelWidth = 96, text = zh }: TimelineOptions = {}): SvgNode {
  const t = text.charts;
  const formatMonthDay = utcFormat(t.monthDay);
  const margin = { top: 12, right: 24, bottom: 44, left: labelWidth };
  const docs = data.docs.filter((d) => data.recurring.some((m) => m.doc === d.id));
  const x = scaleUtc()
    .domain([new Date(Date.UTC(YEAR_AXIS, 0, 1)), new Date(Date.UTC(YEAR_AXIS, 11, 31))])
    .range([margin.left + DOT_R, width - margin.right]);
  const extent = (m: RecurringMark) => ({ x0: x(m.day) - DOT_R, x1: x(m.day) + DOT_R + countWidth(m) });
  const { rows, laneOf, bottom } = layoutRows(docs, data.recurring, (m) => m.doc, extent, margin.top);
  const rowOf = new Map(rows.map((r) => [r.doc.id, r]));
  const ticks = x.ticks(12);

  const marks = el(
    'g',
    { class: 'marks' },
    data.recurring
      .filter((m) => rowOf.has(m.doc))
      .map((m) => {
        const row = rowOf.get(m.doc)!;
        const cx = x(m.day);
        const cy = row.y + 6 + laneOf.get(m)! * LANE + LANE / 2;
        const diamond = `M${cx},${cy - 6}L${cx + 6},${cy}L${cx},${cy + 6}L${cx - 6},${cy}Z`;
        return el(
          'g',
          { class: 'deadline recurring', 'data-doc': m.doc, 'data-count': m.items.length },
          linkMark(markLink(row.doc, m.items, fill(t.everyYear, { md: formatMonthDay(m.day) }), text), el('path', { d: diamond, fill: '#7c3aed' })),
          countText(m, cx + 6, cy),
        );
      }),
  );

  return frame(
    { width, height: bottom + margin.bottom, label: t.recurringLabel, className: 'chart recurring-timeline' },
    rowBands(rows, margin.left, width - margin.right),
    gridX(x, { ticks, y0: margin.top, y1: bottom }),
    labelsFor(rows, margin.left - 8, text.nationalPlan),
    marks,
    axisBottom(x, { y: bottom, ticks, format: (d) => utcFormat(t.monthAxis)(d as Date) }),
  );
}
