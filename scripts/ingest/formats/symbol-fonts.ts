/**
 * Characters of Word's symbol fonts → Unicode. Word stores a symbol picked from such a font
 * (Insert ▸ Symbol, a checklist's ✓ or □) as the font's own code, F000 + its byte: without the
 * font the code means nothing. Only the marks plans use, whose mapping is sure: check marks and
 * boxes of a checklist, bullets, and Symbol's signs of comparison; any other is not guessed.
 */

const tables: Record<string, Record<number, string>> = {
  wingdings: {
    0x6c: '●', 0x6e: '■', 0x6f: '□', 0x71: '❑', 0x76: '❖', 0xa7: '▪', 0xd8: '➢',
    0xfb: '✗', 0xfc: '✓', 0xfd: '☒', 0xfe: '☑',
  },
  'wingdings 2': { 0x4f: '✗', 0x50: '✓', 0x52: '☑', 0x54: '☒', 0xa3: '□' },
  symbol: {
    0xa3: '≤', 0xb3: '≥', 0xb1: '±', 0xb4: '×', 0xb8: '÷', 0xb9: '≠', 0xbb: '≈', 0xb0: '°', 0xb7: '•', 0xd6: '√', 0xa5: '∞',
    0xac: '←', 0xad: '↑', 0xae: '→', 0xaf: '↓', 0x2d: '−',
  },
};

/** A symbol font's character (code as Word writes it: F0FC or FC) in Unicode; null when the font or the code is not in the tables. */
export function symbolCharacter(font: string, code: number): string | null {
  const byte = code >= 0xf000 && code <= 0xf0ff ? code - 0xf000 : code;
  return tables[font.trim().toLowerCase()]?.[byte] ?? null;
}
