import { beforeAll, describe, expect, it } from 'vitest';

// The loader reads SITE_DATA_DIR once; point it at the fixture before importing.
let data: typeof import('../../../src/lib/data.ts');
beforeAll(async () => {
  process.env.SITE_DATA_DIR = 'test/fixtures/charts-data/site/data';
  data = await import('../../../src/lib/data.ts');
});

describe('data loader', () => {
  it('loads and indexes the published data', () => {
    const docs = data.loadDocuments();
    expect(docs.length).toBeGreaterThan(0);
    const first = docs[0]!;
    expect(data.documentById(first.id)).toBe(first);
    const clauses = data.clausesOf(first.id);
    expect(clauses.every((c) => c.doc === first.id)).toBe(true);
    const root = data.rootsOf(first.id)[0]!;
    expect(root.parent).toBeNull();
    expect(data.childrenOf(root.id).every((c) => c.parent === root.id)).toBe(true);
    expect(data.clauseById(root.id)).toBe(root);
    expect(data.loadClauses()).toBe(data.loadClauses());
  });

  it('answers empty for unknown ids', () => {
    expect(data.clausesOf('nope')).toEqual([]);
    expect(data.documentById('nope')).toBeUndefined();
    expect(data.childrenOf('nope/1')).toEqual([]);
  });
});
