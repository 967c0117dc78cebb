/** /data/<table>.json: the pipeline's published file, copied as is so dist/data/* exists. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from '../../lib/data.ts';
import { dataTables } from '../../lib/routes.ts';

export const getStaticPaths: GetStaticPaths = () => dataTables.map((table) => ({ params: { table } }));

export const GET: APIRoute = ({ params }) =>
  new Response(readFileSync(join(dataDir(), `${params.table}.json`)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
