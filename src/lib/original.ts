/**
 * The original file of a document not given as text (PDF, Word, web page, OFD): where the
 * build keeps it, where the site offers it, and how a clause names the pages it stands on.
 */
import { join } from 'node:path';
import { sourceDir } from './data.ts';
import type { DocumentRecord } from './data.ts';

/** Folder holding the originals (<id>.<ext>), beside the decoded sources. */
export function originalDir(): string {
  return join(sourceDir(), '..', 'original');
}

/** The original's URL; a PDF opens at the page (PDF viewers read #page=N). */
export function originalHref(name: string, page?: number): string {
  return `/source/${name}${page && name.endsWith('.pdf') ? `#page=${page}` : ''}`;
}

/** `第 3 页`, `第 3–4 页`. */
export function pagesLabel([first, last]: [number, number]): string {
  return first === last ? `第 ${first} 页` : `第 ${first}–${last} 页`;
}

export const formatLabel: Record<NonNullable<DocumentRecord['source']['format']>, string> = {
  text: '文本',
  pdf: 'PDF',
  'pdf-ocr': 'PDF 扫描件（文字经 OCR 识别，请以原件为准）',
  docx: 'Word 文档（.docx）',
  doc: 'Word/WPS 文档（.doc/.wps）',
  html: '网页',
  ofd: 'OFD 版式文件',
};

export const contentType: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.doc': 'application/msword',
  '.wps': 'application/vnd.ms-works',
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.shtml': 'text/html; charset=utf-8',
  '.xhtml': 'application/xhtml+xml',
  '.mht': 'multipart/related',
  '.mhtml': 'multipart/related',
  '.ofd': 'application/ofd',
};
