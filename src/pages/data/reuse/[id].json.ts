/**
 * /data/reuse/<id>.json: one document's records of reuse.json (it the source), with both plans'
 * short names and each passage with the wording of both sides, so a page can show a pair's passages without loading the
 * whole corpus (the comparison view loads these on demand).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { clauseById, documentById, loadDocuments } from '../../../lib/data.ts';
import { planShortName } from '../../../lib/compare.ts';
import { reuseOf } from '../../../lib/reuse-data.ts';

export const getStaticPaths: GetStaticPaths = () => loadDocuments().map((doc) => ({ params: { id: doc.id } }));

const name = (id: string) => {
  const doc = documentById(id);
  return doc ? planShortName(doc) : id;
};
const wording = (side: { clause: string; start: number; end: number }) => ({ ...side, text: clauseById(side.clause)?.text.slice(side.start, side.end) ?? '' });

export const GET: APIRoute = ({ params }) =>
  new Response(
    JSON.stringify(reuseOf(params.id!).map((r) => ({ ...r, sourceName: name(r.source), targetName: name(r.target), passages: r.passages.map((p) => ({ ...p, source: wording(p.source), target: wording(p.target) })) }))),
    { headers: { 'Content-Type': 'application/json; charset=utf-8' } },
  );
