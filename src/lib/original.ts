/**
 * The original file of a document not given as text (PDF, Word, web page, OFD): where the
 * build keeps it, where the site offers it, and how a clause names the pages it stands on.
 */
import { join } from 'node:path';
import { sourceDir } from './data.ts';
import { zh } from '../i18n/zh.ts';
import { fill } from '../i18n/locale.ts';

/** Folder holding the originals (<id>.<ext>), beside the decoded sources. */
export function originalDir(): string {
  return join(sourceDir(), '..', 'original');
}

/** The original's URL; a PDF opens at the page (PDF viewers read #page=N). */
export function originalHref(name: string, page?: number): string {
  return `/source/${name}${page && name.endsWith('.pdf') ? `#page=${page}` : ''}`;
}

/** `第 3 页`, `第 3–4 页`. */
export function pagesLabel([first, last]: [number, number], text: typeof zh.pages = zh.pages): string {
  return fill(first === last ? text.one : text.range, { a: first, b: last });
}


export const contentType: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.doc': 'application/msword',
  '.wps': 'application/vnd.ms-works',
  '.ofd': 'application/ofd',
  '.rtf': 'application/rtf',
  // a saved web page, offered as text (provenance.ts originalName): its bytes in its own charset
  '.txt': 'text/plain',
};
