/**
 * Policy concepts: families of terms that say the same task in other words
 * (设备配置 and 硬件条件 both concern hardware). Kept as data that a researcher can
 * extend (corpus/link-concepts.yaml); each clause gets a TF-IDF vector over the
 * concepts its text mentions, compared like the wording itself.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { weigh, type Vector } from './vectors.ts';

export type Concepts = Map<string, string[]>;

export function readConcepts(file: string): Concepts {
  if (!existsSync(file)) return new Map();
  const data = parse(readFileSync(file, 'utf8')) as Record<string, string[]> | null;
  return new Map(Object.entries(data ?? {}).map(([name, terms]) => [name, terms.map(String)]));
}

/** How often each concept's terms occur in the text. */
export function conceptCounts(text: string, concepts: Concepts): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [name, terms] of concepts) {
    let n = 0;
    for (const term of terms) n += text.split(term).length - 1;
    if (n > 0) counts.set(name, n);
  }
  return counts;
}

export function conceptVectors(texts: string[], concepts: Concepts): Vector[] {
  const counts = texts.map((t) => conceptCounts(t, concepts));
  const df = new Map<string, number>();
  for (const c of counts) for (const name of c.keys()) df.set(name, (df.get(name) ?? 0) + 1);
  const idf = (name: string) => Math.log((texts.length + 1) / ((df.get(name) ?? 0) + 1));
  return counts.map((c) => weigh(c, idf));
}
