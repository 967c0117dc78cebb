/** The pure parts of the views built for a large corpus: catalog, document list, overview figures, province and national pages. */
import { describe, expect, it } from 'vitest';
import { catalogFileSchema, catalogRows, rowMatches, similarity, suggestions } from '../../../src/lib/catalog.ts';
import { compareModel, linksToNational } from '../../../src/lib/compare.ts';
import { filterRows, tablePage } from '../../../src/lib/corpus-table.ts';
import { groupLines, provinceGroups } from '../../../src/lib/national-view.ts';
import { deadlineYears, provinceCounts, yearCounts } from '../../../src/lib/overview.ts';
import { regionView } from '../../../src/lib/region.ts';
import { clauses, documents } from '../charts/fixture.ts';

const clausesOf = (id: string) => clauses.filter((c) => c.doc === id);
const catalog = catalogFileSchema.parse(catalogRows(documents, clausesOf, new Set(['national-qianxian-2021'])));
const row = (id: string) => catalog.documents.find((r) => r.id === id)!;

describe('catalog', () => {
  it('one compact row per document, its national clauses as positions in one shared list', () => {
    expect(catalog.documents.map((r) => r.id)).toEqual(documents.map((d) => d.id));
    const pianguan = row('pianguan-2024');
    expect(pianguan.national.map((i) => catalog.nationalClauses[i]).sort()).toEqual(['national-qianxian-2021/2.1.1', 'national-qianxian-2021/2.1.3', 'national-qianxian-2021/2.1.4', 'national-qianxian-2021/2.2.1']);
    expect([pianguan.clauses, pianguan.deadlines, pianguan.metrics]).toEqual([3, 2, 1]);
  });

  it('matches typed places and years, and suggests plans of the same province, then the most similar', () => {
    expect(rowMatches(row('pianguan-2024'), '山西 2024')).toBe(true);
    expect(rowMatches(row('pianguan-2024'), '福建')).toBe(false);
    expect(similarity(row('pianguan-2024'), row('xiangyuan-2023'))).toBeCloseTo(2 / 6);
    expect(suggestions(catalog.documents, ['pianguan-2024']).map((r) => r.id)).toEqual(['xiangyuan-2023', 'yanshi-2020', 'mingxi-2024']);
  });
});

describe('document list', () => {
  it('filters by province, level, year and title words, sorts and pages', () => {
    const base = { province: '', level: '', year: '', words: '' };
    expect(filterRows(catalog.documents, { ...base, province: '山西省' }).map((r) => r.id)).toEqual(['xiangyuan-2023', 'pianguan-2024']);
    expect(filterRows(catalog.documents, { ...base, level: 'national' })).toHaveLength(1);
    expect(filterRows(catalog.documents, { ...base, year: '2024' }).map((r) => r.id)).toEqual(['pianguan-2024', 'mingxi-2024']);
    const page = tablePage(catalog.documents, { ...base, sort: 'date', descending: true, page: 0 });
    expect(page.rows[0].id).toBe('mingxi-2024');
    expect([page.total, page.pages]).toEqual([5, 1]);
  });
});

describe('overview figures', () => {
  it('counts plans by province and documents by year, and plans with deadlines by year', () => {
    expect(provinceCounts(documents)).toEqual([{ province: '山西省', count: 2 }, { province: '福建省', count: 1 }, { province: '河南省', count: 1 }]);
    expect(yearCounts(documents).map((y) => y.year)).toEqual(['2020', '2021', '2023', '2024']);
    const years = deadlineYears(documents, clauses);
    for (const y of years) expect(y.plans).toBeLessThanOrEqual(y.deadlines);
    expect(years.length).toBeGreaterThan(0);
  });
});

describe('province and national clause pages', () => {
  const model = compareModel(documents, clauses);

  it('a province lists its plans and, per national clause, which of them take it up', () => {
    const view = regionView(model, '山西省', clausesOf);
    expect(view.plans.map((p) => p.doc.id)).toEqual(['xiangyuan-2023', 'pianguan-2024']);
    const row = view.coverage.find((c) => c.national.id === 'national-qianxian-2021/2.2.1')!;
    expect([row.covering.map((d) => d.id), row.missing.map((d) => d.id)]).toEqual([['pianguan-2024'], ['xiangyuan-2023']]);
  });

  it('a national clause groups plans by province, those taking it up and those not', () => {
    const groups = provinceGroups(linksToNational('national-qianxian-2021/2.2.1', documents, clauses));
    expect(groups.map((g) => [g.province, g.covering.map((c) => c.doc.id), g.missing.map((d) => d.id)])).toEqual([
      ['山西省', ['pianguan-2024'], ['xiangyuan-2023']],
      ['福建省', ['mingxi-2024'], []],
      ['河南省', [], ['yanshi-2020']],
    ]);
  });

  it('a province group as lines for plans.json: the best clause of each plan, and how many more', () => {
    const lines = groupLines(provinceGroups(linksToNational('national-qianxian-2021/2.1.4', documents, clauses)));
    expect(lines['山西省'].covering.map((l) => [l.name, l.clause, l.others])).toEqual([
      ['襄垣县', 'xiangyuan-2023/3', 0],
      ['偏关县', 'pianguan-2024/2', 0],
    ]);
    expect(lines['福建省']).toEqual({ covering: [], missing: [{ id: 'mingxi-2024', name: '明溪县' }] });
    expect(lines['山西省'].covering[0].score).toMatch(/^\d+%$/);
  });
});
