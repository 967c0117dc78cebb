/**
 * Files the pipeline has already written, copied into the site as they are once the pages are
 * built: each document's data (/data/docs/<id>.json, written by scripts/publish/) and its decoded
 * text (/source/<id>.txt). As Astro routes they were 2,000 of the build's ~6,000 paths at 1,000
 * plans, rendered on the one thread that renders the pages — and, coming before the readers in
 * Astro's order, they held back the search index (src/search-index/).
 */
import type { AstroIntegration } from 'astro';
import { cpSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dataDir, documentIds, sourceDir } from '../lib/data.ts';

export function publishedFiles(): AstroIntegration {
  return {
    name: 'published-files',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const ids = documentIds();
        const copies = ids.flatMap((id) => [
          [join(dataDir(), 'docs', `${id}.json`), join(outDir, 'data', 'docs', `${id}.json`)],
          [join(sourceDir(), `${id}.txt`), join(outDir, 'source', `${id}.txt`)],
        ]);
        const missing = copies.filter(([from]) => !existsSync(from)).map(([from]) => from);
        if (missing.length) throw new Error(`published files missing (rebuild the data with npm run data): ${missing.slice(0, 3).join(', ')}${missing.length > 3 ? ` and ${missing.length - 3} more` : ''}`);
        for (const dir of [join(outDir, 'data', 'docs'), join(outDir, 'source')]) mkdirSync(dir, { recursive: true });
        for (const [from, to] of copies) cpSync(from, to);
        logger.info(`${copies.length} published files copied`);
      },
    },
  };
}
