/**
 * A researcher's decisions on links, kept in corpus/links.curated.yaml:
 *
 *   confirm: [{ source: <clause id>, target: <clause id>, note? }]
 *   reject:  [{ source, target }]
 *   add:     [{ source, target, note? }]
 *
 * A missing file is an empty curation; a bad entry is skipped with a message
 * naming its line, never a crash.
 */
import { existsSync, readFileSync } from 'node:fs';
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Message } from '../messages.ts';

export interface CuratedPair {
  source: string;
  target: string;
  /** line of the entry in the file, for messages */
  line?: number | null;
  /** the researcher's reason, published with a confirmed or added link */
  note?: string;
}
export interface Curation {
  confirm: CuratedPair[];
  reject: CuratedPair[];
  add: CuratedPair[];
  /** Where it was read from, to name it in messages. */
  file?: string;
  /** Problems met while reading the file; linkCorpus passes them on. */
  messages?: Message[];
}

const SECTIONS = ['confirm', 'reject', 'add'] as const;

export const emptyCuration = (): Curation => ({ confirm: [], reject: [], add: [], messages: [] });

const pairKey = (p: CuratedPair) => `${p.source} ${p.target}`;

/**
 * The confirmed and added pairs a researcher keeps, in the file's order, each with its kind; a pair
 * both kept and rejected is rejected (`overruled`). The build and the training read them alike.
 */
export function keptPairs(curation: Curation): { kept: { pair: CuratedPair; kind: 'confirmed' | 'added' }[]; overruled: CuratedPair[] } {
  const rejected = new Set(curation.reject.map(pairKey));
  const all = [...curation.confirm.map((pair) => ({ pair, kind: 'confirmed' as const })), ...curation.add.map((pair) => ({ pair, kind: 'added' as const }))];
  return { kept: all.filter(({ pair }) => !rejected.has(pairKey(pair))), overruled: all.filter(({ pair }) => rejected.has(pairKey(pair))).map(({ pair }) => pair) };
}

export function readCuration(file: string): Curation {
  if (!existsSync(file)) return { ...emptyCuration(), file };
  return parseCuration(readFileSync(file, 'utf8'), file);
}

export function parseCuration(text: string, file: string): Curation {
  const curation: Curation = { ...emptyCuration(), file };
  const say = (line: number | null, message: string) => curation.messages!.push({ file, line, message });
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  const lineOf = (offset: number | undefined) => (offset === undefined ? null : lines.linePos(offset).line);
  if (doc.errors.length) {
    for (const e of doc.errors) say(lineOf(e.pos[0]), `curation is not valid YAML: ${e.message.split('\n')[0]}`);
    return curation;
  }
  if (doc.contents === null) return curation;
  if (!isMap(doc.contents)) {
    say(lineOf(doc.contents.range?.[0]), 'curation must be a mapping with confirm, reject and add lists');
    return curation;
  }
  for (const pair of doc.contents.items) {
    const key = String((pair.key as { value?: unknown })?.value ?? pair.key);
    const section = SECTIONS.find((s) => s === key);
    const keyLine = lineOf((pair.key as { range?: [number, number, number] })?.range?.[0]);
    if (!section) {
      say(keyLine, `unknown curation section "${key}" (expected confirm, reject or add)`);
      continue;
    }
    if (pair.value === null) continue;
    if (!isSeq(pair.value)) {
      say(keyLine, `${section} must be a list of {source, target} entries`);
      continue;
    }
    for (const item of pair.value.items) {
      const line = lineOf((item as { range?: [number, number, number] }).range?.[0]);
      const entry = (isMap(item) ? item.toJSON() : null) as Record<string, unknown> | null;
      if (!entry || typeof entry.source !== 'string' || typeof entry.target !== 'string') {
        say(line, `${section} entry needs string "source" and "target" clause ids`);
        continue;
      }
      const { source, target } = entry;
      curation[section].push(typeof entry.note === 'string' ? { source, target, line, note: entry.note } : { source, target, line });
    }
  }
  return curation;
}
