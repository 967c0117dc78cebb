/**
 * What the ingest stage knows about where text came from, added to the structured document:
 * the published format, the original file offered for download, and each clause's pages.
 */
import { extname } from 'node:path';
import type { Structured } from '../structure/index.ts';
import type { SourceText } from './read-corpus.ts';

export function withProvenance(structured: Structured, source: SourceText): Structured {
  const { document, clauses } = structured;
  const pageOf = (line: number) => source.pages?.[Math.min(line, source.pages.length) - 1] ?? null;
  document.source = {
    ...document.source,
    format: source.format,
    original: source.original ? originalName(source) : null,
    sha256: source.sha256,
  };
  if (document.title === null && source.titleHint) {
    document.title = source.titleHint;
  }
  for (const clause of clauses) {
    const first = pageOf(clause.source.line);
    const last = pageOf(clause.source.endLine);
    clause.source = { ...clause.source, pages: first !== null && last !== null ? [first, last] : null };
  }
  return structured;
}

/** Extensions a browser opens as a page, running its scripts. */
const WEB_PAGE = new Set(['.html', '.htm', '.shtml', '.xhtml', '.mht', '.mhtml']);

/**
 * The original's file name in the build and on the site: `<id>.<its extension>`. A saved web page
 * is offered as `<id>.html.txt`, its bytes unchanged: served as a page on the site's own address,
 * its scripts would run there (and could read the curation decisions kept in the browser).
 */
export function originalName(source: Pick<SourceText, 'id' | 'original'>): string {
  const ext = extname(source.original ?? '').toLowerCase();
  return `${source.id}${ext}${WEB_PAGE.has(ext) ? '.txt' : ''}`;
}
