/** /data/datapackage.json: the pipeline's description of the CSV tables (Frictionless Tabular Data Package), copied as is. */
import type { APIRoute } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from '../../lib/data.ts';

export const GET: APIRoute = () => new Response(readFileSync(join(dataDir(), 'datapackage.json')), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
