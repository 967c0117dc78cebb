/** The site publishes reuse.json, citations.json and one reuse slice per document, true to the contract. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { citationsFileSchema, clausesFileSchema, documentsFileSchema, reuseFileSchema } from '../../scripts/publish/schema.ts';

const dist = process.env.SITE_DIST ?? 'dist';
const read = (file: string) => JSON.parse(readFileSync(join(dist, 'data', file), 'utf8'));

describe('dist/data: reuse and citations', () => {
  const documents = documentsFileSchema.parse(read('documents.json'));
  const clauses = new Map(clausesFileSchema.parse(read('clauses.json')).map((c) => [c.id, c]));
  const reuse = reuseFileSchema.parse(read('reuse.json'));

  it('reuse.json and citations.json satisfy the schema; every id in them exists', () => {
    const ids = new Set(documents.map((d) => d.id));
    for (const r of reuse) {
      expect(ids.has(r.source) && ids.has(r.target)).toBe(true);
      for (const p of r.passages) expect(clauses.has(p.source.clause) && clauses.has(p.target.clause)).toBe(true);
    }
    for (const c of citationsFileSchema.parse(read('citations.json'))) {
      for (const by of c.citedBy) expect(ids.has(by.doc) && (by.clause === null || clauses.has(by.clause))).toBe(true);
    }
  });

  it('each document’s slice holds its records and the text of every clause a passage touches', () => {
    for (const doc of documents) {
      const slice = read(`reuse/${doc.id}.json`);
      expect(slice.records.map((r: { target: string }) => r.target)).toEqual(reuse.filter((r) => r.source === doc.id).map((r) => r.target));
      for (const r of reuse) {
        for (const p of r.passages) {
          for (const side of [p.source, p.target]) {
            if (side.clause.startsWith(`${doc.id}/`)) expect(slice.clauses[side.clause]).toBe(clauses.get(side.clause)!.text);
          }
        }
      }
    }
  });
});
