/**
 * datapackage.json describes the CSV tables as they are: the checks `frictionless validate` makes
 * (columns, types, keys, references), run here on the seed build's files.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { buildCorpus } from '../../../scripts/pipeline.ts';
import { publish } from '../../../scripts/publish/write.ts';

interface Resource {
  name: string;
  path: string;
  schema: { fields: { name: string; type: string }[]; primaryKey?: string; foreignKeys: { fields: string; reference: { resource: string; fields: string } }[] };
}

/** Whether a non-empty cell holds a value of the Table Schema type. */
const typed: Record<string, (cell: string) => boolean> = {
  string: () => true,
  integer: (cell) => /^-?\d+$/.test(cell),
  number: (cell) => cell.trim() !== '' && Number.isFinite(Number(cell)),
  date: (cell) => /^\d{4}-\d{2}-\d{2}$/.test(cell) && !Number.isNaN(Date.parse(cell)),
  array: (cell) => Array.isArray(JSON.parse(cell)),
  object: (cell) => { const v = JSON.parse(cell); return v !== null && typeof v === 'object' && !Array.isArray(v); },
};

describe('datapackage.json', () => {
  it('describes every CSV table of the seed build: its columns and their types, a unique key, and references that resolve', async () => {
    const out = mkdtempSync(join(tmpdir(), 'data-package-'));
    publish(await buildCorpus('corpus'), out);
    const data = join(out, 'data');
    const { resources }: { resources: Resource[] } = JSON.parse(readFileSync(join(data, 'datapackage.json'), 'utf8'));
    expect(resources.map((r) => r.name)).toEqual(['documents', 'clauses', 'links', 'suggestions', 'units', 'deadlines', 'metrics']);
    const rows = new Map(resources.map((r) => [r.name, parse(readFileSync(join(data, r.path), 'utf8'), { bom: true, columns: true }) as Record<string, string>[]]));
    for (const { name, path, schema } of resources) {
      const header = parse(readFileSync(join(data, path), 'utf8'), { bom: true, toLine: 1 })[0];
      expect(header, name).toEqual(schema.fields.map((f) => f.name));
      const table = rows.get(name)!;
      expect(table.length, name).toBeGreaterThan(0);
      for (const { name: column, type } of schema.fields) {
        const wrong = table.map((row) => row[column]).filter((cell) => cell !== '' && !typed[type](cell));
        expect(wrong, `${name}.${column} (${type})`).toEqual([]);
      }
      if (schema.primaryKey) expect(new Set(table.map((row) => row[schema.primaryKey!])).size, name).toBe(table.length);
      for (const { fields, reference } of schema.foreignKeys) {
        const keys = new Set(rows.get(reference.resource || name)!.map((row) => row[reference.fields]));
        const dangling = table.map((row) => row[fields]).filter((cell) => cell !== '' && !keys.has(cell));
        expect(dangling, `${name}.${fields} → ${reference.resource || name}`).toEqual([]);
      }
    }
  });
});
