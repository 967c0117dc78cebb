/** A worker thread of the per-document stages: computes its share of documents, posting each as it is done. */
import { parentPort, workerData } from 'node:worker_threads';
import type { SourceText } from './ingest/read-corpus.ts';
import { readAliasTable } from './extract/unit-names.ts';
import { computeDocument } from './per-document.ts';

const { sources, aliasFile } = workerData as { sources: SourceText[]; aliasFile: string };
const aliases = readAliasTable(aliasFile).table;
for (const source of sources) parentPort!.postMessage(computeDocument(source, aliases));
