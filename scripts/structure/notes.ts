/**
 * Notes on the text, published apart from the clauses (a document's `notes`): a table's 注： under its
 * last row (`注：①…。` with its items `②…` on lines of their own), and footnotes (`[1]…`) whose call
 * stands in the text above. A note says how a figure is counted or which document a name cites; read
 * into the last row or the last clause it would stand in a task's text as if the task said it.
 * A 注 under a paragraph stays in its clause: it is the paragraph's own remark.
 */
import { readMarker } from './markers.ts';
import { rowCells } from './table.ts';
import { joinWrapped } from '../text/wrapped-lines.ts';

export interface Note {
  /** First and last source line (1-based). */
  line: number;
  endLine: number;
  /** The note as written: its items (`②…`) on lines of their own, a line the width broke run on. */
  text: string;
}

/** The source lines (1-based) the notes stand on. */
export const noteLines = (notes: Note[]) => notes.flatMap((n) => Array.from({ length: n.endLine - n.line + 1 }, (_, k) => n.line + k));

const tableNoteStart = /^(?:注|备注|说明)\s*[0-9０-９]?\s*[：:]/;
/** `[1]`, or an endnote's `[i]` as a Word document's reader marks it. */
const footnoteStart = /^[[［]([0-9０-９]{1,2}|[ivx]{1,5})[\]］]/;
/** A table row as a text gives it: tab-separated, Markdown pipes, or columns set out with gaps of spaces. */
const spacedRow = /\S(?: {2,}|\u3000+)\S.*\S(?: {2,}|\u3000+)\S/;
const isRow = (line: string) => rowCells(line, true) !== null || spacedRow.test(line.trim());
const endsSentence = /[。；;！？!?]$/;

/** The notes of a text, from its lines (page furniture already known, skipped as blank). */
export function readNotes(lines: string[], furniture: Set<number>): Note[] {
  const text = lines.map((line, at) => (furniture.has(at) ? '' : line.trim()));
  const notes: Note[] = [];
  let previous = '';
  for (let at = 0; at < text.length; at++) {
    const line = text[at];
    if (!line) continue;
    const footnote = footnoteStart.exec(line);
    const note = (tableNoteStart.test(line) && isRow(previous)) || (footnote && calledAbove(text, at, footnote[1]));
    if (note) {
      const end = noteEnd(text, at);
      notes.push({ line: at + 1, endLine: end + 1, text: noteText(text.slice(at, end + 1).filter(Boolean)) });
      at = end;
    }
    previous = line;
  }
  return notes;
}

/** A note's lines as its paragraphs: an item (`②…`) on a line of its own, a line the width broke run on (as a clause's text is). */
function noteText(lines: string[]): string {
  const paragraphs: string[][] = [];
  lines.forEach((line, k) => (k === 0 || readMarker(line) ? paragraphs.push([line]) : paragraphs.at(-1)!.push(line)));
  return paragraphs.map(joinWrapped).join('\n');
}

/**
 * A footnote's call `[n]` in the text above, after a letter of it (the width may have broken the call over
 * two lines, or set it at a line's start); the footnote's own words open with no stop, as the rest of a
 * sentence after a call does.
 */
function calledAbove(text: string[], at: number, number: string): boolean {
  if (/^[，。、；：）)》”,.;:]/.test(text[at].replace(footnoteStart, ''))) return false;
  return new RegExp(`.[[［]${number}[\\]］]`).test(text.slice(0, at).join(''));
}

/**
 * The last line of a note: its items go on (`②…` after `注：①…`), and a line the width broke goes on
 * where the line before ends in no stop; a new note or footnote, or a numbered line of the text ends it.
 * Blank lines and page furniture do not (a PDF's text may put a blank line after every line).
 */
function noteEnd(text: string[], start: number): number {
  let end = start;
  let item = readMarker(text[start].replace(tableNoteStart, '').replace(footnoteStart, '').trim());
  for (let at = start + 1; at < text.length; at++) {
    const line = text[at];
    if (!line) continue;
    if (tableNoteStart.test(line) || footnoteStart.test(line)) break;
    const marker = readMarker(line);
    const nextItem = !!item && !!marker && marker.kind === item.kind && marker.value === item.value + 1;
    if (nextItem) item = marker;
    else if (marker || endsSentence.test(text[end])) break;
    end = at;
  }
  return end;
}
