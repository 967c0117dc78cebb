/** The decoded source text of each document, served as /source/<id>.txt. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDocuments, sourceDir } from '../../lib/data.ts';

export const getStaticPaths: GetStaticPaths = () => loadDocuments().map((doc) => ({ params: { id: doc.id } }));

export const GET: APIRoute = ({ params }) =>
  new Response(readFileSync(join(sourceDir(), `${params.id}.txt`), 'utf8'), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
