import { describe, expect, it } from 'vitest';
import { groupMetrics, indicatorKey, metricDotPlot, metricValueLabel, normalisePer } from '../../../src/charts/metrics.ts';
import { render } from '../../../src/charts/svg.ts';
import type { Metric } from '../../../scripts/publish/schema.ts';
import { clauses, documents } from './fixture.ts';
import { findAll, parseXml, textOf, translation } from './xml.ts';

const metric = (m: Partial<Metric>): Metric => ({
  text: '', indicator: null, unit: null, per: null, comparator: 'eq', year: null, at: [0, 0], ...m,
});

describe('indicatorKey', () => {
  it('groups the many wordings of beds per thousand people together', () => {
    const a = indicatorKey(metric({ indicator: '每千人口医疗卫生机构床位数', unit: '张', per: '千人口' }));
    const b = indicatorKey(metric({ indicator: '每千常住人口医疗卫生机构床位数', unit: '张', per: '千常住人口' }));
    const c = indicatorKey(metric({ indicator: '每千人床位', unit: '张', per: '每千人' }));
    expect(a?.key).toBe('beds|张|千人口');
    expect(b?.key).toBe(a?.key);
    expect(c?.key).toBe(a?.key);
  });

  it('keeps apart the same indicator in other units or per other populations', () => {
    const perThousand = indicatorKey(metric({ indicator: '床位数', unit: '张', per: '千人口' }));
    const total = indicatorKey(metric({ indicator: '床位数', unit: '张', per: null }));
    expect(perThousand?.key).not.toBe(total?.key);
  });

  it('does not take a ward size or a named post for a population ratio', () => {
    expect(indicatorKey(metric({ indicator: '精神科床位', unit: '张', per: null }))?.key).toBe('精神科床位|张|');
    expect(indicatorKey(metric({ indicator: '血液透析床位设备', unit: '张', per: null }))?.key).toBe('血液透析床位设备|张|');
    expect(indicatorKey(metric({ indicator: '专科护士', unit: '人', per: null }))?.key).toBe('专科护士|人|');
  });

  it('compares EMR levels however they are worded, but only in 级', () => {
    const keys = ['电子病历', '电子病历系统应用水平达到分级评价', '县中医医院、县妇计中心电子病历应用水平'].map(
      (indicator) => indicatorKey(metric({ indicator, unit: '级' }))?.key,
    );
    expect(new Set(keys)).toEqual(new Set(['emr-level|级|']));
    expect(indicatorKey(metric({ indicator: '电子病历', unit: '%' }))?.key).not.toBe('emr-level|级|');
  });

  it('reads 县域就诊率 and 县域内住院率 as one indicator', () => {
    expect(indicatorKey(metric({ indicator: '县域就诊率', unit: '%' }))?.key).toBe('county-visit-share|%|');
  });

  it('reads full-width brackets and percent signs as their half-width forms', () => {
    expect(indicatorKey(metric({ indicator: '执业（助理）医师数', unit: '人', per: '千人口' }))?.key).toBe('doctors|人|千人口');
    expect(indicatorKey(metric({ indicator: '县域内住院率', unit: '％' }))?.key).toBe('county-visit-share|%|');
  });

  it('groups unknown indicators by their own normalised wording, and skips metrics without one', () => {
    expect(indicatorKey(metric({ indicator: '每千人口 公共卫生人员数', unit: '人', per: '千人口' }))?.key).toBe('公共卫生人员|人|千人口');
    expect(indicatorKey(metric({ indicator: null }))).toBeNull();
  });

  it('normalises "per" phrases', () => {
    expect(normalisePer('千常住人口')).toBe('千人口');
    expect(normalisePer('每万人')).toBe('万人口');
    expect(normalisePer(null)).toBeNull();
  });
});

describe('groupMetrics', () => {
  const groups = groupMetrics(documents, clauses);

  it('compares beds across the three plans that set a target, in plan order', () => {
    const beds = groups.find((g) => g.key === 'beds|张|千人口')!;
    expect(beds.entries.map((e) => [e.doc.id, e.metric.value])).toEqual([
      ['yanshi-2020', 6.5],
      ['xiangyuan-2023', 6.8],
      ['pianguan-2024', 7],
    ]);
    expect(beds.docCount).toBe(3);
  });

  it('puts indicators shared by more plans first', () => {
    expect(groups[0].key).toBe('beds|张|千人口');
    expect(groups.map((g) => g.docCount)).toEqual([...groups.map((g) => g.docCount)].sort((a, b) => b - a));
  });

  it('joins differently worded EMR targets and the inpatient share', () => {
    expect(groups.find((g) => g.key === 'emr-level|级|')?.docCount).toBe(2);
    expect(groups.find((g) => g.key === 'county-visit-share|%|')?.docCount).toBe(2);
  });
});

describe('metricValueLabel', () => {
  it('writes the comparator and ranges', () => {
    expect(metricValueLabel(metric({ value: 6.8, comparator: 'ge' }))).toBe('≥6.8');
    expect(metricValueLabel(metric({ min: 85, max: 90, comparator: 'range' }))).toBe('85–90');
    expect(metricValueLabel(metric({ value: 3, comparator: 'approx' }))).toBe('约3');
  });
});

describe('metric dot plot', () => {
  const groups = groupMetrics(documents, clauses);
  const svg = parseXml(render(metricDotPlot(groups.find((g) => g.key === 'beds|张|千人口')!)));
  const marks = findAll(svg, { cls: 'metric' });

  it('draws one linked mark per plan target, with the value written beside it', () => {
    expect(marks).toHaveLength(3);
    const link = findAll(marks[1], { tag: 'a' })[0];
    expect(link.attrs.href).toBe('/docs/xiangyuan-2023/#c-1');
    expect(link.attrs['aria-label']).toContain('襄垣县 2025年：每千人口床位数 ≥6.8 张/千人口');
    expect(marks.map((m) => textOf(findAll(m, { cls: 'value' })[0]))).toEqual(['≥6.5', '≥6.8', '≥7']);
  });

  it('places larger values further right on a zero-based axis', () => {
    const xs = marks.map((m) => Number(findAll(m, { tag: 'circle' })[0].attrs.cx));
    expect(xs[0]).toBeLessThan(xs[1]);
    expect(xs[1]).toBeLessThan(xs[2]);
    const ticks = findAll(svg, { cls: 'tick' });
    expect(textOf(ticks[0])).toBe('0');
    expect(translation(ticks[0])[0]).toBeLessThan(xs[0]);
  });

  it('tells apart two targets of one plan and year by their clause numbers', () => {
    const twice = { ...groups[0], entries: [groups[0].entries[1], { ...groups[0].entries[1], clause: clauses.find((c) => c.id === 'xiangyuan-2023/4')! }] };
    const labels = findAll(findAll(parseXml(render(metricDotPlot(twice))), { cls: 'row-labels' })[0], { tag: 'text' }).map((t) => textOf(t));
    expect(labels).toEqual(['襄垣县 2025年 §1', '襄垣县 2025年 §4']);
    const sameClause = { ...groups[0], entries: [groups[0].entries[1], groups[0].entries[1]] };
    const numbered = findAll(findAll(parseXml(render(metricDotPlot(sameClause))), { cls: 'row-labels' })[0], { tag: 'text' }).map((t) => textOf(t));
    expect(numbered).toEqual(['襄垣县 2025年 §1（1）', '襄垣县 2025年 §1（2）']);
  });

  it('draws a range target as a bar from min to max', () => {
    const share = parseXml(render(metricDotPlot(groups.find((g) => g.key === 'county-visit-share|%|')!)));
    const mingxi = findAll(share, { cls: 'metric' }).find((m) => m.attrs['data-doc'] === 'mingxi-2024')!;
    expect(findAll(mingxi, { tag: 'rect' })).toHaveLength(1);
    expect(textOf(findAll(mingxi, { cls: 'value' })[0])).toBe('85–90');
  });
});
