/**
 * How the build computes the plans' links (plan.ts): each plan's result cached by a hash of
 * its inputs, so adding one county plan to a built corpus links that plan only (and a changed
 * higher-level document relinks the plans below it); the plans left computed on worker
 * threads, one per core, when there are many.
 */
import { createHash } from 'node:crypto';
import { openDocumentCache, type CacheStats } from '../cache/document-cache.ts';
import type { Progress } from '../progress.ts';
import { spread, type Spread } from '../threads.ts';
import type { Concepts } from './concepts.ts';
import type { LinkOptions } from './score.ts';
import { planLinker, type PlanContext, type PlanInput, type PlanLinks } from './plan.ts';

export interface PlanRun extends Spread {
  /** Folder of the link cache (build/cache/link); null computes every plan. */
  cacheDir: string | null;
  progress: Progress;
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

  await spread(
    missing,
    run,
    {
      what: 'link',
      onMain: (i) => planLinker(inputs[i], shared.context()).links(),
      worker: (share) => ({ script: new URL('./link-worker.ts', import.meta.url), data: workerData(share.map((i) => inputs[i]), shared) }),
    },
    finished,
  );
  cache.prune();
  return { results: results as PlanLinks[], cache: cache.stats };
}

/** What a worker linking `inputs` receives. */
function workerData(inputs: PlanInput[], shared: SharedInputs): WorkerData {
  const higher = new Map(inputs.flatMap((i) => i.higher.map((h) => [h.document.id, h] as const)));
  return {
    higher: [...higher.values()],
    jobs: inputs.map((i) => ({ ...i, higher: i.higher.map((h) => h.document.id) })),
    concepts: shared.concepts,
    options: shared.options,
    terms: shared.terms,
  };
}
