/**
 * The Pagefind index, built while Astro renders: each reader page is handed to Pagefind's
 * service (its own process) as soon as it is rendered (src/middleware.ts), so indexing runs on
 * the second core beside the rendering of the other pages; once the last reader is in, the
 * index is written — still beside the rendering of the English mirrors and the other pages — and
 * the build waits for it when it is done (the integration below, in astro.config.mjs). Pagefind
 * is handed only what it reads of a page (record.ts), with the page's hidden index terms, which a
 * worker thread computes while the page renders (terms-worker.ts). One
 * process-wide indexer: the middleware and the integration are loaded as separate module copies,
 * so it lives on globalThis.
 */
import * as pagefind from 'pagefind';
import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { dataDir } from '../lib/data.ts';
import { escapeHtml } from '../lib/run-html.ts';
import { indexTermsClose, indexTermsOpen } from '../lib/search-query.ts';
import { searchRecord } from './record.ts';
import type { TermsReply, TermsRequest } from './terms-worker.ts';

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
  /** computes each page's hidden index terms on another thread (terms-worker.ts) */
  termsWorker: Worker;
  /** the terms of each page queued, by URL */
  terms: Map<string, { promise: Promise<string[]>; resolve: (terms: string[]) => void }>;
}
const KEY = Symbol.for('qianxian.search-index');
const holder = globalThis as typeof globalThis & { [KEY]?: Indexer };

function termsOf(indexer: Indexer, url: string) {
  let entry = indexer.terms.get(url);
  if (!entry) {
    let resolve!: (terms: string[]) => void;
    const promise = new Promise<string[]>((done) => (resolve = done));
    indexer.terms.set(url, (entry = { promise, resolve }));
  }
  return entry;
}

/**
 * Ask for the hidden index terms of the page at `url`, made of these texts (src/lib/search-terms.ts);
 * they join the page in the index only, not the page served. A page that asks none gets none.
 */
export function queueIndexTerms(url: string, texts: (string | null | undefined)[]): void {
  const indexer = holder[KEY];
  if (!indexer) return;
  termsOf(indexer, url);
  indexer.termsWorker.postMessage({ url, texts: texts.filter((t): t is string => Boolean(t)) } satisfies TermsRequest);
}

const termsBlock = (terms: string[]) => (terms.length ? `<p hidden>${indexTermsOpen}${escapeHtml(terms.join(' '))}${indexTermsClose}</p>` : '');

/**
 * Hand a rendered page to the index, as Pagefind reads it (record.ts) with its hidden terms; not
 * awaited, so rendering goes on (no indexer outside a build).
 */
export function indexPage(url: string, html: string): void {
  const indexer = holder[KEY];
  if (!indexer) return;
  const terms = indexer.terms.get(url)?.promise ?? Promise.resolve([]);
  indexer.pending.push(
    Promise.all([indexer.index, terms])
      // Without an index (Pagefind could not start) the build fails at the end, with Pagefind's reason.
      .then(([{ index }, words]) => index?.addHTMLFile({ url, content: searchRecord(html, termsBlock(words)) }))
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
        // The count alone: loadDocuments() would parse and index every clause once more in this module copy.
        const documents: unknown[] = JSON.parse(readFileSync(join(dataDir(), 'documents.json'), 'utf8'));
        const termsWorker = new Worker(new URL('./terms-worker.ts', import.meta.url));
        const indexer: Indexer = { index: pagefind.createIndex({}), pending: [], errors: [], expected: documents.length, outputPath: join(outDir, 'pagefind'), written: null, termsWorker, terms: new Map() };
        termsWorker.on('message', ({ url, terms }: TermsReply) => termsOf(indexer, url).resolve(terms));
        // A failed worker fails the build at the end, with its reason; the pages waiting for it go on without terms.
        termsWorker.on('error', (error: Error) => {
          indexer.errors.push(`index terms: ${error.message}`);
          for (const { resolve } of indexer.terms.values()) resolve([]);
        });
        termsWorker.unref();
        holder[KEY] = indexer;
      },
      'astro:build:done': async ({ logger }) => {
        const indexer = holder[KEY];
        if (!indexer) return;
        const started = performance.now();
        const early = indexer.written !== null;
        const problems = await write(indexer);
        await pagefind.close();
        await indexer.termsWorker.terminate();
        delete holder[KEY];
        if (problems.length) throw new Error(`search index: ${problems.join('; ')}`);
        const when = early ? 'written beside the last pages' : 'written after the pages';
        logger.info(`search index: ${indexer.pending.length} pages, ${when}, finished ${((performance.now() - started) / 1000).toFixed(1)} s after the pages`);
      },
    },
  };
}
