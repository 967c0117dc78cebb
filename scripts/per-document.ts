/**
 * The per-document stages, structure → extract, for every decoded source: cached by content
 * (scripts/cache/document-cache.ts) so a rebuild recomputes only the documents that changed,
 * computed on worker threads when many are (one per core), with progress for long runs. The
 * corpus-wide stages (link, publish) follow in pipeline.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { SourceText } from './ingest/read-corpus.ts';
import { structureDocument, type Structured } from './structure/index.ts';
import { originalName, withProvenance } from './ingest/provenance.ts';
import { extractFields } from './extract/index.ts';
import { readAliasTable, type Lookup } from './extract/unit-names.ts';
import { openDocumentCache, type CacheStats } from './cache/document-cache.ts';
import type { Progress } from './progress.ts';
import { spread, type Spread } from './threads.ts';

export interface PerDocumentResult {
  /** Each document structured, its clauses with their extracted fields. */
  documents: Structured[];
  /** Compute time of structure and extract summed over documents (and threads), and the wall time of the whole step. */
  timings: { structure: number; extract: number; documents: number };
  cache: CacheStats;
}

export interface PerDocumentOptions extends Spread {
  cacheDir: string | null;
  progress: Progress;
}

/** One document's work: its structure, then its clauses' fields. */
export function computeDocument(source: SourceText, aliases: Lookup): { result: Structured; structureMs: number; extractMs: number } {
  let start = performance.now();
  const structured = withProvenance(structureDocument(source), source);
  const structureMs = performance.now() - start;
  start = performance.now();
  const clauses = extractFields(structured.document, structured.clauses, aliases);
  return { result: { ...structured, clauses }, structureMs, extractMs: performance.now() - start };
}

export async function perDocument(sources: SourceText[], aliasFile: string, options: PerDocumentOptions): Promise<PerDocumentResult> {
  const started = performance.now();
  const cache = openDocumentCache<Structured>(options.cacheDir);
  // The alias table shapes extraction: its bytes are part of every document's key.
  const aliasBytes = existsSync(aliasFile) ? readFileSync(aliasFile) : '';
  // Everything ingest read (text, lines, pages, sidecar, format, …) and the alias table; of the
  // original file, only the name the build gives it (moving the project keeps the cache).
  const keys = sources.map((s) => cache.key([JSON.stringify({ ...s, original: s.original && originalName(s) }), aliasBytes]));
  const documents: (Structured | undefined)[] = keys.map((key) => cache.read(key));
  const missing = sources.flatMap((_, i) => (documents[i] ? [] : [i]));
  const timings = { structure: 0, extract: 0, documents: 0 };
  let done = sources.length - missing.length;
  const finished = (i: number, computed: ReturnType<typeof computeDocument>) => {
    documents[i] = computed.result;
    cache.write(keys[i], computed.result);
    timings.structure += computed.structureMs;
    timings.extract += computed.extractMs;
    options.progress.tick('structure + extract', ++done, sources.length);
  };

  let aliases: Lookup | undefined;
  await spread(
    missing,
    options,
    {
      what: 'per-document',
      onMain: (i) => computeDocument(sources[i], (aliases ??= readAliasTable(aliasFile).table)),
      worker: (share) => ({ script: new URL('./per-document-worker.ts', import.meta.url), data: { sources: share.map((i) => sources[i]), aliasFile } }),
    },
    finished,
  );
  cache.prune();
  timings.documents = performance.now() - started;
  return { documents: documents as Structured[], timings, cache: cache.stats };
}
