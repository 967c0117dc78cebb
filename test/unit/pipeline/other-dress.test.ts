/**
 * The same plan in another dress reads the same. Each seed plan written with other line endings, in
 * GB18030, with page numbers and a running head between its pages, indented with full-width spaces,
 * with full-width digits or half-width brackets, zero-width spaces, tabs for spaces, a blank line
 * after every line, its outline in Markdown (## 一、, **（一）…。**) or numbered another way (第一章,
 * 1、, ①), its digits or its Chinese letters spaced out (2 0 2 5 年, 加 强 组 织 领 导, as a PDF with
 * letter spacing gives them), its paragraphs wrapped at another page width (as another PDF would set
 * them), its markers and stops as OCR reads them (—、, half-width ,;:()), or several of these at once,
 * gives the same document — title, 文号, issuer, date, level, region, period, citations — and the same
 * clauses — outline, headings, units, deadlines, metrics and links — as the plan as published. So do the probe plans (written a paragraph a line): set at the usual page widths, in
 * full-width digits, spaced out, as OCR reads them, double-spaced, in Markdown, numbered another way
 * and printed. Headings and indicators are compared as written, but for the widths of digits,
 * brackets and stops the dress changes; a path step by its number (① is （1）).
 */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../scripts/pipeline.ts';
import { readBlocks } from '../../../scripts/structure/blocks.ts';
import { decode } from '../../../scripts/ingest/decode.ts';
import { CIRCLED, documentReading } from '../../helpers/reading.ts';

/** The plan's paragraphs as the pipeline reads them, one a line (a Markdown heading keeps its #), and its notes' lines in their places. */
function paragraphs(text: string): string[] {
  const { blocks, notes } = readBlocks(text.split(/\r\n|\r|\n/));
  const read = [
    ...blocks.map((b) => ({ line: b.line, text: (b.markdownDepth ? `${'#'.repeat(b.markdownDepth)} ` : '') + b.text })),
    ...notes.flatMap((n) => n.text.split('\n').map((text, k) => ({ line: n.line + k, text }))),
  ];
  return read.sort((a, b) => a.line - b.line).map((p) => p.text);
}

/**
 * Paragraphs set again at a page width of `columns` full-width letters (an ASCII character half of one). The one
 * space a paragraph keeps between two Chinese letters stands for a column gap (王敏 县医保局局长, 胸痛中心 2023年…):
 * it is set as wide again as the plan set it.
 */
function wrappedAt(text: string, columns: number): string {
  return paragraphs(text)
    .map((line) => line.replace(/(?<=[^\x00-\xff]) (?=[^\x00-\xff])/g, '\u3000\u3000'))
    .flatMap((line) => {
      // a heading, and a table's row (its cells apart by tabs, or a Markdown table's pipes), keep their line
      if (/^#|\t|^\s*\|/.test(line)) return [line];
      const lines: string[] = [];
      let current = '';
      let width = 0;
      for (const ch of line) {
        const w = /[\x00-\xff]/.test(ch) ? 1 : 2;
        if (width + w > columns * 2) {
          lines.push(current);
          current = '';
          width = 0;
        }
        current += ch;
        width += w;
      }
      return [...lines, current];
    })
    .join('\n');
}

/**
 * Every 45th line a page ends: its number, a blank, the running head of the next page (the plan's first line: its title or
 * its issuer's; not a red head, 某某文件, which stands on the first page only).
 */
function paged(text: string): string {
  const lines = text.split('\n');
  const head = lines.find((line) => line.trim() && !/文\s*件$/.test(line.trim()))!.trim();
  return lines.flatMap((line, i) => (i > 0 && i % 45 === 0 ? ['', `— ${i / 45} —`, '', head, line] : [line])).join('\n');
}

/**
 * A change made to the lines that open a paragraph only, as a converter numbers or marks up paragraphs: a line the
 * page width broke that happens to open with 三、 (三、四级手术占比…) is no heading.
 */
function atParagraphStarts(text: string, change: (line: string) => string): string {
  const lines = text.split('\n');
  const opening = new Set(readBlocks(lines).blocks.map((b) => b.line - 1));
  return lines.map((line, i) => (opening.has(i) ? change(line) : line)).join('\n');
}

const fullWidthDigits = (t: string) => t.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
/**
 * Chinese letters spaced out, as a PDF with letter spacing gives them; a line set out in columns with runs of spaces (a
 * table's row or the rest of a cell below it) keeps them as they stand.
 */
const letterSpaced = (t: string) =>
  t
    .split('\n')
    .map((line) => (/ {2,}/.test(line) ? line : line.replace(/(?<=[\u4e00-\u9fff])(?=[\u4e00-\u9fff])/g, ' ')))
    .join('\n');

const DRESSES: Record<string, (text: string) => string | Buffer> = {
  crlf: (t) => t.replace(/\n/g, '\r\n'),
  gbk: (t) => iconv.encode(t, 'gb18030'),
  paged,
  indented: (t) => t.replace(/\n(?=\S)/g, '\n\u3000\u3000'),
  fullwidthdigits: fullWidthDigits,
  halfbrackets: (t) => t.replace(/（/g, '(').replace(/）/g, ')'),
  zerowidth: (t) => t.replace(/。/g, '。\u200b'),
  tabs: (t) => t.replace(/ /g, '\t'),
  // a blank line after every line, as a copy from a web page or some PDF readers give
  doublespaced: (t) => t.split('\n').join('\n\n'),
  // as a converter writes Word's outline in Markdown: ## 一、…, run-in headings in bold
  // the plan's items numbered another way (1、 for 1., ① for （1）, where it numbers nothing ①) and its parts as chapters
  // (第一章 for 一、), where it has none
  numbering: (t) =>
    atParagraphStarts(t, (line) => {
      const dotted = line.replace(/^(\s*)(\d{1,2})[.．](?!\d)/, '$1$2、');
      const items = /^\s*[①-⑳]/m.test(t) ? dotted : dotted.replace(/^(\s*)[（(](\d{1,2})[）)]/, (_, indent: string, n: string) => indent + CIRCLED[Number(n) - 1]);
      return /^\s*第[一二三四五六七八九十]+章/m.test(t) ? items : items.replace(/^(\s*)([一二三四五六七八九十]+)[、.．]/, '$1第$2章 ');
    }),
  markdown: (t) => atParagraphStarts(t, (line) => line.replace(/^([一二三四五六七八九十]+、)/, '## $1').replace(/^(（[一二三四五六七八九十]+）[^。\n]{2,30}。)/, '**$1**')),
  digitspaced: (t) => t.replace(/(?<=\d)(?=\d)/g, ' '),
  letterspaced: letterSpaced,
  // as OCR reads a scan: 一 of a marker as a dash (—、, （—）) and a range's dash as 一, half-width stops and brackets
  ocr: (t) =>
    t
      .replace(/(?<=[年月日\d]\s*)—(?=\s*\d)/g, '一')
      .replace(/^(\s*)一、/gm, '$1—、')
      .replace(/^(\s*)（一）/gm, '$1（—）')
      .replace(/，/g, ',')
      .replace(/：/g, ':')
      .replace(/；/g, ';')
      .replace(/（/g, '(')
      .replace(/）/g, ')'),
  // several at once, as one PDF's text may come: its width, its pages (numbered in full-width digits too), GB18030 and CRLF
  printed: (t) => iconv.encode(fullWidthDigits(paged(wrappedAt(t, 27))).replace(/\n/g, '\r\n'), 'gb18030'),
  printedspaced: (t) => paged(letterSpaced(wrappedAt(t, 30))),
  narrow: (t) => wrappedAt(t, 20),
  usual: (t) => wrappedAt(t, 28),
  wide: (t) => wrappedAt(t, 40),
};

const dressedId = (plan: string, dress: string) => plan.replace(/-(\d{4})$/, `${dress}-$1`);
/**
 * The seed plans, as PDFs cut them, in every dress; the probe plans nobody tuned the pipeline on, written one
 * paragraph a line, in all but the plainest.
 */
const SETS = [
  { name: 'the seed plans', folder: 'corpus', dresses: Object.keys(DRESSES) },
  ...['unseen-plans', 'unseen-plans-2', 'unseen-plans-3', 'unseen-plans-4', 'unseen-plans-5', 'unseen-plans-6', 'unseen-plans-7', 'unseen-plans-8', 'unseen-plans-9', 'unseen-plans-10', 'unseen-plans-11', 'unseen-plans-12', 'unseen-plans-13', 'unseen-plans-14', 'unseen-plans-15', 'unseen-plans-16', 'unseen-plans-18'].map((set) => ({ name: `the probes (${set})`, folder: `test/fixtures/${set}`, dresses: ['usual', 'narrow', 'wide', 'fullwidthdigits', 'digitspaced', 'letterspaced', 'ocr', 'doublespaced', 'markdown', 'numbering', 'printed', 'printedspaced'] })),
];

describe.each(SETS)('$name in another dress', ({ folder, dresses }) => {
  const plans = readdirSync(folder).flatMap((f) => (f.endsWith('.txt') && !f.startsWith('national') ? [f.slice(0, -'.txt'.length)] : []));
  let read: (id: string) => ReturnType<typeof documentReading>;
  beforeAll(async () => {
    const corpus = mkdtempSync(join(tmpdir(), 'other-dress-'));
    for (const file of ['national-qianxian-2021.txt', 'national-qianxian-2021.yaml', 'link-concepts.yaml']) copyFileSync(join('corpus', file), join(corpus, file));
    for (const plan of plans) {
      // a plan as its file gives it (GB18030, CRLF), and its text as the reader decodes it for the dresses
      copyFileSync(join(folder, `${plan}.txt`), join(corpus, `${plan}.txt`));
      const decoded = decode(readFileSync(join(folder, `${plan}.txt`)));
      if (!decoded.ok) throw new Error(`${plan}: ${decoded.reason}`);
      const text = decoded.text.replace(/\r\n?/g, '\n');
      for (const dress of dresses) writeFileSync(join(corpus, `${dressedId(plan, dress)}.txt`), DRESSES[dress](text));
    }
    const { documents, clauses } = await buildCorpus(corpus);
    const byDoc = Map.groupBy(clauses, (c) => c.doc);
    read = (id) => documentReading(documents.find((d) => d.id === id)!, byDoc.get(id)!);
  }, 120_000);

  describe.each(plans)('%s', (plan) => {
    it.each(dresses)('%s: the same metadata, citations, clauses, headings, units, deadlines, metrics and links', (dress) => {
      expect(read(dressedId(plan, dress))).toEqual(read(plan));
    });
  });
});
