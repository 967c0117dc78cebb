/**
 * Old Word .doc and WPS .wps (OLE compound files) → lines, through word-extractor. The text
 * is read as stored: Word's automatic numbering of these files is not in it (see README), so a
 * file that has numbered lists gets a note saying so.
 */
import { createRequire } from 'node:module';
import { extracted, IngestError, type Extracted } from './types.ts';

const require = createRequire(import.meta.url);

interface WordDocument {
  getBody(options?: { filterUnicode?: boolean }): string;
  getFootnotes(options?: { filterUnicode?: boolean }): string;
  getEndnotes(options?: { filterUnicode?: boolean }): string;
}
type ExtractorClass = new () => {
  extract(reader: unknown): Promise<WordDocument>;
  extractWordDocument(document: unknown, buffer: Buffer): Promise<WordDocument>;
};

// word-extractor's clean() writes Word's optional hyphen (0x1F) as the text "undefined" (its
// table of replacements lacks it). Its extractor takes clean() from this module when it loads,
// so the fix is put in before the extractor is required (nothing else in the pipeline loads it).
const filters = require('word-extractor/lib/filters.js') as { clean(text: string): string };
const clean = filters.clean;
filters.clean = (text: string) => clean(text.replace(/\x1f/g, ''));
const WordOleExtractor = require('word-extractor/lib/word-ole-extractor.js') as ExtractorClass;
const BufferReader = require('word-extractor/lib/buffer-reader.js') as new (buffer: Buffer) => { open(): Promise<unknown>; close(): Promise<unknown> };

/** Byte offset in the FIB (the WordDocument stream's header, Word 97 and later) of lcbPlfLfo: the size of the table of lists paragraphs use. */
const LCB_PLF_LFO = 0x2ee;
/** nFib of Word 97, whose FIB layout later versions keep. */
const WORD_97 = 0xc1;

/** word-extractor's .doc reader, which also notes whether the file's paragraphs can be numbered by Word lists. */
class ListNoticingExtractor extends WordOleExtractor {
  hasLists = false;

  extractWordDocument(document: unknown, buffer: Buffer): Promise<WordDocument> {
    this.hasLists = buffer.length >= LCB_PLF_LFO + 4 && buffer.readUInt16LE(2) >= WORD_97 && buffer.readUInt32LE(LCB_PLF_LFO) > 0;
    return super.extractWordDocument(document, buffer);
  }
}

export async function readDoc(bytes: Uint8Array): Promise<Extracted> {
  const extractor = new ListNoticingExtractor();
  const reader = new BufferReader(Buffer.from(bytes));
  let text: string;
  try {
    await reader.open();
    // filterUnicode would make “” ‘’ — – plain ASCII: those are the plan's own punctuation.
    const document = await extractor.extract(reader);
    const raw = { filterUnicode: false };
    // Footnotes and endnotes follow the text, so none of their words is lost.
    text = [document.getBody(raw), document.getFootnotes(raw), document.getEndnotes(raw)].join('\n');
  } catch (error) {
    throw new IngestError(`not a readable Word/WPS file (${unreadable(error as Error, bytes)}); skipped`);
  } finally {
    await reader.close();
  }
  const lines = wordLines(text);
  if (lines.every((line) => line.trim() === '')) throw new IngestError('Word/WPS file has no text; skipped');
  while (lines.at(-1)?.trim() === '') lines.pop();
  const cut = truncation(bytes);
  const notes = cut ? [`Word/WPS file is truncated (${cut}); what remains was read`] : [];
  if (extractor.hasLists)
    notes.push(
      'the file has Word lists, whose numbers are not read from .doc/.wps files: numbers Word adds to list paragraphs (一、 （一） 1.) are missing from the text; if clauses lack their numbers, save the file as .docx',
    );
  return extracted('doc', lines, { notes });
}

/**
 * Why word-extractor could not read a file, in words: its own errors about a cut file are Node's
 * (`The value of "sourceStart" is out of range`).
 */
function unreadable(error: Error, bytes: Uint8Array): string {
  const cut = truncation(bytes);
  if (cut) return `truncated: ${cut}`;
  if (error instanceof RangeError) return 'corrupt or truncated: its parts point past the end of the file';
  return `corrupt or another format: ${error.message}`;
}

/** An OLE file is its 512-byte header and whole sectors: one of another length was cut off (an incomplete download). */
function truncation(bytes: Uint8Array): string | null {
  const header = 512;
  const sector = bytes.length >= 0x20 ? 2 ** (bytes[0x1e] | (bytes[0x1f] << 8)) : header;
  const whole = bytes.length >= header && (sector < header || sector > 65536 || (bytes.length - header) % sector === 0);
  return whole ? null : `it ends at byte ${bytes.length}, inside a ${sector}-byte sector; an incomplete download?`;
}

/** The text word-extractor gives → lines: table rows as cells apart by a tab, as the .docx reader gives them. */
function wordLines(text: string): string[] {
  // Word ends each table cell with a mark word-extractor turns into a tab, and the row with one more:
  // a row is "cell\tcell\t". Other control characters left are layout, not text.
  return text
    .replace(/[\x00-\x08\x0b\x0c\x0e-\x1f]/g, '\t')
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/\t$/, ''));
}
