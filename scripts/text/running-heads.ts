/**
 * Running headers and footers: a line in the top or bottom lines of a page whose words (digits
 * aside) stand there on at least half of the pages, and on two at least. Shared by the PDF and OFD
 * readers (pages by position) and by texts pulled out of a PDF (pages between their page numbers).
 */

/** How many lines at the top and at the bottom of a page may be a running header or footer. */
const MARGIN_LINES = 2;

/** For each page, which of its lines stand in its margins. */
export const inMargin = (pages: string[][]) => pages.map((lines) => lines.map((_, i) => i < MARGIN_LINES || i >= lines.length - MARGIN_LINES));

/** For each page, which of its lines are running headers or footers. */
export function runningHeads(pages: string[][]): boolean[][] {
  const key = (line: string) => line.replace(/\s+/g, '').replace(/\d+/g, '#');
  const margins = inMargin(pages);
  const count = new Map<string, number>();
  pages.forEach((lines, p) => {
    for (const k of new Set(lines.filter((_, i) => margins[p][i]).map(key))) count.set(k, (count.get(k) ?? 0) + 1);
  });
  const least = Math.max(2, pages.length / 2);
  return pages.map((lines, p) => lines.map((line, i) => margins[p][i] && (count.get(key(line)) ?? 0) >= least));
}
