/** Text reuse on the seed corpus: what 襄垣 takes from the national plan, passage by passage. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../../../scripts/pipeline.ts';
import { seedCorpus } from '../../helpers/corpus.ts';

const lettersAndDigits = (text: string) => text.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();

describe('reuse between the seed plans', () => {
  let corpus: Corpus;
  beforeAll(async () => {
    corpus = await seedCorpus();
  });
  const pair = (source: string, target: string) => corpus.reuse.find((r) => r.source === source && r.target === target)!;
  const text = (clause: string) => corpus.clauses.find((c) => c.id === clause)!.text;

  it('襄垣 shares about an eighth of its text with the national plan (12.2% in passages; 18% of it lies under some shared 8-character shingle)', () => {
    const r = pair('xiangyuan-2023', 'national-qianxian-2021');
    expect(r.share).toBeGreaterThan(0.1);
    expect(r.share).toBeLessThan(0.16);
    expect(r.passages.length).toBeGreaterThanOrEqual(15);
    // The national plan (2021) is the likely origin of the 2023 county plan's wording.
    expect(r.origin).toBe('national-qianxian-2021');
  });

  it('the other seed plans share 1–4% with the national plan or each other', () => {
    for (const r of corpus.reuse.filter((r) => r.source !== 'xiangyuan-2023' && r.source !== 'national-qianxian-2021')) {
      expect(r.share).toBeLessThan(0.05);
    }
  });

  it('a passage survives a changed place name and an inserted phrase', () => {
    const passages = pair('xiangyuan-2023', 'national-qianxian-2021').passages.map((p) => ({
      source: text(p.source.clause).slice(p.source.start, p.source.end),
      target: text(p.target.clause).slice(p.target.start, p.target.end),
    }));
    const centres = passages.find((p) => p.source.includes('麻醉疼痛诊疗、重症监护'))!;
    expect(centres.source).toContain('县人民医院建立完善县域肿瘤防治'); // the county's words …
    expect(centres.target).toContain('依托县医院构建肿瘤防治'); // … where the national plan has others
    expect(passages.some((p) => p.source === '加快数字健康基础设施建设，改善医疗、信息化等设备和医用车辆配置' && p.target === p.source)).toBe(true);
  });

  it('passage offsets are UTF-16 spans of the clauses’ text, and length counts the source’s letters and digits', () => {
    for (const r of corpus.reuse) {
      for (const p of r.passages) {
        const source = text(p.source.clause);
        const target = text(p.target.clause);
        expect(p.source.clause.startsWith(`${r.source}/`)).toBe(true);
        expect(p.target.clause.startsWith(`${r.target}/`)).toBe(true);
        expect(p.source.end).toBeLessThanOrEqual(source.length);
        expect(p.target.end).toBeLessThanOrEqual(target.length);
        expect(lettersAndDigits(source.slice(p.source.start, p.source.end)).length).toBe(p.length);
      }
    }
  });

  it('both directions of a pair hold the same passages, sides swapped', () => {
    const there = pair('xiangyuan-2023', 'national-qianxian-2021');
    const back = pair('national-qianxian-2021', 'xiangyuan-2023');
    expect(back.passages.map((p) => [p.target, p.source])).toEqual(there.passages.map((p) => [p.source, p.target]));
    expect(back.share).toBe(there.targetShare);
  });
});
