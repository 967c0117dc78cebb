/**
 * The text documents of a corpus (.txt, .md) as the pipeline reads them, synchronously: the
 * generator works on text lines, so seeds and copied documents are text files. Read with the
 * ingest stage's own decoder and sidecar schema.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { decode } from '../ingest/decode.ts';
import { sidecarSchema, type Sidecar, type SourceText } from '../ingest/read-corpus.ts';

export function readTextDocuments(corpusDir: string): SourceText[] {
  const base = join(corpusDir, '..');
  return readdirSync(corpusDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && ['.txt', '.md'].includes(extname(e.name).toLowerCase()))
    .map((e) => join(e.parentPath, e.name))
    .sort()
    .flatMap((path): SourceText[] => {
      const bytes = readFileSync(path);
      const decoded = decode(bytes);
      if (!decoded.ok) return [];
      const lines = decoded.text.split(/\r\n|\r|\n/);
      const sidecar = path.slice(0, -extname(path).length) + '.yaml';
      return [
        {
          id: basename(path, extname(path)),
          file: relative(base, path),
          text: decoded.text,
          lines,
          encoding: decoded.encoding,
          bytes: bytes.length,
          sidecar: existsSync(sidecar) ? readSidecar(sidecar) : {},
          format: 'text',
          pages: null,
          titleHint: null,
          original: null,
        },
      ];
    });
}

function readSidecar(path: string): Sidecar {
  try {
    return sidecarSchema.safeParse(parseYaml(readFileSync(path, 'utf8')) ?? {}).data ?? {};
  } catch {
    return {};
  }
}
