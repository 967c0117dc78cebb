import { describe, expect, it } from 'vitest';
import { barList, valueHistogram } from '../../../src/charts/distribution.ts';
import { provinceHeatmap } from '../../../src/charts/province-heatmap.ts';
import { render } from '../../../src/charts/svg.ts';
import { compareModel } from '../../../src/lib/compare.ts';
import { provinceCoverage } from '../../../src/lib/overview.ts';
import { clauses, documents } from './fixture.ts';
import { findAll, parseXml, textOf } from './xml.ts';

describe('barList', () => {
  it('draws one bar per row, longer for more, each with its count and link', () => {
    const svg = parseXml(render(barList([{ label: '山西省', count: 2, href: '/regions/山西省/' }, { label: '福建省', count: 1 }], { label: '各省份方案数' })));
    const rows = findAll(svg, { cls: 'bar-row' });
    expect(rows.map((r) => [r.attrs['data-label'], r.attrs['data-count']])).toEqual([['山西省', '2'], ['福建省', '1']]);
    const width = (i: number) => Number(findAll(rows[i], { cls: 'bar' })[0].attrs.width);
    expect(width(0)).toBeCloseTo(2 * width(1), 0);
    expect(findAll(rows[0], { tag: 'a' })[0].attrs.href).toBe('/regions/山西省/');
    expect(findAll(rows[1], { tag: 'a' })).toHaveLength(0);
    expect(textOf(findAll(rows[0], { cls: 'value' })[0])).toBe('2');
  });
});

describe('valueHistogram', () => {
  it('counts every value in one bin and marks the national target', () => {
    const values = [1.5, 1.6, 1.8, 2.4, 3.1, 3.2];
    const svg = parseXml(render(valueHistogram(values, { label: '每千人口床位数', reference: 2 })));
    const counts = findAll(svg, { cls: 'bin' }).map((b) => Number(b.attrs['data-count']));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(values.length);
    expect(findAll(svg, { cls: 'reference' })).toHaveLength(1);
  });
});

describe('provinceHeatmap', () => {
  it('has one cell per national row and province, its share of the province’s plans, leading to the clause at that province', () => {
    const model = compareModel(documents, clauses);
    const data = provinceCoverage(model);
    expect(data.provinces).toEqual([{ name: '山西省', plans: 2 }, { name: '福建省', plans: 1 }, { name: '河南省', plans: 1 }]);
    const svg = parseXml(render(provinceHeatmap(data, { cellHref: (id, p) => `/national/${id}#${p}` })));
    const cells = findAll(svg, { cls: 'cell' });
    expect(cells).toHaveLength(model.rows.length * 3);
    // 2.1.4 is taken up by both 山西 plans (襄垣, 偏关) and by 偃师 in 河南, not by 明溪 in 福建.
    const share = (province: string) => cells.find((c) => c.attrs.href === `/national/national-qianxian-2021/2.1.4#${province}`)!.attrs['data-share'];
    expect([share('山西省'), share('河南省'), share('福建省')]).toEqual(['1', '1', '0']);
    expect(cells.find((c) => c.attrs.href === '/national/national-qianxian-2021/2.2.1#山西省')!.attrs['data-share']).toBe('0.5');
  });
});
