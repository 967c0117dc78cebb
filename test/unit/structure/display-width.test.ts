/** Display width by code point: CJK and full-width count 2, half-width katakana and ASCII 1, as the character classes say. */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { displayWidth } from '../../../scripts/structure/text-width.ts';

/** The definition: a character in U+1100–U+FFFF (or a surrogate pair) is wide unless it is half-width katakana. */
const byClasses = (text: string) => [...text].reduce((w, ch) => w + (/[\u1100-\uffff]/.test(ch) && !/[\uff61-\uff9f]/.test(ch) ? 2 : 1), 0);

describe('displayWidth', () => {
  it('agrees with the character classes on every code point of the basic plane and on astral characters', () => {
    for (let c = 0; c <= 0x10ffff; c += c < 0x10000 ? 1 : 101) {
      const ch = String.fromCodePoint(c);
      if (displayWidth(ch) !== byClasses(ch)) expect([c.toString(16), displayWidth(ch)]).toEqual([c.toString(16), byClasses(ch)]);
    }
  });

  it('measures every line of the seed corpus as the classes do', () => {
    const texts = readdirSync('corpus').filter((f) => f.endsWith('.txt'));
    expect(texts.length).toBeGreaterThan(0);
    for (const file of texts) for (const line of readFileSync(`corpus/${file}`, 'utf8').split('\n')) expect(displayWidth(line)).toBe(byClasses(line));
  });
});
