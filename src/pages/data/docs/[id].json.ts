/**
 * /data/docs/<id>.json: one document with its clauses — `{ document, clauses }`, the same
 * records as documents.json and clauses.json — so a view fetches only the plans it shows.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { clausesOf, documentById, loadDocuments } from '../../../lib/data.ts';

export const getStaticPaths: GetStaticPaths = () => loadDocuments().map((doc) => ({ params: { id: doc.id } }));

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify({ document: documentById(params.id!), clauses: clausesOf(params.id!) }), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
