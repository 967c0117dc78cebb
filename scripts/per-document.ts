/**
 * The per-document stages, structure → extract, for every decoded source: cached by content
 * (scripts/cache/document-cache.ts) so a rebuild recomputes only the documents that changed,
 * with progress for long runs. The corpus-wide stages (link, publish) follow in pipeline.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { SourceText } from './ingest/read-corpus.ts';
import { structureDocument, type Structured } from './structure/index.ts';
import { extractFields } from './extract/index.ts';
import type { Lookup } from './extract/unit-names.ts';
import { openDocumentCache, type CacheStats } from './cache/document-cache.ts';
import type { Progress } from './progress.ts';

export interface PerDocumentResult {
  /** Each document structured, its clauses with their extracted fields. */
  documents: Structured[];
  /** Time spent computing structure and extract (cache misses), and reading and writing the cache. */
  timings: { structure: number; extract: number; cache: number };
  cache: CacheStats;
}

export function perDocument(
  sources: SourceText[],
  aliases: { file: string; table: Lookup },
  options: { cacheDir: string | null; progress: Progress },
): PerDocumentResult {
  const cache = openDocumentCache<Structured>(options.cacheDir);
  // The alias table shapes extraction: its bytes are part of every document's key.
  const aliasBytes = existsSync(aliases.file) ? readFileSync(aliases.file) : '';
  const timings = { structure: 0, extract: 0, cache: 0 };
  const started = performance.now();
  const documents = sources.map((source, i) => {
    const key = [source.id, source.file, source.encoding, String(source.bytes), JSON.stringify(source.sidecar), source.text, aliasBytes];
    const result = cache.get(key, () => {
      let start = performance.now();
      const structured = structureDocument(source);
      timings.structure += performance.now() - start;
      start = performance.now();
      const clauses = extractFields(structured.document, structured.clauses, aliases.table);
      timings.extract += performance.now() - start;
      return { ...structured, clauses };
    });
    options.progress.tick('structure + extract', i + 1, sources.length);
    return result;
  });
  cache.prune();
  timings.cache = performance.now() - started - timings.structure - timings.extract;
  return { documents, timings, cache: cache.stats };
}
