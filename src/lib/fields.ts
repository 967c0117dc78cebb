/**
 * Human-readable forms of the normalised clause fields, shown beside the words they came from.
 */
import type { Deadline, Link, Metric, Unit } from './data.ts';

export const roleLabel: Record<Unit['role'], string> = {
  lead: '牵头',
  responsible: '负责',
  cooperate: '配合',
  actor: '实施主体',
  member: '领导小组成员单位',
};

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

export function describeUnit(unit: Unit): string {
  const parts = [`单位（${roleLabel[unit.role]}）：${unit.canonical}`];
  if (unit.canonical !== unit.name) parts.push(`原文：${unit.name}`);
  if (unit.kind) parts.push(`类别：${unit.kind}`);
  return parts.join('；');
}

/** The deadline as dates: "截至 2025-12-31", "2023-09-01 至 2025-12-31", "每年 11-15 前". */
export function deadlineValue(deadline: Deadline): string {
  if (deadline.recurring) return `每年 ${deadline.recurring.slice(2)} 前`;
  if (deadline.start && deadline.end) return `${deadline.start} 至 ${deadline.end}`;
  if (deadline.end) return `截至 ${deadline.end}`;
  if (deadline.start) return `自 ${deadline.start}`;
  return '日期未定';
}

export function describeDeadline(deadline: Deadline): string {
  return `期限：${deadlineValue(deadline)}`;
}

/** The target as a value: "≥ 3.5 张/千人", "5–10 张", "≈ 900 万元". */
export function metricValue(metric: Metric): string {
  const unit = `${metric.unit ?? ''}${metric.per ? `/${metric.per}` : ''}`;
  const amount =
    metric.comparator === 'range' || (metric.value === undefined && metric.min !== undefined)
      ? `${metric.min ?? '?'}–${metric.max ?? '?'}`
      : `${comparatorSign[metric.comparator]} ${metric.value ?? '?'}`.trim();
  return unit ? `${amount} ${unit}` : amount;
}

export function describeMetric(metric: Metric): string {
  const parts = [`指标：${metric.indicator ?? '（未命名）'}`, metricValue(metric)];
  if (metric.year !== null) parts.push(`${metric.year}年`);
  return parts.join('；');
}

/** A score in [0, 1] as a percentage a reader can compare at a glance. */
export function formatScore(score: number): string {
  return `${Math.round(score * 100)}%`;
}
