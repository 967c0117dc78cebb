/**
 * A national clause's page, at any number of plans: the plans that take the clause up and
 * those that do not, grouped by province, with counts first. Pure, over linksToNational.
 */
import type { DocumentRecord, Link } from '../../scripts/publish/schema.ts';
import type { LinkedClause, NationalClauseLinks } from './compare.ts';
import { isNational, planShortName } from './compare.ts';
import { formatScore } from './fields.ts';
import { clauseName } from './labels.ts';
import { provinceOf } from './region-links.ts';
import { clauseNumber } from './routes.ts';
import { truncate } from '../charts/svg.ts';

export interface ProvinceGroup {
  province: string;
  /** Plans of the province. */
  plans: number;
  covering: { doc: DocumentRecord; hits: LinkedClause[] }[];
  missing: DocumentRecord[];
}

/** Above this many implementing plans a page lists each clause by its name only, not its text. */
export const FULL_TEXT_LIMIT = 20;

/** Groups by province, provinces with most plans taking the clause up first. Documents of national level form no group. */
export function provinceGroups(links: NationalClauseLinks): ProvinceGroup[] {
  const groups = new Map<string, ProvinceGroup>();
  const group = (doc: DocumentRecord) => {
    const province = provinceOf(doc);
    let g = groups.get(province);
    if (!g) groups.set(province, (g = { province, plans: 0, covering: [], missing: [] }));
    return g;
  };
  for (const entry of links.groups) {
    if (isNational(entry.doc)) continue;
    const g = group(entry.doc);
    g.covering.push(entry);
    g.plans++;
  }
  for (const doc of links.gaps) {
    const g = group(doc);
    g.missing.push(doc);
    g.plans++;
  }
  return [...groups.values()].sort((a, b) => b.covering.length - a.covering.length || b.plans - a.plans || a.province.localeCompare(b.province, 'zh-CN'));
}

/**
 * Lines each province group shows in the page itself; the rest of a long group comes from
 * /national/<slug>/plans.json when the group is opened or filtered, so the page's size is
 * bounded by the number of provinces, not of plans.
 */
export const STATIC_LINES = 10;

/** One plan taking the clause up, as one line: its best clause for it, and how many more. */
export interface PlanLine {
  id: string;
  name: string;
  clause: string;
  label: string;
  /** The relation's key (cites, implements, precedes): the page names it in its language. */
  relation: Link['relation'];
  score: string;
  others: number;
  /** the best clause's link curated by a researcher ('confirmed' or 'added'), else null */
  curated: Link['curated'];
}

export function planLine({ doc, hits: [best, ...others] }: { doc: DocumentRecord; hits: LinkedClause[] }): PlanLine {
  return {
    id: doc.id,
    name: planShortName(doc),
    clause: best.clause.id,
    label: `${clauseNumber(best.clause.id)} ${truncate(clauseName(best.clause), 12)}`,
    relation: best.link.relation,
    score: formatScore(best.link.score),
    others: others.length,
    curated: best.link.curated,
  };
}

/** Every province group's lines and missing plans, for plans.json. */
export type GroupLines = Record<string, { covering: PlanLine[]; missing: { id: string; name: string }[] }>;

export function groupLines(groups: readonly ProvinceGroup[]): GroupLines {
  return Object.fromEntries(
    groups.map((g) => [g.province, { covering: g.covering.map(planLine), missing: g.missing.map((doc) => ({ id: doc.id, name: planShortName(doc) })) }]),
  );
}
