import { describe, expect, it } from 'vitest';
import { strongMarks, strongPairs } from '../../../scripts/text/strong-emphasis.ts';

describe('Markdown strong emphasis, read once for every stage', () => {
  it('pairs of ** or __ tight around their words', () => {
    expect(strongPairs('由**县卫健局**牵头')).toEqual([{ open: 1, from: 3, to: 7, close: 9 }]);
    expect([...strongMarks('## 一、__总体目标__')]).toEqual([5, 6, 11, 12]);
  });

  it('a lone **, marks with a space inside, a form’s blank and 5*3 are no pair', () => {
    for (const text of ['附件#1，5*3', '单价** 以上', '** 重点 **', '填报单位：______    联系人：______', '县____人民医院____']) expect(strongPairs(text)).toEqual([]);
  });
});
