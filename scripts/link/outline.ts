/**
 * The part of a plan a clause stands in, by the heading of its top-level section. Chinese plans
 * share one outline — 总体要求 (指导思想, 目标), 重点任务, 工作安排 / 实施步骤, 保障措施 / 组织实施 —
 * and a clause carries out the higher plan's clauses in the same part: a task on publicising a
 * department's services is not the national plan's 强化宣传培训, which is a safeguard. Read by the
 * `part` feature, which the benchmark measures and the build's model leaves out (docs/links.md, sixth round).
 */
import type { ClauseRecord } from '../publish/schema.ts';

export type PartKind = 'aims' | 'tasks' | 'schedule' | 'safeguards';

/** First match wins: 保障措施 is a safeguard though 措施 alone may name tasks; 总体要求 is aims though 工作要求 is a safeguard. */
const KINDS: [PartKind, RegExp][] = [
  ['safeguards', /保障/],
  ['aims', /总体要求|指导思想|目标|原则|思路/],
  ['tasks', /任务|重点工作|主要工作|工作内容|建设内容|主要内容|主要措施|重点项目/],
  ['schedule', /步骤|安排|阶段|进度/],
  ['safeguards', /要求|组织实施|组织领导|措施/],
];

export const partKindOfHeading = (heading: string): PartKind | null => {
  const squashed = heading.replace(/\s+/g, '');
  return KINDS.find(([, pattern]) => pattern.test(squashed))?.[0] ?? null;
};

/** The kind of each clause's part: its top-level ancestor's heading (its own, for a top-level clause). */
export function partKinds(clauses: ClauseRecord[]): Map<string, PartKind | null> {
  const byId = new Map(clauses.map((c) => [c.id, c]));
  const out = new Map<string, PartKind | null>();
  const kindOf = (c: ClauseRecord): PartKind | null => {
    if (out.has(c.id)) return out.get(c.id)!;
    const parent = c.parent ? byId.get(c.parent) : undefined;
    const kind = parent ? kindOf(parent) : partKindOfHeading(c.title ?? c.text.slice(0, 20));
    out.set(c.id, kind);
    return kind;
  };
  for (const c of clauses) kindOf(c);
  return out;
}
