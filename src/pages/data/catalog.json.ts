/** /data/catalog.json: one compact row per document (src/lib/catalog.ts), for views that list or pick plans. */
import type { APIRoute } from 'astro';
import { catalogFileSchema, catalogRows } from '../../lib/catalog.ts';
import { corpusOrder } from '../../charts/corpus.ts';
import { clausesOf, loadDocuments } from '../../lib/data.ts';

export const GET: APIRoute = () => {
  const documents = loadDocuments();
  const nationalIds = new Set(documents.filter((d) => d.level === 'national').map((d) => d.id));
  const rows = catalogFileSchema.parse(catalogRows(corpusOrder(documents), clausesOf, nationalIds));
  return new Response(JSON.stringify(rows), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
