/** /data/<table>.csv: the pipeline's published file (a table, or a long table), copied as is so dist/data/* exists. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from '../../lib/data.ts';
import { dataTables } from '../../lib/routes.ts';
import { longTableNames } from '../../../scripts/publish/csv-tables.ts';

export const getStaticPaths: GetStaticPaths = () => [...dataTables, ...longTableNames].map((table) => ({ params: { table } }));

export const GET: APIRoute = ({ params }) =>
  new Response(readFileSync(join(dataDir(), `${params.table}.csv`)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
