/**
 * A national clause's page, at any number of plans: the plans that take the clause up and
 * those that do not, grouped by province, with counts first. Pure, over linksToNational.
 */
import type { DocumentRecord } from '../../scripts/publish/schema.ts';
import type { LinkedClause, NationalClauseLinks } from './compare.ts';
import { isNational } from './compare.ts';
import { provinceOf } from './region-links.ts';

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
