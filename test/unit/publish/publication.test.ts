/** Publishing beside linking: what linking does not change is written first, the same files result. */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { buildCorpus } from '../../../scripts/pipeline.ts';
import { publication, publish } from '../../../scripts/publish/write.ts';

const tree = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => [relative(dir, join(e.parentPath, e.name)), readFileSync(join(e.parentPath, e.name), 'utf8')]),
  );

describe('publication', () => {
  it('writes reuse, citations, sources and Markdown while the seed plans are linked, and the same files as publish in one step', async () => {
    const [early, whole] = [mkdtempSync(join(tmpdir(), 'publication-')), mkdtempSync(join(tmpdir(), 'publication-'))];
    try {
      const publishing = publication(early);
      let unlinkedFiles: string[] = [];
      const corpus = await buildCorpus('corpus', {
        unlinked: (parts) => {
          publishing.unlinked(parts);
          unlinkedFiles = Object.keys(tree(early));
        },
      });
      // Sources and Markdown are in place before linking ends; the data files only once all are valid.
      expect(unlinkedFiles).toEqual(expect.arrayContaining(corpus.documents.map((d) => join('source', `${d.id}.txt`))));
      expect(unlinkedFiles).not.toContain(join('data', 'reuse.json'));
      publishing.finish(corpus);
      publish(corpus, whole);
      expect(tree(early)).toEqual(tree(whole));
    } finally {
      for (const dir of [early, whole]) rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps the earlier data files when a record breaks the contract', async () => {
    const out = mkdtempSync(join(tmpdir(), 'publication-'));
    try {
      const corpus = await buildCorpus('corpus');
      publish(corpus, out);
      const before = tree(join(out, 'data'));
      const broken = { ...corpus, clauses: corpus.clauses.map((c, i) => (i === 3 ? { ...c, depth: 0 } : c)) };
      expect(() => publish(broken, out)).toThrow(`clauses.json: ${corpus.clauses[3].id} depth:`);
      expect(tree(join(out, 'data'))).toEqual(before);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
