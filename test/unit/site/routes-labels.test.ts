import { describe, expect, it } from 'vitest';
import { clauseHeading, clauseName, periodLabel, regionLabel } from '../../../src/lib/labels.ts';
import { clauseAnchor, clauseHref, clauseNumber, dataHref, docOfClause, sourceHref } from '../../../src/lib/routes.ts';

describe('routes', () => {
  it('build readable, stable URLs from clause ids', () => {
    expect(docOfClause('pianguan-2024/2.1.3')).toBe('pianguan-2024');
    expect(clauseNumber('mingxi-2024/2.1~2')).toBe('2.1~2');
    expect(clauseAnchor('pianguan-2024/2.1.3')).toBe('c-2.1.3');
    expect(clauseHref('pianguan-2024/2.1.3')).toBe('/docs/pianguan-2024/#c-2.1.3');
    expect(sourceHref('yanshi-2020')).toBe('/source/yanshi-2020.txt');
    expect(dataHref('clauses', 'csv')).toBe('/data/clauses.csv');
  });
});

describe('labels', () => {
  it('name clauses by title, else by the start of their task', () => {
    expect(clauseHeading({ marker: '（一）', title: '加强组织领导', task: '', text: '' })).toBe('（一）加强组织领导');
    expect(clauseName({ title: null, task: '县人民医院要牵头组建紧密型县域医共体并开展远程医疗服务', text: '' })).toBe('县人民医院要牵头组建紧密型县域医共体并开展远程医…');
  });

  it('write region and period', () => {
    expect(regionLabel({ region: { province: '山西省', city: null, county: '偏关县' } })).toBe('山西省 偏关县');
    expect(regionLabel({ region: { province: null, city: null, county: null } })).toBeNull();
    expect(periodLabel({ period: { start: 2024, end: 2026 } })).toBe('2024—2026年');
    expect(periodLabel({ period: { start: null, end: 2025 } })).toBe('至2025年');
  });
});
