/**
 * The one interface every format reader has: the bytes of a file → its text, one source line
 * per line, with the page each line came from when the format has pages.
 */

/** How a document reached text: `text` (.txt/.md), or the published format it was extracted from. */
export type SourceFormat = 'text' | 'pdf' | 'pdf-ocr' | 'image-ocr' | 'docx' | 'doc' | 'xlsx' | 'html' | 'ofd' | 'rtf';

export interface Extracted {
  /** Source lines (no terminators): what the structure stage reads. */
  lines: string[];
  /** The whole text as read, where it has line ends of its own (a .txt); else the lines joined by \n. */
  text?: string;
  /** Page (1-based) of each line, or null for formats without pages. */
  pages: number[] | null;
  format: SourceFormat;
  encoding: string;
  /** A title the file states outside its text (a web page's <title>), or null. */
  titleHint: string | null;
  /** Things the reader wants the researcher to know (e.g. pages read by OCR). */
  notes: string[];
}

/** A file that cannot be read: the message says why, the file is skipped, the others build. */
export class IngestError extends Error {
  /** The source line the problem is on, where there is one. */
  readonly line: number | null;
  // No parameter property: the ingest worker (read-worker.ts) may run under Node's own type stripping.
  constructor(message: string, line: number | null = null) {
    super(message);
    this.line = line;
  }
}

/** Lines of several pages → lines and the page of each line. */
export function paged(pagesOfLines: string[][]): { lines: string[]; pages: number[] } {
  const lines: string[] = [];
  const pages: number[] = [];
  pagesOfLines.forEach((pageLines, index) => {
    for (const line of pageLines) {
      lines.push(line);
      pages.push(index + 1);
    }
  });
  return { lines, pages };
}

export const extracted = (format: SourceFormat, lines: string[], more: Partial<Extracted> = {}): Extracted => ({
  lines,
  pages: null,
  format,
  encoding: 'UTF-8',
  titleHint: null,
  notes: [],
  ...more,
});
