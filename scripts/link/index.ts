// Pass-through until the link stage lands (issue 4): no links yet.
import type { ClauseRecord, DocumentRecord } from '../publish/schema.ts';
import type { Message } from '../messages.ts';

export interface Curation {
  confirm: { source: string; target: string }[];
  reject: { source: string; target: string }[];
  add: { source: string; target: string; note?: string }[];
}

export function readCuration(_file: string): Curation {
  return { confirm: [], reject: [], add: [] };
}

export function linkCorpus(documents: DocumentRecord[], clauses: ClauseRecord[], _curation: Curation) {
  return { documents, clauses, messages: [] as Message[], timing: { clauses: clauses.length, ms: 0 } };
}
