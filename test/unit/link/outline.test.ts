/**
 * The part of a plan a clause stands in (outline.ts), read off the seed plans' own outlines: the
 * benchmark's `part` feature compares it between a county clause and a national one.
 */
import { describe, expect, it } from 'vitest';
import { readTextSources } from '../../../scripts/ingest/read-corpus.ts';
import { structureDocument } from '../../../scripts/structure/index.ts';
import { partKindOfHeading, partKinds } from '../../../scripts/link/outline.ts';

const clauses = readTextSources('corpus').flatMap((s) => structureDocument(s).clauses);
const kinds = partKinds(clauses);
const kindOf = (doc: string, heading: string) => kinds.get(clauses.find((c) => c.doc === doc && c.title?.replace(/\s+/g, '') === heading)!.id);

describe('the part a clause stands in', () => {
  it('names the national plan’s four parts: 总体要求, 重点任务, 工作安排, 组织实施', () => {
    const national = clauses.filter((c) => c.doc === 'national-qianxian-2021' && c.depth === 1 && !c.part);
    expect(national.map((c) => kinds.get(c.id))).toEqual(['aims', 'tasks', 'schedule', 'safeguards']);
  });

  it('gives a clause its top-level section’s kind, however deep it stands (明溪’s department items are tasks)', () => {
    expect(kindOf('mingxi-2024', '骨科')).toBe('tasks');
    expect(kindOf('national-qianxian-2021', '强化宣传培训')).toBe('safeguards');
    expect(kindOf('national-qianxian-2021', '跟踪评估')).toBe('schedule');
  });

  it('tells 保障措施 and 工作要求 (safeguards) from 主要措施 (tasks) and 总体要求 (aims)', () => {
    expect(['保障措施', '工作要求', '组织实施', '主要措施', '总体要求', '指导思想', '工作步骤', '附则'].map(partKindOfHeading)).toEqual([
      'safeguards', 'safeguards', 'safeguards', 'tasks', 'aims', 'aims', 'schedule', null,
    ]);
  });
});
