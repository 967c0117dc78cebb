import { describe, expect, it } from 'vitest';
import { seedCorpus } from '../../helpers/corpus.ts';

// Clauses of the main body at depth 1 / 2 / 3, counted as a reader counts the numbered parts of each plan.
const expectedCounts: Record<string, [number, number, number]> = {
  'national-qianxian-2021': [4, 10, 10],
  'xiangyuan-2023': [4, 15, 21],
  'pianguan-2024': [3, 8, 21],
  'mingxi-2024': [3, 9, 15],
  'yanshi-2020': [5, 14, 9],
};

describe('document tree of the seed plans', () => {
  for (const [doc, counts] of Object.entries(expectedCounts)) {
    it(`${doc}: ${counts.join('/')} clauses at depth 1/2/3`, async () => {
      const { clauses } = await seedCorpus();
      const mine = clauses.filter((c) => c.doc === doc && c.part === null);
      expect([1, 2, 3].map((depth) => mine.filter((c) => c.depth === depth).length)).toEqual(counts);
    });
  }

  it('明溪: the (1)–(7) lists under items 3 and 4 are depth-4 clauses', async () => {
    const { clauses } = await seedCorpus();
    const deep = clauses.filter((c) => c.doc === 'mingxi-2024' && c.depth === 4);
    expect(deep.map((c) => c.path.at(-1))).toEqual([
      ...['（1）', '（2）', '（3）', '（4）'],
      ...['（1）', '（2）', '（3）', '（4）', '（5）', '（6）', '（7）'],
    ]);
    expect(new Set(deep.map((c) => c.parent))).toEqual(new Set(['mingxi-2024/2.1.3', 'mingxi-2024/2.1.4']));
  });

  it('偏关 restarts item numbers under each section, 明溪 runs them on', async () => {
    const { clauses } = await seedCorpus();
    expect(clauses.find((c) => c.id === 'pianguan-2024/2.2.1')?.title).toBe('加强分级诊疗制度建设');
    expect(clauses.find((c) => c.id === 'mingxi-2024/2.2.7')?.title).toBe('提升基层分院诊疗能力');
  });

  it('偃师: Markdown `#` levels that disagree with the numbering do not decide the tree', async () => {
    const { clauses } = await seedCorpus();
    const steps = clauses.find((c) => c.doc === 'yanshi-2020' && c.title === '工作步骤');
    const section = clauses.find((c) => c.doc === 'yanshi-2020' && c.title === '加强市人民医院信息化建设');
    expect(steps).toMatchObject({ depth: 1, path: ['四'], marker: '四、' });
    expect(section).toMatchObject({ depth: 2, path: ['三', '（五）'] });
  });

  it('headings run into their text keep the text; the title drops the final 。', async () => {
    const { clauses } = await seedCorpus();
    const clause = clauses.find((c) => c.id === 'pianguan-2024/3.1')!;
    expect(clause.title).toBe('加强组织领导');
    expect(clause.text.startsWith('加强组织领导。坚持和加强党的全面领导')).toBe(true);
    expect(clause.text.slice(clause.bodyStart).startsWith('坚持和加强党的全面领导')).toBe(true);
  });

  it('ids are readable numbering paths and parents exist', async () => {
    const { clauses } = await seedCorpus();
    const ids = new Set(clauses.map((c) => c.id));
    expect(ids.size).toBe(clauses.length);
    expect(ids.has('pianguan-2024/2.1.3')).toBe(true);
    expect(clauses.find((c) => c.id === 'pianguan-2024/2.1.3')?.path).toEqual(['二', '（一）', '3']);
    for (const c of clauses) if (c.parent) expect(ids.has(c.parent)).toBe(true);
  });

  it('a standalone heading with a date in brackets stays a heading (襄垣 工作安排)', async () => {
    const { clauses } = await seedCorpus();
    expect(clauses.find((c) => c.id === 'xiangyuan-2023/2.2')?.title).toBe('组织实施阶段（2023年9月—2025年12月）');
  });

  it('一是…二是… inline enumerations are spans of their clause, not clauses', async () => {
    const { clauses } = await seedCorpus();
    const clause = clauses.find((c) => c.id === 'mingxi-2024/2.1.1')!;
    expect(clause.enumeration.map((e) => e.marker)).toEqual(['一是', '二是', '三是', '四是', '五是']);
    const [start, end] = clause.enumeration[0].at;
    expect(clause.text.slice(start, end)).toMatch(/^一是持续推进省二人民医院对口帮扶。/);
  });
});
