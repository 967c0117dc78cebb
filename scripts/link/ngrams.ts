/**
 * Comparable form of a clause text: only letters and digits (CJK included), so
 * punctuation, quotes and spacing never break a shared run of wording.
 * `at[i]` is the offset in the original text of the i-th kept character,
 * which lets evidence found on the comparable form point back into `text`.
 */
import { normalForm } from '../text/normal-form.ts';

export interface Folded {
  chars: string;
  at: number[];
}

const KEEP = /[\p{L}\p{N}]/u;
/** Full-width digits and Latin letters fold to ASCII so 2025 and ２０２５ match. */
const fullWidth = (ch: string) => {
  const c = ch.charCodeAt(0);
  return c >= 0xff01 && c <= 0xff5e ? String.fromCharCode(c - 0xfee0) : ch;
};

export function fold(written: string): Folded {
  // a range's dash OCR read as 一 is no letter (text/normal-form.ts)
  const text = normalForm(written);
  let chars = '';
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = fullWidth(text[i]).toLowerCase();
    if (!KEEP.test(ch)) continue;
    chars += ch;
    at.push(i);
  }
  return { chars, at };
}

/** Character bigrams of a folded string, in order (one per position). */
export function bigrams(chars: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars.slice(i, i + 2));
  return out;
}
