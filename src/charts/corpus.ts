/**
 * The corpus at a glance: one row per document (national first), a dot at its date of
 * issue coloured by level, and a faint bar over the years its plan covers.
 */
import { scaleUtc, utcFormat } from 'd3';
import type { ClauseRecord, DocumentRecord } from '../../scripts/publish/schema.ts';
import { isNational, planDocuments, planShortName } from '../lib/compare.ts';
import { zh } from '../i18n/zh.ts';
import { fill as fillText } from '../i18n/locale.ts';
import { docLabel } from '../lib/labels.ts';
import { docHref } from '../lib/routes.ts';
import { axisBottom, frame, gridX, legendSwatches, linkMark, rowLabels, type Swatch } from './parts.ts';
import { el, type SvgNode } from './svg.ts';

export const LEVEL_COLORS: Record<string, string> = {
  national: '#1a1a1a',
  provincial: '#7c3aed',
  municipal: '#0f766e',
  county: '#0b5cad',
};
const UNKNOWN_LEVEL = '#8a9099';

const yearStart = (year: number) => new Date(Date.UTC(year, 0, 1));
const isoDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Documents in the order of every other view: national first, then plans. */
export function corpusOrder(documents: readonly DocumentRecord[]): DocumentRecord[] {
  return [...documents.filter(isNational), ...planDocuments(documents)];
}

export function corpusTimeline(documents: readonly DocumentRecord[], { width = 640, text = zh }: { width?: number; text?: typeof zh } = {}): SvgNode {
  const t = text.charts;
  const docs = corpusOrder(documents);
  const rowHeight = 26;
  const margin = { top: 40, right: 16, bottom: 40, left: 80 };
  const plotBottom = margin.top + docs.length * rowHeight;
  const years = docs.flatMap((d) => [d.date ? Number(d.date.slice(0, 4)) : null, d.period.start, d.period.end]).filter((y): y is number => y !== null);
  const [first, last] = years.length ? [Math.min(...years), Math.max(...years)] : [2020, 2026];
  const x = scaleUtc().domain([yearStart(first), yearStart(last + 1)]).range([margin.left, width - margin.right]);
  const ticks = x.ticks(Math.min(8, last + 1 - first));
  const yOf = (i: number) => margin.top + i * rowHeight + rowHeight / 2;

  const levels = [...new Set(docs.map((d) => d.level))];
  const legend: Swatch[] = levels.map((level) => ({
    label: level ? text.level[level] : t.levelUnknown,
    fill: level ? LEVEL_COLORS[level] : UNKNOWN_LEVEL,
  }));
  legend.push({ label: t.period, fill: '#cfe0f5', stroke: 'none' });

  const marks = el(
    'g',
    { class: 'marks' },
    docs.map((doc, i) => {
      const y = yOf(i);
      const fill = doc.level ? LEVEL_COLORS[doc.level] : UNKNOWN_LEVEL;
      const { start, end } = doc.period;
      const period =
        start !== null && end !== null
          ? el('rect', { class: 'period', x: x(yearStart(start)), y: y - 6, width: x(yearStart(end + 1)) - x(yearStart(start)), height: 12, fill: '#cfe0f5', 'aria-hidden': 'true' })
          : null;
      const label = fillText(t.corpusMark, { name: planShortName(doc, text.nationalPlan), title: docLabel(doc), date: doc.date ?? t.dateUnknown, period: start !== null && end !== null ? fillText(t.corpusPeriod, { start, end }) : '' });
      return el(
        'g',
        { class: 'document', 'data-doc': doc.id },
        period,
        doc.date
          ? linkMark({ href: docHref(doc.id), label }, el('circle', { cx: x(isoDate(doc.date)), cy: y, r: 6, fill }))
          : null,
      );
    }),
  );

  return frame(
    { width, height: plotBottom + margin.bottom, label: t.corpusLabel, className: 'chart corpus-timeline' },
    legendSwatches({ x: margin.left, y: 12, items: legend }),
    gridX(x, { ticks, y0: margin.top, y1: plotBottom }),
    rowLabels(docs.map((d, i) => ({ y: yOf(i), label: planShortName(d, text.nationalPlan), full: docLabel(d), href: docHref(d.id) })), { x: margin.left - 8 }),
    marks,
    axisBottom(x, { y: plotBottom, ticks, format: (d) => utcFormat('%Y')(d as Date) }),
  );
}

export interface CorpusRow {
  doc: DocumentRecord;
  clauses: number;
  /** Distinct national clauses this document's clauses link to. */
  nationalClauses: number;
  deadlines: number;
  metrics: number;
}

/** Counts per document for the overview table, in corpus order. */
export function corpusRows(documents: readonly DocumentRecord[], clauses: readonly ClauseRecord[]): CorpusRow[] {
  // Grouped once: filtering every clause for every document is quadratic at a thousand plans.
  const byDoc = new Map<string, ClauseRecord[]>();
  for (const clause of clauses) {
    const own = byDoc.get(clause.doc);
    if (own) own.push(clause);
    else byDoc.set(clause.doc, [clause]);
  }
  return corpusOrder(documents).map((doc) => {
    const own = byDoc.get(doc.id) ?? [];
    return {
      doc,
      clauses: own.length,
      nationalClauses: new Set(own.flatMap((c) => c.links.map((l) => l.target))).size,
      deadlines: own.reduce((sum, c) => sum + c.deadlines.length, 0),
      metrics: own.reduce((sum, c) => sum + c.metrics.length, 0),
    };
  });
}

/** How many documents there are of each level, highest level first ('unknown' last). */
export function levelCounts(documents: readonly DocumentRecord[]): { level: string; count: number }[] {
  const order = ['national', 'provincial', 'municipal', 'county', 'unknown'];
  const counts = new Map<string, number>();
  for (const doc of documents) counts.set(doc.level ?? 'unknown', (counts.get(doc.level ?? 'unknown') ?? 0) + 1);
  return order.filter((level) => counts.has(level)).map((level) => ({ level, count: counts.get(level)! }));
}
