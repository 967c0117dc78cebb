/**
 * A watermark set upright in a PDF's text layer (某某县卫生健康局 or 政务公开专用 in light grey across
 * each page): the same text at the same place on page after page, printed over the body's text.
 * Read as text, it ran into the lines it crosses (…引导作某某县卫生健康局用，完). Slanted or turned
 * watermarks are left out where pages are read in their text's direction (page-turns.ts).
 */
import type { TurnedRun } from './page-turns.ts';

/** How near (in the page's units, points in a PDF) two runs' places must be to be the same place. */
const SAME_PLACE = 1;

/**
 * Each page's runs without the watermark's: a text that stands at the same places on at least half
 * the pages (two at least) and somewhere lies over another run, or, set half as large again as the
 * body's text, stands amid it (the body's lines above and below it) wherever it is. Neither a running
 * head nor a table's header repeated at each page's top lies over text or amid it; a body's line
 * never stands at one place page after page.
 */
export function withoutWatermarks(pages: TurnedRun[][]): TurnedRun[][] {
  const place = ({ run }: TurnedRun) => `${run.text}@${Math.round(run.x / SAME_PLACE)},${Math.round(run.y / SAME_PLACE)}`;
  const pagesAt = new Map<string, number>();
  for (const runs of pages) for (const key of new Set(runs.filter(visible).map(place))) pagesAt.set(key, (pagesAt.get(key) ?? 0) + 1);
  const repeated = (r: TurnedRun) => (pagesAt.get(place(r)) ?? 0) >= Math.max(2, pages.length / 2);
  const body = pages.map((runs) => runs.filter((r) => visible(r) && !repeated(r)));
  const size = bodySize(body.flat());
  const overText = new Set<string>();
  const notAmid = new Set<string>();
  pages.forEach((runs, k) => {
    for (const r of runs.filter(repeated)) {
      if (body[k].some((other) => overlap(r, other))) overText.add(r.run.text);
      const amid = body[k].some((other) => other.run.y < r.run.y - r.run.size) && body[k].some((other) => other.run.y > r.run.y + size);
      if (!amid || r.run.size < 1.5 * size) notAmid.add(r.run.text);
    }
  });
  const watermark = (r: TurnedRun) => repeated(r) && (overText.has(r.run.text) || !notAmid.has(r.run.text));
  return pages.map((runs) => runs.filter((r) => !watermark(r)));
}

const visible = ({ run }: TurnedRun) => run.text.trim() !== '';

/** The size most of the text is set in. */
function bodySize(runs: TurnedRun[]): number {
  const chars = new Map<number, number>();
  for (const { run } of runs) chars.set(Math.round(run.size), (chars.get(Math.round(run.size)) ?? 0) + run.text.length);
  return [...chars].reduce((best, entry) => (entry[1] > best[1] ? entry : best), [0, 0])[0];
}

/**
 * Whether two runs' boxes (baseline y, y down, a size high) cover half of the smaller one: text
 * printed over text. Neighbouring glyphs' boxes touch or cross by a sliver only.
 */
function overlap({ run: a }: TurnedRun, { run: b }: TurnedRun): boolean {
  const across = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const down = Math.min(a.y, b.y) - Math.max(a.y - a.size, b.y - b.size);
  return across > 0.5 * Math.min(a.width, b.width) && down > 0.5 * Math.min(a.size, b.size);
}
