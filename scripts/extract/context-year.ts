/**
 * The year a date written without one (6月30日前, 9月底前, 年底前) is read in until its clause names a year: the year
 * the nearest enclosing section's heading names (（一）2024年, 2025年重点任务), else the plan's own — the one year its
 * title names (2024年度县医院能力提升工作要点), or its period's first year when the plan was issued before it (a plan of
 * December 2023 for 2024–2026) — else the year of the document's date. A heading or title naming no year, or several
 * (启动阶段（2024年1月—2026年6月）), gives none and the reading goes on outward.
 */
import type { ClauseRecord, DocumentRecord } from '../publish/schema.ts';

/** The one year a heading or title names outside 《》 (a cited document's), or null. */
export function yearNamed(heading: string | null): number | null {
  const own = (heading ?? '').replace(/《[^《》]*》/g, '');
  // every year, a range's first too (2024—2026年)
  const years = new Set([...own.matchAll(/(?<!\d)(?:19|20)\d{2}(?!\d)/g)].map((m) => Number(m[0])));
  return years.size === 1 ? [...years][0] : null;
}

/** The plan's own year for dates without one: its title's one year, else its period's first when that comes later than its date's. */
export function planYear(document: Pick<DocumentRecord, 'title' | 'date' | 'period'>): number | null {
  const dated = document.date ? Number(document.date.slice(0, 4)) : null;
  const start = document.period.start;
  return yearNamed(document.title) ?? (start !== null && dated !== null && start > dated ? start : dated);
}

/** Each clause's year in context, by id: the year its nearest enclosing heading names, else the plan's. */
export function contextYears(clauses: ClauseRecord[], plan: number | null): Map<string, number | null> {
  const titles = new Map(clauses.map((c) => [c.id, c.title]));
  /** The year the nearest heading above a clause names (parents come before their clauses). */
  const section = new Map<string, number | null>();
  for (const clause of clauses) {
    const parent = clause.parent;
    section.set(clause.id, parent === null ? null : (yearNamed(titles.get(parent) ?? null) ?? section.get(parent) ?? null));
  }
  return new Map(clauses.map((c) => [c.id, section.get(c.id) ?? plan]));
}
