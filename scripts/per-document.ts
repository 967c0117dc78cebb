/**
 * The per-document stages, structure → extract, for every decoded source: cached by content
 * (scripts/cache/document-cache.ts) so a rebuild recomputes only the documents that changed,
 * computed on worker threads when many are (one per core), with progress for long runs. The
 * corpus-wide stages (link, publish) follow in pipeline.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { SourceText } from './ingest/read-corpus.ts';
import { structureDocument, type Structured } from './structure/index.ts';
import { originalName, withProvenance } from './ingest/provenance.ts';
import { extractFields } from './extract/index.ts';
import { readAliasTable, type Lookup } from './extract/unit-names.ts';
import { openDocumentCache, type CacheStats } from './cache/document-cache.ts';
import type { Progress } from './progress.ts';

export interface PerDocumentResult {
  /** Each document structured, its clauses with their extracted fields. */
  documents: Structured[];
  /** Compute time of structure and extract summed over documents (and threads), and the wall time of the whole step. */
  timings: { structure: number; extract: number; documents: number };
  cache: CacheStats;
}

export interface PerDocumentOptions {
  cacheDir: string | null;
  progress: Progress;
  /** Threads to compute on; by default one per core. */
  threads?: number;
  /** Fewer documents to compute than this stay on the main thread: a worker costs its start-up. */
  parallelFrom?: number;
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

  const threads = Math.min(options.threads ?? availableParallelism(), missing.length);
  if (threads > 1 && missing.length >= (options.parallelFrom ?? 64)) {
    // Interleaved shares: neighbouring files are often alike in size.
    const shares = Array.from({ length: threads }, (_, t) => missing.filter((_, k) => k % threads === t));
    await Promise.all(shares.map((share) => onWorker(share.map((i) => sources[i]), aliasFile, (k, computed) => finished(share[k], computed))));
  } else if (missing.length > 0) {
    const aliases = readAliasTable(aliasFile).table;
    for (const i of missing) finished(i, computeDocument(sources[i], aliases));
  }
  cache.prune();
  timings.documents = performance.now() - started;
  return { documents: documents as Structured[], timings, cache: cache.stats };
}

/** Compute documents on a worker thread; `each` receives them in order as they finish. */
function onWorker(sources: SourceText[], aliasFile: string, each: (k: number, computed: ReturnType<typeof computeDocument>) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./per-document-worker.ts', import.meta.url), { workerData: { sources, aliasFile } });
    let k = 0;
    worker.on('message', (computed) => each(k++, computed));
    worker.on('error', reject);
    worker.on('exit', (code) => (code === 0 && k === sources.length ? resolve() : reject(new Error(`per-document worker stopped (exit ${code}) after ${k} of ${sources.length} documents`))));
  });
}
