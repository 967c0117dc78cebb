/**
 * A page whose text is turned (a landscape task table set sideways on a portrait page, in a PDF
 * or an OFD) → its lines: the page reads in the direction most of its text runs, its runs and
 * ruling lines read in that direction's frame. Text turned against it (a diagonal or sideways
 * watermark such as 内部资料) is not part of the lines; what stands upright on a turned page is the
 * printed page's own (附件1 above the table, the page number at the foot) and is read where it stands.
 */
import { placedLines, type PageLine, type Run } from './page-lines.ts';
import { linesWithTables, type Unit } from './ruled-tables.ts';
import type { Segment } from './ruling-lines.ts';

/** A run of text (coordinates y down) and the quarter turn it goes in (quarterTurn), null when slanted. */
export interface TurnedRun {
  run: Run;
  turn: number | null;
}

/**
 * Which quarter turn of the page a text run goes in (0 left to right, 1 bottom to top, 2 upside
 * down, 3 top to bottom), from its matrix in a y-up space (PDF's); null for slanted or skewed text.
 */
export function quarterTurn(a: number, b: number, c: number, d: number): number | null {
  if (Math.abs(a * c + b * d) > 0.1 * Math.hypot(a, b) * Math.hypot(c, d)) return null;
  if (Math.abs(b) <= Math.abs(a) * 0.1) return a > 0 ? 0 : 2;
  if (Math.abs(a) <= Math.abs(b) * 0.1) return b > 0 ? 1 : 3;
  return null;
}

/** The page's lines, in the direction most of its text runs; a ruled table's cells as rows. */
export function turnedPageLines(runs: TurnedRun[], rules: Segment[], unit: Unit = 1): PageLine[] {
  const turned: Run[][] = [[], [], [], []];
  for (const { run, turn } of runs) if (turn !== null) turned[turn].push(run);
  const turn = turned.reduce((best, group, k) => (characters(group) > characters(turned[best]) ? k : best), 0);
  const frame = readingFrame(turn);
  const lines = linesWithTables(
    turned[turn].map((run) => ({ ...run, ...frame(run.x, run.y) })),
    rules.map((rule) => turnedRule(rule, frame)),
    unit,
  );
  return turn === 0 ? lines : withUpright(lines, turned[turn], turned[0]);
}

const characters = (runs: Run[]) => runs.reduce((sum, run) => sum + run.text.length, 0);

type Frame = (x: number, y: number) => { x: number; y: number };

/** Page coordinates (y down) → those of text going in the quarter turn: along the text, and down its lines. */
function readingFrame(turn: number): Frame {
  const [ux, uy] = [[1, 0], [0, -1], [-1, 0], [0, 1]][turn];
  return (x, y) => ({ x: x * ux + y * uy, y: y * ux - x * uy });
}

function turnedRule(rule: Segment, frame: Frame): Segment {
  const [from, to] = [frame(rule.x0, rule.y0), frame(rule.x1, rule.y1)];
  return { x0: Math.min(from.x, to.x), y0: Math.min(from.y, to.y), x1: Math.max(from.x, to.x), y1: Math.max(from.y, to.y) };
}

/** A turned page's lines with its upright ones: those above the middle of the turned text before it, the others after it. */
function withUpright(lines: PageLine[], turnedRuns: Run[], upright: Run[]): PageLine[] {
  const ys = turnedRuns.map((run) => run.y);
  const middle = (Math.min(...ys) + Math.max(...ys)) / 2;
  const own = placedLines(upright).map(({ y, text }) => ({ y, line: { text } }));
  return [...own.filter((o) => o.y < middle).map((o) => o.line), ...lines, ...own.filter((o) => o.y >= middle).map((o) => o.line)];
}
