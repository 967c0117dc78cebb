/**
 * Small composable chart parts (frame, axes, legend, linked marks), each returning an
 * SvgNode, so a chart is a function from data to a tree of these parts.
 */
import type { ScaleLinear, ScaleTime } from 'd3';
import { el, num, textWidth, type Child, type SvgNode } from './svg.ts';

/**
 * The outer <svg>. It is a labelled group rather than role="img" because its marks are
 * links: an image role would hide them from keyboard and screen-reader users.
 */
export function frame(
  { width, height, label, className }: { width: number; height: number; label: string; className: string },
  ...children: Child[]
): SvgNode {
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      class: className,
      viewBox: `0 0 ${num(width)} ${num(height)}`,
      width,
      height,
      role: 'group',
      'aria-label': label,
      'font-size': 12,
    },
    el('title', {}, label),
    ...children,
  );
}

/** A mark that is also a link: hover shows `<title>`, focus and screen readers get `label`. */
export function linkMark(
  { href, label, tip }: { href: string; label: string; tip?: string },
  ...children: Child[]
): SvgNode {
  return el(
    'a',
    { href, 'aria-label': label, 'data-tip': tip ?? label, class: 'mark' },
    el('title', {}, label),
    ...children,
  );
}

type Continuous = ScaleLinear<number, number> | ScaleTime<number, number>;

/** Horizontal axis along the bottom of a plot: domain line, ticks and labels. */
export function axisBottom(
  scale: Continuous,
  { y, ticks, format, label }: { y: number; ticks: (number | Date)[]; format: (v: number | Date) => string; label?: string },
): SvgNode {
  const [x0, x1] = scale.range();
  return el(
    'g',
    { class: 'axis axis-x', 'aria-hidden': 'true' },
    el('line', { x1: x0, x2: x1, y1: y, y2: y, stroke: 'currentColor' }),
    ticks.map((t) => {
      const x = scale(t as number & Date);
      return el(
        'g',
        { class: 'tick', transform: `translate(${num(x)},${num(y)})` },
        el('line', { y2: 5, stroke: 'currentColor' }),
        el('text', { y: 17, 'text-anchor': 'middle', fill: 'currentColor' }, format(t)),
      );
    }),
    label ? el('text', { class: 'axis-label', x: x1, y: y + 32, 'text-anchor': 'end', fill: 'currentColor' }, label) : null,
  );
}

/** Faint vertical grid lines behind the marks, one per tick. */
export function gridX(scale: Continuous, { ticks, y0, y1 }: { ticks: (number | Date)[]; y0: number; y1: number }): SvgNode {
  return el(
    'g',
    { class: 'grid', 'aria-hidden': 'true' },
    ticks.map((t) => {
      const x = scale(t as number & Date);
      return el('line', { x1: x, x2: x, y1: y0, y2: y1, stroke: '#e3e6ea' });
    }),
  );
}

/** Row labels right-aligned against the plot's left edge, each centred on its row's `y`. */
export function rowLabels(
  rows: { y: number; label: string; href?: string; full?: string }[],
  { x }: { x: number },
): SvgNode {
  return el(
    'g',
    // Plan and clause names: document text, whatever the page's language.
    { class: 'row-labels', lang: 'zh-CN' },
    rows.map((row) => {
      const text = el(
        'text',
        { x, y: row.y, dy: '0.35em', 'text-anchor': 'end', fill: 'currentColor' },
        row.full ? el('title', {}, row.full) : null,
        row.label,
      );
      return row.href ? el('a', { href: row.href }, text) : text;
    }),
  );
}

export interface Swatch {
  label: string;
  fill: string;
  stroke?: string;
  dash?: string;
}

const SWATCH = 14;

function swatchWidth(item: Swatch): number {
  return SWATCH + 4 + textWidth(item.label) + 14;
}

/** Width a legend needs, so a chart can size its frame around it. */
export function legendWidth(items: Swatch[]): number {
  return items.reduce((sum, item) => sum + swatchWidth(item), 0);
}

/** A legend as a row of labelled swatches (colour bins, "gap", "precedes", …). */
export function legendSwatches({ x, y, title, items }: { x: number; y: number; title?: string; items: Swatch[] }): SvgNode {
  let at = 0;
  return el(
    'g',
    { class: 'legend', transform: `translate(${num(x)},${num(y)})` },
    title ? el('text', { y: -6, fill: 'currentColor', 'font-weight': 'bold' }, title) : null,
    items.map((item) => {
      const left = at;
      at += swatchWidth(item);
      return el(
        'g',
        { class: 'legend-item', transform: `translate(${num(left)},0)` },
        el('rect', {
          width: SWATCH,
          height: SWATCH,
          fill: item.fill,
          stroke: item.stroke ?? '#8a9099',
          'stroke-dasharray': item.dash,
        }),
        el('text', { x: SWATCH + 4, y: SWATCH - 2, fill: 'currentColor' }, item.label),
      );
    }),
  );
}
