import { describe, expect, it } from 'vitest';
import { splitHeading } from '../../../scripts/structure/heading.ts';

describe('clause headings', () => {
  it('a heading paragraph of its own', () => {
    expect(splitHeading('改善硬件设施设备条件', true)).toEqual({ title: '改善硬件设施设备条件', bodyStart: 10 });
    expect(splitHeading('持续提升医疗服务能力，做好县域居民健康“守门人”。', true).title).toBe('持续提升医疗服务能力，做好县域居民健康“守门人”');
  });

  it('a heading run into its text: （一）加强组织领导。落实…', () => {
    const text = '加强组织领导。落实政府办医主体责任。';
    expect(splitHeading(text, false)).toEqual({ title: '加强组织领导', bodyStart: 7 });
  });

  it('a label before a colon: (1)消化内科：…', () => {
    expect(splitHeading('消化内科：发挥好市级临床重点专科作用，持续推进专科优化工作。2024年，培养消化内科医师1名。', false).title).toBe('消化内科');
  });

  it('a clause that is one long sentence has no heading', () => {
    const text = '开展“健康食堂”行动，加强营养科与营养食堂建设，为患者提供热量、营养素适宜的多种医疗膳食，满足不同患者群体就餐需求。';
    expect(splitHeading(text, false)).toEqual({ title: null, bodyStart: 0 });
  });

  it('a clause that is one short sentence has no heading: nothing runs on after it', () => {
    expect(splitHeading('实施人才引进计划，每年引进高层次人才不少于5名。', false)).toEqual({ title: null, bodyStart: 0 });
    expect(splitHeading('本方案自印发之日起施行。', false)).toEqual({ title: null, bodyStart: 0 });
    expect(splitHeading('实施人才引进计划。每年引进高层次人才不少于5名。', false)).toEqual({ title: '实施人才引进计划', bodyStart: 9 });
  });
});
