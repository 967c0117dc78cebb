/** A fixture text built through the structure and extract stages, as one document of a corpus. */
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { structureDocument } from '../../scripts/structure/index.ts';
import { extractFields } from '../../scripts/extract/index.ts';
import { sha256Of } from '../../scripts/ingest/read-corpus.ts';

export function buildText(file: string, text: string) {
  const lines = text.split(/\r\n|\r|\n/);
  const id = basename(file, extname(file));
  const structured = structureDocument({ id, file: `corpus/${file}`, text, lines, encoding: 'utf-8', bytes: Buffer.byteLength(text), sha256: sha256Of(text), sidecar: {}, format: 'text', pages: null, titleHint: null, original: null });
  return { ...structured, clauses: extractFields(structured.document, structured.clauses), lines };
}

export function buildFixture(path: string) {
  return buildText(basename(path), readFileSync(path, 'utf8'));
}
