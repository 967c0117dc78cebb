/**
 * Incremental builds: per-document work is cached by content, so adding one plan to a built
 * corpus computes that plan only, and the data published is the same as a build from scratch.
 */
import { describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { synthesizeCorpus } from '../../../scripts/synth/index.ts';
import { buildCorpus } from '../../../scripts/pipeline.ts';
import { perDocument } from '../../../scripts/per-document.ts';
import { readCorpus } from '../../../scripts/ingest/read-corpus.ts';
import { quiet } from '../../../scripts/progress.ts';

describe('per-document cache', () => {
  it('adding one plan to a built corpus recomputes only that plan', async () => {
    const work = mkdtempSync(join(tmpdir(), 'incremental-'));
    try {
      const corpusDir = join(work, 'corpus');
      const cacheDir = join(work, 'build', 'cache');
      synthesizeCorpus({ count: 6, outDir: corpusDir });
      const first = await buildCorpus(corpusDir, { cacheDir });
      expect(first.cache).toMatchObject({ hits: 0, misses: 7 });

      // The same seed makes the same first six plans and one more.
      synthesizeCorpus({ count: 7, outDir: corpusDir });
      const second = await buildCorpus(corpusDir, { cacheDir });
      expect(second.cache).toMatchObject({ hits: 7, misses: 1 });

      const scratch = await buildCorpus(corpusDir);
      expect(scratch.cache).toMatchObject({ hits: 0, misses: 8 });
      expect(second.documents).toEqual(scratch.documents);
      expect(second.clauses).toEqual(scratch.clauses);
      expect(second.markdown).toEqual(scratch.markdown);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  it('worker threads compute what the main thread does', async () => {
    const { sources } = await readCorpus('corpus');
    const aliases = join('corpus', 'unit-aliases.yaml');
    const onMain = await perDocument(sources, aliases, { cacheDir: null, progress: quiet, threads: 1 });
    const onWorkers = await perDocument(sources, aliases, { cacheDir: null, progress: quiet, threads: 2, parallelFrom: 1 });
    expect(onWorkers.documents).toEqual(onMain.documents);
  });

  it('a PDF or Word file is read once: a rebuild takes what it yielded from the cache', async () => {
    const work = mkdtempSync(join(tmpdir(), 'ingest-cache-'));
    try {
      const corpusDir = join(work, 'corpus');
      mkdirSync(corpusDir);
      for (const format of ['pdf', 'docx']) copyFileSync(join('test/fixtures/formats', `xiangyuan-2023.${format}`), join(corpusDir, `xiangyuan-${format}.${format}`));
      copyFileSync('corpus/national-qianxian-2021.txt', join(corpusDir, 'national-qianxian-2021.txt'));
      const cacheDir = join(work, 'build', 'cache');
      const first = await buildCorpus(corpusDir, { cacheDir });
      const second = await buildCorpus(corpusDir, { cacheDir });
      // The text file is decoded each time; the two others are read from the cache.
      expect(first.cache?.ingest).toEqual({ hits: 0, misses: 2 });
      expect(second.cache?.ingest).toEqual({ hits: 2, misses: 0 });
      expect(second.documents).toEqual(first.documents);
      expect(second.clauses).toEqual(first.clauses);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
