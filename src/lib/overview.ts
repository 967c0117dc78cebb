/**
 * The overview's figures, whatever the number of plans: counts by province, level and year,
 * national clause coverage per province, deadlines by year and targets per indicator as
 * distributions. Pure functions over the published data.
 */
import type { ClauseRecord, DocumentRecord } from '../../scripts/publish/schema.ts';
import type { ProvinceCoverage } from '../charts/province-heatmap.ts';
import type { MetricGroup } from '../charts/metrics.ts';
import { isNational, type CompareModel } from './compare.ts';
import { provinceOf } from './region-links.ts';
import { yearOf } from './labels.ts';
import { zh } from '../i18n/zh.ts';

/** Up to this many plans the overview also draws one row or column per plan. */
export const PER_PLAN_LIMIT = 30;

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

/** Plans (below national level) per province, most first. */
export function provinceCounts(documents: readonly DocumentRecord[]): { province: string; count: number }[] {
  return [...countBy(documents.filter((d) => !isNational(d)), provinceOf)]
    .map(([province, count]) => ({ province, count }))
    .sort((a, b) => b.count - a.count || a.province.localeCompare(b.province, 'zh-CN'));
}

/** Documents per year of issue, in year order (the unknown year, s.yearUnknown, last). */
export function yearCounts(documents: readonly DocumentRecord[], unknown: string = zh.yearUnknown): { year: string; count: number }[] {
  return [...countBy(documents, (d) => yearOf(d) ?? unknown)]
    .map(([year, count]) => ({ year, count }))
    .sort((a, b) => a.year.localeCompare(b.year));
}

/** National clause × province: how many of each province's plans take each clause up. */
export function provinceCoverage(model: CompareModel): ProvinceCoverage {
  const provinces = provinceCountsOf(model.plans);
  const provinceOfPlan = new Map(model.plans.map((p) => [p.id, provinceOf(p)]));
  return {
    provinces,
    rows: model.rows.map((row) => {
      const covered: Record<string, number> = {};
      for (const [planId, cell] of Object.entries(row.cells)) {
        if (cell.length) covered[provinceOfPlan.get(planId)!] = (covered[provinceOfPlan.get(planId)!] ?? 0) + 1;
      }
      return { national: row.national, covered };
    }),
  };
}

function provinceCountsOf(plans: readonly DocumentRecord[]): { name: string; plans: number }[] {
  return provinceCounts(plans).map(({ province, count }) => ({ name: province, plans: count }));
}

/** For each year, the plans with a deadline falling in it, and how many deadlines. */
export function deadlineYears(documents: readonly DocumentRecord[], clauses: readonly ClauseRecord[]): { year: string; plans: number; deadlines: number }[] {
  const plans = new Set(documents.filter((d) => !isNational(d)).map((d) => d.id));
  const byYear = new Map<string, { plans: Set<string>; deadlines: number }>();
  for (const clause of clauses) {
    if (!plans.has(clause.doc)) continue;
    for (const deadline of clause.deadlines) {
      const date = deadline.end ?? deadline.start;
      if (!date) continue;
      const entry = byYear.get(date.slice(0, 4)) ?? { plans: new Set(), deadlines: 0 };
      entry.plans.add(clause.doc);
      entry.deadlines++;
      byYear.set(date.slice(0, 4), entry);
    }
  }
  return [...byYear]
    .map(([year, e]) => ({ year, plans: e.plans.size, deadlines: e.deadlines }))
    .sort((a, b) => a.year.localeCompare(b.year));
}

/** One value per plan target of an indicator (the middle of a range), and the national target if any. */
export function metricDistribution(group: MetricGroup): { values: number[]; reference?: number; plans: number } {
  const valueOf = (m: MetricGroup['entries'][number]['metric']) =>
    m.min !== undefined && m.max !== undefined ? (m.min + m.max) / 2 : (m.value ?? m.min ?? m.max);
  const local = group.entries.filter((e) => !isNational(e.doc));
  const national = group.entries.find((e) => isNational(e.doc));
  const values = local.map((e) => valueOf(e.metric)).filter((v): v is number => v !== undefined);
  return { values, reference: national ? valueOf(national.metric) : undefined, plans: new Set(local.map((e) => e.doc.id)).size };
}
