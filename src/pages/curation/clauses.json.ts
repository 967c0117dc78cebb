/** /curation/clauses.json: every clause id with its label, so the curation page can name decisions and report those whose clause is gone. */
import type { APIRoute } from 'astro';
import { loadClauses } from '../../lib/data.ts';
import { clauseReference } from '../../lib/labels.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(Object.fromEntries(loadClauses().map((c) => [c.id, clauseReference(c)]))), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
