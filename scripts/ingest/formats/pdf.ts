/**
 * PDF → lines with their pages, through pdfjs-dist: the text items of each page are set into
 * lines by their positions (a ruled table's into rows of tab-separated cells), page furniture is
 * removed, and pages without a text layer (a scan) are read by OCR when tesseract is installed.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument, OPS, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { removeFurniture, type PageLine } from './page-lines.ts';
import { quarterTurn, turnedPageLines, type TurnedRun } from './page-turns.ts';
import { ruleSegments } from './pdf-rules.ts';
import type { Segment } from './ruling-lines.ts';
import { withoutWatermarks } from './watermarks.ts';
import { common } from '../../text/common-characters.ts';
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
  /** Those of them with text whose glyphs have no Unicode map. */
  unmapped: number[];
}

async function readTextLayer(pdf: PDFDocumentProxy): Promise<TextLayer> {
  const read: { runs: TurnedRun[]; rules: Segment[]; images: boolean }[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent().catch(() => ({ items: [] }));
    const runs: TurnedRun[] = content.items.flatMap((item) => {
      if (!('str' in item)) return [];
      const [a, b, c, d, e, f] = item.transform as number[];
      return [{ run: { text: item.str, x: e, y: -f, width: item.width, size: Math.hypot(c, d) || item.height || 1 }, turn: quarterTurn(a, b, c, d) }];
    });
    const { fnArray, argsArray } = await page.getOperatorList();
    read.push({ runs, rules: ruleSegments(fnArray, argsArray), images: hasImages(fnArray) });
    page.cleanup();
  }
  // A watermark is known only across pages: the same text at the same place on page after page.
  const texts = withoutWatermarks(read.map((page) => page.runs));
  const pages: PageLine[][] = [];
  const scanned: number[] = [];
  const unmapped: number[] = [];
  read.forEach(({ rules, images }, k) => {
    const lines = turnedPageLines(texts[k], rules);
    const text = lines.map((line) => line.text).join('');
    // A scan (images, no text), or glyphs without a Unicode map (text that does not read): OCR reads both.
    const scan = !readable(text) && (garbled(text) || images);
    if (scan) scanned.push(k + 1);
    if (garbled(text)) unmapped.push(k + 1);
    // A page of a few characters that is no scan (附件2 alone before a turned table, （此页无正文）) is text like any other.
    pages.push(scan ? [] : lines);
  });
  return { pages, scanned, unmapped };
}

async function withOcr({ pages, scanned, unmapped }: TextLayer, bytes: Uint8Array, options: PdfOptions): Promise<Extracted> {
  const notes: string[] = [];
  let format: Extracted['format'] = 'pdf';
  if (scanned.length > 0) {
    const useOcr = options.ocr ?? (await ocrAvailable());
    const all = scanned.length === pages.length;
    if (!useOcr) {
      const what =
        unmapped.length === 0
          ? `${all ? 'no page has' : `page(s) ${ranges(scanned)} have`} a text layer (a scan?)`
          : `${all ? 'the text' : `the text of page(s) ${ranges(scanned)}`} does not read (a font without a Unicode map: glyph codes stand for the characters${unmapped.length < scanned.length ? ', or no text layer' : ''})`;
      const message = `${what} and OCR is not installed: ${ocrHint}`;
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

/** Text that reads: enough characters, and not mostly private-use glyph codes (fonts without a Unicode map). */
function readable(text: string): boolean {
  return text.replace(/\s+/g, '').length >= MIN_PAGE_CHARS && !garbled(text);
}

/**
 * Text of glyph codes, not characters: a font without a Unicode map gives private-use codes or
 * control characters, or, read as Unicode, characters at random (⢏⪩⹁☕妩䷓䈢). Chinese prose is
 * mostly its commonest characters (two thirds and more of a plan's page; such codes, a few in a hundred).
 */
function garbled(text: string): boolean {
  const chars = text.replace(/\s+/g, '');
  const unmapped = chars.match(/[\p{Co}\p{Cc}\ufffd]/gu)?.length ?? 0;
  const wide = [...chars].filter((c) => c.charCodeAt(0) > 0x7f);
  const readsAsChinese = wide.length < MIN_WIDE_CHARS || wide.filter((c) => common.has(c)).length >= wide.length * MIN_COMMON_SHARE;
  return chars.length >= MIN_PAGE_CHARS && (unmapped >= chars.length * 0.3 || !readsAsChinese);
}

/** Characters beyond ASCII a page needs before its share of common Chinese says anything. */
const MIN_WIDE_CHARS = 20;
/** Below this share of the commonest Chinese characters, a page's text is no Chinese. */
const MIN_COMMON_SHARE = 0.2;

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
