/**
 * The marks of RTF's footnotes and endnotes (scripts/ingest/formats/rtf-notes.ts): each reference's
 * mark printed as Word numbers it, footnotes [1] [2] and endnotes [i] [ii] apart, and each note
 * opened by its reference's mark, known only once the note says it is an endnote (\ftnalt).
 */
import { describe, expect, it } from 'vitest';
import { markLabel, markOfOpeningNote, NoteMarks, withMarkLabels } from '../../../scripts/ingest/formats/rtf-notes.ts';

describe('note marks', () => {
  it('number footnotes and endnotes apart, in the order of their references', () => {
    const marks = [false, true, false, true, true].map((endnote) => ({ endnote, hasNote: true }));
    expect(marks.map((_, k) => markLabel(marks, k))).toEqual(['[1]', '[i]', '[2]', '[ii]', '[iii]']);
  });

  it('a note opens with the last reference’s mark; a second note after it, or a note before any reference, has none', () => {
    expect(markOfOpeningNote([])).toBeNull();
    expect(markOfOpeningNote([{ endnote: false, hasNote: true }, { endnote: false, hasNote: false }])).toBe(1);
    expect(markOfOpeningNote([{ endnote: false, hasNote: true }])).toBeNull();
  });

  it('stand in the text and in the notes as the marks Word prints, once the notes say which are endnotes', () => {
    const marks = new NoteMarks();
    const text = `各乡镇卫生院${marks.reference()}：`;
    marks.openNote();
    const note = `${marks.markOfNote()} 含社区卫生服务中心。`;
    const text2 = `到2025年底完成${marks.reference()}。`;
    marks.openNote();
    marks.isEndnote();
    const note2 = `${marks.markOfNote()} 本方案由县卫健局负责解释。`;
    marks.openNote();
    expect(marks.markOfNote()).toBeNull();
    expect([text, text2, note, note2].map((line) => marks.labelled(line))).toEqual(['各乡镇卫生院[1]：', '到2025年底完成[i]。', '[1] 含社区卫生服务中心。', '[i] 本方案由县卫健局负责解释。']);
  });

  it('leave a line without marks as it is', () => {
    expect(withMarkLabels('县域内就诊率达到90%', [])).toBe('县域内就诊率达到90%');
  });
});
