import { readTextSources } from './ingest/read-corpus.ts';
import { structureDocument } from './structure/index.ts';
import { mkdtempSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const [file, ...ids] = process.argv.slice(2);
const dir = mkdtempSync(join(tmpdir(), 'zzs-'));
copyFileSync(file, join(dir, file.split('/').pop()!));
const sources = await readTextSources(dir);
for (const s of (sources as any).sources ?? sources) {
  const d: any = structureDocument(s as any);
  const doc = d.document ?? d;
  console.log('TITLE', doc.title, '| issuers', JSON.stringify(doc.issuers), '| date', doc.date, '| docNumber', doc.docNumber);
  console.log('CLOSING', JSON.stringify(doc.closing ?? d.closing));
  for (const c of d.clauses) if (!ids.length || ids.some((i: string) => c.id.endsWith(i))) console.log(c.id, JSON.stringify(c.text.slice(-120)));
}
