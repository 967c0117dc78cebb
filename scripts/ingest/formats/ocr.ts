/**
 * OCR of scanned PDF pages and of page images: poppler's pdftoppm renders a PDF's page, Debian's
 * tesseract with the chi_sim model reads it (an image file it reads as it is). Both run out of
 * process, one page at a time, each with a time limit and one thread (OMP_THREAD_LIMIT=1), so a
 * scan never takes the machine.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
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

/** The lines of each of the given pages (1-based) of the PDF, read by OCR. */
export function ocrPages(pdf: Uint8Array, pages: number[]): Promise<string[][]> {
  return inScratch(async (dir) => {
    writeFileSync(join(dir, 'in.pdf'), pdf);
    const read: string[][] = [];
    for (const page of pages) {
      const prefix = join(dir, `p${page}`);
      await run('pdftoppm', ['-r', '300', '-gray', '-png', '-f', String(page), '-l', String(page), join(dir, 'in.pdf'), prefix], { timeout: PAGE_TIMEOUT_MS });
      const image = readdirSync(dir).find((name) => name.startsWith(`p${page}-`) && name.endsWith('.png'));
      if (!image) throw new IngestError(`OCR: page ${page} could not be rendered; skipped`);
      read.push((await tesseract(join(dir, image), PAGE_TIMEOUT_MS)).flat());
    }
    return read;
  }).catch((error) => {
    throw error instanceof IngestError ? error : new IngestError(`OCR failed (${(error as Error).message.split('\n')[0]}); skipped`);
  });
}

/** The lines of each page of a scanned image (.png, .jpg, a multi-page .tif), read by OCR. */
export function ocrImage(image: Uint8Array, extension: string): Promise<string[][]> {
  return inScratch((dir) => {
    const file = join(dir, `in${extension}`);
    writeFileSync(file, image);
    return tesseract(file, PAGE_TIMEOUT_MS * 10);
  }).catch((error) => {
    const said = (error as { stderr?: string }).stderr?.trim().split('\n').at(-1);
    throw new IngestError(`image could not be read by OCR (broken, or of a kind tesseract does not read${said ? `: ${said}` : ''}); skipped`);
  });
}

/** tesseract on an image file: the lines of each page it holds (it parts the pages of a multi-page image by a form feed, and may end with one). */
async function tesseract(image: string, timeout: number): Promise<string[][]> {
  const { stdout } = await run('tesseract', [image, 'stdout', '-l', 'chi_sim', '--psm', '6'], { env, timeout, maxBuffer: 64 * 1024 * 1024 });
  const pages = stdout.split('\f');
  if (pages.length > 1 && pages.at(-1)!.trim() === '') pages.pop();
  return pages.map(ocrLines);
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
