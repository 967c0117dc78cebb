import { describe, expect, it } from 'vitest';
import { parseCuration } from '../../../scripts/link/curation.ts';
import { curationYaml, decide, decisionOn, parseDecisions, staleDecisions, undo, type Decision } from '../../../src/lib/curation.ts';

const d = (action: Decision['action'], source: string, target: string, note: string | null = null): Decision => ({ action, source, target, note, at: '2026-12-01T20:00:00Z' });

describe('curation decisions in the browser', () => {
  it('keeps one decision per pair, the latest', () => {
    let list = decide([], d('confirm', 'a/1', 'n/1'));
    list = decide(list, d('reject', 'a/1', 'n/1'));
    list = decide(list, d('add', 'a/2', 'n/3', '县域医疗中心'));
    expect(list.map((x) => x.action)).toEqual(['reject', 'add']);
    expect(decisionOn(list, { source: 'a/1', target: 'n/1' })?.action).toBe('reject');
    expect(undo(list, { source: 'a/1', target: 'n/1' }).map((x) => x.source)).toEqual(['a/2']);
  });

  it('reads back what it stored and drops what it cannot read', () => {
    expect(parseDecisions(JSON.stringify([d('add', 'a/1', 'n/1', '备注'), { action: 'delete', source: 'x', target: 'y' }, null]))).toEqual([d('add', 'a/1', 'n/1', '备注')]);
    expect(parseDecisions('not json')).toEqual([]);
    expect(parseDecisions(null)).toEqual([]);
  });

  it('reports decisions whose clause no longer exists', () => {
    const ids = new Set(['a/1', 'n/1']);
    expect(staleDecisions([d('confirm', 'a/1', 'n/1'), d('add', 'a/9', 'n/1')], (id) => ids.has(id)).map((x) => x.source)).toEqual(['a/9']);
  });

  it('exports a links.curated.yaml the build reads back: earlier entries kept, decided pairs replaced, notes quoted', () => {
    const applied = {
      confirm: [{ source: 'a/1', target: 'n/1', note: null }],
      reject: [{ source: 'a/2', target: 'n/2', note: null }],
      add: [{ source: 'a/3', target: 'n/3', note: '旧备注' }],
    };
    const yaml = curationYaml(applied, [d('reject', 'a/1', 'n/1'), d('add', 'a/4', 'n/4', '备注: "引号" 与 # 号\n第二行')], '2026-12-01');
    const back = parseCuration(yaml, 'links.curated.yaml');
    expect(back.messages).toEqual([]);
    const pairs = (list: { source: string; target: string; note?: string }[]) => list.map((p) => [p.source, p.target, p.note ?? null]);
    expect(pairs(back.confirm)).toEqual([]);
    expect(pairs(back.reject)).toEqual([['a/2', 'n/2', null], ['a/1', 'n/1', null]]);
    expect(pairs(back.add)).toEqual([['a/3', 'n/3', '旧备注'], ['a/4', 'n/4', '备注: "引号" 与 # 号\n第二行']]);
  });
});
