/** The overview's national clause × province heat map over the site's data, for its own file and the <object> that shows it. */
import { provinceHeatmap } from '../charts/province-heatmap.ts';
import type { SvgNode } from '../charts/svg.ts';
import { compareModel } from './compare.ts';
import { nationalClauseHref } from './compare-links.ts';
import { loadClauses, loadDocuments } from './data.ts';
import { provinceCoverage } from './overview.ts';
import { provinceGroupAnchor } from './region-links.ts';
import { localeHref, strings, type Locale } from '../i18n/index.ts';

const cached = new Map<Locale, SvgNode>();

/** The chart in a language: its words, and cells that open that language's pages. */
export function provinceCoverageChart(locale: Locale = 'zh'): SvgNode {
  if (!cached.has(locale)) {
    cached.set(locale, provinceHeatmap(provinceCoverage(compareModel(loadDocuments(), loadClauses())), {
      cellHref: (id, province) => localeHref(locale, `${nationalClauseHref(id)}#${provinceGroupAnchor(province)}`),
      text: strings(locale),
    }));
  }
  return cached.get(locale)!;
}
