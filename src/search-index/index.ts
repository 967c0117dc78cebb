/**
 * The Pagefind index, built while Astro renders: each reader page is handed to Pagefind's
 * service (its own process) as soon as it is rendered (src/middleware.ts), so indexing runs on
 * the second core beside the rendering of the other pages; once the last reader is in, the
 * index is written — still beside the rendering of the English mirrors and the other pages — and
 * the build waits for it when it is done (the integration below, in astro.config.mjs). Pagefind
 * is handed only what it reads of a page (record.ts), with the page's hidden index terms, both
 * made on a worker thread beside the rendering (record-worker.ts). The exact phrase index's files
 * are made on another (phrase-files.ts) and written with the index. One
 * process-wide indexer: the middleware and the integration are loaded as separate module copies,
 * so it lives on globalThis.
 */
import * as pagefind from 'pagefind';
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { documentIds, sourceDir } from '../lib/data.ts';
import type { RecordReply, RecordRequest } from './record-worker.ts';
import { startPhraseFiles, type PhraseFiles } from './phrase-files.ts';

/** The pages Pagefind indexes: the Chinese readers (they alone carry data-pagefind-body; one index, one language). */
export const isIndexedPage = (pathname: string) => /^\/docs\/[^/]+\/$/.test(pathname);

interface Indexer {
  index: ReturnType<typeof pagefind.createIndex>;
  pending: Promise<unknown>[];
  errors: string[];
  /** reader pages the build makes: one per document */
  expected: number;
  outputPath: string;
  written: Promise<string[]> | null;
  /** makes each page's record on another thread (record-worker.ts) */
  worker: Worker;
  /** the pages handed to the worker whose record has not come back, by URL */
  waiting: Map<string, (record: string | null) => void>;
  /** the exact phrase index's files, made on a thread of their own */
  phraseFiles: PhraseFiles;
}
const KEY = Symbol.for('qianxian.search-index');
const holder = globalThis as typeof globalThis & { [KEY]?: Indexer };

const post = (indexer: Indexer, request: RecordRequest) => indexer.worker.postMessage(request);

/**
 * The texts of the page at `url` whose every substring a query may ask for: their hidden index
 * terms (src/lib/search-terms.ts) join the page in the index only, not the page served. Called
 * while the page renders, before it is handed to the index.
 */
export function queueIndexTerms(url: string, texts: (string | null | undefined)[]): void {
  const indexer = holder[KEY];
  if (indexer) post(indexer, { url, texts: texts.filter((t): t is string => Boolean(t)) });
}

/** Hand a rendered page (UTF-8) to the index; not awaited, so rendering goes on (no indexer outside a build). */
export function indexPage(url: string, page: Uint8Array): void {
  const indexer = holder[KEY];
  if (!indexer) return;
  const record = new Promise<string | null>((resolve) => indexer.waiting.set(url, resolve));
  post(indexer, { url, page });
  indexer.pending.push(
    Promise.all([indexer.index, record])
      // Without an index (Pagefind could not start) the build fails at the end, with Pagefind's reason.
      .then(([{ index }, content]) => (content === null ? undefined : index?.addHTMLFile({ url, content })))
      .then((added) => void indexer.errors.push(...(added?.errors ?? []).map((e) => `${url}: ${e}`))),
  );
  if (indexer.pending.length === indexer.expected) write(indexer);
}

/** Write the index once every page handed to it is in; the errors of the whole run. */
function write(indexer: Indexer): Promise<string[]> {
  indexer.written ??= Promise.all(indexer.pending).then(async () => {
    const { index, errors } = await indexer.index;
    const written = index ? await index.writeFiles({ outputPath: indexer.outputPath }) : { errors: ['Pagefind did not start'] };
    return [...errors, ...indexer.errors, ...written.errors];
  });
  return indexer.written;
}

/** The Astro integration: an index opened when the build starts, written to <outDir>/pagefind/ by the time it is done. */
export function searchIndex(): AstroIntegration {
  let outDir = 'dist';
  return {
    name: 'search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        // The ids alone: loadDocuments() would parse and index every clause once more in this module copy.
        const ids = documentIds();
        const worker = new Worker(new URL('./record-worker.ts', import.meta.url));
        const phraseFiles = startPhraseFiles({ docs: ids, sourceDir: sourceDir() });
        const indexer: Indexer = { index: pagefind.createIndex({}), pending: [], errors: [], expected: ids.length, outputPath: join(outDir, 'pagefind'), written: null, worker, waiting: new Map(), phraseFiles };
        worker.on('message', ({ url, record }: RecordReply) => {
          indexer.waiting.get(url)?.(record);
          indexer.waiting.delete(url);
        });
        // A failed worker fails the build at the end, with its reason; the rendering goes on.
        worker.on('error', (error: Error) => {
          indexer.errors.push(`search records: ${error.message}`);
          for (const resolve of indexer.waiting.values()) resolve(null);
        });
        worker.unref();
        holder[KEY] = indexer;
      },
      'astro:build:done': async ({ logger }) => {
        const indexer = holder[KEY];
        if (!indexer) return;
        const started = performance.now();
        const early = indexer.written !== null;
        const [problems, phraseFiles] = await Promise.all([write(indexer), indexer.phraseFiles.write(join(outDir, 'search', 'phrase'))]);
        await pagefind.close();
        await indexer.worker.terminate();
        delete holder[KEY];
        if (problems.length) throw new Error(`search index: ${problems.join('; ')}`);
        const when = early ? 'written beside the last pages' : 'written after the pages';
        logger.info(`search index: ${indexer.pending.length} pages, ${when}, and ${phraseFiles} phrase index files; finished ${((performance.now() - started) / 1000).toFixed(1)} s after the pages`);
      },
    },
  };
}
