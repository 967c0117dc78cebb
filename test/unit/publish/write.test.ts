/** The publish stage renews what it writes and leaves the cache beside it. */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCorpus } from '../../../scripts/pipeline.ts';
import { publish } from '../../../scripts/publish/write.ts';

describe('publish', () => {
  it('writes the data over an earlier build: a document gone from the corpus leaves no file behind, the cache stays', async () => {
    const out = mkdtempSync(join(tmpdir(), 'publish-'));
    try {
      for (const dir of ['source', 'normalised', 'cache']) mkdirSync(join(out, dir), { recursive: true });
      writeFileSync(join(out, 'source', 'removed-plan.txt'), '旧文件');
      writeFileSync(join(out, 'normalised', 'removed-plan.md'), '旧文件');
      writeFileSync(join(out, 'cache', 'entry.json'), '{}');
      const corpus = await buildCorpus('corpus');
      publish(corpus, out);
      expect(readdirSync(join(out, 'source')).sort()).toEqual([...corpus.sources.keys()].map((id) => `${id}.txt`).sort());
      expect(existsSync(join(out, 'normalised', 'removed-plan.md'))).toBe(false);
      expect(existsSync(join(out, 'cache', 'entry.json'))).toBe(true);
      expect(readdirSync(join(out, 'data'))).toEqual(expect.arrayContaining(['documents.json', 'clauses.json', 'clauses.csv', 'reuse.json', 'citations.json', 'curation.json']));
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('writes each document with its clauses to data/docs/<id>.json: the same records as documents.json and clauses.json, and no other', async () => {
    const out = mkdtempSync(join(tmpdir(), 'publish-'));
    try {
      mkdirSync(join(out, 'data', 'docs'), { recursive: true });
      writeFileSync(join(out, 'data', 'docs', 'removed-plan.json'), '{}');
      publish(await buildCorpus('corpus'), out);
      const read = (file: string) => JSON.parse(readFileSync(join(out, 'data', file), 'utf8'));
      const documents: { id: string }[] = read('documents.json');
      const clauses: { doc: string }[] = read('clauses.json');
      expect(readdirSync(join(out, 'data', 'docs')).sort()).toEqual(documents.map((d) => `${d.id}.json`).sort());
      for (const document of documents) {
        expect(read(`docs/${document.id}.json`)).toEqual({ document, clauses: clauses.filter((c) => c.doc === document.id) });
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
