/**
 * Distributions that read the same at five plans or five thousand: labelled horizontal bars
 * (plans per province, per year, per deadline year) and a histogram of target values per
 * indicator, with the national target marked. Built from the parts in parts.ts.
 */
import { bin, max, scaleLinear } from 'd3';
import { axisBottom, frame, gridX, linkMark, rowLabels } from './parts.ts';
import { el, textWidth, type SvgNode } from './svg.ts';
import { zh } from '../i18n/zh.ts';
import { fill } from '../i18n/locale.ts';

export interface BarRow {
  label: string;
  count: number;
  /** Where the bar leads (a province page, a filtered list). */
  href?: string;
  /** What the bar says on hover and to a screen reader; defaults to "label：count". */
  title?: string;
}

/** One bar per row, the count printed after it; rows in the order given. */
export function barList(rows: readonly BarRow[], { width = 520, label, className = 'bar-list', text = zh }: { width?: number; label: string; className?: string; text?: typeof zh }): SvgNode {
  const rowHeight = 20;
  const margin = { top: 4, right: 48, bottom: 24, left: Math.max(48, ...rows.map((r) => textWidth(r.label) + 12)) };
  const plotBottom = margin.top + rows.length * rowHeight;
  const x = scaleLinear().domain([0, max(rows, (r) => r.count) || 1]).nice().range([margin.left, width - margin.right]);
  const ticks = x.ticks(4).filter(Number.isInteger);
  const yOf = (i: number) => margin.top + i * rowHeight + rowHeight / 2;
  const bars = el(
    'g',
    { class: 'marks' },
    rows.map((row, i) => {
      const y = yOf(i);
      const title = row.title ?? fill(text.charts.barTitle, { label: row.label, count: row.count });
      const rect = el('rect', { class: 'bar', x: margin.left, y: y - 7, width: Math.max(1, x(row.count) - margin.left), height: 14, fill: '#0b5cad' });
      return el(
        'g',
        { class: 'bar-row', 'data-label': row.label, 'data-count': row.count },
        row.href ? linkMark({ href: row.href, label: title }, rect) : el('g', {}, el('title', {}, title), rect),
        el('text', { class: 'value', x: x(row.count) + 6, y, dy: '0.35em', fill: 'currentColor', 'aria-hidden': 'true' }, String(row.count)),
      );
    }),
  );
  return frame(
    { width, height: plotBottom + margin.bottom, label, className: `chart ${className}` },
    gridX(x, { ticks, y0: margin.top, y1: plotBottom }),
    rowLabels(rows.map((r, i) => ({ y: yOf(i), label: r.label, href: r.href })), { x: margin.left - 8 }),
    bars,
    axisBottom(x, { y: plotBottom, ticks, format: (v) => String(v) }),
  );
}

/**
 * A histogram of values (each plan's target for one indicator): bars of how many targets fall
 * in each bin, the national target as a dark rule, the range and median in the label.
 */
export function valueHistogram(values: readonly number[], { width = 360, label, reference, unit = '', text = zh }: { width?: number; label: string; reference?: number; unit?: string; text?: typeof zh }): SvgNode {
  const height = 120;
  const margin = { top: 8, right: 16, bottom: 30, left: 32 };
  const lo = Math.min(...values, reference ?? Infinity);
  const hi = Math.max(...values, reference ?? -Infinity);
  const x = scaleLinear().domain(lo === hi ? [lo - 1, hi + 1] : [lo, hi]).nice().range([margin.left, width - margin.right]);
  const bins = bin().domain(x.domain() as [number, number]).thresholds(x.ticks(12))([...values]);
  const y = scaleLinear().domain([0, max(bins, (b) => b.length) || 1]).nice().range([height - margin.bottom, margin.top]);
  const ticks = x.ticks(5);
  const figure = (v: number) => `${Math.round(v * 100) / 100}${unit}`;
  return frame(
    { width, height, label, className: 'chart value-histogram' },
    gridX(x, { ticks, y0: margin.top, y1: height - margin.bottom }),
    el(
      'g',
      { class: 'marks' },
      bins
        .filter((b) => b.length > 0)
        .map((b) =>
          el(
            'rect',
            { class: 'bin', 'data-count': b.length, x: x(b.x0!) + 1, y: y(b.length), width: Math.max(1, x(b.x1!) - x(b.x0!) - 2), height: y(0) - y(b.length), fill: '#0b5cad' },
            el('title', {}, fill(text.charts.binTitle, { a: figure(b.x0!), b: figure(b.x1!), n: b.length })),
          ),
        ),
    ),
    reference === undefined
      ? null
      : el('line', { class: 'reference', x1: x(reference), x2: x(reference), y1: margin.top, y2: height - margin.bottom, stroke: '#1a1a1a', 'stroke-width': 2 }, el('title', {}, fill(text.charts.reference, { v: figure(reference) }))),
    el('text', { x: margin.left - 6, y: margin.top + 8, 'text-anchor': 'end', fill: 'currentColor', 'aria-hidden': 'true' }, String(y.domain()[1])),
    axisBottom(x, { y: height - margin.bottom, ticks, format: (v) => String(v) }),
  );
}
