/**
 * An entry of a table of contents (目录: a heading, then its page as a PAGEREF field, as Word and WPS
 * make one): the tab before the page number is a tab stop printed with a leader of dots, and is read
 * so (一、总体要求…………1), as a PDF of it gives it and as the structure stage knows an entry that
 * numbers no clause. With a bare tab the entry was taken for the heading itself, numbering the plan's
 * 一、 twice.
 */

/** A field's code that refers to a page (PAGEREF _Toc…). */
export const isPageReference = (code: string | undefined): boolean => /^\s*PAGEREF\b/i.test(code ?? '');

/** An entry's text with the leader before its page number; the text as it is when it ends in none. */
export const withLeader = (entry: string): string => entry.replace(/\t+(?=\s*\d{1,4}\s*$)/, '…………');
