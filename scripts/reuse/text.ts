/**
 * A document as the reuse stage compares it: the letters and digits of its clauses' texts in
 * reading order (punctuation, spacing and line breaks never break a shared passage), with, for
 * every kept character, the clause it belongs to and its UTF-16 offset in that clause's `text`.
 * Same characters as the link stage's `fold`, read with a fast path for the common ranges:
 * at a thousand plans this is five million characters.
 */
import type { ClauseRecord } from '../publish/schema.ts';

export interface DocText {
  id: string;
  chars: string;
  /** Index into `clauseIds` of each kept character. */
  clause: Int32Array;
  /** Offset of each kept character in its clause's `text`. */
  offset: Int32Array;
  clauseIds: string[];
}

const KEEP = /[\p{L}\p{N}]/u;

/** The kept form of one UTF-16 code unit, or -1: CJK ideographs and ASCII letters and digits are decided without a regex. */
function keep(code: number): number {
  if (code >= 0x4e00 && code <= 0x9fff) return code;
  if (code < 0x80) {
    if (code >= 0x41 && code <= 0x5a) return code + 32;
    return (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a) ? code : -1;
  }
  // Full-width digits and Latin letters fold to ASCII so 2025 and ２０２５ match.
  if (code >= 0xff01 && code <= 0xff5e) return keep(code - 0xfee0);
  const ch = String.fromCharCode(code);
  if (!KEEP.test(ch)) return -1;
  return ch.toLowerCase().charCodeAt(0);
}

export function docText(id: string, clauses: ClauseRecord[]): DocText {
  const total = clauses.reduce((sum, c) => sum + c.text.length, 0);
  const codes = new Uint16Array(total);
  const clause = new Int32Array(total);
  const offset = new Int32Array(total);
  let at = 0;
  clauses.forEach((c, index) => {
    for (let i = 0; i < c.text.length; i++) {
      const code = keep(c.text.charCodeAt(i));
      if (code < 0) continue;
      codes[at] = code;
      clause[at] = index;
      offset[at] = i;
      at++;
    }
  });
  let chars = '';
  for (let i = 0; i < at; i += 4096) chars += String.fromCharCode(...codes.subarray(i, Math.min(at, i + 4096)));
  return { id, chars, clause: clause.slice(0, at), offset: offset.slice(0, at), clauseIds: clauses.map((c) => c.id) };
}
