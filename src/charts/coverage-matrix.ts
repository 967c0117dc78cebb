/**
 * Coverage matrix: national clauses (rows) × plans (columns), each cell coloured by
 * the best link score of the plan's clauses to that national clause. Empty cells are
 * gaps. Every filled cell links to the national clause page, at that plan's group.
 */
import { scaleBand, scaleQuantize, schemeBlues } from 'd3';
import {
  bestScore,
  clauseExcerpt,
  clauseLabel,
  onlyPrecedes,
  planShortName,
  type CompareModel,
} from '../lib/compare.ts';
import { formatScore } from '../lib/fields.ts';
import { zh } from '../i18n/zh.ts';
import { fill } from '../i18n/locale.ts';
import { documentGroupAnchor, nationalClauseHref } from '../lib/compare-links.ts';
import { docHref } from '../lib/routes.ts';
import { frame, legendSwatches, legendWidth, linkMark, rowLabels } from './parts.ts';
import { el, truncate, type SvgNode } from './svg.ts';

const BINS = schemeBlues[5];
/** Score bins of width 0.2; a quantized scale keeps the legend exact. */
export const scoreColor = scaleQuantize<string>().domain([0, 1]).range(BINS);

/** Dark bins need light text for contrast. */
function textColorFor(fill: string): string {
  return BINS.indexOf(fill) >= 3 ? '#fff' : '#1a1a1a';
}

export interface MatrixCell {
  row: string;
  column: string;
  score: number | null;
  count: number;
  precedes: boolean;
  href: string | null;
  label: string;
  /** Tooltip: the label plus the best clause behind the cell. */
  tip: string;
}

/** One cell per (national clause, plan), with the words a screen reader and a tooltip need. */
export function coverageCells(model: CompareModel, text = zh): MatrixCell[] {
  const t = text.charts;
  return model.rows.flatMap((row) =>
    model.plans.map((plan) => {
      const cell = row.cells[plan.id];
      const score = bestScore(cell);
      const place = `${planShortName(plan)} × ${clauseLabel(row.national, 24)}`;
      if (score === null) {
        const label = fill(t.cellNone, { place });
        return { row: row.national.id, column: plan.id, score, count: 0, precedes: false, href: null, label, tip: label };
      }
      const precedes = onlyPrecedes(cell);
      const relations = [...new Set(cell.map((c) => text.relation[c.link.relation]))].join(t.listSep);
      const label = fill(t.cell, { place, n: cell.length, score: formatScore(score), relations });
      return {
        row: row.national.id,
        column: plan.id,
        score,
        count: cell.length,
        precedes,
        href: `${nationalClauseHref(row.national.id)}#${documentGroupAnchor(plan.id)}`,
        label,
        tip: `${label}\n${clauseLabel(cell[0].clause, 30)}：${clauseExcerpt(cell[0].clause)}`,
      };
    }),
  );
}

export interface CoverageMatrixOptions {
  cellWidth?: number;
  cellHeight?: number;
  labelWidth?: number;
  /** The interface's words (the Chinese ones by default). */
  text?: typeof zh;
}

export function coverageMatrix(model: CompareModel, options: CoverageMatrixOptions = {}): SvgNode {
  const { cellWidth = 64, cellHeight = 26, labelWidth = 250, text = zh } = options;
  const t = text.charts;
  const margin = { top: 44, right: 12, bottom: 64, left: labelWidth };
  const rowKeys = model.rows.map((r) => r.national.id);
  const columnKeys = model.plans.map((p) => p.id);
  const width = margin.left + columnKeys.length * cellWidth + margin.right;
  const plotHeight = rowKeys.length * cellHeight;
  const height = margin.top + plotHeight + margin.bottom;
  const y = scaleBand<string>().domain(rowKeys).range([margin.top, margin.top + plotHeight]).padding(0.08);
  const x = scaleBand<string>().domain(columnKeys).range([margin.left, width - margin.right]).padding(0.08);

  const columnHeaders = el(
    'g',
    { class: 'column-labels', lang: 'zh-CN' },
    model.plans.map((plan) =>
      el(
        'a',
        { href: docHref(plan.id) },
        el(
          'text',
          { x: (x(plan.id) ?? 0) + x.bandwidth() / 2, y: margin.top - 10, 'text-anchor': 'middle', fill: 'currentColor' },
          el('title', {}, plan.title ?? plan.id),
          truncate(planShortName(plan), 5),
        ),
      ),
    ),
  );

  const cells = el(
    'g',
    { class: 'cells' },
    coverageCells(model, text).map((cell) => {
      const cx = x(cell.column) ?? 0;
      const cy = y(cell.row) ?? 0;
      const box = { x: cx, y: cy, width: x.bandwidth(), height: y.bandwidth() };
      const textAt = { x: cx + box.width / 2, y: cy + box.height / 2, dy: '0.35em', 'text-anchor': 'middle' };
      if (cell.score === null) {
        return el(
          'g',
          { class: 'cell gap', 'data-row': cell.row, 'data-doc': cell.column },
          el('title', {}, cell.label),
          el('rect', { ...box, fill: '#fff', stroke: '#c4c9d0', 'stroke-dasharray': '2 2' }),
          el('text', { ...textAt, fill: '#6b7280', 'aria-hidden': 'true' }, '—'),
        );
      }
      const fill = scoreColor(cell.score);
      return el(
        'g',
        { class: cell.precedes ? 'cell linked precedes' : 'cell linked', 'data-row': cell.row, 'data-doc': cell.column },
        linkMark(
          { href: cell.href!, label: cell.label, tip: cell.tip },
          el('rect', {
            ...box,
            fill,
            stroke: cell.precedes ? '#1a1a1a' : 'none',
            'stroke-dasharray': cell.precedes ? '4 2' : undefined,
          }),
          el('text', { ...textAt, fill: textColorFor(fill), 'aria-hidden': 'true' }, String(Math.round(cell.score * 100))),
        ),
      );
    }),
  );

  const legendItems = [
    ...BINS.map((fill, i) => ({ fill, label: `${i * 20}–${(i + 1) * 20}%` })),
    { fill: '#fff', label: t.notCovered, dash: '2 2' },
    { fill: BINS[2], label: t.precedes, stroke: '#1a1a1a', dash: '4 2' },
  ];
  const legend = legendSwatches({ x: 12, y: margin.top + plotHeight + 28, title: t.maxScore, items: legendItems });

  return frame(
    { width: Math.max(width, 12 + legendWidth(legendItems)), height, label: t.matrixLabel, className: 'chart coverage-matrix' },
    columnHeaders,
    rowLabels(
      model.rows.map((r) => ({ y: (y(r.national.id) ?? 0) + y.bandwidth() / 2, label: clauseLabel(r.national, 17), full: clauseLabel(r.national, 200), href: nationalClauseHref(r.national.id) })),
      { x: margin.left - 8 },
    ),
    cells,
    legend,
  );
}
