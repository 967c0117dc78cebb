import { describe, expect, it } from 'vitest';
import { containsAll, containsPhrase, documentHits, excerptAround, highlight, queryTerms, queryWords, readSearchState, splitSections, stripIndexTerms, writeSearchState, type PageAnchor } from '../../../src/lib/search-query.ts';

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

describe('queries', () => {
  it('are phrases separated by whitespace, all of which a full match holds', () => {
    expect(queryTerms(' 胸痛  卒中 胸痛')).toEqual(['胸痛', '卒中']);
    expect(containsAll('建设胸痛中心和卒\n中中心', '胸痛 卒中')).toBe(true);
    expect(containsAll('建设胸痛中心', '胸痛 卒中')).toBe(false);
    expect(containsPhrase('EICU 病房', 'eicu')).toBe(true);
  });

  it('are cut into words for marking a partial match, without lone characters', () => {
    const words = queryWords('千县工程');
    expect(words).toContain('工程');
    expect(words.every((w) => w.length > 1)).toBe(true);
  });
});

// What Pagefind gives for a page: plain text with blocks set apart by spaces, a '.' after blocks
// ending in a word character, hidden index terms in ⟦…⟧, and headings by text and word position.
const content = [
  '示范县方案. 文号示政〔2024〕1号 引用文件 《医共体意见》',
  '一、总体要求. 建设胸痛中心。 ⟦胸痛 中心⟧',
  '（一）方案细化阶段（3月22日—3月31日）。 市人民医院制定细化方案，建设胸 痛中心和卒中中心。 ⟦方案 细化⟧',
  '（二）工作目标 提升服务能力。',
  '二、保障措施. 加强领导。提到（二）工作目标 也不是标题',
].join(' ');
const anchors: PageAnchor[] = [
  { element: 'h1', id: 'top', text: '示范县方案', location: 0 },
  { element: 'div', id: 'meta', text: '', location: 1 },
  { element: 'h2', id: 'c-1', text: '一、总体要求', location: 5 },
  { element: 'h3', id: 'c-1.1', text: '（一）方案细化阶段（3月22日—3月31日）。', location: 9 },
  { element: 'h3', id: 'c-1.2', text: '（二）工作目标', location: 20 },
  { element: 'h2', id: 'c-2', text: '二、保障措施', location: 24 },
];
const text = (parts: { text: string }[]) => parts.map((p) => p.text).join('');

describe('sections', () => {
  it('split a page at its headings: each keeps its own text, without index terms or added dots', () => {
    const sections = splitSections(content, anchors);
    expect(sections.map((s) => s.id)).toEqual(['top', 'c-1', 'c-1.1', 'c-1.2', 'c-2']);
    expect(sections[0]!.body).toBe('文号示政〔2024〕1号 引用文件 《医共体意见》');
    expect(sections[1]!.body).toBe('建设胸痛中心。');
    expect(sections[2]!.title).toBe('（一）方案细化阶段（3月22日—3月31日）。');
    expect(sections[3]!.body).toBe('提升服务能力。');
    // a heading's words inside another block are not that heading
    expect(sections[4]!.body).toBe('加强领导。提到（二）工作目标 也不是标题');
  });

  it('keep a heading that cannot be found inside the section before it', () => {
    const sections = splitSections(content, [...anchors, { element: 'h3', id: 'ghost', text: '不存在的标题', location: 22 }]);
    expect(sections.map((s) => s.id)).not.toContain('ghost');
  });
});

describe('document hits', () => {
  it('list exactly the clauses whose own text holds the phrase, each with its own excerpt', () => {
    const hit = documentHits(content, anchors, '胸痛中心');
    expect(hit.exact).toBe(true);
    expect(hit.clauses.map((c) => c.id)).toEqual(['c-1', 'c-1.1']);
    const [first, second] = hit.clauses;
    expect(text(first!.excerpt)).toBe('建设胸痛中心。');
    expect(second!.excerpt.filter((p) => p.marked).map((p) => p.text)).toEqual(['胸 痛中心']);
    expect(text(second!.excerpt)).not.toBe(text(first!.excerpt));
  });

  it('list the document title only when the text under it holds the phrase', () => {
    expect(documentHits(content, anchors, '示范县').clauses.map((c) => c.id)).toEqual([]);
    expect(documentHits(content, anchors, '医共体').clauses.map((c) => c.id)).toEqual(['top']);
  });

  it('find a phrase in a heading and mark it there', () => {
    const [clause] = documentHits(content, anchors, '3月22日').clauses;
    expect(clause!.id).toBe('c-1.1');
    expect(clause!.title).toEqual([
      { text: '（一）方案细化阶段（', marked: false },
      { text: '3月22日', marked: true },
      { text: '—3月31日）。', marked: false },
    ]);
  });

  it('rank clauses holding more of the phrases of a multi-word query first', () => {
    const hit = documentHits(content, anchors, '胸痛 卒中');
    expect(hit.exact).toBe(true);
    expect(hit.clauses.map((c) => [c.id, c.terms])).toEqual([
      ['c-1.1', 2],
      ['c-1', 1],
    ]);
  });

  it('for a partial match, list the few clauses holding most of the words', () => {
    const hit = documentHits(content, anchors, '胸痛救治');
    expect(hit.exact).toBe(false);
    expect(hit.clauses.length).toBeGreaterThan(0);
    expect(hit.clauses.length).toBeLessThanOrEqual(3);
    for (const clause of hit.clauses) expect(clause.excerpt.some((p) => p.marked)).toBe(true);
  });

  it('list nothing without a query (filters only)', () => {
    expect(documentHits(content, anchors, '')).toEqual({ exact: true, terms: [], clauses: [] });
  });
});

describe('excerpts', () => {
  it('mark every occurrence, across whitespace', () => {
    expect(highlight('卒中和卒\n中', ['卒中'])).toEqual([
      { text: '卒中', marked: true },
      { text: '和', marked: false },
      { text: '卒\n中', marked: true },
    ]);
  });

  it('cut around the place holding most of the terms, never through one', () => {
    const body = `${'甲'.repeat(50)}胸痛${'乙'.repeat(50)}胸痛和卒中${'丙'.repeat(50)}`;
    const parts = excerptAround(body, ['胸痛', '卒中'], 5, 10);
    expect(parts.filter((p) => p.marked).map((p) => p.text)).toEqual(['胸痛', '卒中']);
    expect(text(parts)).toBe('…乙乙乙乙乙胸痛和卒中丙丙丙丙丙丙丙…');
    expect(text(excerptAround('胸痛中心', ['痛中'], 0, 0))).toBe('…痛中…');
    expect(text(excerptAround('短文', ['不在']))).toBe('短文');
  });
});
