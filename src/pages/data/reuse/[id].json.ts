/**
 * /data/reuse/<id>.json: one document's records of reuse.json (it the source) with both plans'
 * short names, and `clauses`: the text of each of its clauses that any passage touches, as
 * source or as target. Two plans' slices hold all a page needs to show their passages side by
 * side without loading the whole corpus (the comparison view loads them on demand).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { clauseById, documentById, loadDocuments } from '../../../lib/data.ts';
import { loadReuse, reuseOf } from '../../../lib/reuse-data.ts';
import { planShortName } from '../../../lib/compare.ts';
import { docOfClause } from '../../../lib/routes.ts';

export const getStaticPaths: GetStaticPaths = () => loadDocuments().map((doc) => ({ params: { id: doc.id } }));

let touched: Map<string, Set<string>> | undefined;
/** Clause ids of each document that some passage touches. */
function touchedClauses(): Map<string, Set<string>> {
  if (touched) return touched;
  touched = new Map();
  for (const r of loadReuse()) {
    for (const p of r.passages) {
      for (const clause of [p.source.clause, p.target.clause]) {
        const doc = docOfClause(clause);
        if (!touched.has(doc)) touched.set(doc, new Set());
        touched.get(doc)!.add(clause);
      }
    }
  }
  return touched;
}

const name = (id: string) => {
  const doc = documentById(id);
  return doc ? planShortName(doc) : id;
};

export const GET: APIRoute = ({ params }) => {
  const id = params.id!;
  const records = reuseOf(id).map((r) => ({ ...r, sourceName: name(r.source), targetName: name(r.target) }));
  const clauses = Object.fromEntries([...(touchedClauses().get(id) ?? [])].map((c) => [c, clauseById(c)?.text ?? '']));
  return new Response(JSON.stringify({ records, clauses }), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
