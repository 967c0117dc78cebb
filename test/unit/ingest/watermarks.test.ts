/**
 * A watermark set upright in a PDF's text layer is the same text at the same place page after
 * page, over the body's lines or, larger than they are, amid them; it is no text. A running head
 * and a table's header repeated at each page's top are neither, and stay.
 */
import { describe, expect, it } from 'vitest';
import type { TurnedRun } from '../../../scripts/ingest/formats/page-turns.ts';
import { withoutWatermarks } from '../../../scripts/ingest/formats/watermarks.ts';

/** A run of text upright at (x, baseline y), its width by its characters. */
const run = (text: string, x: number, y: number, size = 16): TurnedRun => ({ run: { text, x, y, width: text.length * size, size }, turn: 0 });

/** A page of the body's lines every 28 pt, a running head above them and a repeated table header at their top. */
function page(lines: string[], mark: TurnedRun): TurnedRun[] {
  return [run('政务公开 · 政策文件', 200, 60, 9), run('序号', 60, 100), run('重点任务', 200, 100), ...lines.map((text, k) => run(text, 60, 128 + 28 * k)), mark];
}
const body = (p: number) => Array.from({ length: 20 }, (_, k) => `第${p}页第${k + 1}行：推进县医院综合能力提升工作`);
const texts = (pages: TurnedRun[][]) => pages.map((runs) => runs.map(({ run }) => run.text));

describe('a watermark in the text layer', () => {
  it('between the lines, half as large again as they are, on every page, is left out', () => {
    // 36 pt, beside the ends of lines halfway down every page (over none of them)
    const pages = [1, 2, 3].map((p) => page(body(p), run('某某县卫生健康局', 420, 128 + 28 * 9, 36)));
    expect(texts(withoutWatermarks(pages))).toEqual(pages.map((runs) => runs.slice(0, -1).map(({ run }) => run.text)));
  });

  it('over a line on one page is left out on all', () => {
    const pages = [1, 2, 3].map((p) => page(body(p), run('政务公开专用', 100, 128 + 28 * 5, 18)));
    expect(texts(withoutWatermarks(pages))).toEqual(pages.map((runs) => runs.slice(0, -1).map(({ run }) => run.text)));
  });

  it("a running head, a repeated table header and a signature at the body's size stay", () => {
    // the same signature at the same place on two of three pages, between lines: the body's size, no watermark
    const pages = [1, 2, 3].map((p) => page(body(p), run(p < 3 ? '某某县卫生健康局' : '附件', 300, 128 + 28 * 20)));
    expect(texts(withoutWatermarks(pages))).toEqual(texts(pages));
  });
});
