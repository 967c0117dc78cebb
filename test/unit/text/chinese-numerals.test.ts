import { describe, expect, it } from 'vitest';
import { parseChineseNumeral } from '../../../scripts/text/chinese-numerals.ts';

describe('Chinese numerals', () => {
  it.each([
    ['四', 4], ['两', 2], ['十', 10], ['十二', 12], ['二十五', 25], ['一百零五', 105], ['两千', 2000], ['一万二千', 12000], ['二〇二五', 2025],
  ])('%s = %d', (s, n) => expect(parseChineseNumeral(s)).toBe(n));

  it('三四 (three or four) is not one number', () => {
    expect(parseChineseNumeral('三四')).toBeNull();
    expect(parseChineseNumeral('级')).toBeNull();
  });
});
