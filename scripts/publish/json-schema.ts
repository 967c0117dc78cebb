/**
 * The data contract as JSON Schema (draft 2020-12), for researchers' own scripts: validate a
 * download, or generate types in Python or R, without reading the TypeScript. Made from the zod
 * schemas the pipeline validates with, so the two cannot drift apart.
 */
import { z } from 'zod';
import { citationsFileSchema, clauseSchema, clausesFileSchema, curationFileSchema, documentSchema, documentsFileSchema, reuseFileSchema } from './schema.ts';

/** The published files the schemas describe, by the name of their schema file (`<name>.schema.json`). */
export const publishedFiles = {
  documents: { schema: documentsFileSchema, file: 'documents.json' },
  clauses: { schema: clausesFileSchema, file: 'clauses.json' },
  doc: { schema: z.object({ document: documentSchema, clauses: z.array(clauseSchema) }), file: 'docs/<id>.json' },
  reuse: { schema: reuseFileSchema, file: 'reuse.json' },
  citations: { schema: citationsFileSchema, file: 'citations.json' },
  curation: { schema: curationFileSchema, file: 'curation.json' },
} satisfies Record<string, { schema: z.ZodType; file: string }>;

/**
 * The JSON Schema of a published file as it is written (defaults filled in). Objects stay open to
 * fields this schema does not name: the interface only ever adds fields, so a script that
 * validates with today's schema keeps validating tomorrow's data.
 */
export function jsonSchemaOf(schema: z.ZodType, file: string): Record<string, unknown> {
  const json = openObjects(z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' })) as Record<string, unknown>;
  return {
    ...json,
    title: `/data/${file}`,
    description: `The published file /data/${file} of the 千县工程 plan explorer; every field is documented in docs/data.md (on the site: /en/data/ and /data/). Fields are only ever added, never renamed or removed.`,
  };
}

function openObjects(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(openObjects);
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key, value]) => !(key === 'additionalProperties' && value === false))
      .map(([key, value]) => [key, openObjects(value)]),
  );
}
