/** A clause's task: its run-in heading, or its first sentence when it has none. */
import type { ClauseRecord } from '../publish/schema.ts';

export function extractTask(clause: Pick<ClauseRecord, 'title' | 'text'>): string {
  if (clause.title) return clause.title.trim();
  const first = /^[^。！？!?\n]*/.exec(clause.text.trim())![0];
  // A sentence that is only a unit annotation is not a task.
  // …nor is the stop of a list item (（1）2023年上半年通过…认证；) or the colon before the items (…认真做好以下几个方面的工作：).
  return first.replace(/[（(〔【][^（(〔【]*(单位|部门)[：:].*$/, '').replace(/\s+/g, '').replace(/[；;，,：:]$/, '').trim();
}
