import { describe, expect, it } from 'vitest';
import { coverageMatrix, scoreColor } from '../../../src/charts/coverage-matrix.ts';
import { render } from '../../../src/charts/svg.ts';
import { compareModel, planDocuments } from '../../../src/lib/compare.ts';
import { clauses, documents } from './fixture.ts';
import { findAll, parseXml, textOf, titleOf } from './xml.ts';

const model = compareModel(documents, clauses);
const svg = parseXml(render(coverageMatrix(model)));
const cells = findAll(svg, { cls: 'cell' });

describe('coverage matrix', () => {
  it('has one column per plan below national level, labelled with its county', () => {
    const columns = findAll(svg, { cls: 'column-labels' })[0];
    const labels = findAll(columns, { tag: 'text' }).map((t) => textOf(t));
    expect(labels).toEqual(['偃师市', '襄垣县', '偏关县', '明溪县']);
    expect(findAll(columns, { tag: 'a' }).map((a) => a.attrs.href)[0]).toBe('/docs/yanshi-2020/');
    expect(new Set(cells.map((c) => c.attrs['data-doc']))).toEqual(new Set(planDocuments(documents).map((d) => d.id)));
  });

  it('has one labelled row per national task clause, in reading order', () => {
    const rowLabels = findAll(findAll(svg, { cls: 'row-labels' })[0], { tag: 'text' }).map((t) => textOf(t));
    expect(rowLabels[0]).toBe('1.1 总体目标');
    expect(rowLabels).toHaveLength(model.rows.length);
    expect(cells).toHaveLength(model.rows.length * model.plans.length);
  });

  it('colours a linked cell by its best score and links it to the clauses behind it', () => {
    const cell = cells.find(
      (c) => c.attrs['data-row'] === 'national-qianxian-2021/2.1.3' && c.attrs['data-doc'] === 'pianguan-2024',
    )!;
    const link = findAll(cell, { tag: 'a' })[0];
    expect(link.attrs.href).toBe('/national/national-qianxian-2021-2-1-3/#doc-pianguan-2024');
    expect(findAll(link, { tag: 'rect' })[0].attrs.fill).toBe(scoreColor(0.36));
    expect(textOf(link)).toBe('36');
    expect(link.attrs['aria-label']).toContain('偏关县');
    expect(titleOf(link)).toContain('最高得分 36%');
  });

  it('marks gaps visibly, with no link', () => {
    const gaps = cells.filter((c) => c.attrs.class.includes('gap'));
    const linked = cells.filter((c) => c.attrs.class.includes('linked'));
    expect(linked).toHaveLength(11); // the fixture has 11 distinct (national clause, plan) links
    expect(gaps).toHaveLength(cells.length - 11);
    expect(findAll(gaps[0], { tag: 'a' })).toHaveLength(0);
    expect(textOf(gaps[0])).toBe('—');
    expect(titleOf(gaps[0])).toContain('未涉及');
  });

  it('draws a plan older than the national plan differently and says so', () => {
    const precedes = cells.filter((c) => c.attrs.class.includes('precedes'));
    expect(precedes.map((c) => c.attrs['data-doc'])).toEqual(['yanshi-2020']);
    expect(titleOf(findAll(precedes[0], { tag: 'a' })[0])).toContain('早于国家方案');
  });

  it('has a legend for score bins, gaps and precedes', () => {
    const legend = findAll(svg, { cls: 'legend-item' }).map((g) => textOf(g));
    expect(legend).toEqual(['0–20%', '20–40%', '40–60%', '60–80%', '80–100%', '未涉及', '早于国家方案']);
  });
});

describe('document text in the matrix', () => {
  it('stays text, whatever markup it contains', () => {
    const hostile = '<script>alert("x")</script>&';
    const withHostileTitle = {
      ...model,
      rows: model.rows.map((r, i) => (i === 0 ? { ...r, national: { ...r.national, title: hostile } } : r)),
      plans: model.plans.map((p, i) => (i === 0 ? { ...p, region: { ...p.region, county: hostile } } : p)),
    };
    const markup = render(coverageMatrix(withHostileTitle));
    expect(markup).not.toMatch(/<script/i);
    const parsed = parseXml(markup);
    expect(findAll(parsed, { tag: 'script' })).toHaveLength(0);
    const rowTitles = findAll(findAll(parsed, { cls: 'row-labels' })[0], { tag: 'title' }).map((t) => textOf(t, { skipTitles: false }));
    expect(rowTitles[0]).toContain(hostile);
  });
});
