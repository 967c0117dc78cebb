/**
 * Stages of a plan that are over. A plan above sets some of its clauses in a period of their own in
 * their heading (启动阶段（2021年10月至12月）, 组织实施阶段（2022年1月至2025年1月）); a plan issued after
 * that period ended cannot carry the stage out, however alike their words: a county 强化督导考核 of 2022
 * is not the national 启动阶段 of 2021, though both speak of 评估.
 */
import type { ClauseRecord } from '../publish/schema.ts';

/** The last day of the period a clause's heading sets it in (a date range before its body), else null. */
export function headingPeriodEnd(clause: Pick<ClauseRecord, 'deadlines' | 'bodyStart'>): string | null {
  const ends = clause.deadlines.filter((d) => d.kind === 'range' && d.end && d.at[1] <= clause.bodyStart).map((d) => d.end!);
  return ends.length ? ends.sort().at(-1)! : null;
}

/** The clause is a stage whose period ended before `date` (an ISO date; none known: not over). */
export function stageOverBy(clause: Pick<ClauseRecord, 'deadlines' | 'bodyStart'>, date: string | null): boolean {
  const end = headingPeriodEnd(clause);
  return !!date && !!end && end < date;
}
