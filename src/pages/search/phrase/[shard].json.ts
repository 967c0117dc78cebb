/** /search/phrase/<n>.json: one shard of the phrase index (src/lib/phrase-index.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { sitePhraseIndex } from '../../../lib/phrase-index-build.ts';

export const getStaticPaths: GetStaticPaths = () => sitePhraseIndex().shards.map((_, n) => ({ params: { shard: String(n) } }));

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(sitePhraseIndex().shards[Number(params.shard)]), { headers: { 'Content-Type': 'application/json' } });
