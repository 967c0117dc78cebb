/** A worker thread of ingest: reads its share of the corpus's files (other than text), posting each file's read as it is done. */
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import type { IngestOptions } from './formats/index.ts';
import { readFile } from './read-corpus.ts';

const { files, options } = workerData as { files: { path: string; ext: string }[]; options: IngestOptions };
for (const { path, ext } of files) parentPort!.postMessage(await readFile(readFileSync(path), ext, options));
