/** /national/<slug>/plans.json: every province group's plan lines for one national clause, for the groups a page lists only the start of. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { clausesOf, loadClauses, loadDocuments } from '../../../lib/data.ts';
import { isNational, linksToNational } from '../../../lib/compare.ts';
import { nationalClauseSlug } from '../../../lib/compare-links.ts';
import { groupLines, provinceGroups } from '../../../lib/national-view.ts';

export const getStaticPaths: GetStaticPaths = () =>
  loadDocuments()
    .filter(isNational)
    .flatMap((d) => clausesOf(d.id))
    .map((clause) => ({ params: { slug: nationalClauseSlug(clause.id) }, props: { id: clause.id } }));

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(groupLines(provinceGroups(linksToNational(props.id as string, loadDocuments(), loadClauses())))), {
    headers: { 'Content-Type': 'application/json' },
  });
