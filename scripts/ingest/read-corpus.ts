/**
 * The ingest stage: every .txt or .md file under corpus/ is a document whose id is its
 * file name without the extension. Problems are messages naming the file (and line);
 * one bad file never stops the others.
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative, basename, extname } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { decode } from './decode.ts';
import type { Message } from '../messages.ts';

export interface SourceText {
  id: string;
  /** Path relative to the corpus folder's parent, e.g. `corpus/<id>.txt`. */
  file: string;
  text: string;
  /** Source lines without their line terminators; index 0 is line 1. */
  lines: string[];
  encoding: string;
  bytes: number;
  sidecar: Sidecar;
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

const documentExtensions = new Set(['.txt', '.md']);

export function readCorpus(corpusDir: string): { sources: SourceText[]; messages: Message[] } {
  const messages: Message[] = [];
  const sources: SourceText[] = [];
  const seen = new Map<string, string>();
  const base = join(corpusDir, '..');

  for (const path of listFiles(corpusDir)) {
    if (!documentExtensions.has(extname(path).toLowerCase())) continue;
    const file = relative(base, path);
    const id = safeId(basename(path, extname(path)));
    if (id !== basename(path, extname(path))) {
      messages.push({ file, line: null, message: `file name is not a usable id (letters, digits, . _ - only); published as "${id}"` });
    }
    if (seen.has(id)) {
      messages.push({ file, line: null, message: `duplicate document id "${id}" (already used by ${seen.get(id)}); skipped` });
      continue;
    }
    const bytes = readFileSync(path);
    const decoded = decode(bytes);
    if (!decoded.ok) {
      messages.push({ file, line: decoded.line, message: `${decoded.reason}; skipped` });
      continue;
    }
    seen.set(id, file);
    const sidecar = readSidecar(path.slice(0, -extname(path).length) + '.yaml', base, messages);
    sources.push({
      id,
      file,
      text: decoded.text,
      lines: decoded.text.split(/\r\n|\r|\n/),
      encoding: decoded.encoding,
      bytes: bytes.length,
      sidecar,
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

/** Data files of the corpus that are not sidecars (docs/units.md, docs/links.md). */
const corpusDataFiles = new Set(['unit-aliases.yaml', 'link-concepts.yaml', 'links.curated.yaml']);

/** An id that is safe in URLs and file names: letters (any script), digits, `.`, `_`, `-`. */
function safeId(name: string): string {
  return name.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^[-.]+|-+$/g, '') || 'document';
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
