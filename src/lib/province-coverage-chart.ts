/** The overview's national clause × province heat map over the site's data, for its own file and the <object> that shows it. */
import { provinceHeatmap } from '../charts/province-heatmap.ts';
import type { SvgNode } from '../charts/svg.ts';
import { compareModel } from './compare.ts';
import { nationalClauseHref } from './compare-links.ts';
import { loadClauses, loadDocuments } from './data.ts';
import { provinceCoverage } from './overview.ts';
import { provinceGroupAnchor } from './region-links.ts';

let cached: SvgNode | undefined;

export function provinceCoverageChart(): SvgNode {
  cached ??= provinceHeatmap(provinceCoverage(compareModel(loadDocuments(), loadClauses())), {
    cellHref: (id, province) => `${nationalClauseHref(id)}#${provinceGroupAnchor(province)}`,
  });
  return cached;
}
