/**
 * Words of a clause from a Chinese segmenter (jieba), with the corpus's own
 * terms as extra dictionary entries, so 急诊急救, 医共体 or 五大中心 stay whole
 * words instead of being cut into generic pieces. Compared as TF-IDF vectors
 * like the bigrams: a shared word says more than two shared bigrams that may
 * straddle word boundaries (县医 in 县医院 and 县医疗).
 */
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import type { Concepts } from './concepts.ts';

const WORDLIKE = /^[\p{L}\p{N}]{2,}$/u;

/** Terms a researcher or a plan marks as one thing: concept terms and short quoted names (“五大中心”). */
export function corpusTerms(texts: string[], concepts: Concepts): string[] {
  const terms = new Set<string>();
  for (const list of concepts.values()) for (const t of list) terms.add(t);
  for (const text of texts) for (const m of text.matchAll(/[“"]([\p{Script=Han}]{2,8})[”"]/gu)) terms.add(m[1]);
  return [...terms].filter((t) => WORDLIKE.test(t));
}

export type Segmenter = (text: string) => string[];

/** A segmenter knowing the given terms; only words of two or more letters or digits are kept. */
export function segmenter(terms: string[]): Segmenter {
  const jieba = Jieba.withDict(dict);
  if (terms.length) jieba.loadDict(Buffer.from(terms.map((t) => `${t} 100000 n`).join('\n')));
  return (text) => jieba.cut(text, false).filter((w) => WORDLIKE.test(w));
}
