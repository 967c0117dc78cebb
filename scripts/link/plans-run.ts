/**
 * How the build computes the plans' links (plan.ts): each plan's result cached by a hash of
 * its inputs, so adding one county plan to a built corpus links that plan only (and a changed
 * higher-level document relinks the plans below it); the plans left computed on worker
 * threads, one per core, when there are many.
 */
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { openDocumentCache, type CacheStats } from '../cache/document-cache.ts';
import type { Progress } from '../progress.ts';
import type { Concepts } from './concepts.ts';
import type { LinkOptions } from './score.ts';
import { planLinker, type PlanContext, type PlanInput, type PlanLinks } from './plan.ts';

export interface PlanRun {
  /** Folder of the link cache (build/cache/link); null computes every plan. */
  cacheDir: string | null;
  progress: Progress;
  /** Threads to compute on; by default one per core. */
  threads?: number;
  /** Fewer plans to compute than this stay on the main thread: a worker costs its start-up (the segmenter's dictionary). */
  parallelFrom?: number;
}

/** What every plan shares: concepts, options (the model), the segmenter's terms; `context` makes the main thread's. */
export interface SharedInputs {
  concepts: Concepts;
  options: LinkOptions;
  terms: string[];
  context: () => PlanContext;
}

/** What a worker receives: the documents above the plans once, then each plan with the ids of its documents above. */
export interface WorkerData {
  higher: PlanInput['higher'];
  jobs: (Omit<PlanInput, 'higher'> & { higher: string[] })[];
  concepts: Concepts;
  options: LinkOptions;
  terms: string[];
}

export async function computePlans(inputs: PlanInput[], shared: SharedInputs, run: PlanRun): Promise<{ results: PlanLinks[]; cache: CacheStats }> {
  const cache = openDocumentCache<PlanLinks>(run.cacheDir);
  const hash = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');
  const shareKey = hash([[...shared.concepts], shared.options, shared.terms]);
  const higherKeys = new Map<string, string>();
  const higherKey = (h: PlanInput['higher'][number]) => higherKeys.get(h.document.id) ?? higherKeys.set(h.document.id, hash(h)).get(h.document.id)!;
  const keys = inputs.map((i) => cache.key([shareKey, JSON.stringify(i.plan), JSON.stringify(i.clauses), ...i.higher.map(higherKey), i.rejected.join('\n')]));
  const results: (PlanLinks | undefined)[] = keys.map((key) => cache.read(key));
  const missing = inputs.flatMap((_, i) => (results[i] ? [] : [i]));
  let done = inputs.length - missing.length;
  const finished = (i: number, result: PlanLinks) => {
    results[i] = result;
    cache.write(keys[i], result);
    run.progress.tick('link', ++done, inputs.length);
  };

  const threads = Math.min(run.threads ?? availableParallelism(), missing.length);
  if (threads > 1 && missing.length >= (run.parallelFrom ?? 64)) {
    // Interleaved shares: neighbouring plans are often alike in size.
    const shares = Array.from({ length: threads }, (_, t) => missing.filter((_, k) => k % threads === t));
    await Promise.all(shares.map((share) => onWorker(share.map((i) => inputs[i]), shared, (k, result) => finished(share[k], result))));
  } else {
    for (const i of missing) finished(i, planLinker(inputs[i], shared.context()).links());
  }
  cache.prune();
  return { results: results as PlanLinks[], cache: cache.stats };
}

/** Link plans on a worker thread; `each` receives them in order as they finish. */
function onWorker(inputs: PlanInput[], shared: SharedInputs, each: (k: number, result: PlanLinks) => void): Promise<void> {
  const higher = new Map(inputs.flatMap((i) => i.higher.map((h) => [h.document.id, h] as const)));
  const workerData: WorkerData = {
    higher: [...higher.values()],
    jobs: inputs.map((i) => ({ ...i, higher: i.higher.map((h) => h.document.id) })),
    concepts: shared.concepts,
    options: shared.options,
    terms: shared.terms,
  };
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./link-worker.ts', import.meta.url), { workerData });
    let k = 0;
    worker.on('message', (result) => each(k++, result));
    worker.on('error', reject);
    worker.on('exit', (code) => (code === 0 && k === inputs.length ? resolve() : reject(new Error(`link worker stopped (exit ${code}) after ${k} of ${inputs.length} plans`))));
  });
}
