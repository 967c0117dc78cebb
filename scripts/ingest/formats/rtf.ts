/**
 * RTF → lines. RTF is plain 7-bit text: groups `{…}`, control words `\word123 ` and symbols
 * `\~`, and text. Characters beyond ASCII come as `\uN` (Unicode, followed by `\ucN` fallback
 * characters to skip) or as bytes `\'hh` in the code page of the document (`\ansicpg936`) or of
 * the current font (`\fcharset134`): how Word and WPS write Chinese. Paragraphs, line, section and
 * page breaks and table rows end a line; tabs and table cells become a tab, as in the .docx reader.
 * Destinations that are not the text (font, colour and style tables, document info, pictures,
 * `{\*\…}` extensions, field instructions) are skipped, and so is text deleted with changes tracked;
 * running headers and footers too, as the PDF reader drops them. List numbers Word renders into `{\listtext 一、\tab}` are kept: they are the
 * numbering as printed. Footnotes and endnotes follow the text, so none of their words is lost, each
 * opened by its mark (rtf-notes.ts). Table rows: rtf-tables.ts.
 */
import { isPageReference, withLeader } from './contents-entry.ts';
import { NoteMarks } from './rtf-notes.ts';
import { keepColumns, RtfTableRows } from './rtf-tables.ts';
import { extracted, IngestError, type Extracted } from './types.ts';

/** Destinations whose content is not text of the document. */
const skippedDestinations = new Set([
  'fonttbl', 'colortbl', 'stylesheet', 'listtable', 'listoverridetable', 'revtbl', 'rsidtbl', 'info', 'pict', 'objdata',
  'header', 'headerl', 'headerr', 'headerf', 'footer', 'footerl', 'footerr', 'footerf', 'fldinst', 'themedata', 'colorschememapping',
  'datastore', 'latentstyles', 'xmlnstbl', 'filetbl', 'nonshppict', 'shpinst', 'private', 'xe', 'tc', 'bkmkstart', 'bkmkend',
]);
/** Destinations read after the body: notes the text refers to. */
const noteDestinations = new Set(['footnote', 'endnote']);
const lineBreaks = new Set(['par', 'line', 'sect', 'page', 'row', 'nestrow']);
/** Control words of a table's rows and cells in the body (rtf-tables.ts). */
const tableWords = new Set(['trowd', 'clvmgf', 'clvmrg', 'cellx', 'cell', 'row']);
const tabs = new Set(['tab', 'cell', 'nestcell']);
/** Control words that stand for one character. */
const characters: Record<string, string> = {
  emdash: '—', endash: '–', bullet: '•', lquote: '‘', rquote: '’', ldblquote: '“', rdblquote: '”',
  emspace: ' ', enspace: ' ', qmspace: ' ', '~': '\u00a0', _: '-',
};
/** Windows code page of a font's \fcharsetN (those Chinese, Japanese and Korean documents use). */
const charsetCodePages: Record<number, number> = { 128: 932, 129: 949, 130: 1361, 134: 936, 136: 950, 161: 1253, 162: 1254, 163: 1258, 177: 1255, 178: 1256, 186: 1257, 204: 1251, 222: 874, 238: 1250 };

const latin1 = new TextDecoder('latin1');

/** A TextDecoder for a Windows code page; 936 (GBK) read as GB18030, its superset. */
function codePageDecoder(codePage: number): TextDecoder {
  const label = codePage === 936 ? 'gb18030' : codePage === 950 ? 'big5' : codePage === 932 ? 'shift_jis' : codePage === 949 ? 'euc-kr' : codePage === 10000 ? 'macintosh' : `windows-${codePage}`;
  try {
    return new TextDecoder(label);
  } catch {
    return new TextDecoder('windows-1252');
  }
}

/** What a group inherits from its parent and may change for itself. */
interface GroupState {
  /** Where text goes: the body, a note, nowhere (a skipped destination), or the font table. */
  into: 'body' | 'note' | 'skip' | 'fonttbl';
  /** Fallback characters that follow a \uN. */
  uc: number;
  font: number | null;
  /** Text deleted with changes tracked (\deleted): not the document's text, as in the .docx reader. */
  deleted: boolean;
  /** Where text went before a `{\upr ansi-text {\*\ud unicode-text}}`: the Unicode part goes there, the ANSI part nowhere. */
  beforeUpr?: GroupState['into'];
}

export function readRtf(bytes: Uint8Array): Extracted {
  if (bytes.length === 0) throw new IngestError('empty RTF file; skipped');
  if (!latin1.decode(bytes.subarray(0, 5)).startsWith('{\\rtf')) throw new IngestError('not an RTF file (it does not begin with {\\rtf); skipped');
  let codePage = 1252;
  const fontCodePages = new Map<number, number>();
  let defaultFont: number | null = null;
  let fontBeingDefined: number | null = null;

  const body: string[] = [''];
  const notes: string[] = [''];
  const noteMarks = new NoteMarks();
  /** The paragraph being read holds a PAGEREF field: a table of contents' entry (contents-entry.ts). */
  let pageReferenced = false;
  const table = new RtfTableRows(body);
  /** Bytes of \'hh (or raw 8-bit) in a row: decoded together, as a GBK character is two bytes. */
  let pendingBytes: number[] = [];
  let pendingInto: 'body' | 'note' = 'body';

  const decoderCache = new Map<number, TextDecoder>();
  const currentCodePage = (state: GroupState) => {
    const font = state.font ?? defaultFont;
    return (font !== null && fontCodePages.get(font)) || codePage;
  };
  let pendingCodePage = codePage;
  const flushBytes = () => {
    if (pendingBytes.length === 0) return;
    if (!decoderCache.has(pendingCodePage)) decoderCache.set(pendingCodePage, codePageDecoder(pendingCodePage));
    appendText(pendingInto, decoderCache.get(pendingCodePage)!.decode(new Uint8Array(pendingBytes)));
    pendingBytes = [];
  };
  function appendText(into: 'body' | 'note', text: string) {
    const lines = into === 'body' ? body : notes;
    lines[lines.length - 1] += text;
  }
  const emit = (state: GroupState, text: string) => {
    if ((state.into !== 'body' && state.into !== 'note') || state.deleted) return;
    flushBytes();
    appendText(state.into, text);
  };
  const emitByte = (state: GroupState, byte: number) => {
    if ((state.into !== 'body' && state.into !== 'note') || state.deleted) return;
    const page = currentCodePage(state);
    if (pendingBytes.length > 0 && (page !== pendingCodePage || state.into !== pendingInto)) flushBytes();
    pendingCodePage = page;
    pendingInto = state.into;
    pendingBytes.push(byte);
  };
  const newLine = (state: GroupState, control: string) => {
    if (state.into !== 'body' && state.into !== 'note') return;
    flushBytes();
    const lines = state.into === 'body' ? body : notes;
    // A row ends with its last cell's tab: the row is its cells apart by tabs, as the .docx reader gives it.
    if (control === 'row' || control === 'nestrow') lines[lines.length - 1] = lines[lines.length - 1].replace(/\t$/, '');
    else if (pageReferenced && state.into === 'body') lines[lines.length - 1] = withLeader(lines[lines.length - 1]);
    if (state.into === 'body') pageReferenced = false;
    lines.push('');
  };

  let state: GroupState = { into: 'body', uc: 1, font: null, deleted: false };
  const stack: GroupState[] = [];
  /** Fallback characters still to skip after a \uN. */
  let skip = 0;
  /** The next control word opens a destination (`{\*\…}`, or the group's first control word). */
  let groupStart = false;
  let starred = false;
  let line = 1;
  let i = 0;

  const isLetter = (b: number) => (b >= 0x61 && b <= 0x7a) || (b >= 0x41 && b <= 0x5a);
  const isDigit = (b: number) => b >= 0x30 && b <= 0x39;

  while (i < bytes.length) {
    const b = bytes[i];
    if (b === 0x7b /* { */) {
      skip = 0;
      stack.push(state);
      state = { ...state };
      groupStart = true;
      starred = false;
      i++;
      continue;
    }
    if (b === 0x7d /* } */) {
      skip = 0;
      if (state.into === 'fonttbl') fontBeingDefined = null;
      state = stack.pop()!;
      groupStart = false;
      i++;
      if (stack.length === 0) {
        // The document's group is closed. Only padding may follow; more text means a stray } ended it early.
        if (/[^\s\0}]/.test(latin1.decode(bytes.subarray(i)))) {
          throw new IngestError(`not a readable RTF file (unbalanced braces: a } on line ${line} closes the document before its end; corrupt); skipped`, line);
        }
        break;
      }
      continue;
    }
    if (b === 0x0a || b === 0x0d) {
      // Line ends in RTF are only for its own readability.
      if (b === 0x0a) line++;
      i++;
      continue;
    }
    if (b === 0x5c /* \ */) {
      const next = bytes[i + 1];
      if (next === undefined) break;
      if (isLetter(next)) {
        let end = i + 1;
        while (end < bytes.length && isLetter(bytes[end])) end++;
        const word = latin1.decode(bytes.subarray(i + 1, end));
        let paramEnd = end;
        if (bytes[paramEnd] === 0x2d /* - */ && isDigit(bytes[paramEnd + 1])) paramEnd++;
        while (paramEnd < bytes.length && isDigit(bytes[paramEnd])) paramEnd++;
        const param = paramEnd > end ? Number(latin1.decode(bytes.subarray(end, paramEnd))) : null;
        i = paramEnd;
        if (bytes[i] === 0x20) i++; // the space that ends a control word is part of it
        const opensGroup = groupStart;
        groupStart = false;
        if (word === 'bin') {
          // Binary data of the given length: never text, and may hold any byte, braces too.
          i += Math.max(0, param ?? 0);
          continue;
        }
        if (skip > 0) {
          skip--;
          continue;
        }
        if (opensGroup) {
          if (word === 'upr') [state.beforeUpr, state.into] = [state.into, 'skip'];
          else if (word === 'ud') state.into = state.beforeUpr ?? state.into;
          // LibreOffice writes its notes as {\*\footnote …}: a destination a reader may skip, but the note's text.
          else if (noteDestinations.has(word) && state.into === 'body') {
            state.into = 'note';
            if (notes.at(-1) !== '') notes.push(''); // each note a line of its own
            noteMarks.openNote();
          } else if (skippedDestinations.has(word) || starred) {
            state.into = word === 'fonttbl' && !starred ? 'fonttbl' : 'skip';
            // A field's code is no text, but a PAGEREF makes its paragraph a table of contents' entry.
            if (word === 'fldinst' && stack.at(-1)?.into === 'body' && isPageReference(latin1.decode(bytes.subarray(i, i + 64)))) pageReferenced = true;
          }
          starred = false;
          if (word === 'fonttbl') continue;
        }
        controlWord(word, param);
        continue;
      }
      i += 2;
      if (next === 0x2a /* \* */) {
        starred = groupStart;
        continue;
      }
      groupStart = false;
      if (next === 0x27 /* \'hh */) {
        const hex = latin1.decode(bytes.subarray(i, i + 2));
        if (!/^[0-9a-fA-F]{2}$/.test(hex)) continue; // a broken escape: what follows is read as it is
        i += 2;
        if (skip > 0) skip--;
        else emitByte(state, parseInt(hex, 16));
        continue;
      }
      if (next === 0x0a || next === 0x0d) {
        // A backslash before a line end is a paragraph mark.
        if (next === 0x0a) line++;
        newLine(state, 'par');
        continue;
      }
      if (skip > 0) {
        skip--;
        continue;
      }
      const symbol = String.fromCharCode(next);
      if (symbol === '\\' || symbol === '{' || symbol === '}') emit(state, symbol);
      else if (symbol in characters) emit(state, characters[symbol]);
      // \- (optional hyphen) and the index and formula symbols \: \| are not text.
      continue;
    }
    groupStart = false;
    i++;
    if (skip > 0) {
      skip--;
      continue;
    }
    if (b >= 0x80) emitByte(state, b); // an 8-bit byte written as is: in the code page, like \'hh
    else if (b !== 0x09) emit(state, String.fromCharCode(b)); // a raw tab is spacing; \tab is the tab
  }
  if (stack.length > 0) throw new IngestError(`not a readable RTF file (truncated or corrupt: ${stack.length} group${stack.length > 1 ? 's' : ''} not closed at its end, unbalanced braces); skipped`);
  flushBytes();

  function controlWord(word: string, param: number | null) {
    if (state.into === 'fonttbl') {
      // The font table: each font's number and character set, for the bytes written in that font.
      if (word === 'f' && param !== null) fontBeingDefined = param;
      else if (fontBeingDefined !== null && word === 'fcharset' && param !== null && charsetCodePages[param]) fontCodePages.set(fontBeingDefined, charsetCodePages[param]);
      else if (fontBeingDefined !== null && word === 'cpg' && param !== null && param > 0) fontCodePages.set(fontBeingDefined, param);
      return;
    }
    if (word === 'ansicpg' && param !== null && param > 0) codePage = param;
    else if (word === 'mac' || word === 'pc' || word === 'pca') codePage = { mac: 10000, pc: 437, pca: 850 }[word];
    else if (word === 'deff' && param !== null) defaultFont = param;
    else if (word === 'f' && param !== null) state.font = param;
    else if (word === 'uc' && param !== null) state.uc = Math.max(0, param);
    else if (word === 'deleted') state.deleted = param !== 0;
    else if (word === 'plain') state.deleted = false;
    else if (word === 'u' && param !== null) {
      // A signed 16-bit code unit (−10179 is 0xD83D); pairs of them make characters beyond the BMP.
      emit(state, String.fromCharCode(param < 0 ? param + 0x10000 : param));
      skip = state.uc;
    } else if (word === 'chftn') {
      const mark = state.into === 'body' ? noteMarks.reference() : noteMarks.markOfNote();
      if (mark !== null) emit(state, mark);
    } else if (word === 'ftnalt' && state.into === 'note') noteMarks.isEndnote();
    else if (state.into === 'body' && tableWords.has(word)) tableControl(word, param);
    else if (lineBreaks.has(word)) newLine(state, word);
    else if (tabs.has(word)) emit(state, '\t');
    else if (word in characters) emit(state, characters[word]);
  }

  /** A table's control word in the body; a cell's and a row's text is whole once the bytes pending are decoded. */
  function tableControl(word: string, param: number | null) {
    if (word === 'trowd') table.defineRow();
    else if (word === 'clvmgf' || word === 'clvmrg') table.mergeNextCell(word === 'clvmgf' ? 'first' : 'rest');
    else if (word === 'cellx') table.defineCell(param ?? 0);
    else if (word === 'cell') {
      flushBytes();
      table.endCell();
      emit(state, '\t');
      table.startNextCell();
    } else {
      flushBytes();
      table.endRow();
      newLine(state, word);
      table.startRow();
    }
  }

  keepColumns(body, table.rows);
  const lines = [...withoutTrailingBlanks(body), ...withoutTrailingBlanks(notes)].map((line) => noteMarks.labelled(line));
  if (lines.every((l) => l.trim() === '')) throw new IngestError('RTF file has no text; skipped');
  return extracted('rtf', lines, { encoding: codePageDecoder(codePage).encoding.toUpperCase() });
}

function withoutTrailingBlanks(lines: string[]): string[] {
  let end = lines.length;
  while (end > 0 && lines[end - 1].trim() === '') end--;
  return lines.slice(0, end);
}
