/**
 * Word .docx → lines: one line per paragraph, a table row per line (cells apart by a tab),
 * automatic numbering rendered from numbering.xml (with numbering set by paragraph styles),
 * page numbers from the page breaks Word recorded when it last laid the document out. A text
 * box's paragraphs (the red head of a 红头文件 is often one) are lines before the paragraph it is
 * anchored in; footnotes and endnotes follow the text, so none of their words is lost, each opened
 * by the mark its reference in the text has.
 */
import { formatNumber, readNumbering, type ListState } from './numbering.ts';
import { decode } from '../decode.ts';
import { readHtml } from './html.ts';
import { readMhtml } from './mhtml.ts';
import { readRtf } from './rtf.ts';
import { symbolCharacter } from './symbol-fonts.ts';
import { takesMergedCells } from './merged-cells.ts';
import { isPageReference, withLeader } from './contents-entry.ts';
import { unzipEntries } from './zip.ts';
import { childNamed, childrenNamed, descendants, parseXml, textOf, type XmlNode } from './xml.ts';
import { extracted, IngestError, type Extracted } from './types.ts';

/** An element that is not there. */
const none: XmlNode = { tag: '', attrs: {}, children: [] };

const parts = ['word/document.xml', 'word/numbering.xml', 'word/styles.xml', 'word/footnotes.xml', 'word/endnotes.xml', 'word/comments.xml', 'word/_rels/document.xml.rels'];
/** Parts an altChunk may import into the text: a web page (also as one file), RTF, plain text, another .docx. */
const chunkFile = /\.(?:x?html?|mht|mhtml|rtf|txt|docx)$/i;

export function readDocx(bytes: Uint8Array): Extracted {
  const entries = unzipEntries(bytes, (name) => parts.includes(name) || (name.startsWith('word/') && chunkFile.test(name)));
  const document = entries.get('word/document.xml');
  if (!document) throw new IngestError('not a Word document (the package has no word/document.xml); skipped');
  const part = (name: string) => {
    const data = entries.get(name);
    return data ? parseXml(data, name) : null;
  };
  const body = findBody(parseXml(document, 'word/document.xml'));
  const reader = new BodyReader(readNumbering(part('word/numbering.xml')), styleNumbering(part('word/styles.xml')), importedChunks(entries, part('word/_rels/document.xml.rels')));
  reader.blocks(body);
  for (const [name, tag] of [['footnotes', 'footnote'], ['endnotes', 'endnote']]) {
    // The separators Word keeps among the notes (w:type separator, continuationSeparator) hold no text.
    for (const note of childrenNamed(childNamed(part(`word/${name}.xml`) ?? undefined, name) ?? none, tag))
      if (!note.attrs.type || note.attrs.type === 'normal') {
        reader.note = `${tag} ${note.attrs.id}`;
        reader.blocks(note);
      }
  }
  const { lines, pages } = reader;
  if (lines.every((line) => line.trim() === '')) throw new IngestError(`Word document has no text${scanInside(body)}; skipped`);
  const notes = [...reader.unmappedSymbols].map((symbol) => `symbol ${symbol} has no Unicode character known here: kept as �; see the original`);
  return extracted('docx', lines, { pages: reader.sawPageBreak ? pages : null, notes: [...notes, ...reviewNotes(body, part('word/comments.xml'))] });
}

/**
 * A draft's marks the text leaves out, said so that nobody takes the text for the whole file: tracked changes
 * not yet accepted or rejected (read as if accepted: insertions kept, deletions left out) and reviewers' comments
 * (not read: a comment may propose another figure or date than the text's).
 */
function reviewNotes(body: XmlNode, comments: XmlNode | null): string[] {
  const changes = ['ins', 'del', 'moveFrom', 'moveTo'].reduce((n, tag) => n + descendants(body, tag).length, 0);
  const remarks = childrenNamed(childNamed(comments ?? undefined, 'comments') ?? none, 'comment').length;
  return [
    ...(changes ? [`holds ${changes} tracked change(s) not yet accepted or rejected: read as if accepted (insertions kept, deletions left out); see the original`] : []),
    ...(remarks ? [`holds ${remarks} reviewer's comment(s), not read as its text; see the original`] : []),
  ];
}

/**
 * The parts altChunks import (w:altChunk: a web page, RTF or text a system that writes .docx files
 * put in whole, as Word shows it in place), read by their own readers; a web page's <title>, which
 * Word does not show, left out. Before, their text was lost, and a file of such parts alone was
 * said to have no text.
 */
function importedChunks(entries: Map<string, Uint8Array>, rels: XmlNode | null): (id: string) => string[] {
  const targets = new Map(descendants(rels ?? none, 'Relationship').map((rel) => [rel.attrs.Id, rel.attrs.Target ?? '']));
  return (id) => {
    const target = targets.get(id) ?? '';
    const name = target.startsWith('/') ? target.slice(1) : `word/${target}`;
    const bytes = entries.get(name);
    if (!bytes) throw new IngestError(`the document imports a part (altChunk ${id}: ${target || 'no target'}) that is not a web page, RTF or text file in the package; skipped`);
    try {
      const ext = name.slice(name.lastIndexOf('.')).toLowerCase();
      if (ext === '.rtf') return readRtf(bytes).lines;
      if (ext === '.docx') return readDocx(bytes).lines;
      if (ext === '.txt') {
        const decoded = decode(bytes);
        if (!decoded.ok) throw new IngestError(decoded.reason);
        return decoded.text.split(/\r\n|\r|\n/);
      }
      const page = withoutTitle(bytes);
      return (ext === '.mht' || ext === '.mhtml' ? readMhtml(page) : readHtml(page)).lines;
    } catch (error) {
      throw new IngestError(`the document's imported part ${name} (altChunk) could not be read: ${(error as Error).message}`);
    }
  };
}

/** A web page (or a page in MHTML, its HTML as text or quoted-printable) without its <title>, its bytes otherwise as they are. */
function withoutTitle(bytes: Uint8Array): Uint8Array {
  return Buffer.from(Buffer.from(bytes).toString('latin1').replace(/<title[^>]*>[\s\S]*?<\/title\s*>/i, ''), 'latin1');
}

/**
 * What a Word file without text holds instead: pictures (a:blip, VML's imagedata) are most often a
 * scanned plan pasted page by page, which OCR reads once the file is a PDF.
 */
function scanInside(body: XmlNode): string {
  const pictures = descendants(body, 'blip').length + descendants(body, 'imagedata').length;
  return pictures === 0 ? '' : `, only ${pictures} picture(s) (a scan pasted into Word?); pictures inside Word files are not read by OCR: save or print it as PDF, whose scanned pages are`;
}

function findBody(root: XmlNode): XmlNode {
  const body = childNamed(childNamed(root, 'document'), 'body');
  if (!body) throw new IngestError('word/document.xml has no body; skipped');
  return body;
}

interface NumPr {
  numId?: string;
  ilvl?: number;
}

/** Numbering that paragraph styles carry (a heading style numbered 一、), following basedOn. */
function styleNumbering(styles: XmlNode | null): Map<string, NumPr> {
  const own = new Map<string, { numPr: NumPr; basedOn?: string }>();
  for (const style of childrenNamed(childNamed(styles ?? undefined, 'styles') ?? none, 'style')) {
    own.set(style.attrs.styleId, { numPr: numPr(childNamed(style, 'pPr')), basedOn: childNamed(style, 'basedOn')?.attrs.val });
  }
  const resolved = new Map<string, NumPr>();
  for (const id of own.keys()) {
    let numbering: NumPr = {};
    const seen = new Set<string>();
    for (let at: string | undefined = id; at && !seen.has(at); at = own.get(at)?.basedOn) {
      seen.add(at);
      numbering = { ...own.get(at)?.numPr, ...numbering };
    }
    resolved.set(id, numbering);
  }
  return resolved;
}

function numPr(pPr: XmlNode | undefined): NumPr {
  const node = childNamed(pPr, 'numPr');
  if (!node) return {};
  const out: NumPr = {};
  const numId = childNamed(node, 'numId')?.attrs.val;
  const ilvl = childNamed(node, 'ilvl')?.attrs.val;
  if (numId !== undefined) out.numId = numId;
  if (ilvl !== undefined) out.ilvl = Number(ilvl);
  return out;
}

/** Elements whose text is not the document's: deletions (moveFrom: where moved text was), field codes, the fallback copy of drawings. */
const skipped = new Set(['del', 'delText', 'moveFrom', 'instrText', 'Fallback', 'pPr', 'rPr', 'sectPr', 'tblPr', 'trPr', 'tcPr']);

class BodyReader {
  lines: string[] = [];
  pages: number[] = [];
  page = 1;
  sawPageBreak = false;
  /** Symbols of a symbol font (w:sym) not in its table, as `F0A4 of Wingdings`: each read as �. */
  unmappedSymbols = new Set<string>();
  /** Each note's mark, as its reference in the text gave it ([1] a footnote, [i] an endnote), by its kind and id. */
  noteMarks = new Map<string, string>();
  /** The note being read (its kind and id), whose mark opens it. */
  note = '';
  /** Lines of the text boxes anchored in the paragraph being read. */
  private boxes: string[] = [];
  /** Text of paragraphs whose marks were deleted, waiting for the paragraph it joins. */
  private carried: { text: string; page: number } | null = null;

  private lists: ListState;
  private styles: Map<string, NumPr>;
  /** The lines of the part an altChunk imports, by its relationship id. */
  private chunks: (id: string) => string[];

  // Fields set here, not as parameter properties: the ingest worker (read-worker.ts) may run under Node's own type stripping.
  constructor(lists: ListState, styles: Map<string, NumPr>, chunks: (id: string) => string[] = () => []) {
    this.lists = lists;
    this.styles = styles;
    this.chunks = chunks;
  }

  blocks(container: XmlNode): void {
    this.walk(container);
    this.flushCarried();
  }

  private walk(container: XmlNode): void {
    for (const node of container.children) {
      if (node.tag === 'p') {
        const page = this.carried?.page ?? this.page; // a paragraph belongs to the page it starts on
        // A paragraph mark deleted with changes tracked: the text goes on in the next paragraph, whose mark (and number) it takes, as Word shows it once the changes are accepted.
        if (childNamed(childNamed(childNamed(node, 'pPr'), 'rPr'), 'del')) {
          this.carried = { text: (this.carried?.text ?? '') + this.runs(node), page };
          continue;
        }
        const line = this.paragraph(node);
        for (const box of this.boxes.splice(0)) this.push(box, page);
        this.push(line, page);
      } else if (node.tag === 'tbl') {
        this.flushCarried();
        this.table(node);
      } else if (node.tag === 'altChunk') {
        this.flushCarried();
        for (const line of this.chunks(node.attrs.id ?? '')) this.push(line, this.page);
      } else if (!skipped.has(node.tag)) this.walk(node); // sdt, sdtContent, customXml …
    }
  }

  /** Deleted marks before a table or at the end of a container join nothing: their text stands as a line. */
  private flushCarried(): void {
    if (!this.carried) return;
    for (const box of this.boxes.splice(0)) this.push(box, this.carried.page);
    if (this.carried.text.trim() !== '') this.push(this.carried.text, this.carried.page);
    this.carried = null;
  }

  private push(line: string, page: number): void {
    this.lines.push(line);
    this.pages.push(page);
  }

  private table(table: XmlNode): void {
    /** The text of the cell merged down each column (vMerge restart), by its place in the row. */
    const mergedDown: string[] = [];
    for (const row of wrappedChildren(table, 'tr')) {
      // A row deleted with changes tracked is not the document's text, as Word shows it with the changes accepted.
      if (childNamed(childNamed(row, 'trPr'), 'del')) continue;
      const page = this.page;
      // A row that starts further right (gridBefore: grid columns it leaves out) keeps its cells under their columns' header.
      const cells: string[] = Array<string>(Math.min(Number(childNamed(childNamed(row, 'trPr'), 'gridBefore')?.attrs.val) || 0, 100)).fill('');
      const copies = new Map<number, string>();
      for (const cell of wrappedChildren(row, 'tc')) {
        const tcPr = childNamed(cell, 'tcPr');
        // A tab in a cell (a tab stop, a table inside the cell) is a space: the row keeps its cells.
        const own = this.reader(cell).filter((line) => line.trim() !== '').join(' ').replace(/\t/g, ' ');
        // A cell merged down a column (牵头单位 or 完成时限 over several tasks) is each row's it spans (merged-cells.ts).
        const merge = childNamed(tcPr, 'vMerge');
        const column = cells.length;
        if (merge?.attrs.val === 'restart') mergedDown[column] = own;
        else if (!merge) delete mergedDown[column];
        else if (mergedDown[column] !== undefined) copies.set(column, mergedDown[column]);
        // A cell spanning columns (gridSpan) keeps the columns after it, empty, so the row stays under its header.
        const span = Math.min(Math.max(Number(childNamed(tcPr, 'gridSpan')?.attrs.val) || 1, 1), 100);
        cells.push(own, ...Array<string>(span - 1).fill(''));
      }
      if (takesMergedCells(cells)) for (const [column, text] of copies) cells[column] = text;
      this.push(cells.join('\t'), page);
    }
  }

  /** The lines of a container read on its own (a table's cell, a text box), from the page this reader is on. */
  private reader(container: XmlNode): string[] {
    const inner = new BodyReader(this.lists, this.styles, this.chunks);
    inner.page = this.page;
    inner.unmappedSymbols = this.unmappedSymbols;
    [inner.noteMarks, inner.note] = [this.noteMarks, this.note];
    inner.blocks(container);
    this.page = inner.page;
    this.sawPageBreak ||= inner.sawPageBreak;
    return inner.lines;
  }

  private paragraph(p: XmlNode): string {
    const pPr = childNamed(p, 'pPr');
    const style = childNamed(pPr, 'pStyle')?.attrs.val;
    const numbering = { ...(style ? this.styles.get(style) : undefined), ...numPr(pPr) };
    const number = numbering.numId ? this.lists.next(numbering.numId, numbering.ilvl ?? 0) : '';
    const text = contentsEntry((this.carried?.text ?? '') + this.runs(p), p);
    this.carried = null;
    if (number === '') return text;
    // Word sets a tab after the number; after closing punctuation (一、 （一）) none is needed.
    return /[、．.)）:：]$/.test(number) ? number + text : `${number} ${text}`;
  }

  private runs(node: XmlNode): string {
    let text = '';
    for (const child of node.children) {
      if (skipped.has(child.tag) || isHidden(child)) continue;
      if (child.tag === 't') text += child.children.map((c) => c.text ?? '').join('');
      else if (child.tag === 'tab') text += '\t';
      else if (child.tag === 'br' || child.tag === 'cr') {
        if (child.attrs.type === 'page') this.pageBreak();
        else text += '\n';
      } else if (child.tag === 'lastRenderedPageBreak') this.pageBreak();
      else if (child.tag === 'noBreakHyphen') text += '-';
      else if (child.tag === 'sym') text += this.symbol(child);
      else if (child.tag === 'footnoteReference' || child.tag === 'endnoteReference') text += this.noteReference(child);
      else if (child.tag === 'footnoteRef' || child.tag === 'endnoteRef') text += this.noteMarks.get(this.note) ?? '';
      else if (child.tag === 'txbxContent') this.boxes.push(...this.reader(child));
      else text += this.runs(child);
    }
    return text;
  }

  /** A character of a symbol font (a checklist's ✓ or □), or a visible � and a note: never lost silently. */
  private symbol(sym: XmlNode): string {
    const [font, code] = [sym.attrs.font ?? '', sym.attrs.char ?? ''];
    const known = symbolCharacter(font, parseInt(code, 16));
    if (known === null) this.unmappedSymbols.add(`${code.toUpperCase()} of ${font || 'an unnamed font'}`);
    return known ?? '\ufffd';
  }

  /**
   * A note's reference, numbered as Word numbers notes by default (footnotes 1, 2, 3; endnotes i, ii,
   * iii) and bracketed so that the number runs into no figure of the text (…通过省级验收[1]。). None
   * when the writer typed a mark of their own after it (customMarkFollows), which is text already.
   */
  private noteReference(reference: XmlNode): string {
    if (['1', 'true', 'on'].includes(reference.attrs.customMarkFollows ?? '')) return '';
    const kind = reference.tag === 'footnoteReference' ? 'footnote' : 'endnote';
    const count = [...this.noteMarks.keys()].filter((key) => key.startsWith(kind)).length + 1;
    const mark = `[${formatNumber(count, kind === 'footnote' ? 'decimal' : 'lowerRoman')}]`;
    this.noteMarks.set(`${kind} ${reference.attrs.id}`, mark);
    return mark;
  }

  private pageBreak(): void {
    this.page++;
    this.sawPageBreak = true;
  }
}

/** A table of contents' entry (its page a PAGEREF field) with the leader before its page (contents-entry.ts). */
function contentsEntry(text: string, p: XmlNode): string {
  const isEntry = descendants(p, 'instrText').some((code) => isPageReference(textOf(code))) || descendants(p, 'fldSimple').some((field) => isPageReference(field.attrs.instr));
  return isEntry ? withLeader(text) : text;
}

/** Elements that wrap a table's rows or a row's cells: a content control (w:sdt), custom XML. */
const wrappers = new Set(['sdt', 'sdtContent', 'customXml']);

/** A node's children named `tag`, also those inside wrappers (a row in a content control is a row of the table). */
function wrappedChildren(node: XmlNode, tag: string): XmlNode[] {
  return node.children.flatMap((child) => (child.tag === tag ? [child] : wrappers.has(child.tag) ? wrappedChildren(child, tag) : []));
}

/** A run formatted as hidden text (w:vanish): Word neither shows nor prints it. */
function isHidden(node: XmlNode): boolean {
  const vanish = node.tag === 'r' ? childNamed(childNamed(node, 'rPr'), 'vanish') : undefined;
  return vanish !== undefined && !['false', '0', 'off'].includes(vanish.attrs.val ?? '');
}
