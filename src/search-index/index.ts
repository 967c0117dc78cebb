/**
 * The Pagefind index, built while Astro renders: each reader page is handed to Pagefind's
 * service (its own process) as soon as it is rendered (src/middleware.ts), so indexing runs on
 * the second core beside the rendering of the other pages; the index is written when the
 * build is done (the integration below, in astro.config.mjs). One process-wide indexer: the
 * middleware and the integration are loaded as separate module copies, so it lives on globalThis.
 */
import * as pagefind from 'pagefind';
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** The pages Pagefind indexes: the Chinese readers (they alone carry data-pagefind-body; one index, one language). */
export const isIndexedPage = (pathname: string) => /^\/docs\/[^/]+\/$/.test(pathname);

interface Indexer {
  index: ReturnType<typeof pagefind.createIndex>;
  pending: Promise<unknown>[];
  errors: string[];
}
const KEY = Symbol.for('qianxian.search-index');
const holder = globalThis as typeof globalThis & { [KEY]?: Indexer };

/** Hand a rendered page to the index; not awaited, so rendering goes on (no indexer outside a build). */
export function indexPage(url: string, html: string): void {
  const indexer = holder[KEY];
  if (!indexer) return;
  indexer.pending.push(
    indexer.index
      // Without an index (Pagefind could not start) the build fails at the end, with Pagefind's reason.
      .then(({ index }) => index?.addHTMLFile({ url, content: html }))
      .then((added) => void indexer.errors.push(...(added?.errors ?? []).map((e) => `${url}: ${e}`))),
  );
}

/** The Astro integration: an index opened when the build starts, written to <outDir>/pagefind/ when it is done. */
export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:start': () => {
        holder[KEY] = { index: pagefind.createIndex({}), pending: [], errors: [] };
      },
      'astro:build:done': async ({ dir, logger }) => {
        const indexer = holder[KEY];
        if (!indexer) return;
        const started = performance.now();
        await Promise.all(indexer.pending);
        const { index, errors } = await indexer.index;
        const written = index ? await index.writeFiles({ outputPath: join(fileURLToPath(dir), 'pagefind') }) : { errors: ['Pagefind did not start'] };
        const problems = [...errors, ...indexer.errors, ...written.errors];
        await pagefind.close();
        delete holder[KEY];
        if (problems.length) throw new Error(`search index: ${problems.join('; ')}`);
        logger.info(`search index: ${indexer.pending.length} pages, finished ${((performance.now() - started) / 1000).toFixed(1)} s after the pages`);
      },
    },
  };
}
