import { describe, expect, it } from 'vitest';
import { continuesMembers, readMembers } from '../../../scripts/structure/members.ts';

describe('a members list goes on', () => {
  it('in a line of one person and a post, or of two a narrow page ran together (偃师 set at 20 letters a line)', () => {
    const role = '成员：鲍少颖（市财政局副局长）';
    expect(continuesMembers(role, '王龙涛（市发改委副主任）')).toBe(true);
    expect(continuesMembers(role, '张国锋（市公共资源交易中心副主任）杨晓峰（市工信局副局长）')).toBe(true);
    expect(readMembers(`${role}\n张国锋（市公共资源交易中心副主任）杨晓峰（市工信局副局长）`).map((m) => `${m.role} ${m.name} ${m.post}`)).toEqual([
      '成员 鲍少颖 市财政局副局长',
      '成员 张国锋 市公共资源交易中心副主任',
      '成员 杨晓峰 市工信局副局长',
    ]);
  });

  it('not in a sentence after it', () => {
    expect(continuesMembers('成员：鲍少颖（市财政局副局长）', '领导小组下设办公室，办公地点设在市人民医院，马怀标同志兼任办公室主任。')).toBe(false);
  });
});
