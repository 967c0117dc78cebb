// Pass-through until the extract stage lands (issue 3): fields stay empty, task is the title.
import type { ClauseRecord, DocumentRecord } from '../publish/schema.ts';

export function extractFields(_document: DocumentRecord, clauses: ClauseRecord[]): ClauseRecord[] {
  return clauses.map((clause) => ({ ...clause, task: clause.title ?? clause.text.split(/[。\n]/)[0] }));
}
