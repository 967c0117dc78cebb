/** A worker thread of the link stage: links its share of plans (plan.ts), posting each result as it is done. */
import { parentPort, workerData } from 'node:worker_threads';
import { planLinker } from './plan.ts';
import { segmenter } from './words.ts';
import type { WorkerData } from './plans-run.ts';

const { higher, jobs, concepts, options, terms } = workerData as WorkerData;
const higherById = new Map(higher.map((h) => [h.document.id, h]));
const context = { concepts, options, cut: segmenter(terms) };
for (const job of jobs) parentPort!.postMessage(planLinker({ ...job, higher: job.higher.map((id) => higherById.get(id)!) }, context).links());
