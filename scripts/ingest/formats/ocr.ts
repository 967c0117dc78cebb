/**
 * OCR of scanned PDF pages and of page images: poppler's pdftoppm renders a PDF's page, Debian's
 * tesseract with the chi_sim model reads it (an image file it reads as it is). A page scanned
 * sideways or upside down is set upright first, as tesseract's orientation detection says. Both run
 * out of process, each with a time limit and one thread (OMP_THREAD_LIMIT=1), as many pages at once
 * as there are cores (one in an ingest worker), so a scan never takes more than the machine has.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { isMainThread } from 'node:worker_threads';
import { readingBlocks } from './columns.ts';
import { grayImage, imagePdf, jpegImage, pngImage, type PdfImage, type PiecedPage } from './image-pdf.ts';
import { pngGray } from './png-pixels.ts';
import { baselineGroups, type Run } from './page-lines.ts';
import { readPgm, turnClockwise, writePgm } from './raster.ts';
import { tiffPages } from './tiff.ts';
import { IngestError } from './types.ts';

const run = promisify(execFile);

export const ocrHint = 'install the Debian packages tesseract-ocr, tesseract-ocr-chi-sim and poppler-utils (apt-get install tesseract-ocr tesseract-ocr-chi-sim poppler-utils) and rebuild';

const PAGE_TIMEOUT_MS = 120_000;
const env = { ...process.env, OMP_THREAD_LIMIT: '1' };

let available: Promise<boolean> | undefined;

/** Whether tesseract with the simplified-Chinese model, and pdftoppm, are installed. */
export function ocrAvailable(): Promise<boolean> {
  available ??= Promise.all([run('tesseract', ['--list-langs'], { env }), run('pdftoppm', ['-v'])])
    .then(([langs]) => /^chi_sim$/m.test(langs.stdout + langs.stderr))
    .catch(() => false);
  return available;
}

/**
 * Pages read at once: one per core on the main thread; one in an ingest worker (read-worker.ts), as
 * the workers already share the cores out among the corpus's files.
 */
const PAGES_AT_ONCE = isMainThread ? availableParallelism() : 1;

/** The lines of each of the given pages (1-based) of the PDF, read by OCR, each page set upright first. */
export function ocrPages(pdf: Uint8Array, pages: number[]): Promise<string[][]> {
  return inScratch(async (dir) => {
    writeFileSync(join(dir, 'in.pdf'), pdf);
    return inTurn(pages, PAGES_AT_ONCE, async (page) => {
      const prefix = join(dir, `p${page}`);
      await run('pdftoppm', ['-r', String(RENDER_DPI), '-gray', '-f', String(page), '-l', String(page), join(dir, 'in.pdf'), prefix], { timeout: PAGE_TIMEOUT_MS });
      const image = readdirSync(dir).find((name) => name.startsWith(`p${page}-`) && name.endsWith('.pgm'));
      if (!image) throw new IngestError(`OCR: page ${page} could not be rendered; skipped`);
      await setUpright(join(dir, image));
      return (await tesseract(join(dir, image), PAGE_TIMEOUT_MS)).flat();
    });
  }).catch((error) => {
    throw error instanceof IngestError ? error : new IngestError(`OCR failed (${(error as Error).message.split('\n')[0]}); skipped`);
  });
}

/** `work` done on each item, `atOnce` at a time; the results in the items' order, or the first error once all have stopped. */
async function inTurn<T, R>(items: T[], atOnce: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const settled = await Promise.allSettled(
    Array.from({ length: Math.min(atOnce, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await work(items[i]).catch((error) => {
          next = items.length; // the others start no more items
          throw error;
        });
      }
    }),
  );
  const failed = settled.find((s) => s.status === 'rejected');
  if (failed) throw failed.reason;
  return results;
}

/** The lines of each page of a scanned image (.png, .jpg, a multi-page .tif), read by OCR. */
export function ocrImage(image: Uint8Array, extension: string): Promise<string[][]> {
  return inScratch(async (dir) => {
    const file = join(dir, `in${extension}`);
    writeFileSync(file, image);
    // A page scanned sideways or upside down is read as a PDF's page, set upright (pdftoppm decodes
    // it). A .tif of several pages goes so whatever way its first lies: each page may lie its own way.
    // So goes a tiled .tif, which tesseract's reader does not take (pixReadFromTiffStream: tiled format is not supported).
    const pages = asPdfPages(image, extension);
    const tiled = pages?.some((page) => 'pieces' in page);
    if (pages && (pages.length > 1 || tiled || (await uprightTurns(file)) !== 0)) return ocrPages(imagePdf(pages), pages.map((_, k) => k + 1));
    return tesseract(file, PAGE_TIMEOUT_MS * 10);
  }).catch((error) => {
    if (error instanceof IngestError) throw error;
    const said = (error as { stderr?: string }).stderr?.trim().split('\n').at(-1);
    throw new IngestError(`image could not be read by OCR (broken, or of a kind tesseract does not read${said ? `: ${said}` : ''}); skipped`);
  });
}

/** An image file's pages as PDF images (image-pdf.ts, tiff.ts); null for one PDF cannot take as it is. */
function asPdfPages(image: Uint8Array, extension: string): (PdfImage | PdfImage[] | PiecedPage)[] | null {
  if (extension === '.tif' || extension === '.tiff') return tiffPages(image);
  const page = extension === '.png' ? pngPage(image) : extension === '.jpg' || extension === '.jpeg' ? jpegImage(image) : null;
  return page && [page];
}

/** A PNG as a PDF image: its data as it is, or decoded to grey pixels when it has an alpha channel or is interlaced. */
function pngPage(image: Uint8Array): PdfImage | null {
  const gray = pngImage(image) ? null : pngGray(image);
  return pngImage(image) ?? (gray && grayImage(gray));
}

/** The resolution pages are rendered at for OCR, a scanner's. */
const RENDER_DPI = 300;

/** A rendered page (PGM) turned upright in place when tesseract's orientation detection finds it turned. */
async function setUpright(pgm: string): Promise<void> {
  const turns = await uprightTurns(pgm, RENDER_DPI);
  const image = turns === 0 ? null : readPgm(readFileSync(pgm));
  if (image) writeFileSync(pgm, writePgm(turnClockwise(image, turns)));
}

/**
 * How many quarter turns clockwise set the page upright, by tesseract's orientation and script
 * detection (psm 0, the osd model that comes with Debian's tesseract-ocr); 0 when it cannot tell
 * (a page of a few words makes it fail; without the model it fails too, and pages read as they stand).
 */
async function uprightTurns(image: string, dpi?: number): Promise<number> {
  const resolution = dpi ? ['--dpi', String(dpi)] : [];
  return run('tesseract', [image, 'stdout', '--psm', '0', '-l', 'osd', ...resolution], { env, timeout: PAGE_TIMEOUT_MS }).then(
    ({ stdout }) => quarterTurnsUpright(stdout),
    () => 0,
  );
}

/**
 * Below this confidence tesseract's orientation is a guess, and the page is read as it stands. A
 * page of text turned any way gave 8 to 17, a half page of short lines about 2.5 (still right).
 */
const MIN_ORIENTATION_CONFIDENCE = 2;

/** tesseract's OSD report (Rotate: 270, the degrees clockwise that set the page upright) → quarter turns. */
export function quarterTurnsUpright(osd: string): number {
  const rotate = /^Rotate:\s*(\d+)/m.exec(osd);
  const confidence = /^Orientation confidence:\s*([\d.]+)/m.exec(osd);
  if (!rotate || !confidence || +confidence[1] < MIN_ORIENTATION_CONFIDENCE) return 0;
  return (Math.round(+rotate[1] / 90) % 4 + 4) % 4;
}

/**
 * tesseract on an image file: the lines of each page it holds. Read as one block of text (psm 6),
 * so a table's or a list's row stays one line; then a page in two columns (a scanned 政府公报) is
 * read column by column as a PDF's is (columns.ts), from where tesseract saw the words.
 */
async function tesseract(image: string, timeout: number): Promise<string[][]> {
  const { stdout, stderr } = await run('tesseract', [image, 'stdout', '-l', 'chi_sim', '--psm', '6', 'tsv'], { env, timeout, maxBuffer: 64 * 1024 * 1024 });
  // An image its reader cannot take leaves tesseract saying so, with no page read and a zero exit: not an image without text.
  const refused = /^Error in pix\w*Read\w*: .*$/m.exec(stderr)?.[0];
  if (refused && stdout.trim().split('\n').length <= 1) throw new IngestError(`image could not be read by OCR (of a kind tesseract does not read: ${refused}); skipped`);
  return ocrPageLines(stdout);
}

/** tesseract's TSV → the lines of each page, in reading order. */
export function ocrPageLines(tsv: string): string[][] {
  return pageWords(tsv).map((words) => ocrLines(readingBlocks(withoutMarginSpecks(words)).flatMap(baselineGroups).map(lineText).join('\n')));
}

/** A word tesseract read, as a run: its box in pixels, standing on its line (y: the line's place among the page's lines). */
interface Word extends Run {
  /** Its place in tesseract's reading of the page. */
  order: number;
  /** How sure tesseract is of it, 0 to 100. */
  confidence: number;
}

/** Lines this far apart (in y) are never one line: tesseract's lines are sure, while their boxes overlap in a table. */
const LINE_APART = 1e6;

/**
 * tesseract's TSV (a row per word: level 5, with its page, block, paragraph and line, and its box)
 * → each page's words. A word's size is the median height of its line's words (tesseract's boxes
 * of Chinese vary: a tall punctuation box, a flat 一). Pages as the TSV numbers them (a multi-page
 * .tif has several).
 */
function pageWords(tsv: string): Word[][] {
  const pages = new Map<string, Map<string, Word[]>>();
  let order = 0;
  for (const row of tsv.split('\n').slice(1)) {
    const [level, page, block, paragraph, line, , left, , width, height, confidence, text = ''] = row.split('\t');
    if (level === '1') pages.set(page, new Map()); // every page has its row, a blank one too
    if (level !== '5' || text.trim() === '') continue;
    const lines = pages.get(page) ?? pages.set(page, new Map()).get(page)!;
    const key = `${block} ${paragraph} ${line}`;
    const y = (lines.has(key) ? [...lines.keys()].indexOf(key) : lines.size) * LINE_APART;
    lines.set(key, [...(lines.get(key) ?? []), { text: text.trim(), x: +left, y, width: +width, size: +height, order: order++, confidence: +confidence }]);
  }
  return [...pages.values()].map((lines) =>
    [...lines.values()].flatMap((words) => {
      const heights = words.map((w) => w.size).sort((a, b) => a - b);
      const em = heights[Math.floor(heights.length / 2)];
      return words.map((word) => ({ ...word, size: em }));
    }),
  );
}

/**
 * A scan's margins hold specks (a punch hole, the gutter's shadow, dirt) that tesseract, reading
 * the page as one block, takes for a character or two and sets at an end of the line beside them
 * (…县级各医疗机构:              。, 一、总体要求    |, a hole's 8 before 4号）). Such a word is no text:
 * one or two characters, only signs (no letter or figure) or read unsure, at a line's end and
 * wholly outside the column the page's other words fill (by half an em), peeled off one after
 * another; or only signs, alone on its line. A speck tesseract glued to a line's first or last word
 * (.县, ”服务, the word given the speck's box in the margin) loses the signs no line starts or ends
 * with. A table's row number (1 at the column's edge, read sure) and a cell are in the column and stay.
 */
function withoutMarginSpecks(words: Word[]): Word[] {
  const signs = (word: Word) => !/[\p{L}\p{N}]/u.test(word.text);
  const speck = (word: Word) => [...word.text].length <= 2 && (signs(word) || word.confidence < SURE);
  // The column: where the words stand that are no specks and whose boxes hold their characters.
  const placed = words.filter((word) => !speck(word) && word.width >= 0.3 * word.size * [...word.text].length);
  if (placed.length === 0) return words;
  const left = Math.min(...placed.map((word) => word.x));
  const right = Math.max(...placed.map((word) => word.x + word.width));
  // beyond the column by half an em at least: a full stop that ends the widest line touches it
  const inMargin = (word: Word) => word.x + word.width < left - word.size / 2 || word.x > right + word.size / 2;
  // At a line's start tesseract may give a speck's box to the word it glued the speck to (全面 in the
  // margin, read unsure): a Chinese word there is kept, only its signs go. Signs no line starts with
  // (，。、”: the rule of line breaking, 禁则, a typeset page keeps), read unsure, go wherever they stand.
  const startSpeck = (word: Word) => speck(word) && ((inMargin(word) && !/\p{Script=Han}/u.test(word.text)) || (word.confidence < SURE && ONLY_NO_LINE_START.test(word.text)));
  const endSpeck = (word: Word) => speck(word) && inMargin(word);
  const aloneSpeck = (word: Word) => speck(word) && (signs(word) || inMargin(word));
  const lines = new Map<number, Word[]>();
  for (const word of words) lines.set(word.y, [...(lines.get(word.y) ?? []), word]);
  const kept = new Map<Word, string>();
  for (const line of lines.values()) {
    const sorted = [...line].sort((a, b) => a.x - b.x);
    let [from, to] = [0, sorted.length];
    while (from < to && (to - from === 1 ? aloneSpeck : startSpeck)(sorted[from])) from++;
    while (to > from && endSpeck(sorted[to - 1])) to--;
    sorted.slice(from, to).forEach((word, k, rest) => {
      const first = k === 0 && inMargin(word) ? word.text.replace(LEADING_NO_LINE_START, '') : word.text;
      const text = k === rest.length - 1 && inMargin(word) ? first.replace(TRAILING_NO_LINE_END, '') : first;
      if (text !== '') kept.set(word, text);
    });
  }
  return words.flatMap((word) => (kept.has(word) ? [{ ...word, text: kept.get(word)! }] : []));
}

/** tesseract's confidence below which a word of a character or two in a margin is taken for a speck. */
const SURE = 60;

/** Signs no line of typeset Chinese starts with (closing brackets and quotes, pauses and stops), or ends with (opening ones). */
const NO_LINE_START = '\\p{Pe}\\p{Pf}，。、；：！？,.;:!?|';
const ONLY_NO_LINE_START = new RegExp(`^[${NO_LINE_START}]+$`, 'u');
const LEADING_NO_LINE_START = new RegExp(`^[${NO_LINE_START}]+`, 'u');
const TRAILING_NO_LINE_END = /[\p{Ps}\p{Pi}|]+$/u;

/**
 * A line's words in tesseract's order, apart as its text output sets them: a space for each 0.8 em
 * of the gap between them (none where they touch; a table's cells wide apart), so a layout of
 * spaces (structure/table.ts) reads as before.
 */
function lineText(line: Run[]): string {
  const words = (line as Word[]).sort((a, b) => a.order - b.order);
  let text = '';
  words.forEach((word, k) => {
    const gap = k === 0 ? 0 : word.x - (words[k - 1].x + words[k - 1].width);
    text += ' '.repeat(Math.max(0, Math.floor(gap / (0.8 * word.size)))) + word.text;
  });
  return text;
}

/** A scratch folder for some work, removed after it. */
async function inScratch<T>(work: (dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'ocr-'));
  try {
    return await work(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const cjk = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef“”‘’—…';

/**
 * tesseract's Chinese puts a space between characters: spaces between two Chinese characters go.
 * The year brackets of a 文号 are always 〔〕 (GB/T 9704), which OCR reads as 【 ] ( and the like.
 */
export function ocrLines(output: string): string[] {
  const between = new RegExp(`(?<=[${cjk}])[ \\t]+(?=[${cjk}])`, 'gu');
  const yearBrackets = /[【\[〔(（{]\s*((?:19|20)\d{2})\s*[\]】〕)）}j|]+\s*(?=\d{1,4}\s*号)/g;
  return output
    .split('\n')
    .map((line) => line.replace(between, '').replace(yearBrackets, '〔$1〕').trim())
    .filter((line) => line !== '');
}
