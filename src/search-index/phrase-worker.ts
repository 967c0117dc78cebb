/**
 * Builds the exact phrase index (src/lib/phrase-index.ts) over the decoded source texts on its own
 * thread, from the start of the build, and writes its files when asked: the output folder is
 * emptied after the build starts, and the index is ready long before the pages are. Loaded by
 * Node itself (types stripped), not by Vite.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { buildPhraseIndex } from '../lib/phrase-index.ts';

export interface PhraseWork {
  /** document ids, in published order */
  docs: string[];
  /** the folder holding each document's decoded text, <id>.txt */
  sourceDir: string;
}

const { docs, sourceDir } = workerData as PhraseWork;
const { meta, shards } = buildPhraseIndex(docs.map((id) => ({ id, text: readFileSync(join(sourceDir, `${id}.txt`), 'utf8') })));
const files: [string, string][] = [['meta.json', JSON.stringify(meta)], ...shards.map((shard, n): [string, string] => [`${n}.json`, JSON.stringify(shard)])];

/** Asked with the folder to write to; answers with the number of files written. */
parentPort?.once('message', (dir: string) => {
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of files) writeFileSync(join(dir, name), text);
  parentPort?.postMessage(files.length);
});
