/**
 * The phrase index's files (/search/phrase/meta.json and /search/phrase/<n>.json, read by the
 * search page; src/lib/phrase-index.ts), made by a worker thread beside the rendering
 * (phrase-worker.ts) instead of as thousands of Astro routes on the rendering thread.
 */
import { Worker } from 'node:worker_threads';
import type { PhraseWork } from './phrase-worker.ts';

export interface PhraseFiles {
  /** Write the files into `dir` (once the index is built); the number of files. */
  write(dir: string): Promise<number>;
}

export function startPhraseFiles(work: PhraseWork): PhraseFiles {
  const worker = new Worker(new URL('./phrase-worker.ts', import.meta.url), { workerData: work });
  const failed = new Promise<never>((_, reject) => worker.once('error', reject));
  failed.catch(() => {}); // reported by write()
  worker.unref(); // a build that fails before writing does not wait for it
  return {
    write: (dir) => {
      const written = new Promise<number>((resolve) => worker.once('message', resolve));
      worker.postMessage(dir);
      return Promise.race([written, failed])
        .catch((error: Error) => Promise.reject(new Error(`phrase index: ${error.message}`)))
        .finally(() => worker.terminate());
    },
  };
}
