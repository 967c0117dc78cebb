/** The interface words that pure functions put into pages come from the page's dictionary: the same Chinese as before at `/`, English under `/en/`. */
import { describe, expect, it } from 'vitest';
import { deadlineRows, deadlinesTimeline, timelineData } from '../../../src/charts/timeline.ts';
import { corpusTimeline } from '../../../src/charts/corpus.ts';
import { provinceHeatmap } from '../../../src/charts/province-heatmap.ts';
import { render } from '../../../src/charts/svg.ts';
import { catalogFileSchema, catalogRows, rowShortName } from '../../../src/lib/catalog.ts';
import { compareModel, linksToNational, planShortName } from '../../../src/lib/compare.ts';
import { deadlineValue, describeDeadline, describeMetric, describeUnit } from '../../../src/lib/fields.ts';
import { groupLines, provinceGroups } from '../../../src/lib/national-view.ts';
import { provinceCoverage, yearCounts } from '../../../src/lib/overview.ts';
import { provinceLabel, provinceOf, UNKNOWN_PROVINCE } from '../../../src/lib/region-links.ts';
import { renderedClause } from '../../../src/lib/run-html.ts';
import { en } from '../../../src/i18n/en.ts';
import { zh } from '../../../src/i18n/zh.ts';
import { clauses, documents } from '../charts/fixture.ts';

const national = documents.find((d) => d.level === 'national')!;
const data = timelineData(documents, clauses);
const unit = { name: '县市场监管局', canonical: '县市场监督管理局', kind: 'market-regulation', role: 'lead' as const, text: '县市场监管局', at: [0, 6] as [number, number] };
const deadline = { text: '', start: null, end: null, recurring: null, kind: 'by' as const, at: [0, 1] as [number, number] };
const metric = { text: '', indicator: '床位', unit: '张', per: '千人', comparator: 'ge' as const, value: 3.5, year: 2025, at: [0, 1] as [number, number] };

describe('interface words in both languages', () => {
  it('field tooltips: Chinese as before, English on /en/, the document’s own words kept', () => {
    expect(describeUnit(unit, zh.fields)).toBe(describeUnit(unit));
    expect(describeUnit(unit, en.fields)).toBe('Unit (lead): 县市场监督管理局; as written: 县市场监管局; category: market-regulation');
    expect(describeDeadline({ ...deadline, end: '2025-12-31' })).toBe('期限：截至 2025-12-31');
    expect(describeDeadline({ ...deadline, end: '2025-12-31' }, en.fields)).toBe('Deadline: by 2025-12-31');
    expect(deadlineValue({ ...deadline, start: '2023-09-01', end: '2025-12-31' }, en.fields)).toBe('2023-09-01 to 2025-12-31');
    expect(deadlineValue({ ...deadline, recurring: '--11-15' }, en.fields)).toBe('every year by 11-15');
    expect(deadlineValue(deadline, en.fields)).toBe('date not fixed');
    expect(describeMetric(metric)).toBe('指标：床位；≥ 3.5 张/千人；2025年');
    expect(describeMetric({ ...metric, indicator: null }, en.fields)).toBe('Target: (unnamed); ≥ 3.5 张/千人; in 2025');
  });

  it('the deadline table writes recurring dates and ranges in the page’s language', () => {
    const when = (rows: ReturnType<typeof deadlineRows>, kind: string) => rows.find((r) => r.item.deadline.kind === kind)?.when;
    const zhRows = deadlineRows(data, zh);
    expect([when(zhRows, 'recurring'), when(zhRows, 'range')]).toEqual(['每年 12月31日', '2022-01-01 至 2025-01-31']);
    const enRows = deadlineRows(data, en);
    expect([when(enRows, 'recurring'), when(enRows, 'range')]).toEqual(['every year on Dec 31', '2022-01-01 to 2025-01-31']);
    expect(enRows.map((r) => r.when).join(' ')).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('the national plan is “国家方案” in Chinese and “National plan” in English, in lists and charts', () => {
    expect(planShortName(national)).toBe('国家方案');
    expect(planShortName(national, en.nationalPlan)).toBe('National plan');
    const catalog = catalogFileSchema.parse(catalogRows(documents, (id) => clauses.filter((c) => c.doc === id), new Set([national.id])));
    const row = catalog.documents.find((r) => r.level === 'national')!;
    expect([rowShortName(row), rowShortName(row, en.nationalPlan)]).toEqual(['国家方案', 'National plan']);
    expect(render(deadlinesTimeline(data, { text: en }))).toContain('>National plan<');
    expect(render(deadlinesTimeline(data))).toContain('>国家方案<');
    expect(render(corpusTimeline(documents, { text: en }))).not.toContain('国家方案');
  });

  it('unknown years and provinces are named in the page’s language; the province key stays as URLs have it', () => {
    const undated = [...documents, { ...documents[1], id: 'undated', date: null, region: { ...documents[1].region, province: null } }];
    expect(yearCounts(undated).at(-1)).toEqual({ year: '年份未知', count: 1 });
    expect(yearCounts(undated, en.yearUnknown).at(-1)).toEqual({ year: 'Year unknown', count: 1 });
    const key = provinceOf(undated.at(-1)!);
    expect(key).toBe(UNKNOWN_PROVINCE);
    expect([provinceLabel(key, zh.provinceUnknown), provinceLabel(key, en.provinceUnknown), provinceLabel('山西省', en.provinceUnknown)]).toEqual(['省份未注明', 'Province not given', '山西省']);
    const heatmap = (text: typeof zh) => render(provinceHeatmap(provinceCoverage(compareModel(undated, clauses)), { cellHref: (id, p) => `/national/${id}#${p}`, text }));
    expect(heatmap(zh)).toContain('>省份未注明<');
    expect(heatmap(en)).toContain('>Province not given<');
    expect(heatmap(en)).toContain('#省份未注明'); // the links keep the key
  });

  it('plan lines carry the relation as a key, which each page names in its language', () => {
    const lines = groupLines(provinceGroups(linksToNational('national-qianxian-2021/2.1.4', documents, clauses)));
    const relations = lines['山西省'].covering.map((l) => l.relation);
    expect(relations.every((r) => r in zh.relation)).toBe(true);
    expect(relations.map((r) => en.relation[r]).join(' ')).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('a clause’s text is the same in both languages, its tooltips in the page’s', () => {
    // A real clause with its deadline, and a unit marked on its first words.
    const dated = clauses.find((c) => c.deadlines.length > 0 && c.metrics.length === 0 && c.deadlines.every((d) => d.at[0] >= c.bodyStart + 4))!;
    const clause = { ...dated, id: `${dated.id}-unit`, units: [{ ...unit, text: dated.text.slice(dated.bodyStart, dated.bodyStart + 4), at: [dated.bodyStart, dated.bodyStart + 4] as [number, number] }] };
    const tips = (r: { leadHtml: string; bodyHtml: string }) => [...`${r.leadHtml}${r.bodyHtml}`.matchAll(/role="tooltip"[^>]*>([^<]*)</g)].map((m) => m[1]);
    const zhHtml = renderedClause(clause).bodyHtml;
    const enHtml = renderedClause(clause, en.fields).bodyHtml;
    expect(renderedClause(clause, zh.fields).bodyHtml).toBe(zhHtml);
    expect(tips(renderedClause(clause)).map((t) => t.slice(0, 3)).sort()).toEqual(['单位（', '期限：']);
    expect(tips(renderedClause(clause, en.fields)).map((t) => t.split(/[ :]/)[0]).sort()).toEqual(['Deadline', 'Unit']);
    expect(enHtml.replace(/<span class="tip"[^>]*>[^<]*<\/span>/g, '')).toBe(zhHtml.replace(/<span class="tip"[^>]*>[^<]*<\/span>/g, ''));
  });
});
