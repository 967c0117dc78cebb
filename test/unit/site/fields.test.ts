import { describe, expect, it } from 'vitest';
import { deadlineValue, describeUnit, formatScore, metricValue } from '../../../src/lib/fields.ts';

describe('field values', () => {
  it('describes a unit with role, canonical name and the name as written', () => {
    expect(describeUnit({ name: '县市场监管局', canonical: '县市场监督管理局', kind: 'market-regulation', role: 'lead', text: '县市场监管局', at: [0, 6] })).toBe(
      '单位（牵头）：县市场监督管理局；原文：县市场监管局；类别：market-regulation',
    );
  });

  it('writes deadlines as dates', () => {
    const base = { text: '', start: null, end: null, recurring: null, kind: 'by' as const, at: [0, 1] as [number, number] };
    expect(deadlineValue({ ...base, end: '2025-12-31' })).toBe('截至 2025-12-31');
    expect(deadlineValue({ ...base, start: '2023-09-01', end: '2025-12-31', kind: 'range' })).toBe('2023-09-01 至 2025-12-31');
    expect(deadlineValue({ ...base, recurring: '--11-15', kind: 'recurring' })).toBe('每年 11-15 前');
    expect(deadlineValue({ ...base, text: '持续推进', kind: 'ongoing' })).toBe('长期、持续（无具体日期）');
    expect(deadlineValue({ ...base, text: '每季度末前', kind: 'ongoing', every: 'quarter' })).toBe('每季度');
    expect(deadlineValue({ ...base, text: '每年', kind: 'recurring' })).toBe('每年（未说明日期）');
  });

  it('writes metrics with comparator, range and unit per base', () => {
    const base = { text: '', indicator: '床位', unit: '张', per: '千人', comparator: 'ge' as const, year: 2025, at: [0, 1] as [number, number] };
    expect(metricValue({ ...base, value: 3.5 })).toBe('≥ 3.5 张/千人');
    expect(metricValue({ ...base, comparator: 'range', min: 5, max: 10, per: null })).toBe('5–10 张');
    expect(metricValue({ ...base, comparator: 'eq', value: 95, unit: '%', per: null })).toBe('= 95 %');
    expect(metricValue({ ...base, comparator: 'eq', value: 500, baseline: 300, per: null })).toBe('300 → 500 张');
    expect(metricValue({ ...base, comparator: 'le', value: 8, baseline: 12, unit: '天', per: null })).toBe('12 → ≤ 8 天');
  });

  it('shows scores as percentages', () => {
    expect(formatScore(0.834)).toBe('83%');
  });
});
