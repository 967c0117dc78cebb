import { describe, expect, it } from 'vitest';
import { buildFixture, buildText } from '../../helpers/fixture-document.ts';
import { expectNothingLost } from '../../helpers/nothing-lost.ts';

const byId = (clauses: { id: string; text: string }[], id: string) => clauses.find((c) => c.id === id)!;

describe('注 under a table and footnotes: notes on the text, kept apart from its clauses', () => {
  // the eleventh probe's 浦江 plan: an indicator table with 注：①… ②…, footnotes [1]–[3] after the last clause
  const pujiang = buildFixture('test/fixtures/unseen-plans-11/pujiang-2024.txt');

  it('publishes the 注 under the indicator table, its second item with it, and the three footnotes as notes', () => {
    expect(pujiang.document.notes.map((n) => [n.line, n.endLine, n.text.slice(0, 12)])).toEqual([
      [33, 34, '注：①三、四级手术占比按'],
      [56, 56, '[1]国家卫生健康委办公'],
      [57, 57, '[2]浙江省卫生健康委等'],
      [58, 58, '[3]急救分站按“一站一'],
    ]);
  });

  it('leaves the last row its own cells and the last clause its own text', () => {
    expect(byId(pujiang.clauses, 'pujiang-2024/1.7').text).toBe('7\t门诊预约诊疗率\t%\t55.2\t≥65\t预期性');
    expect(byId(pujiang.clauses, 'pujiang-2024/3.2').text).toBe('强化考核评估。县卫健局每半年对指标完成情况进行一次评估，结果纳入医院年度绩效考核。');
  });

  it('reads no ② of the note as an item of the section above', () => {
    expect(pujiang.clauses.map((c) => c.id)).not.toContain('pujiang-2024/1.2~2');
  });

  it('still reads the national plan the footnote cites', () => {
    expect(pujiang.document.cites.map((c) => c.docNumber)).toContain('国卫办医函〔2021〕538号');
  });

  it('loses no character: the notes and the clauses hold the text between them', () => {
    expectNothingLost(pujiang.document, pujiang.clauses, pujiang.lines);
  });

  it('leaves a 注 under a paragraph in its clause, the paragraph’s own remark (屯昌)', () => {
    const tunchang = buildFixture('test/fixtures/unseen-plans-7/tunchang-2024.txt');
    expect(tunchang.document.notes).toEqual([]);
    expect(byId(tunchang.clauses, 'tunchang-2024/1').text).toMatch(/注：县域内就诊率指/);
  });

  it('reads a [1] that no call above points to as the text it is', () => {
    const plan = ['某县卫生健康局', '', '一、主要任务', '（一）加强专科建设。', '[1]号病区改造于2024年完成。', '（二）加强人才建设。'].join('\n');
    const built = buildText('mou-2024.txt', plan);
    expect(built.document.notes).toEqual([]);
    expect(built.clauses.map((c) => c.text).join('\n')).toMatch(/\[1\]号病区改造/);
  });

  it('takes a note the width broke over two lines whole, and ends it at the next heading', () => {
    const plan = [
      '一、主要指标',
      '序号\t指标\t目标值',
      '1\t县域内就诊率\t90%',
      '注：县域内就诊率按县域内医疗卫生机构门诊和住院人次占县域常住人口门诊和住院',
      '总人次的比例计算。',
      '二、重点任务',
      '（一）加强专科建设。',
    ].join('\n');
    const built = buildText('mou-2025.txt', plan);
    expect(built.document.notes).toEqual([{ line: 4, endLine: 5, text: '注：县域内就诊率按县域内医疗卫生机构门诊和住院人次占县域常住人口门诊和住院总人次的比例计算。' }]);
    expect(built.clauses.map((c) => c.id)).toContain('mou-2025/2.1');
  });
});
