/**
 * National clause × province: each cell the share of the province's plans that take the
 * clause up, darker for more, leading to the clause's page at that province's plans.
 * Its size depends on the national plan and the number of provinces, never on the number
 * of plans, so it reads at a glance at any N. It is published as a file of its own
 * (/charts/province-coverage.svg), so the overview's HTML stays small.
 */
import { scaleSequential, interpolateBlues } from 'd3';
import type { ClauseRecord } from '../../scripts/publish/schema.ts';
import { clauseLabel } from '../lib/compare.ts';
import { provinceLabel } from '../lib/region-links.ts';
import { frame, legendSwatches, legendWidth, rowLabels } from './parts.ts';
import { el, num, textWidth, type SvgNode } from './svg.ts';
import { zh } from '../i18n/zh.ts';
import { fill } from '../i18n/locale.ts';

export interface ProvinceCoverage {
  /** Provinces as columns, with their plan counts. */
  provinces: { name: string; plans: number }[];
  rows: { national: ClauseRecord; /** province → plans taking the clause up */ covered: Record<string, number> }[];
}

export function provinceHeatmap(
  data: ProvinceCoverage,
  { cellHref, maxLabel = 26, text = zh }: { cellHref: (nationalId: string, province: string) => string; maxLabel?: number; text?: typeof zh },
): SvgNode {
  const t = text.charts;
  const cell = 22;
  const labels = data.rows.map((r) => clauseLabel(r.national, maxLabel));
  const names = data.provinces.map((p) => provinceLabel(p.name, text.provinceUnknown));
  const columnLabels = names.map((name) => name.replace(/(省|市|自治区|壮族自治区|回族自治区|维吾尔自治区|特别行政区)$/, ''));
  const margin = { top: 20 + Math.max(40, ...columnLabels.map((l) => textWidth(l))), left: Math.max(80, ...labels.map((l) => textWidth(l) + 12)) };
  const width = margin.left + data.provinces.length * cell + 16;
  const height = margin.top + data.rows.length * cell + 8;
  const color = scaleSequential(interpolateBlues).domain([0, 1]);
  const legend = [0, 0.25, 0.5, 0.75, 1].map((share) => ({ label: `${share * 100}%`, fill: color(share) }));
  // The legend starts under the cells, after the row labels: with few provinces it is wider than they are.
  return frame(
    { width: Math.max(width, margin.left + legendWidth(legend) + 8, 360), height: height + 30, label: t.heatmapLabel, className: 'chart province-heatmap' },
    el('style', {}, 'a.cell:focus rect, a.cell:hover rect { stroke: #c2410c; stroke-width: 3px; } text { font-family: system-ui, sans-serif; }'),
    el(
      'g',
      { class: 'column-labels', lang: 'zh-CN' },
      columnLabels.map((label, i) =>
        el(
          'text',
          { transform: `translate(${num(margin.left + i * cell + cell / 2)},${margin.top - 6}) rotate(-90)`, fill: 'currentColor' },
          el('title', {}, fill(t.heatmapColumn, { province: names[i], n: data.provinces[i].plans })),
          label,
        ),
      ),
    ),
    rowLabels(data.rows.map((r, i) => ({ y: margin.top + i * cell + cell / 2, label: labels[i], full: r.national.title ?? r.national.task })), { x: margin.left - 8 }),
    el(
      'g',
      { class: 'cells' },
      data.rows.flatMap((row, i) =>
        data.provinces.map((province, j) => {
          const covered = row.covered[province.name] ?? 0;
          const share = province.plans ? covered / province.plans : 0;
          const rect = el('rect', { x: margin.left + j * cell, y: margin.top + i * cell, width: cell - 2, height: cell - 2, fill: covered ? color(0.15 + 0.85 * share) : '#f3f4f6', stroke: covered ? 'none' : '#d0d5dd' });
          const label = fill(t.heatmapCell, { province: names[j], clause: clauseLabel(row.national, 40), a: covered, b: province.plans, share: Math.round(share * 100) });
          // target=_top: the chart is its own file, shown in an <object>, and a cell opens the page.
          return el('a', { class: 'cell', href: cellHref(row.national.id, province.name), target: '_top', 'aria-label': label, 'data-share': num(share) }, el('title', {}, label), rect);
        }),
      ),
    ),
    legendSwatches({ x: margin.left, y: height + 8, items: legend }),
  );
}
