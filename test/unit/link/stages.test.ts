/**
 * A stage of the plan above that is over by the time a plan is issued (the national 启动阶段（2021年10月至12月）
 * for a plan of 2022) is not a target: the plan cannot carry it out. Its 强化督导考核 speaks of 考核 and 通报 as the
 * national 启动阶段 speaks of 评估, and used to link there.
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../scripts/pipeline.ts';
import { headingPeriodEnd, stageOverBy } from '../../../scripts/link/stages.ts';
import type { ClauseRecord } from '../../../scripts/publish/schema.ts';
import { seedCorpus } from '../../helpers/corpus.ts';

let national: Map<string, ClauseRecord>;
beforeAll(async () => {
  national = new Map((await seedCorpus()).clauses.filter((c) => c.doc === 'national-qianxian-2021').map((c) => [c.id, c]));
});
const at = (n: string) => national.get(`national-qianxian-2021/${n}`)!;

describe('stages over by the time a plan is issued', () => {
  it('reads the period a national stage’s heading sets it in, and none where the heading sets none', () => {
    expect(at('3.1').title).toMatch(/^启动阶段/);
    expect(headingPeriodEnd(at('3.1'))).toBe('2021-12-31');
    expect(headingPeriodEnd(at('3.2'))).toBe('2025-01-31');
    expect(headingPeriodEnd(at('3.3'))).toBeNull();
    // a task whose dates stand in its body is no stage
    expect([...national.values()].filter((c) => c.deadlines.length && headingPeriodEnd(c)).map((c) => c.id)).toEqual(['national-qianxian-2021/3.1', 'national-qianxian-2021/3.2']);
  });

  it('calls a stage over only for a plan issued after its period ended', () => {
    expect(stageOverBy(at('3.1'), '2022-03-18')).toBe(true);
    expect(stageOverBy(at('3.1'), '2021-11-18')).toBe(false);
    expect(stageOverBy(at('3.1'), null)).toBe(false);
    expect(stageOverBy(at('3.2'), '2024-05-15')).toBe(false);
    expect(stageOverBy(at('3.3'), '2030-01-01')).toBe(false);
  });

  /** The probe plan of 甘肃 (2022年3月18日) built with the national plan (deadlines are read before linking), issued on `date`. */
  async function supervision(date: string) {
    const dir = mkdtempSync(join(tmpdir(), 'stages-'));
    for (const file of ['national-qianxian-2021.txt', 'national-qianxian-2021.yaml', 'link-concepts.yaml']) copyFileSync(join('corpus', file), join(dir, file));
    writeFileSync(join(dir, 'gansu-2022.txt'), readFileSync('test/fixtures/unseen-plans/gansu-2022.txt', 'utf8').replace('2022年3月18日', date));
    const { clauses } = await buildCorpus(dir);
    const clause = clauses.find((c) => c.title === '强化督导考核')!;
    return [...clause.links, ...clause.suggestions].map((l) => l.target);
  }

  it('a provincial 强化督导考核 of 2022 is not linked to the national 启动阶段 of 2021, nor suggested', async () => {
    expect(await supervision('2022年3月18日')).not.toContain('national-qianxian-2021/3.1');
    // the same plan issued while the stage ran could still carry it out
    expect(await supervision('2021年11月18日')).toContain('national-qianxian-2021/3.1');
  });
});
