/**
 * The ingest stage: every document file under corpus/ (text, PDF, Word, web page, OFD; see
 * formats/) is a document whose id is its file name without the extension. Every other file is
 * a sidecar, a corpus data file, or named in a message. Problems are messages naming the file
 * (and line); one bad file never stops the others.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative, basename, extname, dirname } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { documentExtensions, ingestFile, IngestError, unreadFormats, type IngestOptions, type SourceFormat } from './formats/index.ts';
import type { Extracted } from './formats/types.ts';
import type { DocumentCache } from '../cache/document-cache.ts';
import { spread } from '../threads.ts';
import type { Message } from '../messages.ts';
import { decode } from './decode.ts';

export interface SourceText {
  id: string;
  /** Path relative to the corpus folder's parent, e.g. `corpus/<id>.txt`. */
  file: string;
  text: string;
  /** Source lines without their line terminators; index 0 is line 1. */
  lines: string[];
  encoding: string;
  bytes: number;
  /** SHA-256 of the file's bytes as published (hex): which version of the file the data was built from. */
  sha256: string;
  sidecar: Sidecar;
  /** The format the file was published in ('text' for .txt/.md). */
  format: SourceFormat;
  /** Page of each source line (1-based), for paged formats (PDF, OFD, Word with page breaks); else null. */
  pages: number[] | null;
  /** A title the file states outside its text (a web page's <title>), or null. */
  titleHint: string | null;
  /** The file as published, when it is not a text file: offered for download beside the text. */
  original: string | null;
}

/** Facts the text lacks, from `<id>.yaml` beside the text. Sidecar values win. */
export const sidecarSchema = z
  .object({
    title: z.string(),
    docNumber: z.string(),
    issuer: z.string(),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date must be YYYY-MM-DD'),
    level: z.enum(['national', 'provincial', 'municipal', 'county']),
    region: z.object({ province: z.string(), city: z.string(), county: z.string() }).partial(),
    period: z.object({ start: z.number().int(), end: z.number().int() }).partial(),
  })
  .partial()
  .strict();
export type Sidecar = z.infer<typeof sidecarSchema>;

export interface ReadOptions extends IngestOptions {
  /** Threads to read files other than text on; by default one per core. */
  threads?: number;
  /** Fewer bytes to read than this (files other than text, not in the cache) are read on the main thread. */
  parallelFromBytes?: number;
  /** Files larger than this are not read (a message says so). */
  maxBytes?: number;
  /** Where what a PDF, Word, web page or OFD file yields is kept by its bytes (text files are read each time). */
  cache?: DocumentCache<Extracted>;
}

export const MAX_FILE_BYTES = 200 * 1024 * 1024;

export async function readCorpus(corpusDir: string, options: ReadOptions = {}): Promise<{ sources: SourceText[]; messages: Message[] }> {
  const { maxBytes = MAX_FILE_BYTES, cache, threads, parallelFromBytes, ...ingestOptions } = options;
  const messages: Message[] = [];
  const sources: SourceText[] = [];
  const seen = new Map<string, string>();
  const base = join(corpusDir, '..');
  const files = listFiles(corpusDir);

  // First what each file is; then the documents are read (files other than text on worker threads
  // when there are many: a PDF takes a few hundred ms, a scan minutes); then taken in file order.
  const planned = files.map((path) => planFile(path, relative(base, path), files, maxBytes));
  const reading = planned.flatMap((p) => ('document' in p && !p.tooLarge ? [p.document] : []));
  const reads = await readDocuments(reading, ingestOptions, cache, { threads, parallelFromBytes });

  for (const plan of planned) {
    if ('message' in plan) {
      if (plan.message) messages.push({ file: plan.file, line: null, message: plan.message });
      continue;
    }
    const { path, file, id } = plan.document;
    if (plan.idMessage) messages.push({ file, line: null, message: plan.idMessage });
    if (seen.has(id)) {
      messages.push({ file, line: null, message: `duplicate document id "${id}" (already used by ${seen.get(id)}); skipped` });
      continue;
    }
    if (plan.tooLarge) {
      messages.push({ file, line: null, message: plan.tooLarge });
      continue;
    }
    const { read, size, sha256 } = reads.get(plan.document)!;
    if ('error' in read) {
      messages.push({ file, line: read.error.line, message: read.error.message });
      continue;
    }
    seen.set(id, file);
    for (const note of read.notes) messages.push({ file, line: null, message: note });
    const sidecar = readSidecar(path.slice(0, -extname(path).length) + '.yaml', base, messages);
    const lines = read.lines.flatMap((line) => line.split(/\r\n|\r|\n/));
    sources.push({
      id,
      file,
      text: read.text ?? lines.join('\n'),
      lines,
      encoding: read.encoding,
      bytes: size,
      sha256,
      sidecar,
      format: read.format,
      pages: read.pages && read.lines.flatMap((line, i) => line.split(/\r\n|\r|\n/).map(() => read.pages![i])),
      titleHint: read.titleHint,
      original: read.format === 'text' ? null : path,
    });
  }
  const texts = new Set(sources.map((source) => source.file.slice(0, -extname(source.file).length)));
  for (const path of listFiles(corpusDir)) {
    const file = relative(base, path);
    if (extname(path) === '.yaml' && !corpusDataFiles.has(basename(path)) && !texts.has(file.slice(0, -'.yaml'.length))) {
      messages.push({ file, line: null, message: 'sidecar without a text of the same name; ignored' });
    }
  }
  return { sources, messages };
}

/** A document file to read, with what its name says. */
interface DocumentFile {
  path: string;
  file: string;
  ext: string;
  id: string;
}

/**
 * What a file of the corpus is: a document (with a message on its name, and on its size when it is too
 * large to read), or not one (and why; nothing for sidecars and data files).
 */
type Planned = { file: string; message: string | null } | { document: DocumentFile; idMessage: string | null; tooLarge: string | null };

function planFile(path: string, file: string, files: string[], maxBytes: number): Planned {
  const ext = extname(path).toLowerCase();
  if (!documentExtensions.has(ext)) {
    if (ext === '.yaml' || corpusDataFiles.has(basename(path)) || isPageAsset(path, files)) return { file, message: null };
    const advice = unreadFormats[ext] ? `; ${unreadFormats[ext]}` : '';
    return { file, message: `unknown format (${ext || 'no extension'}): not read${advice}; documents are ${[...documentExtensions].join(' ')}` };
  }
  // Word and WPS leave `~$name.docx` beside a document that is open: a lock file, not a document.
  if (basename(path).startsWith('~$')) return { file, message: 'the lock file Word or WPS keeps while a document is open (~$…): not read' };
  const id = safeId(basename(path, extname(path)));
  const idMessage = id !== basename(path, extname(path)) ? `file name is not a usable id (letters, digits, . _ - only); published as "${id}"` : null;
  const size = statSync(path).size;
  const tooLarge = size > maxBytes ? `file too large (${(size / 1024 / 1024).toFixed(0)} MB, the limit is ${maxBytes / 1024 / 1024} MB); skipped` : null;
  return { document: { path, file, ext, id }, idMessage, tooLarge };
}

/** What a document file yields, or why it could not be read. */
export type FileRead = Extracted | { error: { message: string; line: number | null } };

/**
 * Less than this to read (files other than text, not in the cache) is read on the main thread: a worker costs its
 * start-up (a second or two, pdf.js loaded again), about what twenty PDFs of a plan's size take to read. On two
 * cores two workers read PDFs about 1.3 times as fast as one thread (V8's collector already works beside the one).
 */
const PARALLEL_FROM_BYTES = 10 * 1024 * 1024;

/**
 * Each document file's read, size and SHA-256. Text files are decoded here, the others taken from the
 * cache or read by their format's reader — on worker threads, one per core, when there are many. A
 * file's bytes are held only while it is looked at (a thousand PDFs need not be in memory at once).
 */
async function readDocuments(
  documents: DocumentFile[],
  options: IngestOptions,
  cache: DocumentCache<Extracted> | undefined,
  { threads, parallelFromBytes = PARALLEL_FROM_BYTES }: Pick<ReadOptions, 'threads' | 'parallelFromBytes'>,
) {
  const reads = new Map<DocumentFile, { read: FileRead; size: number; sha256: string }>();
  const toRead: { document: DocumentFile; size: number; sha256: string; key: string | null }[] = [];
  for (const document of documents) {
    const bytes = readFileSync(document.path);
    const facts = { size: bytes.length, sha256: sha256Of(bytes) };
    if (document.ext === '.txt' || document.ext === '.md') {
      reads.set(document, { read: await readFile(bytes, document.ext, options), ...facts });
      continue;
    }
    const key = cache ? cache.key([document.ext, JSON.stringify(options), bytes]) : null;
    const hit = key ? cache!.read(key) : undefined;
    if (hit) reads.set(document, { read: hit, ...facts });
    else toRead.push({ document, key, ...facts });
  }
  // Largest first: the workers take the files in turn, so each gets its share of the PDFs and scans (by file order
  // one worker could get every PDF of a corpus whose plans come in six formats each).
  const bySize = toRead.map((_, i) => i).sort((a, b) => toRead[b].size - toRead[a].size);
  const bytes = toRead.reduce((sum, r) => sum + r.size, 0);
  await spread(
    bySize,
    { threads: bytes >= parallelFromBytes ? threads : 1, parallelFrom: 1 },
    {
      what: 'ingest',
      onMain: (i) => readFile(readFileSync(toRead[i].document.path), toRead[i].document.ext, options),
      worker: (share) => ({ script: new URL('./read-worker.ts', import.meta.url), data: { files: share.map((i) => ({ path: toRead[i].document.path, ext: toRead[i].document.ext })), options } }),
    },
    (i, read) => {
      const { document, key, size, sha256 } = toRead[i];
      reads.set(document, { read, size, sha256 });
      if (key && !('error' in read)) cache!.write(key, read);
    },
  );
  return reads;
}

/** One file's bytes read by its format's reader; a bad file is an error to report, not a failure of the build. */
export async function readFile(bytes: Uint8Array, ext: string, options: IngestOptions): Promise<FileRead> {
  try {
    return await ingestFile(bytes, ext, options);
  } catch (error) {
    if (!(error instanceof IngestError)) throw error;
    return { error: { message: error.message, line: error.line } };
  }
}

/**
 * The plain-text documents of a corpus, read at once (no PDF, OCR or Word): for tools that make or
 * study corpora of texts, such as the synthetic-corpus generator. Unreadable files are left out.
 */
export function readTextSources(corpusDir: string): SourceText[] {
  const base = join(corpusDir, '..');
  return listFiles(corpusDir)
    .filter((path) => ['.txt', '.md'].includes(extname(path).toLowerCase()))
    .flatMap((path) => {
      const bytes = readFileSync(path);
      const decoded = decode(bytes);
      if (!decoded.ok) return [];
      return [{
        id: safeId(basename(path, extname(path))),
        file: relative(base, path),
        text: decoded.text,
        lines: decoded.text.split(/\r\n|\r|\n/),
        encoding: decoded.encoding,
        bytes: bytes.length,
        sha256: sha256Of(bytes),
        sidecar: readSidecar(path.slice(0, -extname(path).length) + '.yaml', base, []),
        format: 'text' as const,
        pages: null,
        titleHint: null,
        original: null,
      }];
    });
}

/** Data files of the corpus that are not sidecars (docs/units.md, docs/links.md). */
/** The project's own files a corpus folder may hold beside its documents (synth-manifest.json: what `npm run corpus:synth` made, scripts/synth/). */
const corpusDataFiles = new Set(['unit-aliases.yaml', 'link-concepts.yaml', 'links.curated.yaml', 'synth-manifest.json']);

/** An id that is safe in URLs and file names: letters (any script), digits, `.`, `_`, `-`. */
function safeId(name: string): string {
  return name.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^[-.]+|-+$/g, '') || 'document';
}

/** Images, styles and scripts a browser saved beside a page (`<name>_files/` next to `<name>.html`). */
function isPageAsset(path: string, files: string[]): boolean {
  for (let dir = dirname(path); dir !== dirname(dir); dir = dirname(dir)) {
    const page = /^(.+)_files$/.exec(basename(dir))?.[1];
    if (page && files.some((f) => /\.(?:html?|shtml|xhtml)$/i.test(f) && f.slice(0, -extname(f).length) === join(dirname(dir), page))) return true;
  }
  return false;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? listFiles(path) : [path];
    });
}

function readSidecar(path: string, base: string, messages: Message[]): Sidecar {
  if (!existsSync(path)) return {};
  try {
    const parsed = sidecarSchema.safeParse(parseYaml(readFileSync(path, 'utf8')) ?? {});
    if (parsed.success) return parsed.data;
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
    messages.push({ file: relative(base, path), line: null, message: `sidecar ignored: ${problems.join('; ')}` });
  } catch (error) {
    const line = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line ?? null;
    messages.push({ file: relative(base, path), line, message: `sidecar is not valid YAML: ${(error as Error).message.split('\n')[0]}` });
  }
  return {};
}

export function sha256Of(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}
