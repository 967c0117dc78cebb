/**
 * A province's page: its plans, how they cover the national clauses, their deadlines.
 * Pure functions over the comparison model (compare.ts), so the page only renders.
 */
import type { ClauseRecord, DocumentRecord } from '../../scripts/publish/schema.ts';
import { coveredRows, type CompareModel } from './compare.ts';
import { provinceOf } from './region-links.ts';

export interface RegionPlan {
  doc: DocumentRecord;
  /** National rows the plan has a clause for. */
  covered: number;
  /** Distinct deadline dates (end, else start), each with its deadlines' count and first clause. */
  deadlines: { date: string; count: number; clause: ClauseRecord; text: string }[];
}

export interface RegionView {
  province: string;
  plans: RegionPlan[];
  /** Per national row: the province's plans that take it up and those that do not. */
  coverage: { national: ClauseRecord; covering: DocumentRecord[]; missing: DocumentRecord[] }[];
}

/** Provinces with at least one plan, in name order. */
export function provincesOf(model: Pick<CompareModel, 'plans'>): string[] {
  return [...new Set(model.plans.map(provinceOf))].sort((a, b) => a.localeCompare(b, 'zh-CN'));
}

export function regionView(model: CompareModel, province: string, clausesOf: (id: string) => readonly ClauseRecord[]): RegionView {
  const plans = model.plans.filter((p) => provinceOf(p) === province);
  return {
    province,
    plans: plans.map((doc) => {
      const dates = new Map<string, RegionPlan['deadlines'][number]>();
      for (const clause of clausesOf(doc.id)) {
        for (const deadline of clause.deadlines) {
          const date = deadline.end ?? deadline.start;
          if (!date) continue;
          const entry = dates.get(date);
          if (entry) entry.count++;
          else dates.set(date, { date, count: 1, clause, text: deadline.text });
        }
      }
      return { doc, covered: coveredRows(model, doc.id), deadlines: [...dates.values()].sort((a, b) => a.date.localeCompare(b.date)) };
    }),
    coverage: model.rows.map((row) => ({
      national: row.national,
      covering: plans.filter((p) => row.cells[p.id]?.length),
      missing: plans.filter((p) => !row.cells[p.id]?.length),
    })),
  };
}
