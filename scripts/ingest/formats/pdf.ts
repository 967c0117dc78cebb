/**
 * PDF → lines with their pages, through pdfjs-dist: the text items of each page are set into
 * lines by their positions (a ruled table's into rows of tab-separated cells), page furniture is
 * removed, and pages without a text layer (a scan) are read by OCR when tesseract is installed.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument, OPS, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { placedLines, removeFurniture, type PageLine, type Run } from './page-lines.ts';
import { ruleSegments } from './pdf-rules.ts';
import type { Segment } from './ruling-lines.ts';
import { linesWithTables } from './ruled-tables.ts';
import { ocrAvailable, ocrHint, ocrPages } from './ocr.ts';
import { extracted, IngestError, paged, type Extracted } from './types.ts';

const pdfjsRoot = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

export interface PdfOptions {
  /** Reading one PDF's text layer stops after this long (OCR has its own limit per page). */
  timeoutMs?: number;
  maxPages?: number;
  /** Whether scanned pages are read by OCR (default: when tesseract with chi_sim is installed). */
  ocr?: boolean;
}

export async function readPdf(bytes: Uint8Array, options: PdfOptions = {}): Promise<Extracted> {
  const { timeoutMs = 5 * 60_000, maxPages = 2000 } = options;
  const task = getDocument({
    data: new Uint8Array(bytes), // a copy: pdfjs takes the buffer over, and wants no Buffer
    cMapUrl: join(pdfjsRoot, 'cmaps') + '/',
    cMapPacked: true,
    standardFontDataUrl: join(pdfjsRoot, 'standard_fonts') + '/',
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new IngestError(`reading the PDF took longer than ${timeoutMs / 1000} s; skipped`)), timeoutMs);
  });
  let layer: TextLayer;
  try {
    const pdf = await Promise.race([task.promise, timeout]).catch((error) => {
      throw refusal(error, bytes);
    });
    if (pdf.numPages > maxPages) throw new IngestError(`PDF has ${pdf.numPages} pages (more than ${maxPages}); skipped`);
    layer = await Promise.race([readTextLayer(pdf), timeout]);
  } finally {
    clearTimeout(timer);
    await task.destroy();
  }
  const read = await withOcr(layer, bytes, options);
  if (truncated(bytes)) read.notes.unshift('PDF is truncated (it ends before %%EOF: an incomplete download?); what remains was read');
  return read;
}

/** A complete PDF ends with %%EOF (a few bytes of line ends or padding may follow). */
const truncated = (bytes: Uint8Array) => !new TextDecoder('latin1').decode(bytes.subarray(-2048)).includes('%%EOF');

function refusal(error: unknown, bytes: Uint8Array): Error {
  if (error instanceof IngestError) return error;
  const { name, message } = error as Error;
  if (name === 'PasswordException') return new IngestError('encrypted PDF (needs a password to open); skipped');
  if (truncated(bytes)) return new IngestError(`PDF is truncated (it ends before %%EOF: an incomplete download?) and cannot be read (${message}); skipped`);
  if (name === 'InvalidPDFException') return new IngestError(`not a readable PDF (corrupt: ${message}); skipped`);
  return new IngestError(`PDF could not be read (${message}); skipped`);
}

/** A page with fewer characters than this has no text layer worth the name. */
const MIN_PAGE_CHARS = 10;

interface TextLayer {
  /** Lines of each page; [] for a page without a (readable) text layer. */
  pages: (PageLine | string)[][];
  /** Pages (1-based) to read by OCR: scans, and text whose glyphs have no Unicode map. */
  scanned: number[];
}

async function readTextLayer(pdf: PDFDocumentProxy): Promise<TextLayer> {
  const pages: PageLine[][] = [];
  const scanned: number[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent().catch(() => ({ items: [] }));
    const turned: Run[][] = [[], [], [], []];
    for (const item of content.items) {
      if (!('str' in item)) continue;
      const [a, b, c, d, e, f] = item.transform as number[];
      const turn = quarterTurn(a, b, c, d);
      if (turn !== null) turned[turn].push({ text: item.str, x: e, y: -f, width: item.width, size: Math.hypot(c, d) || item.height || 1 });
    }
    // The page reads in the direction most of its text runs (a landscape table turned onto a portrait
    // page reads bottom to top); text turned against it (a diagonal or sideways watermark such as 内部资料) is not part of the lines.
    const turn = turned.reduce((best, runs, k) => (characters(runs) > characters(turned[best]) ? k : best), 0);
    const frame = readingFrame(turn);
    const runs = turned[turn].map((run) => ({ ...run, ...frame(run.x, run.y) }));
    const { fnArray, argsArray } = await page.getOperatorList();
    // A ruled table's cells are set into rows; the rest of the page into lines.
    const turnedLines = linesWithTables(runs, ruleSegments(fnArray, argsArray).map((rule) => turnedRule(rule, frame)));
    const lines = turn === 0 ? turnedLines : withUpright(turnedLines, turned[0], page.view);
    const text = lines.map((line) => line.text).join('');
    // A scan (images, no text), or glyphs without a Unicode map (text that does not read): OCR reads both.
    const scan = !readable(text) && (garbled(text) || hasImages(fnArray));
    if (scan) scanned.push(n);
    // A page of a few characters that is no scan (附件2 alone before a turned table, （此页无正文）) is text like any other.
    pages.push(scan ? [] : lines);
    page.cleanup();
  }
  return { pages, scanned };
}

async function withOcr({ pages, scanned }: TextLayer, bytes: Uint8Array, options: PdfOptions): Promise<Extracted> {
  const notes: string[] = [];
  let format: Extracted['format'] = 'pdf';
  if (scanned.length > 0) {
    const useOcr = options.ocr ?? (await ocrAvailable());
    const which = scanned.length === pages.length ? 'no page has' : `page(s) ${ranges(scanned)} have`;
    if (!useOcr) {
      const message = `${which} a text layer (a scan?) and OCR is not installed: ${ocrHint}`;
      if (scanned.length === pages.length) throw new IngestError(`${message}; skipped`);
      notes.push(message);
    } else {
      // Not a problem, so not a message: format 'pdf-ocr' tells the reader to check against the original.
      const read = await ocrPages(bytes, scanned);
      scanned.forEach((n, i) => (pages[n - 1] = read[i]));
      format = 'pdf-ocr';
    }
  }
  if (pages.every((lines) => lines.length === 0)) throw new IngestError('PDF has no text (empty text layer, no images to read); skipped');
  const { lines, pages: linePages } = paged(removeFurniture(pages));
  return extracted(format, lines, { pages: linePages, notes });
}

/**
 * Which quarter turn of the page a text run goes in (0 left to right, 1 bottom to top, 2 upside
 * down, 3 top to bottom), from its matrix; null for slanted or skewed text.
 */
function quarterTurn(a: number, b: number, c: number, d: number): number | null {
  if (Math.abs(a * c + b * d) > 0.1 * Math.hypot(a, b) * Math.hypot(c, d)) return null;
  if (Math.abs(b) <= Math.abs(a) * 0.1) return a > 0 ? 0 : 2;
  if (Math.abs(a) <= Math.abs(b) * 0.1) return b > 0 ? 1 : 3;
  return null;
}

const characters = (runs: Run[]) => runs.reduce((sum, run) => sum + run.text.length, 0);

type Frame = (x: number, y: number) => { x: number; y: number };

/** Page coordinates (y down) → those of text going in the quarter turn: along the text, and down its lines. */
function readingFrame(turn: number): Frame {
  const [ux, uy] = [[1, 0], [0, -1], [-1, 0], [0, 1]][turn];
  return (x, y) => ({ x: x * ux + y * uy, y: y * ux - x * uy });
}

/**
 * A turned page's lines with what is set upright on it, the printed page's own (附件2 above a
 * landscape table, the page number at the foot): lines in the page's upper half before the turned
 * text, the others after it. `view` is the page's box (x0 y0 x1 y1, y up).
 */
function withUpright(turnedLines: PageLine[], upright: Run[], view: number[]): PageLine[] {
  const middle = -(view[1] + view[3]) / 2;
  const lines = placedLines(upright);
  return [...lines.filter((line) => line.y < middle), ...turnedLines, ...lines.filter((line) => line.y >= middle)].map(({ text, row }) => (row === undefined ? { text } : { text, row }));
}

function turnedRule(rule: Segment, frame: Frame): Segment {
  const [from, to] = [frame(rule.x0, rule.y0), frame(rule.x1, rule.y1)];
  return { x0: Math.min(from.x, to.x), y0: Math.min(from.y, to.y), x1: Math.max(from.x, to.x), y1: Math.max(from.y, to.y) };
}

/** Text that reads: enough characters, and not mostly private-use glyph codes (fonts without a Unicode map). */
function readable(text: string): boolean {
  return text.replace(/\s+/g, '').length >= MIN_PAGE_CHARS && !garbled(text);
}

function garbled(text: string): boolean {
  const chars = text.replace(/\s+/g, '');
  const unmapped = chars.match(/[\p{Co}\p{Cc}\ufffd]/gu)?.length ?? 0;
  return chars.length >= MIN_PAGE_CHARS && unmapped >= chars.length * 0.3;
}

function hasImages(fnArray: number[]): boolean {
  const paints = new Set([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject, OPS.paintImageXObjectRepeat]);
  return fnArray.some((op) => paints.has(op));
}

/** 1,2,3,5 → "1–3, 5". */
function ranges(numbers: number[]): string {
  const out: string[] = [];
  for (let i = 0; i < numbers.length; i++) {
    let j = i;
    while (j + 1 < numbers.length && numbers[j + 1] === numbers[j] + 1) j++;
    out.push(i === j ? String(numbers[i]) : `${numbers[i]}–${numbers[j]}`);
    i = j;
  }
  return out.join(', ');
}
