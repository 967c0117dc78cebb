/**
 * Human-readable forms of the normalised clause fields, shown beside the words they came from.
 * The words come from the page's dictionary (`s.fields`); Chinese when none is given.
 */
import type { Deadline, Link, Metric, Unit } from './data.ts';
import { zh } from '../i18n/zh.ts';
import { fill } from '../i18n/locale.ts';

export type FieldWords = typeof zh.fields;

export const relationLabel: Record<Link['relation'], string> = {
  cites: '引用',
  implements: '落实',
  precedes: '早于国家方案',
};

export const levelLabel: Record<string, string> = {
  national: '国家',
  provincial: '省级',
  municipal: '市级',
  county: '县级',
};

const comparatorSign: Record<Metric['comparator'], string> = {
  eq: '=',
  ge: '≥',
  gt: '>',
  le: '≤',
  lt: '<',
  approx: '≈',
  range: '',
};

export function describeUnit(unit: Unit, w: FieldWords = zh.fields): string {
  const parts = [fill(w.unit, { role: w.role[unit.role], canonical: unit.canonical })];
  if (unit.canonical !== unit.name) parts.push(fill(w.written, { name: unit.name }));
  if (unit.kind) parts.push(fill(w.kind, { kind: unit.kind }));
  return parts.join(w.sep);
}

/** The deadline as dates: "截至 2025-12-31", "2023-09-01 至 2025-12-31", "每年 11-15 前". */
export function deadlineValue(deadline: Deadline, w: FieldWords = zh.fields): string {
  const { start, end } = deadline;
  if (deadline.recurring) return fill(w.recurring, { md: deadline.recurring.slice(2) });
  if (deadline.every) return w.every[deadline.every];
  if (deadline.kind === 'ongoing') return w.ongoing;
  if (deadline.kind === 'recurring') return w.yearly;
  if (start && end) return fill(w.range, { start, end });
  if (end) return fill(w.by, { end });
  if (start) return fill(w.from, { start });
  return w.undated;
}

export function describeDeadline(deadline: Deadline, w: FieldWords = zh.fields): string {
  return fill(w.deadline, { value: deadlineValue(deadline, w) });
}

/** The target as a value: "≥ 3.5 张/千人", "5–10 张", "≈ 900 万元", and from its baseline "300 → 500 张". */
export function metricValue(metric: Metric): string {
  const unit = `${metric.unit ?? ''}${metric.per ? `/${metric.per}` : ''}`;
  const from = metric.baseline !== undefined ? `${metric.baseline} → ` : '';
  const sign = from && metric.comparator === 'eq' ? '' : comparatorSign[metric.comparator];
  const amount =
    metric.comparator === 'range' || (metric.value === undefined && metric.min !== undefined)
      ? `${metric.min ?? '?'}–${metric.max ?? '?'}`
      : `${sign} ${metric.value ?? '?'}`.trim();
  return unit ? `${from}${amount} ${unit}` : `${from}${amount}`;
}

export function describeMetric(metric: Metric, w: FieldWords = zh.fields): string {
  const parts = [fill(w.metric, { indicator: metric.indicator ?? w.unnamed }), metricValue(metric)];
  if (metric.year !== null) parts.push(fill(w.year, { year: metric.year }));
  return parts.join(w.sep);
}

/** A score in [0, 1] as a percentage a reader can compare at a glance. */
export function formatScore(score: number): string {
  return `${Math.round(score * 100)}%`;
}
