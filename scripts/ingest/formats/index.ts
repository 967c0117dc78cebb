/**
 * Bytes of a corpus file → Extracted, whatever its format. The extension says a file is meant
 * as a document; the first bytes say what it really is (sites serve .doc files that are .docx
 * packages or web pages), and that picks the reader. A reader is loaded when a file needs it
 * (pdf.js alone takes about a second to load, and most corpora are text).
 */
import { decode } from '../decode.ts';
import type { PdfOptions } from './pdf.ts';
import { isZip } from './zip.ts';
import { extracted, IngestError, paged, type Extracted } from './types.ts';

export { IngestError, type Extracted, type SourceFormat } from './types.ts';

/** A scan published as page images: read by OCR. */
const imageExtensions = ['.png', '.jpg', '.jpeg', '.tif', '.tiff'];

/** Extensions read as documents, by what they are published as. */
export const documentExtensions = new Set(['.txt', '.md', '.pdf', '.docx', '.doc', '.wps', '.html', '.htm', '.shtml', '.xhtml', '.mht', '.mhtml', '.ofd', '.rtf', '.xlsx', ...imageExtensions]);

/**
 * Formats a plan is published in that are not read here, and what to save such a file as. The old
 * binary spreadsheets of Excel and WPS 表格 (.xls, .et) hold task lists as .xlsx files do.
 */
export const unreadFormats: Record<string, string> = {
  '.xls': 'an Excel workbook in the old binary format: save it as .xlsx',
  '.et': 'a WPS 表格 workbook: save it as .xlsx',
  '.ett': 'a WPS 表格 template: save it as .xlsx',
  '.ppt': 'a PowerPoint presentation: save it as PDF',
  '.pptx': 'a PowerPoint presentation: save it as PDF',
  '.dps': 'a WPS 演示 presentation: save it as PDF',
  '.zip': 'an archive: unpack its files into the corpus',
  '.rar': 'an archive: unpack its files into the corpus',
  '.7z': 'an archive: unpack its files into the corpus',
};

export interface IngestOptions {
  pdf?: PdfOptions;
}

/**
 * A text's lines; where it holds form feeds (a word processor's text export breaks its pages with them) each line's
 * page, counted from the form feeds before it, and the form feeds themselves, layout and no text, left out of the lines.
 */
function textLines(text: string, encoding: string): Extracted {
  const lines = text.split(/\r\n|\r|\n/);
  if (!text.includes('\f')) return extracted('text', lines, { encoding, text });
  let page = 1;
  const pages = lines.map((line) => {
    const opens = /^\f/.test(line);
    const at = opens ? ++page : page;
    page += (line.match(/\f/g)?.length ?? 0) - (opens ? 1 : 0);
    return at;
  });
  return extracted('text', lines.map((line) => line.replace(/\f/g, '')), { encoding, text, pages });
}

export async function ingestFile(bytes: Uint8Array, extension: string, options: IngestOptions = {}): Promise<Extracted> {
  const ext = extension.toLowerCase();
  if (ext === '.txt' || ext === '.md') {
    const decoded = decode(bytes);
    if (!decoded.ok) throw new IngestError(`${decoded.reason}; skipped`, decoded.line);
    return textLines(decoded.text, decoded.encoding);
  }
  if (bytes.length === 0) throw new IngestError('empty file; skipped');
  const kind = sniff(bytes);
  if (kind === 'pdf' || ext === '.pdf') return (await import('./pdf.ts')).readPdf(bytes, options.pdf);
  if (kind === 'image') return readImage(bytes, ext, options.pdf?.ocr); // the PDF option that turns OCR on or off
  if (ext === '.ofd') return (await import('./ofd.ts')).readOfd(bytes);
  if (kind === 'zip' && ext === '.xlsx') return (await import('./xlsx.ts')).readXlsx(bytes);
  if (kind === 'zip') return (await import('./docx.ts')).readDocx(bytes);
  if (kind === 'ole') return (await import('./doc.ts')).readDoc(bytes);
  if (kind === 'rtf' || ext === '.rtf') return (await import('./rtf.ts')).readRtf(bytes);
  if (kind === 'mhtml' || ext === '.mht' || ext === '.mhtml') return (await import('./mhtml.ts')).readMhtml(bytes);
  if (kind === 'html' || ext === '.html' || ext === '.htm' || ext === '.shtml' || ext === '.xhtml') return (await import('./html.ts')).readHtml(bytes);
  throw new IngestError(`not a ${ext} file (its content is of no format read here); skipped`);
}

/** A scan as page images (a multi-page .tif holds several): each page read by OCR. */
async function readImage(bytes: Uint8Array, ext: string, ocr?: boolean): Promise<Extracted> {
  const { ocrAvailable, ocrHint, ocrImage } = await import('./ocr.ts');
  if (!(ocr ?? (await ocrAvailable()))) throw new IngestError(`a page image (a scan?) and OCR is not installed: ${ocrHint}; skipped`);
  const pages = await ocrImage(bytes, imageExtensions.includes(ext) ? ext : '.png');
  if (pages.every((lines) => lines.length === 0)) throw new IngestError('image has no text OCR can read; skipped');
  const { lines, pages: linePages } = paged(pages);
  return extracted('image-ocr', lines, { pages: linePages });
}

/** What the first bytes say the file is. */
function sniff(bytes: Uint8Array): 'pdf' | 'image' | 'zip' | 'ole' | 'rtf' | 'mhtml' | 'html' | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (head.includes('%PDF-')) return 'pdf';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) || startsWith(bytes, [0xff, 0xd8, 0xff]) || startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) return 'image'; // PNG, JPEG, TIFF
  if (isZip(bytes)) return 'zip';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return 'ole';
  if (head.startsWith('{\\rtf')) return 'rtf';
  if (/^MIME-Version:/im.test(head) && /multipart\/related/i.test(head)) return 'mhtml';
  if (/<(?:!doctype\s+html|html|head|body|meta|div|p)[\s>]/i.test(head)) return 'html';
  return null;
}

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((byte, i) => bytes[i] === byte);
