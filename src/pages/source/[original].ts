/** The original file of each document not given as text, served as /source/<id>.<ext> for download. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { loadDocuments } from '../../lib/data.ts';
import { contentType, originalDir } from '../../lib/original.ts';

export const getStaticPaths: GetStaticPaths = () =>
  loadDocuments().flatMap((doc) => (doc.source.original ? [{ params: { original: doc.source.original } }] : []));

export const GET: APIRoute = ({ params }) =>
  new Response(readFileSync(join(originalDir(), String(params.original))), {
    headers: { 'Content-Type': contentType[extname(String(params.original))] ?? 'application/octet-stream' },
  });
