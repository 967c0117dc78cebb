/** /data/schema/<name>.schema.json: the JSON Schema of each published data file (scripts/publish/json-schema.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonSchemaOf, publishedFiles } from '../../../../scripts/publish/json-schema.ts';
import { catalogFileSchema } from '../../../lib/catalog.ts';

const described = { ...publishedFiles, catalog: { schema: catalogFileSchema, file: 'catalog.json' } };

export const getStaticPaths: GetStaticPaths = () => Object.keys(described).map((name) => ({ params: { name } }));

export const GET: APIRoute = ({ params }) => {
  const { schema, file } = described[params.name as keyof typeof described];
  return new Response(JSON.stringify(jsonSchemaOf(schema, file), null, 1), { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
};
