import { describe, expect, it } from 'vitest';
import { extraIndexTerms, pageIndexTerms } from '../../../src/lib/search-terms.ts';

describe('extraIndexTerms', () => {
  const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  const queryWords = (q: string) => [...segmenter.segment(q)].filter((s) => s.isWordLike).map((s) => s.segment);

  it('holds every word the browser searches for, for every substring query', () => {
    const text = '实现体检服务人数逐年较大幅度增长，建设胸痛中心、卒中中心和紧密型县域医共体。';
    const terms = new Set(extraIndexTerms(text));
    for (const phrase of text.split(/[，、。]/)) {
      for (let start = 0; start < phrase.length; start++) {
        for (let end = start + 2; end <= Math.min(phrase.length, start + 8); end++) {
          for (const word of queryWords(phrase.slice(start, end))) expect(terms.has(word), phrase.slice(start, end)).toBe(true);
        }
      }
    }
  });

  it('finds phrases broken across lines', () => {
    expect(extraIndexTerms('中心主\n\n要负责人')).toContain('主要');
  });

  it('has no terms for text without Han characters', () => {
    expect(extraIndexTerms('2025 <script> abc')).toEqual([]);
  });
});

describe('pageIndexTerms', () => {
  const texts = ['实现体检服务人数逐年较大幅度增长，', '建设胸痛中心、卒中中心，中心主\n\n要负责人。'];
  const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  const inContext = new Set(texts.flatMap((t) => [...segmenter.segment(t)].filter((s) => s.isWordLike).map((s) => s.segment)));

  it('lists, once for the page, every extra word the running text does not yield', () => {
    const terms = pageIndexTerms(texts);
    expect(new Set(terms).size).toBe(terms.length);
    const all = new Set(texts.flatMap((t) => extraIndexTerms(t)));
    expect(new Set([...terms, ...inContext].filter((w) => all.has(w)))).toEqual(all);
    for (const term of terms) expect(inContext.has(term), term).toBe(false);
  });

  it('keeps a word split by a line break, which the running text does not hold', () => {
    expect(pageIndexTerms(texts)).toContain('主要');
  });
});
