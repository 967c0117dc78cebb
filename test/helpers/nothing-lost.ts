/**
 * Nothing lost, as one check for any document: the main text (preamble, main-body clauses,
 * closing) reproduces the source outside the attached parts, the page furniture (page numbers,
 * running headers) and the notes (published apart), each attached part's clauses
 * reproduce its source lines, and each clause's source lines hold exactly its marker and text.
 * White space, numbering markers and Markdown block markup (headings, rules, bold lines, a numbered
 * run-in heading's bold, table pipes and separator rows) are structure, not text.
 */
import { expect } from 'vitest';
import type { ClauseRecord, DocumentRecord } from '../../scripts/publish/schema.ts';
import { compact } from './corpus.ts';
import { withoutBoldMarker } from '../../scripts/structure/blocks.ts';
import { noteLines } from '../../scripts/structure/notes.ts';

export function withoutMarkup(lines: string[]): string {
  return lines
    .filter((line) => !/^\s*(?:-\s*){3,}$/.test(line) && !/^\s*\|(?:\s*:?-{2,}:?\s*\|)+\s*$/.test(line))
    .map((line) => withoutBoldMarker(line.replace(/^\s*#{1,6}\s+/, '').replace(/^\s*>\s?/, '').replace(/^\s*(\*\*|__)(.+?)\1\s*$/, '$2').trim()))
    .map((line) => (/^\s*\|.*\|\s*$/.test(line) ? line.replace(/\|/g, '') : line))
    .join('\n');
}

const said = (c: ClauseRecord) => `${c.marker ?? ''}${c.text}`;

export function expectNothingLost(document: DocumentRecord, clauses: ClauseRecord[], source: string[]): void {
  // page furniture (the page numbers and running headers) and notes, published apart
  const furniture = new Set([...[...document.pageNumbers, ...document.pageHeads].map((p) => p.line), ...noteLines(document.notes)]);
  const parts = document.attachments.filter((a) => a.present && a.source);
  const inPart = (line: number) => parts.some((a) => line >= a.source!.line && line <= a.source!.endLine);
  const mine = clauses.filter((c) => c.doc === document.id);
  const published = [withoutMarkup(document.preamble.split('\n')), ...mine.filter((c) => c.part === null).map(said), withoutMarkup(document.closing.split('\n'))].join('');
  const prose = source.filter((_, i) => !furniture.has(i + 1) && !inPart(i + 1));
  expect(compact(published), `${document.id}: main text`).toBe(compact(withoutMarkup(prose)));

  for (const part of parts) {
    const own = mine.filter((c) => c.id === part.clause || c.id.startsWith(`${part.clause}/`));
    const lines = source.slice(part.source!.line - 1, part.source!.endLine).filter((_, k) => !furniture.has(part.source!.line + k));
    expect(compact(own.map(said).join('')), `${document.id}: ${part.clause}`).toBe(compact(withoutMarkup(lines)));
  }
  for (const clause of mine) {
    const lines = source.slice(clause.source.line - 1, clause.source.endLine).filter((_, k) => !furniture.has(clause.source.line + k));
    expect(compact(withoutMarkup(lines)), clause.id).toBe(compact(said(clause)));
  }
}
