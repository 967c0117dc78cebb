/** /search/phrase/meta.json: the phrase index's document ids and shard count (src/lib/phrase-index.ts). */
import type { APIRoute } from 'astro';
import { sitePhraseIndex } from '../../../lib/phrase-index-build.ts';

export const GET: APIRoute = () => new Response(JSON.stringify(sitePhraseIndex().meta), { headers: { 'Content-Type': 'application/json' } });
