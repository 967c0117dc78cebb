/**
 * Bytes of a corpus file → Extracted, whatever its format. The extension says a file is meant
 * as a document; the first bytes say what it really is (sites serve .doc files that are .docx
 * packages or web pages), and that picks the reader. A reader is loaded when a file needs it
 * (pdf.js alone takes about a second to load, and most corpora are text).
 */
import { decode } from '../decode.ts';
import type { PdfOptions } from './pdf.ts';
import { isZip } from './zip.ts';
import { extracted, IngestError, type Extracted } from './types.ts';

export { IngestError, type Extracted, type SourceFormat } from './types.ts';

/** Extensions read as documents, by what they are published as. */
export const documentExtensions = new Set(['.txt', '.md', '.pdf', '.docx', '.doc', '.wps', '.html', '.htm', '.shtml', '.xhtml', '.mht', '.mhtml', '.ofd', '.rtf']);

export interface IngestOptions {
  pdf?: PdfOptions;
}

export async function ingestFile(bytes: Uint8Array, extension: string, options: IngestOptions = {}): Promise<Extracted> {
  const ext = extension.toLowerCase();
  if (ext === '.txt' || ext === '.md') {
    const decoded = decode(bytes);
    if (!decoded.ok) throw new IngestError(`${decoded.reason}; skipped`, decoded.line);
    return extracted('text', decoded.text.split(/\r\n|\r|\n/), { encoding: decoded.encoding, text: decoded.text });
  }
  if (bytes.length === 0) throw new IngestError('empty file; skipped');
  const kind = sniff(bytes);
  if (kind === 'pdf' || ext === '.pdf') return (await import('./pdf.ts')).readPdf(bytes, options.pdf);
  if (ext === '.ofd') return (await import('./ofd.ts')).readOfd(bytes);
  if (kind === 'zip') return (await import('./docx.ts')).readDocx(bytes);
  if (kind === 'ole') return (await import('./doc.ts')).readDoc(bytes);
  if (kind === 'rtf' || ext === '.rtf') return (await import('./rtf.ts')).readRtf(bytes);
  if (kind === 'mhtml' || ext === '.mht' || ext === '.mhtml') return (await import('./mhtml.ts')).readMhtml(bytes);
  if (kind === 'html' || ext === '.html' || ext === '.htm' || ext === '.shtml' || ext === '.xhtml') return (await import('./html.ts')).readHtml(bytes);
  throw new IngestError(`not a ${ext} file (its content is of no format read here); skipped`);
}

/** What the first bytes say the file is. */
function sniff(bytes: Uint8Array): 'pdf' | 'zip' | 'ole' | 'rtf' | 'mhtml' | 'html' | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (head.includes('%PDF-')) return 'pdf';
  if (isZip(bytes)) return 'zip';
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'ole';
  if (head.startsWith('{\\rtf')) return 'rtf';
  if (/^MIME-Version:/im.test(head) && /multipart\/related/i.test(head)) return 'mhtml';
  if (/<(?:!doctype\s+html|html|head|body|meta|div|p)[\s>]/i.test(head)) return 'html';
  return null;
}
