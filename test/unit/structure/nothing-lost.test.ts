/**
 * Nothing lost: every character of a source text, other than white space, numbering
 * markers and Markdown block markup, is published exactly once and in reading order
 * (preamble, clauses, closing; page numbers apart), and each clause's source lines hold exactly its text.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compact, seedCorpus } from '../../helpers/corpus.ts';

const seeds = ['national-qianxian-2021', 'xiangyuan-2023', 'pianguan-2024', 'mingxi-2024', 'yanshi-2020'];

/** Markdown block markup (`## ` heading marks, `---` rules, whole-line bold) is structure, like numbering markers. */
function withoutMarkup(lines: string[]): string {
  return lines
    .filter((line) => !/^\s*(?:-\s*){3,}$/.test(line))
    .map((line) => line.replace(/^\s*#{1,6}\s+/, '').replace(/^\s*(\*\*|__)(.+?)\1\s*$/, '$2'))
    .join('\n');
}

describe('nothing lost', () => {
  for (const doc of seeds) {
    it(`${doc}: preamble + clauses + closing reproduce the source`, async () => {
      const { documents, clauses } = await seedCorpus();
      const source = readFileSync(`corpus/${doc}.txt`, 'utf8').split(/\r\n|\r|\n/);
      const document = documents.find((d) => d.id === doc)!;
      const published = [
        withoutMarkup(document.preamble.split('\n')),
        ...clauses.filter((c) => c.doc === doc).map((c) => `${c.marker ?? ''}${c.text}`),
        withoutMarkup(document.closing.split('\n')),
      ].join('');
      const pageNumbers = new Set(document.pageNumbers.map((p) => p.line));
      const prose = source.filter((_, i) => !pageNumbers.has(i + 1));
      expect(compact(published)).toBe(compact(withoutMarkup(prose)));
    });

    it(`${doc}: each clause's source lines hold its marker and text`, async () => {
      const { clauses } = await seedCorpus();
      const source = readFileSync(`corpus/${doc}.txt`, 'utf8').split(/\r\n|\r|\n/);
      for (const clause of clauses.filter((c) => c.doc === doc)) {
        const lines = source.slice(clause.source.line - 1, clause.source.endLine);
        expect(compact(withoutMarkup(lines)), clause.id).toBe(compact(`${clause.marker ?? ''}${clause.text}`));
      }
    });
  }
});
