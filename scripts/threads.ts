/**
 * Work spread over worker threads, one per core, when there is enough of it to pay for a
 * worker's start-up; otherwise computed on the main thread. Each worker gets an interleaved
 * share of the items (neighbouring files and plans are often alike in size) and posts one
 * result per item, in order. Used by ingest (files other than text), the per-document stages and
 * linking.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

export interface Spread {
  /** Threads to compute on; by default one per core. */
  threads?: number;
  /** Fewer items than this stay on the main thread: a worker costs its start-up. */
  parallelFrom?: number;
}

export interface SpreadWork<R> {
  /** what an item of `what` is called in an error message */
  what: string;
  onMain: (item: number) => R | Promise<R>;
  /** the worker script and its data for a share of the items */
  worker: (share: number[]) => { script: URL; data: unknown };
}

/** Compute `items` (indices), handing each result to `finished` as it comes. */
export async function spread<R>(items: number[], options: Spread, work: SpreadWork<R>, finished: (item: number, result: R) => void): Promise<void> {
  const threads = Math.min(options.threads ?? availableParallelism(), items.length);
  if (threads > 1 && items.length >= (options.parallelFrom ?? 64)) {
    const shares = Array.from({ length: threads }, (_, t) => items.filter((_, k) => k % threads === t));
    await Promise.all(shares.map((share) => onWorker(work, share, finished)));
  } else {
    for (const item of items) finished(item, await work.onMain(item));
  }
}

function onWorker<R>(work: SpreadWork<R>, share: number[], finished: (item: number, result: R) => void): Promise<void> {
  const { script, data } = work.worker(share);
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData: data });
    let k = 0;
    worker.on('message', (result: R) => finished(share[k++], result));
    worker.on('error', reject);
    worker.on('exit', (code) => (code === 0 && k === share.length ? resolve() : reject(new Error(`${work.what} worker stopped (exit ${code}) after ${k} of ${share.length}`))));
  });
}
