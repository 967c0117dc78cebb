/**
 * The site's door to reuse.json and citations.json (scripts/reuse/, scripts/citations/),
 * validated once against the data contract and indexed by document for the whole build.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { citationsFileSchema, reuseFileSchema, type CitedDocument, type ReusePair } from '../../scripts/publish/schema.ts';
import { dataDir } from './data.ts';

export type { CitedDocument, ReusePair } from '../../scripts/publish/schema.ts';

let reuse: { all: ReusePair[]; bySource: Map<string, ReusePair[]> } | undefined;
let citations: CitedDocument[] | undefined;

const read = (file: string): unknown => JSON.parse(readFileSync(join(dataDir(), file), 'utf8'));

/** Every reuse record, and those of one source document. */
export function loadReuse(): ReusePair[] {
  return reuseIndex().all;
}

export function reuseOf(docId: string): ReusePair[] {
  return reuseIndex().bySource.get(docId) ?? [];
}

function reuseIndex() {
  if (reuse) return reuse;
  const all = reuseFileSchema.parse(read('reuse.json'));
  const bySource = new Map<string, ReusePair[]>();
  for (const r of all) {
    const list = bySource.get(r.source);
    if (list) list.push(r);
    else bySource.set(r.source, [r]);
  }
  return (reuse = { all, bySource });
}

export function loadCitations(): CitedDocument[] {
  return (citations ??= citationsFileSchema.parse(read('citations.json')));
}
