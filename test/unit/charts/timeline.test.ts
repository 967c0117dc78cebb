import { describe, expect, it } from 'vitest';
import { assignLanes, deadlineRows, deadlinesTimeline, recurringTimeline, timelineData } from '../../../src/charts/timeline.ts';
import { render } from '../../../src/charts/svg.ts';
import { clauses, documents } from './fixture.ts';
import { findAll, parseXml, textOf, titleOf, translation, type XmlElement } from './xml.ts';

const data = timelineData(documents, clauses);

describe('timelineData', () => {
  it('puts the national plan first, then plans that have deadlines', () => {
    expect(data.docs.map((d) => d.id)).toEqual(['national-qianxian-2021', 'yanshi-2020', 'xiangyuan-2023', 'pianguan-2024', 'mingxi-2024']);
  });

  it('turns "by" deadlines into dots and ranges or periods into bars', () => {
    const xiangyuan = data.dated.filter((m) => m.doc === 'xiangyuan-2023');
    expect(xiangyuan.map((m) => [m.items[0].deadline.text, m.shape])).toEqual([
      ['到2025年', 'dot'],
      ['2023年底前', 'dot'],
      ['2024年6月底前', 'dot'],
      ['2023年至2025年', 'bar'],
    ]);
    expect(data.dated.find((m) => m.items[0].deadline.kind === 'period')?.shape).toBe('bar');
  });

  it('turns a start with no end (自2024年起) into a ring, labelled from that date', () => {
    const from = { text: '自2024年起', start: '2024-03-01', end: null, recurring: null, kind: 'range' as const, at: [0, 6] as [number, number] };
    const clause = { ...clauses.find((c) => c.doc === 'mingxi-2024')!, deadlines: [from] };
    const marks = timelineData(documents, [clause]).dated;
    expect(marks.map((m) => [m.shape, m.start.toISOString().slice(0, 10)])).toEqual([['from', '2024-03-01']]);
    const ring = findAll(parseXml(render(deadlinesTimeline(timelineData(documents, [clause])))), { cls: 'deadline' })[0];
    expect(findAll(ring, { tag: 'circle' })[0].attrs.fill).toBe('#fff');
    expect(findAll(ring, { tag: 'a' })[0].attrs['aria-label']).toMatch(/（2024-03-01 起）$/);
    expect(deadlineRows(timelineData(documents, [clause])).map((r) => r.when)).toEqual(['2024-03-01 起']);
  });

  it('shares one mark among a plan\'s deadlines with the same dates', () => {
    const mingxi2026 = data.dated.filter((m) => m.doc === 'mingxi-2024' && m.shape === 'dot');
    expect(mingxi2026).toHaveLength(1);
    expect(mingxi2026[0].items.map((i) => i.clause.id)).toEqual(['mingxi-2024/1', 'mingxi-2024/3']);
  });

  it('keeps recurring dates apart, on a month-day axis', () => {
    expect(data.recurring.map((m) => [m.doc, m.day.toISOString().slice(5, 10)])).toEqual([
      ['national-qianxian-2021', '12-31'],
      ['pianguan-2024', '12-31'],
    ]);
  });
});

describe('assignLanes', () => {
  it('stacks overlapping marks and reuses a lane once it is free', () => {
    expect(assignLanes([{ x0: 0, x1: 10 }, { x0: 5, x1: 8 }, { x0: 20, x1: 30 }, { x0: 12, x1: 14 }], 2)).toEqual([0, 1, 0, 0]);
  });
  it('keeps the gap between marks in one lane', () => {
    expect(assignLanes([{ x0: 0, x1: 10 }, { x0: 11, x1: 15 }], 2)).toEqual([0, 1]);
  });
});

function cx(mark: XmlElement): number {
  const shape = findAll(mark, { tag: 'circle' })[0] ?? findAll(mark, { tag: 'rect' })[0];
  return Number(shape.attrs.cx ?? shape.attrs.x);
}

describe('deadlines timeline', () => {
  const svg = parseXml(render(deadlinesTimeline(data)));
  const marks = findAll(svg, { cls: 'deadline' });

  it('draws one mark per date or range, each a link to its clause in the reader', () => {
    expect(marks).toHaveLength(data.dated.length);
    const link = findAll(marks.find((m) => m.attrs['data-doc'] === 'pianguan-2024')!, { tag: 'a' })[0];
    expect(link.attrs.href).toBe('/docs/pianguan-2024/#c-3');
    expect(link.attrs['aria-label']).toBe('偏关县 3 医共体建设：到2025年（截止 2025-12-31）');
    expect(titleOf(link)).toBe(link.attrs['aria-label']);
  });

  it('places later deadlines further right, and bars from start to end', () => {
    const xiangyuan = marks.filter((m) => m.attrs['data-doc'] === 'xiangyuan-2023');
    const [by2025, end2023, mid2024] = xiangyuan.map(cx);
    expect(end2023).toBeLessThan(mid2024);
    expect(mid2024).toBeLessThan(by2025);
    const bar = findAll(xiangyuan[3], { tag: 'rect' })[0];
    expect(Number(bar.attrs.x)).toBeLessThan(end2023);
    expect(Number(bar.attrs.x) + Number(bar.attrs.width)).toBeCloseTo(by2025, 0);
  });

  it('labels rows with plan names and the axis with years', () => {
    const rows = findAll(findAll(svg, { cls: 'row-labels' })[0], { tag: 'text' }).map((t) => textOf(t));
    expect(rows).toEqual(['国家方案', '偃师市', '襄垣县', '偏关县', '明溪县']);
    const ticks = findAll(svg, { cls: 'tick' }).map((t) => textOf(t));
    expect(ticks).toContain('2022年');
    expect(ticks.every((t) => /^\d{4}年$/.test(t))).toBe(true);
    const xs = findAll(svg, { cls: 'tick' }).map((t) => translation(t)[0]);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
  });

  it('stacks overlapping marks of one plan into separate lanes', () => {
    // 襄垣: the 2023–2025 bar overlaps the dot "到2025年" at its end.
    const xiangyuan = marks.filter((m) => m.attrs['data-doc'] === 'xiangyuan-2023');
    const dotY = Number(findAll(xiangyuan[0], { tag: 'circle' })[0].attrs.cy);
    const bar = findAll(xiangyuan[3], { tag: 'rect' })[0];
    const barY = Number(bar.attrs.y) + Number(bar.attrs.height) / 2;
    expect(Math.abs(dotY - barY)).toBeGreaterThanOrEqual(10);
  });
});

describe('recurring timeline', () => {
  const svg = parseXml(render(recurringTimeline(data)));
  it('shows yearly dates per plan on a month axis', () => {
    const marks = findAll(svg, { cls: 'recurring' });
    expect(marks.map((m) => m.attrs['data-doc'])).toEqual(['national-qianxian-2021', 'pianguan-2024']);
    expect(findAll(marks[1], { tag: 'a' })[0].attrs['aria-label']).toContain('每年 12月31日');
    expect(findAll(svg, { cls: 'tick' }).map((t) => textOf(t))[0]).toBe('1月');
  });
});

describe('hover and focus text', () => {
  it('lists every clause of a shared mark, shows the count, and links to the first clause', () => {
    const svg = parseXml(render(deadlinesTimeline(data)));
    const shared = findAll(svg, { cls: 'deadline' }).find((m) => m.attrs['data-count'] === '2')!;
    const link = findAll(shared, { tag: 'a' })[0];
    expect(link.attrs.href).toBe('/docs/mingxi-2024/#c-1');
    expect(link.attrs['aria-label']).toBe('明溪县：2 处时限（截止 2026-12-31），首条 1 总体目标');
    expect(link.attrs['data-tip']).toContain('3 人才培养：到2026年');
    expect(textOf(findAll(shared, { cls: 'count' })[0])).toBe('×2');
  });

  it('carries the clause text behind each mark for the tooltip script', () => {
    const svg = parseXml(render(deadlinesTimeline(data)));
    const link = findAll(svg, { tag: 'a' }).find((a) => a.attrs.href === '/docs/xiangyuan-2023/#c-3')!;
    expect(link.attrs['data-tip']).toContain('2023年底前建成胸痛中心');
  });
});

describe('deadlineRows', () => {
  it('lists every deadline once, plan by plan, with its dates in words', () => {
    const rows = deadlineRows(data);
    const total = clauses.reduce((n, c) => n + c.deadlines.length, 0);
    expect(rows).toHaveLength(total);
    expect(rows[0].doc.id).toBe('national-qianxian-2021');
    expect(rows.find((r) => r.item.deadline.kind === 'recurring')?.when).toBe('每年 12月31日');
    expect(rows.find((r) => r.item.deadline.kind === 'range')?.when).toBe('2022-01-01 至 2025-01-31');
  });
});

describe('deadlines without a date (持续推进, 长期坚持; 每年 alone)', () => {
  it('are listed with the plan’s deadlines, as having no date, and drawn nowhere', () => {
    const ongoing = { text: '持续推进', start: null, end: null, recurring: null, kind: 'ongoing' as const, at: [0, 4] as [number, number] };
    const yearly = { ...ongoing, text: '每年', kind: 'recurring' as const, at: [5, 7] as [number, number] };
    const clause = { ...clauses.find((c) => c.doc === 'mingxi-2024')!, deadlines: [ongoing, yearly] };
    const only = timelineData(documents, [clause]);
    expect([only.docs, only.dated, only.recurring]).toEqual([[], [], []]);
    expect(only.listed.map((d) => d.id)).toEqual(['mingxi-2024']);
    expect(deadlineRows(only).map((r) => [r.doc.id, r.when, r.item.deadline.text])).toEqual([
      ['mingxi-2024', '长期、持续（无具体日期）', '持续推进'],
      ['mingxi-2024', '每年（未说明日期）', '每年'],
    ]);
  });
});
