/** The reader's reuse summary, plan families and the comparison's passage pieces, on the seed corpus. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../../../scripts/pipeline.ts';
import { reuseSummary, segmentsOf } from '../../../src/lib/reuse.ts';
import { membersByProvince, planFamilies } from '../../../src/lib/reuse-families.ts';
import { sharedPieces } from '../../../src/lib/compare-reuse.ts';
import { seedCorpus } from '../../helpers/corpus.ts';

describe('a plan’s text by where its wording is shared', () => {
  let corpus: Corpus;
  beforeAll(async () => {
    corpus = await seedCorpus();
  });
  const summaryOf = (id: string) =>
    reuseSummary(
      corpus.clauses.filter((c) => c.doc === id),
      corpus.reuse.filter((r) => r.source === id),
      new Map(corpus.documents.map((d) => [d.id, d])),
    );

  it('襄垣: national, other counties and its own wording add up to all of its letters and digits', () => {
    const s = summaryOf('xiangyuan-2023');
    const letters = corpus.clauses.filter((c) => c.doc === 'xiangyuan-2023').reduce((n, c) => n + c.text.replace(/[^\p{L}\p{N}]/gu, '').length, 0);
    expect(s.total).toBe(letters);
    expect(s.counts.national + s.counts.regional + s.counts.county + s.counts.own).toBe(s.total);
    // The national part is the pair's published share: nothing outranks the national plan.
    const share = corpus.reuse.find((r) => r.source === 'xiangyuan-2023' && r.target === 'national-qianxian-2021')!.share;
    expect(s.counts.national / s.total).toBeCloseTo(share, 3);
    expect(s.counts.county).toBeGreaterThan(0);
    expect(s.counts.own / s.total).toBeGreaterThan(0.8);
    expect(s.partners[0]).toMatchObject({ doc: 'national-qianxian-2021', level: 'national' });
  });

  it('overlapping passages become segments that do not overlap, the higher-ranked partner winning', () => {
    const segments = segmentsOf([
      { clause: 'c', start: 0, end: 10, partner: 1, target: 'x' },
      { clause: 'c', start: 5, end: 15, partner: 0, target: 'y' },
    ]);
    expect(segments).toEqual([
      { clause: 'c', start: 0, end: 5, partner: 1, target: 'x' },
      { clause: 'c', start: 5, end: 15, partner: 0, target: 'y' },
    ]);
  });
});

describe('plan families', () => {
  it('on the seeds, 偃师 and 襄垣 (3.9% shared) form the one family, the national plan outside it, earliest first', async () => {
    const corpus = await seedCorpus();
    const families = planFamilies(corpus.reuse, new Map(corpus.documents.map((d) => [d.id, d])));
    expect(families.map((f) => f.members)).toEqual([['yanshi-2020', 'xiangyuan-2023']]);
  });
});

describe('common wording inside a compared passage', () => {
  it('marks what both wordings share and leaves each one’s edits plain', () => {
    const [a, b] = sharedPieces('依托县人民医院建设', '依托县医院建设');
    expect(a).toEqual([
      { text: '依托县', shared: true },
      { text: '人民', shared: false },
      { text: '医院建设', shared: true },
    ]);
    expect(b.every((p) => p.shared)).toBe(true);
  });
});

describe('a family’s members by province', () => {
  it('groups the members in the order of each province’s first member, keeping their date order', () => {
    const province = new Map([['a', '山西省'], ['b', '河南省'], ['c', '山西省'], ['d', '']]);
    expect(membersByProvince(['a', 'b', 'c', 'd'], (id) => province.get(id)!)).toEqual([
      ['山西省', ['a', 'c']],
      ['河南省', ['b']],
      ['', ['d']],
    ]);
  });
});
