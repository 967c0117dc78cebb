import { describe, expect, it } from 'vitest';
import { containsPhrase, excerptParts, phraseExcerpt, readSearchState, resultExcerpt, stripIndexTerms, writeSearchState } from '../../../src/lib/search-query.ts';

describe('search state in the URL', () => {
  it('round-trips query and filters, ignoring unknown parameters', () => {
    const state = readSearchState('?q=%E5%8D%92%E4%B8%AD&unit=A&unit=B&year=2024&x=1');
    expect(state).toEqual({ query: '卒中', filters: { year: ['2024'], unit: ['A', 'B'] } });
    expect(readSearchState(writeSearchState(state))).toEqual(state);
    expect(writeSearchState({ query: '', filters: {} })).toBe('');
  });
});

describe('phrases', () => {
  it('match across whitespace', () => {
    expect(containsPhrase('危重儿\n童和新生儿', '儿童和')).toBe(true);
    expect(containsPhrase('医共', '医共体')).toBe(false);
    expect(containsPhrase('anything', '  ')).toBe(false);
  });

  it('strip hidden index terms, even cut off by an excerpt window', () => {
    expect(stripIndexTerms('正文⟦胸痛 中心⟧后文')).toBe('正文 后文');
    expect(stripIndexTerms('痛 中心⟧后文')).toBe(' 后文');
    expect(stripIndexTerms('正文⟦胸痛 中')).toBe('正文 ');
  });
});

describe('excerpts', () => {
  it('turn Pagefind excerpts into text parts, decoding entities instead of parsing HTML', () => {
    expect(excerptParts('a &lt;script&gt; <mark>卒中</mark> b')).toEqual([
      { text: 'a <script> ', marked: false },
      { text: '卒中', marked: true },
      { text: ' b', marked: false },
    ]);
  });

  it('cut around the phrase after the given heading', () => {
    const parts = phraseExcerpt('一、甲 卒中 乙 二、丙 卒\n中 丁', '卒中', '二、', 2);
    expect(parts).toEqual([
      { text: '…丙 ', marked: false },
      { text: '卒\n中', marked: true },
      { text: ' 丁', marked: false },
    ]);
  });

  it("replace Pagefind's excerpt when it shows hidden terms or lacks the phrase", () => {
    const content = '二、建设胸痛中心。⟦胸痛 中心⟧';
    expect(resultExcerpt('<mark>胸痛</mark> <mark>中心</mark>⟧', content, '胸痛中心', '二、').map((p) => p.text).join('')).toBe('二、建设胸痛中心。 ');
    expect(resultExcerpt('建设<mark>胸痛中心</mark>', content, '胸痛中心')).toEqual([
      { text: '建设', marked: false },
      { text: '胸痛中心', marked: true },
    ]);
  });
});
