/**
 * Policy concepts: families of terms that say the same task in other words
 * (设备配置 and 硬件条件 both concern hardware). Kept as data that a researcher can
 * extend (corpus/link-concepts.yaml); each clause gets a TF-IDF vector over the
 * concepts its text mentions, compared like the wording itself.
 */
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import type { Message } from '../messages.ts';

export type Concepts = Map<string, string[]>;

/** The concepts the committed link model was trained with: the project's own corpus file. */
export const TRAINED_CONCEPTS = fileURLToPath(new URL('../../corpus/link-concepts.yaml', import.meta.url));

/**
 * A corpus's concept families. The link model weighs concepts heavily, so a corpus without the file
 * (a corpus built apart, `--corpus DIR`) is linked with the concepts the model was trained with
 * rather than none, which would leave it almost without links; a message says so.
 */
export function corpusConcepts(file: string): { concepts: Concepts; messages: Message[] } {
  if (existsSync(file) || !existsSync(TRAINED_CONCEPTS)) return readConcepts(file);
  const trained = readConcepts(TRAINED_CONCEPTS);
  const message = `no link-concepts.yaml: linked with the concepts the link model was trained with (${relative(process.cwd(), TRAINED_CONCEPTS)})`;
  return { concepts: trained.concepts, messages: [{ file: relative(process.cwd(), file), line: null, message }, ...trained.messages] };
}

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
