import type { ClauseRecord } from '../publish/schema.ts';

/** Table columns that say who does a task, where and by when, not what it is. */
const WHO_AND_WHEN = new Set<ClauseRecord['cells'][number]['column']>(['number', 'lead', 'responsible', 'cooperate', 'unit', 'deadline', 'place']);

/**
 * The text a clause is compared by. A row of a task table (序号 | 重点任务 | 牵头单位 | 完成时限)
 * is compared by what it says the task is: its who-and-when cells are blanked out, so 县卫健局 and
 * 2024年12月底前 do not dilute the task's wording. Blanked, not cut: the offsets stay those of
 * `text`, so evidence still points into it.
 */
export function linkedText(clause: ClauseRecord): string {
  const who = clause.cells.filter((cell) => WHO_AND_WHEN.has(cell.column));
  return who.length && who.length < clause.cells.length ? blanked(clause.text, who.map((cell) => cell.at)) : clause.text;
}

/** The text with the spans put out of play by spaces: its length, and so every offset, stays. */
export function blanked(text: string, spans: [number, number][]): string {
  let out = text;
  for (const [a, b] of spans) out = out.slice(0, a) + ' '.repeat(b - a) + out.slice(b);
  return out;
}
