/** An endpoint that publishes one of the pipeline's data files as is, so dist/data/<file> exists. */
import type { APIRoute } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from './data.ts';

export const copyDataFile =
  (file: string): APIRoute =>
  () =>
    new Response(readFileSync(join(dataDir(), file)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
