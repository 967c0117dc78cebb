/**
 * A document as the reuse stage compares it: the letters and digits of its clauses' texts in
 * reading order (punctuation, spacing and line breaks never break a shared passage), with, for
 * every kept character, the clause it belongs to and its UTF-16 offset in that clause's `text`.
 */
import type { ClauseRecord } from '../publish/schema.ts';
import { fold } from '../link/ngrams.ts';

export interface DocText {
  id: string;
  chars: string;
  /** Index into `clauseIds` of each kept character. */
  clause: Int32Array;
  /** Offset of each kept character in its clause's `text`. */
  offset: Int32Array;
  clauseIds: string[];
}

export function docText(id: string, clauses: ClauseRecord[]): DocText {
  const folded = clauses.map((c) => fold(c.text));
  const length = folded.reduce((sum, f) => sum + f.chars.length, 0);
  const clause = new Int32Array(length);
  const offset = new Int32Array(length);
  let at = 0;
  folded.forEach((f, c) => {
    clause.fill(c, at, at + f.chars.length);
    offset.set(f.at, at);
    at += f.chars.length;
  });
  return { id, chars: folded.map((f) => f.chars).join(''), clause, offset, clauseIds: clauses.map((c) => c.id) };
}
