/** /data/curation.json: the link decisions this build applied (docs/data.md). */
import type { APIRoute } from 'astro';
import { loadAppliedCuration } from '../../lib/curation-data.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(loadAppliedCuration(), null, 1), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
