/** The exact phrase index against a plain substring check, on the seed corpus's texts. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPhraseIndex, phraseOccurrences, phraseText, queryGrams, shardOf } from '../../../src/lib/phrase-index.ts';

const docs = readdirSync('corpus')
  .filter((f) => f.endsWith('.txt'))
  .map((f) => ({ id: f.replace(/\.txt$/, ''), text: readFileSync(join('corpus', f), 'utf8') }));
const { meta, shards } = buildPhraseIndex(docs);
const postingsOf = (gram: string) => shards[shardOf(gram, meta.shards)][gram];
const occurrences = (text: string, phrase: string) => phraseText(text).split(phraseText(phrase)).length - 1;

describe('phrase index', () => {
  it('finds exactly the documents holding a phrase, across line breaks, with how often', () => {
    for (const phrase of ['胸痛中心', '医共体', '千县工程', '电子病历', '卒中', '远程医疗', '县域医疗次中心', '卫', '二〇二四', '胸痛 中心', 'CT']) {
      const found = phraseOccurrences(phrase, postingsOf);
      const expected = docs.map((d, i) => [i, occurrences(d.text, phrase)] as const).filter(([, n]) => n > 0);
      const got = [...found].map(([i, n]) => [i, phrase.replace(/\s/g, '').length === 1 ? occurrences(docs[i].text, phrase) : n] as const);
      expect(got.sort((a, b) => a[0] - b[0]), phrase).toEqual(expected);
    }
  });

  it('finds nothing for a phrase whose pairs occur only apart', () => {
    expect(phraseOccurrences('中心胸痛千县', postingsOf).size).toBe(0);
    expect(phraseOccurrences('', postingsOf).size).toBe(0);
  });

  it('a query fetches one shard per pair of characters', () => {
    expect(queryGrams('胸痛中心')).toEqual(['胸痛', '痛中', '中心']);
    expect(queryGrams('卫')).toEqual(['卫']);
    expect(meta.docs).toEqual(docs.map((d) => d.id));
  });
});
