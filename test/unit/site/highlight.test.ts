import { describe, expect, it } from 'vitest';
import type { ClauseRecord } from '../../../scripts/publish/schema.ts';
import { clauseLayout, enumerationRanges, headingEnd, nonOverlapping, runsOf, type FieldSpan } from '../../../src/lib/highlight.ts';

const field = (kind: FieldSpan['kind'], at: [number, number]): FieldSpan => ({ kind, at, label: kind });
const text = (runs: ReturnType<typeof runsOf>) => runs.map((r) => r.pieces.map((p) => p.text).join('')).join('');

function clause(partial: Partial<ClauseRecord> & { text: string }): ClauseRecord {
  return {
    id: 'doc/1', doc: 'doc', parent: null, path: ['一'], marker: '一、', depth: 1, title: null, bodyStart: 0,
    enumeration: [], source: { file: 'corpus/doc.txt', line: 1, endLine: 1 }, task: '', units: [], deadlines: [], metrics: [], links: [],
    part: null, cells: [], members: [], suggestions: [],
    ...partial,
  };
}

describe('runsOf', () => {
  it('cuts text into plain runs and one run per field, losing no character', () => {
    const t = '县卫健局要在2025年底前完成';
    const runs = runsOf(t, 0, t.length, [field('unit', [0, 4]), field('deadline', [6, 13])]);
    expect(runs.map((r) => r.field?.kind ?? null)).toEqual(['unit', null, 'deadline', null]);
    expect(text(runs)).toBe(t);
  });

  it('clips fields to the range asked for', () => {
    const t = 'abcdef';
    const runs = runsOf(t, 2, 5, [field('metric', [0, 3])]);
    expect(runs.map((r) => [r.field?.kind ?? null, text([r])])).toEqual([['metric', 'c'], [null, 'de']]);
  });

  it('flags evidence spans inside and across runs', () => {
    const t = '建设胸痛中心和卒中中心';
    const runs = runsOf(t, 0, t.length, [field('unit', [2, 6])], [[4, 8]]);
    expect(runs[1]!.pieces).toEqual([{ text: '胸痛', evidence: false }, { text: '中心', evidence: true }]);
    expect(runs[2]!.pieces).toEqual([{ text: '和卒', evidence: true }, { text: '中中心', evidence: false }]);
  });
});

describe('nonOverlapping', () => {
  it('keeps the earliest, then longest, span and drops spans overlapping it or out of the text', () => {
    const kept = nonOverlapping([field('metric', [3, 6]), field('unit', [0, 4]), field('deadline', [0, 2]), field('unit', [8, 20])], 10);
    expect(kept.map((s) => s.at)).toEqual([[0, 4]]);
  });
});

describe('headingEnd', () => {
  it('uses bodyStart for a run-in heading', () => {
    expect(headingEnd({ text: '加强组织领导。落实责任', title: '加强组织领导', bodyStart: 7 })).toBe(7);
  });
  it('treats a first line equal to the title as the heading', () => {
    expect(headingEnd({ text: '总体要求\n正文', title: '总体要求', bodyStart: 0 })).toBe(4);
  });
  it('finds no heading in the text otherwise', () => {
    expect(headingEnd({ text: '正文', title: '别的', bodyStart: 0 })).toBe(0);
  });
});

describe('clauseLayout', () => {
  it('splits the body into paragraphs at line breaks', () => {
    const layout = clauseLayout(clause({ text: '标题。第一段\n第二段', title: '标题', bodyStart: 3 }));
    expect(text(layout.lead)).toBe('标题。');
    expect(layout.blocks.map((b) => b.kind === 'paragraph' && text(b.runs))).toEqual(['第一段', '第二段']);
  });

  it('renders enumeration items as one list, keeping text before them as a paragraph', () => {
    const t = '要求如下：一是建中心；二是强队伍。';
    const layout = clauseLayout(clause({ text: t, enumeration: [{ marker: '一是', at: [7, 11] }, { marker: '二是', at: [13, 17] }] }));
    expect(layout.blocks[0]).toMatchObject({ kind: 'paragraph' });
    const list = layout.blocks[1]!;
    expect(list.kind).toBe('list');
    if (list.kind !== 'list') return;
    expect(list.items.map((i) => text(i.runs))).toEqual(['一是建中心；', '二是强队伍。']);
  });

  it('loses no character of the text', () => {
    const t = '（一）标题。甲\n一是乙；二是丙。\n丁';
    const c = clause({ text: t, bodyStart: 6, title: '标题', enumeration: [{ marker: '一是', at: [8, 12] }, { marker: '二是', at: [12, 16] }] });
    const layout = clauseLayout(c);
    const all = text(layout.lead) + layout.blocks.map((b) => (b.kind === 'paragraph' ? text(b.runs) : b.items.map((i) => text(i.runs)).join(''))).join('');
    expect(all.replace(/\n/g, '')).toBe(t.replace(/\n/g, ''));
  });
});

describe('enumerationRanges', () => {
  it('includes a marker the span starts after', () => {
    expect(enumerationRanges({ text: '一是甲二是乙', enumeration: [{ marker: '一是', at: [2, 3] }, { marker: '二是', at: [5, 6] }] }).map((r) => r.at)).toEqual([[0, 3], [3, 6]]);
  });
});
