/**
 * The marks of RTF's footnotes and endnotes, as the RTF reader (rtf.ts) reads them. Word writes a
 * note's automatic mark (\chftn) at its reference in the text and again at the note's start, and
 * says a note is an endnote (\ftnalt) only in the note, after its reference: so each mark stands in
 * the text as a placeholder until all notes are read, then as Word numbers them, [1] [2] for
 * footnotes and [i] [ii] for endnotes, as the .docx reader gives them.
 */
import { formatNumber } from './numbering.ts';

/** A reference's mark: whether its note is an endnote, and whether its note has been read. */
export interface NoteMark {
  endnote: boolean;
  hasNote: boolean;
}

/** A mark's placeholder in the text: between NUL characters, which no text holds. */
export const placeholder = (mark: number): string => `\u0000${mark}\u0000`;

/** The mark of a note that opens: the last reference's, unless that one has its note already (then the note has none). */
export const markOfOpeningNote = (marks: NoteMark[]): number | null => (marks.length > 0 && !marks.at(-1)!.hasNote ? marks.length - 1 : null);

/** A mark as Word prints it: footnotes and endnotes numbered apart, in the order of their references. */
export function markLabel(marks: NoteMark[], mark: number): string {
  const { endnote } = marks[mark];
  const number = marks.slice(0, mark + 1).filter((other) => other.endnote === endnote).length;
  return `[${formatNumber(number, endnote ? 'lowerRoman' : 'decimal')}]`;
}

/** A line with its placeholders as the marks Word prints. */
export const withMarkLabels = (line: string, marks: NoteMark[]): string => line.replace(/\u0000(\d+)\u0000/g, (_, mark: string) => markLabel(marks, Number(mark)));

/** The marks of a document's notes as it is read: the reader tells it each \chftn, note and \ftnalt. */
export class NoteMarks {
  private readonly marks: NoteMark[] = [];
  /** The mark of the note being read. */
  private noteMark: number | null = null;

  /** \chftn in the text: a new reference, its placeholder. */
  reference(): string {
    this.marks.push({ endnote: false, hasNote: false });
    return placeholder(this.marks.length - 1);
  }

  /** \chftn elsewhere (in a note): the placeholder of the note's mark, or null for a note without a reference. */
  markOfNote(): string | null {
    return this.noteMark === null ? null : placeholder(this.noteMark);
  }

  /** A footnote or endnote opens. */
  openNote(): void {
    this.noteMark = markOfOpeningNote(this.marks);
    if (this.noteMark !== null) this.marks[this.noteMark].hasNote = true;
  }

  /** \ftnalt in a note: the note is an endnote. */
  isEndnote(): void {
    if (this.noteMark !== null) this.marks[this.noteMark].endnote = true;
  }

  /** A line read, its placeholders as the marks Word prints. */
  labelled(line: string): string {
    return withMarkLabels(line, this.marks);
  }
}
