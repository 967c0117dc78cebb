import { describe, expect, it } from 'vitest';
import { continuesMembers, readMembers } from '../../../scripts/structure/members.ts';
import { buildFixture } from '../../helpers/fixture-document.ts';
import { expectNothingLost } from '../../helpers/nothing-lost.ts';

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

describe('a members list in the body, under the clause that sets the group up (the fifteenth probe’s 滨海)', () => {
  const built = buildFixture('test/fixtures/unseen-plans-15/binhai-2023.txt');
  const under = built.clauses.filter((c) => c.parent === 'binhai-2023/3.1');

  it('each role a clause of people under it, the paragraph after the list a clause beside them', () => {
    expect(under.map((c) => [c.id, c.members.map((m) => `${m.role} ${m.name} ${m.post}`)])).toEqual([
      ['binhai-2023/3.1.1', ['组长 孙立新 县政府副县长']],
      ['binhai-2023/3.1.2', ['副组长 陈国平 县政府办公室副主任', '副组长 周海燕 县卫生健康委主任']],
      ['binhai-2023/3.1.3', ['成员 王建军 县委编办副主任', '成员 刘洋 县发展改革委副主任', '成员 张晓红 县财政局副局长', '成员 李志刚 县人力资源社会保障局副局长', '成员 赵文杰 县医疗保障局副局长', '成员 钱勇 县人民医院院长', '成员 吴丽萍 县中医院院长']],
      ['binhai-2023/3.1.4', []],
    ]);
    expect(under.at(-1)!.text).toMatch(/^领导小组下设办公室/);
  });

  it('keeps the clause that sets the group up to its own sentence, and loses no character', () => {
    expect(built.clauses.find((c) => c.id === 'binhai-2023/3.1')!.source).toMatchObject({ line: 42, endLine: 42 });
    expectNothingLost(built.document, built.clauses, built.lines);
  });

  it('names each member’s unit as a member, as an attached list’s are', () => {
    expect(under[2].units.filter((u) => u.role === 'member').map((u) => u.canonical)).toContain('县财政局');
  });
});
