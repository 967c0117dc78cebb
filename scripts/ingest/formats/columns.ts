/**
 * A page set in two columns (a 政府公报 prints its documents so) → its runs in reading order:
 * within a stretch of lines split by one gutter down the middle, the left column, then the
 * right; a line running across the gutter (a title over both columns, the gazette's running head)
 * stands where it is and ends the stretch. Without this, each line of the left column ran into
 * the line beside it in the right one.
 *
 * Only prose columns: each side's lines fill their column (justified text), three lines at least,
 * so a table without rules or a signature set beside a date is not read as columns.
 */
import { baselineGroups, type Run } from './page-lines.ts';

/** Where a gutter may be, as a share of the text's width (columns of about equal width). */
const GUTTER_FROM = 0.35;
const GUTTER_TO = 0.65;
/** A column's line fills at least this share of the column (a paragraph's last line need not). */
const FULL = 0.8;
/** How far (ems) a line of the right column may start from its edge: a paragraph's indent. */
const INDENT = 3;
/** Lines filled on both sides that make a stretch two columns. */
const MIN_LINES = 3;

/** The page's runs in blocks in reading order: each a stretch of lines across, or one column of a two-column stretch. */
export function readingBlocks(runs: Run[]): Run[][] {
  const lines = baselineGroups(runs);
  if (lines.length < MIN_LINES) return [runs];
  const gutter = bestGutter(lines.map(inked), Math.min(...runs.map((r) => r.x)), Math.max(...runs.map((r) => r.x + r.width)));
  if (gutter === null) return [runs];
  const blocks: Run[][] = [];
  let stretch: { line: Run[]; left: Run[]; right: Run[] }[] = [];
  const close = () => {
    // Each column's width is the stretch's own: a table or list across the page below does not widen it.
    const from = Math.min(...stretch.flatMap((s) => s.left.map((r) => r.x)));
    const to = Math.max(...stretch.flatMap((s) => s.right.map((r) => r.x + r.width)));
    const filled = stretch.filter((s) => fills(inked(s.left), from, gutter.from) && fills(inked(s.right), gutter.to, to)).length;
    blocks.push(...(filled >= MIN_LINES ? [stretch.flatMap((s) => s.left), stretch.flatMap((s) => s.right)] : [stretch.flatMap((s) => s.line)]));
    stretch = [];
  };
  for (const line of lines) {
    const [left, right] = [line.filter((run) => run.x < gutter.from), line.filter((run) => run.x >= gutter.from)];
    if (inColumns(inked(line), inked(right), gutter)) stretch.push({ line, left, right });
    else {
      close();
      blocks.push(line);
    }
  }
  close();
  return blocks.filter((block) => block.length > 0);
}

interface Gutter {
  from: number;
  to: number;
}

/** The gap of an em or more, in the middle of the text, that most lines have text on both sides of; null when fewer than MIN_LINES do. */
function bestGutter(lines: Run[][], left: number, right: number): Gutter | null {
  let best: { x: number; lines: number } | null = null;
  for (let x = left + (right - left) * GUTTER_FROM; x <= left + (right - left) * GUTTER_TO; x += (right - left) / 200) {
    const count = lines.filter((line) => gapAround(line, x) !== null).length;
    if (count >= MIN_LINES && (!best || count > best.lines)) best = { x, lines: count };
  }
  if (!best) return null;
  // The gutter is the gap every two-sided line leaves around the chosen point.
  const gaps = lines.map((line) => gapAround(line, best.x)).filter((g): g is Gutter => g !== null);
  const gutter = { from: Math.max(...gaps.map((g) => g.from)), to: Math.min(...gaps.map((g) => g.to)) };
  return gutter.from < gutter.to ? gutter : null;
}

/** The gap (an em wide at least) around x in a line with text on both sides of it, or null. */
function gapAround(line: Run[], x: number): Gutter | null {
  const before = line.filter((run) => run.x + run.width <= x);
  const after = line.filter((run) => run.x >= x);
  if (before.length + after.length < line.length || !before.length || !after.length) return null;
  const from = Math.max(...before.map((run) => run.x + run.width));
  const to = Math.min(...after.map((run) => run.x));
  const em = Math.max(...line.map((run) => run.size));
  return to - from >= em ? { from, to } : null;
}

/**
 * A line that can stand in two columns: no text across the gutter, and what it has right of the
 * gutter starts at the right column's edge or a paragraph's indent from it (a list's second
 * column far to the right is no column of text).
 */
function inColumns(line: Run[], right: Run[], gutter: Gutter): boolean {
  if (line.some((run) => run.x < gutter.to && run.x + run.width > gutter.from)) return false;
  return right.length === 0 || Math.min(...right.map((run) => run.x)) - gutter.to <= INDENT * Math.max(...line.map((run) => run.size));
}

/** A line's runs that print something (a space run may stretch across the gutter). */
const inked = (line: Run[]) => line.filter((run) => run.text.trim() !== '');

/** A column's line of prose: one text without a gap of an em, filling the column (a paragraph's last line need not). */
function fills(line: Run[], from: number, to: number): boolean {
  if (line.length === 0) return false;
  const sorted = [...line].sort((a, b) => a.x - b.x);
  const gapless = sorted.every((run, k) => k === 0 || run.x - (sorted[k - 1].x + sorted[k - 1].width) < run.size);
  return gapless && sorted.at(-1)!.x + sorted.at(-1)!.width - sorted[0].x >= (to - from) * FULL;
}
