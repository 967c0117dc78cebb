/**
 * Incremental builds: per-document work and each plan's links are cached by content, so adding
 * one plan to a built corpus computes and links that plan only, and the data published is the
 * same as a build from scratch.
 */
import { describe, expect, it } from 'vitest';
import { appendFileSync, copyFileSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { synthesizeCorpus } from '../../../scripts/synth/index.ts';
import { buildCorpus } from '../../../scripts/pipeline.ts';
import { perDocument } from '../../../scripts/per-document.ts';
import { readCorpus } from '../../../scripts/ingest/read-corpus.ts';
import { quiet } from '../../../scripts/progress.ts';
import { DEFAULTS, emptyCuration, linkCorpus, linkCorpusCached, readConcepts } from '../../../scripts/link/index.ts';

/** A temporary folder, removed when the test's scope ends. */
function tempDir(prefix: string) {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, [Symbol.dispose]: () => rmSync(path, { recursive: true, force: true }) };
}

/** A synthetic corpus of `count` plans in a temporary folder, with the folder its build caches in. */
function synthesizedProject(prefix: string, count: number) {
  const temp = tempDir(prefix);
  const corpusDir = join(temp.path, 'corpus');
  synthesizeCorpus({ count, outDir: corpusDir });
  return { ...temp, corpusDir, cacheDir: join(temp.path, 'build', 'cache') };
}

describe('per-document cache', () => {
  it('adding one plan to a built corpus recomputes only that plan', async () => {
    using project = synthesizedProject('incremental-', 6);
    const { corpusDir, cacheDir } = project;
    const first = await buildCorpus(corpusDir, { cacheDir });
    expect(first.cache).toMatchObject({ hits: 0, misses: 7 });
    expect(first.cache?.link).toEqual({ hits: 0, misses: 6 });

    // The same seed makes the same first six plans and one more.
    synthesizeCorpus({ count: 7, outDir: corpusDir });
    const second = await buildCorpus(corpusDir, { cacheDir });
    expect(second.cache).toMatchObject({ hits: 7, misses: 1 });
    // Linking too: the new plan is linked; the six others' links come from the cache.
    expect(second.cache?.link).toEqual({ hits: 6, misses: 1 });

    const scratch = await buildCorpus(corpusDir);
    expect(scratch.cache).toMatchObject({ hits: 0, misses: 8 });
    expect(second.documents).toEqual(scratch.documents);
    expect(second.clauses).toEqual(scratch.clauses);
    expect(second.markdown).toEqual(scratch.markdown);
  });

  it('worker threads compute what the main thread does', async () => {
    const { sources } = await readCorpus('corpus');
    const aliases = join('corpus', 'unit-aliases.yaml');
    const onMain = await perDocument(sources, aliases, { cacheDir: null, progress: quiet, threads: 1 });
    const onWorkers = await perDocument(sources, aliases, { cacheDir: null, progress: quiet, threads: 2, parallelFrom: 1 });
    expect(onWorkers.documents).toEqual(onMain.documents);
  });

  it('a project moved to another folder keeps its cache', async () => {
    using temp = tempDir('moved-');
    const work = temp.path;
    const corpusDir = join(work, 'before', 'corpus');
    mkdirSync(corpusDir, { recursive: true });
    copyFileSync('test/fixtures/formats/xiangyuan-2023.pdf', join(corpusDir, 'xiangyuan.pdf'));
    copyFileSync('corpus/national-qianxian-2021.txt', join(corpusDir, 'national-qianxian-2021.txt'));
    const cacheDir = join(work, 'cache');
    const first = await buildCorpus(corpusDir, { cacheDir });
    renameSync(join(work, 'before'), join(work, 'after'));
    const moved = await buildCorpus(join(work, 'after', 'corpus'), { cacheDir });
    expect(moved.cache).toMatchObject({ hits: 2, misses: 0, ingest: { hits: 1, misses: 0 }, link: { misses: 0 } });
    expect(moved.clauses).toEqual(first.clauses);
  });

  it('a changed national plan relinks every plan below it', async () => {
    using project = synthesizedProject('incremental-link-', 3);
    const { corpusDir, cacheDir } = project;
    await buildCorpus(corpusDir, { cacheDir });
    const national = join(corpusDir, 'national-qianxian-2021.txt');
    appendFileSync(national, '\n（十）加强县医院病案管理。\n');
    const again = await buildCorpus(corpusDir, { cacheDir });
    expect(again.cache).toMatchObject({ hits: 3, misses: 1 });
    expect(again.cache?.link).toEqual({ hits: 0, misses: 3 });
  });

  it('links computed on worker threads are those of the main thread', async () => {
    using temp = tempDir('link-workers-');
    const work = temp.path;
    synthesizeCorpus({ count: 4, outDir: work });
    const { documents, clauses } = await buildCorpus(work);
    const curation = emptyCuration();
    const { concepts } = readConcepts(join(work, 'link-concepts.yaml'));
    const onMain = linkCorpus(documents, clauses, curation, DEFAULTS, concepts);
    const onWorkers = await linkCorpusCached(documents, clauses, curation, DEFAULTS, concepts, { cacheDir: null, progress: quiet, threads: 2, parallelFrom: 1 });
    expect(onWorkers.clauses).toEqual(onMain.clauses);
    expect(onWorkers.messages).toEqual(onMain.messages);
  });

  it('a PDF or Word file is read once: a rebuild takes what it yielded from the cache', async () => {
    using temp = tempDir('ingest-cache-');
    const work = temp.path;
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
  });
});
