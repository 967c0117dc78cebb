/**
 * The commonest characters judge whether text reads as Chinese (the text decoder's choice of
 * encoding, the PDF reader's check for glyph codes): a plan in traditional characters (繁體) must
 * read as Chinese as its simplified twin does.
 */
import { describe, expect, it } from 'vitest';
import { commonShare } from '../../../scripts/text/common-characters.ts';
import { traditional } from '../../fixtures/formats/make.ts';

describe('the share of the commonest characters', () => {
  it('is the same for a page in traditional characters as for its simplified twin', () => {
    // Before, the traditional page had 0.38 against 0.68: 為, 縣, 醫, 組, 長… were not counted.
    const simplified = [
      '附件',
      '某县“千县工程”工作领导小组成员名单',
      '组　长：张伟　县人民政府副县长',
      '副组长：刘涛　县卫生健康局党组书记、局长',
      '成　员：杨帆　县发展和改革局副局长',
      '　　　　赵丽　县人力资源和社会保障局副局长',
      '　　　　孙鹏　县医疗保障局副局长',
      '　　　　钱莹　县人民医院院长',
    ].join('\n');
    const share = commonShare(traditional.members.join('\n'));
    expect(share).toBeGreaterThan(0.6);
    expect(share).toBeCloseTo(commonShare(simplified), 2);
  });
});
