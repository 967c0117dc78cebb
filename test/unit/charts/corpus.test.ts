import { describe, expect, it } from 'vitest';
import { corpusRows, corpusTimeline, LEVEL_COLORS, levelCounts } from '../../../src/charts/corpus.ts';
import { render } from '../../../src/charts/svg.ts';
import { clauses, documents } from './fixture.ts';
import { findAll, parseXml, textOf } from './xml.ts';

describe('corpus overview', () => {
  it('counts clauses, linked national clauses, deadlines and metrics per document, national first', () => {
    const rows = corpusRows(documents, clauses);
    expect(rows.map((r) => r.doc.id)[0]).toBe('national-qianxian-2021');
    const pianguan = rows.find((r) => r.doc.id === 'pianguan-2024')!;
    expect([pianguan.clauses, pianguan.nationalClauses, pianguan.deadlines, pianguan.metrics]).toEqual([3, 4, 2, 1]);
  });

  it('draws one dated, level-coloured mark per document, linking to its reader, with its plan period', () => {
    const svg = parseXml(render(corpusTimeline(documents)));
    const docs = findAll(svg, { cls: 'document' });
    expect(docs).toHaveLength(documents.length);
    const national = docs[0];
    expect(findAll(national, { tag: 'a' })[0].attrs.href).toBe('/docs/national-qianxian-2021/');
    expect(findAll(national, { tag: 'circle' })[0].attrs.fill).toBe(LEVEL_COLORS.national);
    const periods = findAll(svg, { cls: 'period' });
    expect(periods).toHaveLength(documents.length);
    // 偃师 (2020–2022) starts left of 明溪 (2024–2026).
    const x = (id: string) => Number(findAll(docs.find((d) => d.attrs['data-doc'] === id)!, { cls: 'period' })[0].attrs.x);
    expect(x('yanshi-2020')).toBeLessThan(x('mingxi-2024'));
    expect(findAll(svg, { cls: 'legend-item' }).map((g) => textOf(g))).toEqual(['国家', '县级', '规划期']);
  });
});

describe('levelCounts', () => {
  it('counts documents per level, national first, unknown last', () => {
    expect(levelCounts([...documents, { ...documents[1], id: 'x', level: null }])).toEqual([
      { level: 'national', count: 1 },
      { level: 'county', count: 4 },
      { level: 'unknown', count: 1 },
    ]);
  });
});
