/**
 * A cache of per-document pipeline work (ingest of PDF/Word/OCR…, structure → extract), one JSON file per document
 * keyed by a content hash: the decoded text, the sidecar, the corpus data files that shape
 * the work, and the pipeline's own code and dependencies. Adding one plan to a built corpus
 * recomputes that plan only; changing the code or a data file recomputes everything.
 * Entries a build did not use are removed when it finishes.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface CacheStats {
  hits: number;
  misses: number;
}

export interface DocumentCache<T> {
  /** The key of a document's inputs. */
  key(parts: (string | Uint8Array)[]): string;
  /** The value stored under `key` (a hit), else undefined (a miss). */
  read(key: string): T | undefined;
  write(key: string, value: T): void;
  /** Remove the entries this build did not use. */
  prune(): void;
  readonly stats: CacheStats;
}

const scriptsDir = fileURLToPath(new URL('..', import.meta.url));

let version: string | undefined;

/** Hash of the pipeline's code (every file under scripts/) and the locked dependency versions. */
export function codeVersion(): string {
  if (version) return version;
  const hash = createHash('sha256');
  const files = readdirSync(scriptsDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
  for (const file of files) hash.update(relative(scriptsDir, file)).update('\0').update(readFileSync(file)).update('\0');
  const lock = join(scriptsDir, '..', 'package-lock.json');
  if (existsSync(lock)) hash.update(readFileSync(lock));
  version = hash.digest('hex');
  return version;
}

/** A cache in `dir`, or, for `null`, one that holds nothing (tests, `--no-cache`). */
export function openDocumentCache<T>(dir: string | null): DocumentCache<T> {
  const stats: CacheStats = { hits: 0, misses: 0 };
  const used = new Set<string>();
  if (dir) mkdirSync(dir, { recursive: true });
  const file = (key: string) => join(dir!, `${key}.json`);
  return {
    stats,
    key(parts) {
      const hash = createHash('sha256').update(codeVersion());
      for (const part of parts) hash.update('\0').update(part);
      return hash.digest('hex').slice(0, 32);
    },
    read(key) {
      used.add(`${key}.json`);
      if (dir && existsSync(file(key))) {
        try {
          const value = JSON.parse(readFileSync(file(key), 'utf8')) as T;
          stats.hits++;
          return value;
        } catch {
          // A half-written entry (an interrupted build): computed again.
        }
      }
      stats.misses++;
      return undefined;
    },
    write(key, value) {
      if (dir) writeFileSync(file(key), JSON.stringify(value));
    },
    prune() {
      if (!dir) return;
      for (const name of readdirSync(dir)) if (name.endsWith('.json') && !used.has(name)) rmSync(join(dir, name));
    },
  };
}

/** The value for `parts` from the cache, else computed (asynchronously) and stored; no cache computes. */
export async function cachedAsync<T>(cache: DocumentCache<T> | undefined, parts: (string | Uint8Array)[], compute: () => Promise<T>): Promise<T> {
  if (!cache) return compute();
  const key = cache.key(parts);
  const hit = cache.read(key);
  if (hit !== undefined) return hit;
  const value = await compute();
  cache.write(key, value);
  return value;
}
