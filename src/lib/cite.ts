/**
 * Citations of a document, or of one clause in it, in the three forms researchers paste:
 * GB/T 7714-2015 (the Chinese reference standard), BibTeX and CSL-JSON. Pure functions; the
 * permanent address is built from a base URL the caller chooses (SITE_URL at build time, else
 * the address the page was opened at).
 */
import { clauseAnchor, clauseHref, docHref } from './routes.ts';

/** What a citation needs to know about a document (fields of documents.json). */
export interface CitedDocument {
  id: string;
  title: string | null;
  docNumber: string | null;
  issuer: string | null;
  date: string | null;
}

/** Only what a citation needs of a document record. */
export const citedDocument = ({ id, title, docNumber, issuer, date }: CitedDocument): CitedDocument => ({ id, title, docNumber, issuer, date });

/** A clause as cited: its id and how it is named, e.g. `二（一）3 加强专科能力建设`. */
export interface CitedClause {
  id: string;
  label: string;
}

export interface CiteOptions {
  /** Origin (and base path) of the site, e.g. `https://example.org/`. */
  base: string;
  /** Day the reader consulted the page (GB/T 7714's 引用日期), ISO `YYYY-MM-DD`. */
  accessed: string;
  clause?: CitedClause;
}

export interface Citations {
  gbt7714: string;
  bibtex: string;
  cslJson: string;
}

/** The permanent address of the document, or of the clause's anchor in it. */
export function citedUrl(doc: Pick<CitedDocument, 'id'>, base: string, clause?: CitedClause): string {
  return new URL((clause ? clauseHref(clause.id) : docHref(doc.id)).replace(/^\//, ''), base.endsWith('/') ? base : `${base}/`).href;
}

/**
 * A clause named by its numbering markers as written, joined as Chinese texts refer to them
 * (`二（一）3`; bare numbers in a row keep a dot: `1.2`), then its name.
 */
export function clauseCitationLabel(path: string[], name: string): string {
  const bare = (marker: string) => /^[0-9A-Za-z]+$/.test(marker);
  const numbering = path.map((marker, i) => (i > 0 && bare(marker) && bare(path[i - 1]) ? `.${marker}` : marker)).join('');
  return [numbering, name].filter(Boolean).join(' ');
}

const titleOf = (doc: CitedDocument) => doc.title ?? doc.id;

/**
 * GB/T 7714-2015 for an official document read online, after the standard's own example
 * (A.6): 北京市人民政府办公厅. 关于转发…的通知: 京政办发〔2005〕37号[A/OL]. (2005-07-12)[2011-07-12]. http://….
 * [A] is the standard's type for archival documents, /OL marks an online resource; the date in
 * parentheses is the date of issue, the one in brackets the day it was consulted. A clause is
 * further title information after the 文号. Missing parts are left out, not guessed.
 */
export function gbt7714(doc: CitedDocument, { base, accessed, clause }: CiteOptions): string {
  const title = [titleOf(doc), doc.docNumber, clause?.label].filter(Boolean).join(': ');
  const issued = doc.date ? `(${doc.date})` : '';
  return `${doc.issuer ? `${doc.issuer}. ` : ''}${title}[A/OL]. ${issued}[${accessed}]. ${citedUrl(doc, base, clause)}.`;
}

/** A BibTeX key from an id: letters, digits and `-:.` kept, the rest as `-`. */
function bibtexKey(id: string): string {
  return id.replace(/[^\w:.-]/g, '-');
}

/** Characters BibTeX reads as markup, escaped. */
export function bibtexEscape(text: string): string {
  return text.replace(/[\\{}&%$#_^~]/g, (c) => (c === '\\' ? '\\textbackslash{}' : c === '^' || c === '~' ? `\\${c}{}` : `\\${c}`));
}

/**
 * A biblatex/BibTeX @misc entry; the issuer is a corporate author (in double braces so it is not
 * split into names), the 文号 is the entry's number and note, a clause its titleaddon.
 */
export function bibtex(doc: CitedDocument, { base, accessed, clause }: CiteOptions): string {
  const fields: [string, string | null][] = [
    ['author', doc.issuer && `{${bibtexEscape(doc.issuer)}}`],
    ['title', bibtexEscape(titleOf(doc))],
    ['titleaddon', clause ? bibtexEscape(clause.label) : null],
    ['number', doc.docNumber && bibtexEscape(doc.docNumber)],
    ['note', doc.docNumber && bibtexEscape(doc.docNumber)],
    ['date', doc.date],
    ['year', doc.date?.slice(0, 4) ?? null],
    ['url', citedUrl(doc, base, clause)],
    ['urldate', accessed],
    ['langid', 'chinese'],
  ];
  const lines = fields.filter(([, value]) => value).map(([name, value]) => `  ${name} = {${value}},`);
  return `@misc{${bibtexKey(clause?.id ?? doc.id)},\n${lines.join('\n')}\n}`;
}

const dateParts = (iso: string) => ({ 'date-parts': [iso.split('-').map(Number)] });

/** One CSL-JSON item (the format Zotero, Pandoc and citeproc read), as an array of one. */
export function cslJson(doc: CitedDocument, { base, accessed, clause }: CiteOptions): string {
  const item = {
    id: clause?.id ?? doc.id,
    type: 'document',
    title: titleOf(doc),
    ...(clause && { section: clause.label }),
    ...(doc.issuer && { author: [{ literal: doc.issuer }], authority: doc.issuer }),
    ...(doc.docNumber && { number: doc.docNumber }),
    ...(doc.date && { issued: dateParts(doc.date) }),
    accessed: dateParts(accessed),
    URL: citedUrl(doc, base, clause),
    language: 'zh-CN',
  };
  return JSON.stringify([item], null, 2);
}

export function citations(doc: CitedDocument, options: CiteOptions): Citations {
  return { gbt7714: gbt7714(doc, options), bibtex: bibtex(doc, options), cslJson: cslJson(doc, options) };
}

/** The clause an address's fragment points at (`#c-2.1.3`), among the document's clauses. */
export function clauseOfFragment(hash: string, clauses: CitedClause[]): CitedClause | undefined {
  const anchor = decodeURIComponent(hash.replace(/^#/, ''));
  return anchor ? clauses.find((c) => clauseAnchor(c.id) === anchor) : undefined;
}

/** Today in the reader's time zone, ISO. */
export function isoToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
