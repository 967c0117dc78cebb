/**
 * A cell merged down a column (a 牵头单位 or 完成时限 over several tasks' rows) is each row's it
 * spans, as the reader sees it beside each: every reader that knows a table's merged cells (.docx,
 * .xlsx, .rtf, web pages, ruled tables of PDF and OFD) writes a copy of its text into each row it
 * spans, and the copy is that row's text in the source (build/source), so no character is in two places.
 */
import { isHeaderRow } from '../../structure/table.ts';
import type { DocumentRecord } from '../../publish/schema.ts';

/**
 * The formats whose readers know a table's merged cells in every table they read. A PDF's ruled table does,
 * its 三线表 does not (no rules say where a cell ends), so a PDF is not among them; neither is text.
 */
export const MERGES_REPEATED: ReadonlySet<DocumentRecord['source']['format']> = new Set(['docx', 'xlsx', 'html', 'ofd', 'rtf']);

/**
 * Whether a row takes copies of the cells merged over it: one holding cells of its own, but not the
 * lower row of a header in two rows (序号, 重点任务, 备注 merged over 牵头单位 | 配合单位), which names
 * columns: copies there made it a row of data, its columns named by the upper row alone.
 */
export function takesMergedCells(ownCells: string[]): boolean {
  return ownCells.some((cell) => cell.trim() !== '') && !isHeaderRow(ownCells);
}
