/**
 * Same plan, any format: each seed as a PDF, a Word .docx, a saved web page, an OFD file, an old
 * Word .doc and an RTF file (test/fixtures/formats/, made by make.ts) comes through with the title, 文号, date and
 * clause depths of the seed's .txt, losing at most 1% of its characters.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCorpus, type SourceText } from '../../../scripts/ingest/read-corpus.ts';
import { structureDocument, type Structured } from '../../../scripts/structure/index.ts';
import type { Message } from '../../../scripts/messages.ts';
import { readPdf } from '../../../scripts/ingest/formats/pdf.ts';
import { ingestFile } from '../../../scripts/ingest/formats/index.ts';
import { plainLines, seeds, watermark, watermarkedLines } from '../../fixtures/formats/make.ts';
import { lostShare } from './lost.ts';

const formats = ['pdf', 'docx', 'html', 'ofd', 'doc', 'rtf'] as const;
const fixtures = 'test/fixtures/formats';

let sources: Map<string, SourceText>;
let structured: Map<string, Structured>;
let messages: Message[];

beforeAll(async () => {
  const dir = join(mkdtempSync(join(tmpdir(), 'formats-')), 'corpus');
  mkdirSync(dir);
  for (const seed of seeds) {
    copyFileSync(`corpus/${seed}.txt`, join(dir, `${seed}.txt`));
    for (const format of formats) copyFileSync(join(fixtures, `${seed}.${format}`), join(dir, `${seed}--${format}.${format}`));
  }
  const read = await readCorpus(dir);
  messages = read.messages;
  sources = new Map(read.sources.map((s) => [s.id, s]));
  structured = new Map(read.sources.map((s) => [s.id, structureDocument(s)]));
}, 120_000);

const depthCounts = (s: Structured) => s.clauses.reduce<Record<number, number>>((counts, c) => ({ ...counts, [c.depth]: (counts[c.depth] ?? 0) + 1 }), {});

describe.each(seeds)('%s in every format', (seed) => {
  it.each(formats)('%s: every fixture is read, without a message', (format) => {
    expect(sources.get(`${seed}--${format}`)?.format).toBe(format);
    expect(messages.filter((m) => m.file.includes(`${seed}--${format}`))).toEqual([]);
  });

  it.each(formats)('%s: same title, 文号, date and depth counts as the .txt', (format) => {
    const txt = structured.get(seed)!;
    const other = structured.get(`${seed}--${format}`)!;
    const facts = (s: Structured) => ({ title: s.document.title, docNumber: s.document.docNumber, date: s.document.date, depths: depthCounts(s) });
    expect(facts(other)).toEqual(facts(txt));
  });

  it.each(formats)('%s: at most 1% of the characters lost', (format) => {
    const lost = lostShare(plainLines(readFileSync(`corpus/${seed}.txt`, 'utf8')).join('\n'), sources.get(`${seed}--${format}`)!.text);
    expect(lost).toBeLessThanOrEqual(0.01);
  });
});

describe('which version of a file the data was built from', () => {
  it('each document names the SHA-256 of its file’s bytes as published, whatever the format', () => {
    for (const seed of seeds) {
      for (const [id, file] of [[seed, `corpus/${seed}.txt`], ...formats.map((format) => [`${seed}--${format}`, join(fixtures, `${seed}.${format}`)])]) {
        expect(sources.get(id)!.sha256, id).toBe(createHash('sha256').update(readFileSync(file)).digest('hex'));
      }
    }
  });
});

describe('pages', () => {
  it('every line of a PDF or OFD knows its page; Word and web pages have none here', () => {
    for (const seed of seeds) {
      for (const format of ['pdf', 'ofd']) {
        const source = sources.get(`${seed}--${format}`)!;
        expect(source.pages).toHaveLength(source.lines.length);
        expect(source.pages![0]).toBe(1);
        expect(source.pages!.at(-1)).toBeGreaterThan(1);
      }
      expect(sources.get(`${seed}--html`)!.pages).toBeNull();
    }
  });

  it('running headers and page numbers of the PDF are gone', () => {
    for (const seed of seeds) {
      const text = sources.get(`${seed}--pdf`)!.text;
      expect(text).not.toContain('政务公开 · 政策文件');
      expect(text).not.toMatch(/^— \d+ —$/m);
    }
  });
});

describe('a watermark set upright on every page of a PDF or an OFD', () => {
  it.each(['pdf', 'ofd'])('is no text: the plan reads as printed without it (%s)', async (format) => {
    // Before, 某某县卫生健康局 in light grey across each page ran into the lines it crossed:
    // 偏关县进一步完善医疗卫某某县卫生服务体系实施生方健康局案 (title), …多种渠道，某某县卫生健康局.
    const bytes = new Uint8Array(readFileSync(`test/fixtures/formats/watermark.${format}`));
    const read = format === 'pdf' ? await readPdf(bytes) : (await import('../../../scripts/ingest/formats/ofd.ts')).readOfd(bytes);
    const squeezed = (lines: string[]) => lines.join('').replace(/\s+/g, '');
    expect(read.lines.join('\n')).not.toContain(watermark.text);
    expect(squeezed(read.lines)).toBe(squeezed(watermarkedLines()));
  });
});

describe('a text whose pages form feeds break (a word processor’s text export: the fifteenth probe’s 林西)', () => {
  it('gives each line its page and leaves the form feeds, layout, out of the lines', async () => {
    const read = await ingestFile(readFileSync('test/fixtures/unseen-plans-15/linxi-2023.txt'), '.txt');
    expect(read.lines.some((line) => line.includes('\f'))).toBe(false);
    expect([12, 21, 46, 56].map((line) => [read.pages![line - 2], read.pages![line - 1]])).toEqual([[1, 2], [2, 3], [3, 4], [4, 5]]);
    expect(read.lines[55]).toBe('三、实施步骤');
  });

  it('gives no pages to a text without them', async () => {
    expect((await ingestFile(new TextEncoder().encode('一、总体要求\n二、保障措施\n'), '.txt')).pages).toBeNull();
  });
});
