/** A fixture text built through the structure and extract stages, as one document of a corpus. */
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { structureDocument } from '../../scripts/structure/index.ts';
import { extractFields } from '../../scripts/extract/index.ts';

export function buildFixture(path: string) {
  const text = readFileSync(path, 'utf8');
  const lines = text.split(/\r\n|\r|\n/);
  const id = basename(path, extname(path));
  const structured = structureDocument({ id, file: `corpus/${basename(path)}`, text, lines, encoding: 'utf-8', bytes: Buffer.byteLength(text), sidecar: {} });
  return { ...structured, clauses: extractFields(structured.document, structured.clauses), lines };
}
