/**
 * Policy concepts: families of terms that say the same task in other words
 * (设备配置 and 硬件条件 both concern hardware). Kept as data that a researcher can
 * extend (corpus/link-concepts.yaml); each clause gets a TF-IDF vector over the
 * concepts its text mentions, compared like the wording itself.
 */
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import type { Message } from '../messages.ts';

export type Concepts = Map<string, string[]>;

/** The concept families; a file that is not a mapping of term lists is reported by file (and line) and ignored. */
export function readConcepts(file: string): { concepts: Concepts; messages: Message[] } {
  if (!existsSync(file)) return { concepts: new Map(), messages: [] };
  const name = relative(process.cwd(), file);
  try {
    const parsed = conceptsSchema.safeParse(parse(readFileSync(file, 'utf8')) ?? {});
    if (parsed.success) return { concepts: new Map(Object.entries(parsed.data)), messages: [] };
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ');
    return { concepts: new Map(), messages: [{ file: name, line: null, message: `concepts ignored: ${problems}` }] };
  } catch (error) {
    const line = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line ?? null;
    return { concepts: new Map(), messages: [{ file: name, line, message: `concepts file is not valid YAML: ${(error as Error).message.split('\n')[0]}` }] };
  }
}

const conceptsSchema = z.record(z.string(), z.array(z.coerce.string().min(1)));

/** How often each concept's terms occur in the text. */
export function conceptCounts(text: string, concepts: Concepts): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [name, terms] of concepts) {
    let n = 0;
    for (const term of terms) n += occurrences(text, term);
    if (n > 0) counts.set(name, n);
  }
  return counts;
}

/** Non-overlapping occurrences of a term, left to right. */
function occurrences(text: string, term: string): number {
  let n = 0;
  for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + term.length)) n++;
  return n;
}
