/** A clause's task: its run-in heading, or its first sentence when it has none. */
import type { ClauseRecord } from '../publish/schema.ts';

export function extractTask(clause: Pick<ClauseRecord, 'title' | 'text'>): string {
  if (clause.title) return clause.title.trim();
  const first = /^[^。！？!?\n]*/.exec(clause.text.trim())![0];
  // A sentence that is only a unit annotation is not a task.
  return first.replace(/[（(〔【][^（(〔【]*(单位|部门)[：:].*$/, '').replace(/\s+/g, '').trim();
}
