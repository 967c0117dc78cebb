/**
 * A cache of per-document pipeline work (structure → extract), one JSON file per document
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
  /** The cached value for these inputs, else `compute()` (stored for the next build). */
  get(parts: (string | Uint8Array)[], compute: () => T): T;
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

export function contentKey(parts: (string | Uint8Array)[]): string {
  const hash = createHash('sha256').update(codeVersion());
  for (const part of parts) hash.update('\0').update(part);
  return hash.digest('hex').slice(0, 32);
}

/** A cache in `dir`, or, for `null`, one that always computes (tests, `--no-cache`). */
export function openDocumentCache<T>(dir: string | null): DocumentCache<T> {
  const stats: CacheStats = { hits: 0, misses: 0 };
  const used = new Set<string>();
  if (dir) mkdirSync(dir, { recursive: true });
  return {
    stats,
    get(parts, compute) {
      if (!dir) {
        stats.misses++;
        return compute();
      }
      const name = `${contentKey(parts)}.json`;
      used.add(name);
      const file = join(dir, name);
      if (existsSync(file)) {
        try {
          const value = JSON.parse(readFileSync(file, 'utf8')) as T;
          stats.hits++;
          return value;
        } catch {
          // A half-written entry (an interrupted build): compute it again.
        }
      }
      stats.misses++;
      const value = compute();
      writeFileSync(file, JSON.stringify(value));
      return value;
    },
    prune() {
      if (!dir) return;
      for (const name of readdirSync(dir)) if (name.endsWith('.json') && !used.has(name)) rmSync(join(dir, name));
    },
  };
}
