import { describe, expect, it } from 'vitest';
import { splitHeading } from '../../../scripts/structure/heading.ts';
import { buildText } from '../../helpers/fixture-document.ts';
import { expectNothingLost } from '../../helpers/nothing-lost.ts';

describe('clause headings', () => {
  it('a heading paragraph of its own', () => {
    expect(splitHeading('改善硬件设施设备条件', true)).toEqual({ title: '改善硬件设施设备条件', bodyStart: 10 });
    expect(splitHeading('持续提升医疗服务能力，做好县域居民健康“守门人”。', true).title).toBe('持续提升医疗服务能力，做好县域居民健康“守门人”');
  });

  it('a chapter’s name set out letter by letter (第一章  总  则) is titled as the word; its articles keep the 一、 items they hold', () => {
    const lines = ['某某县县级医院综合能力提升工作实施细则', '第一章  总  则', '第一条  本细则适用于县人民医院、县中医医院。', '第二章  工作目标', '第二条  到2025年，实现以下目标：', '一、县人民医院达到三级医院服务能力；', '二、县域内就诊率达到90%以上。', '第三章  附  则', '第三条  本细则自印发之日起施行。'];
    const { document, clauses } = buildText('articles.txt', lines.join('\n'));
    expect(clauses.map((c) => [c.id, c.title])).toEqual([
      ['articles/1', '总则'],
      ['articles/1.1', null],
      ['articles/2', '工作目标'],
      ['articles/2.2', '到2025年，实现以下目标'],
      ['articles/2.2.1', null],
      ['articles/2.2.2', null],
      ['articles/3', '附则'],
      ['articles/3.3', null],
    ]);
    expectNothingLost(document, clauses, lines);
    // the text as written, its spacing one space
    expect(clauses[0].text).toBe('总 则');
  });

  it('a heading a PDF line broke without a stop (加强县医院临床专科 / 能力建设) is titled whole; a complete heading over a short phrase is not', () => {
    const text = '加强县医院临床专科\n能力建设\n县人民医院重点建设心血管内科、神经内科等专科，每年新增市级重点专科1个。';
    expect(splitHeading(text, false)).toEqual({ title: '加强县医院临床专科能力建设', bodyStart: 15 });
    expect(splitHeading('提升县医院急诊急救\n服务能力\n建成胸痛中心、卒中中心。', false).title).toBe('提升县医院急诊急救服务能力');
    expect(splitHeading('加强专科建设\n胸痛中心\n建成胸痛中心并通过国家认证。', false).title).toBe('加强专科建设');
    expect(splitHeading('建设胸痛中心\n县卫健局\n2024年6月', false).title).toBe('建设胸痛中心');
    expect(splitHeading('组织领导\n成立工作专班\n由县长任组长，分管副县长任副组长。', false).title).toBe('组织领导');
    expect(splitHeading('保障措施\n组织保障\n成立领导小组，统筹推进工作。', false).title).toBe('保障措施');
    expect(splitHeading('人才培养\n激励机制\n完善人才激励机制，落实绩效分配政策。', false).title).toBe('人才培养');
    // a chapter's heading over its (一)(二): the rest is its last line
    expect(splitHeading('全面提升县医院临床专科\n服务能力', true)).toEqual({ title: '全面提升县医院临床专科服务能力', bodyStart: 16 });
    expect(splitHeading('全面提升县医院临床专科\n服务能力', false).title).toBe('全面提升县医院临床专科');
    expect(splitHeading('加强组织领导\n工作机制\n建立月调度机制，定期通报进展。', false).title).toBe('加强组织领导');
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
    // a note of who does it after the sentence is no body
    expect(splitHeading('2024年底前，新增市级临床重点专科2个。（县人民医院负责）', false)).toEqual({ title: null, bodyStart: 0 });
    expect(splitHeading('加强胸痛中心建设。（牵头单位：县卫健局；配合单位：县人民医院）', false)).toEqual({ title: null, bodyStart: 0 });
    expect(splitHeading('持续提升医疗服务能力。（县卫健局牵头）', true).title).toBe('持续提升医疗服务能力');
    // …nor is such a note in a paragraph of its own, as an article's last item closes with it
    expect(splitHeading('每年开展新技术、新项目不少于5项。\n（责任单位：县人民医院；监督单位：县卫生健康和体育局）', false)).toEqual({ title: null, bodyStart: 0 });
    expect(splitHeading('中医类别执业医师数达到每万人口0.6人以上。\n〔责任单位：县中医院〕', false)).toEqual({ title: null, bodyStart: 0 });
    // …with a role in brackets inside it, or as a line of labelled units
    expect(splitHeading('创建省级临床重点专科1—2个，2024年6月底前完成申报。（责任单位：县卫健局（牵头）、县人民医院）', false)).toEqual({ title: null, bodyStart: 0 });
    expect(splitHeading('推进日间手术，三级以上手术台次年增长10%。\n牵头单位：县人民医院 配合单位：县医保局', false)).toEqual({ title: null, bodyStart: 0 });
    // a heading without a stop over it stays one
    expect(splitHeading('加强人才队伍建设\n（责任单位：县人社局）', false).title).toBe('加强人才队伍建设');
  });
});

describe('a run-in heading set off by spaces instead of a stop', () => {
  const text = [
    '某某县“千县工程”县医院综合能力提升工作方案',
    '一、重点任务',
    '（一）胸痛中心  2023年底前通过国家级胸痛中心认证。',
    '（二）卒中中心　2024年6月底前建成县级卒中中心，开展静脉溶栓。',
    '（三）创伤中心　　建立多学科协作机制，2025年底前通过省级评估。',
    '1.县人民医院  要建立健全现代医院管理制度，完善  内部  治理结构。',
    '2. 到 2023 年 12 月底，二级以上医院全部接入区域平台。',
    '3.到  2025  年，县域就诊率达到90%。',
    '4.远程医疗  （县人民医院）',
    '（四）ICU  ICU床位达到10张。',
    '（五）加强组织领导。各部门要高度重视。',
    '二、保障措施',
  ].join('\n');
  const { document, clauses, lines } = buildText('spaced.txt', text);
  const clause = (id: string) => clauses.find((c) => c.id === `spaced/${id}`)!;

  it('two spaces or a full-width space after a short heading end it: the title, the body after it, one space kept between', () => {
    expect(clause('1.1')).toMatchObject({ title: '胸痛中心', text: '胸痛中心 2023年底前通过国家级胸痛中心认证。', bodyStart: 5, task: '胸痛中心' });
    expect(clause('1.1').deadlines.map((d) => d.end)).toEqual(['2023-12-31']);
    expect(clause('1.2')).toMatchObject({ title: '卒中中心', text: '卒中中心 2024年6月底前建成县级卒中中心，开展静脉溶栓。', bodyStart: 5 });
    // with numbered items under it: before, the whole first sentence was its title
    expect(clause('1.3')).toMatchObject({ title: '创伤中心', text: '创伤中心 建立多学科协作机制，2025年底前通过省级评估。', bodyStart: 5 });
  });

  it('not a heading: gaps along a justified line, a date or number with spaces, a bracketed note, a gap between ASCII words', () => {
    expect(clause('1.3.1')).toMatchObject({ title: null, text: '县人民医院要建立健全现代医院管理制度，完善内部治理结构。' });
    expect(clause('1.3.2')).toMatchObject({ title: null, text: '到2023年12月底，二级以上医院全部接入区域平台。' });
    expect(clause('1.3.3')).toMatchObject({ title: null, text: '到2025年，县域就诊率达到90%。' });
    expect(clause('1.3.4')).toMatchObject({ title: '远程医疗（县人民医院）', text: '远程医疗（县人民医院）' });
    expect(clause('1.4')).toMatchObject({ title: null, text: 'ICU ICU床位达到10张。' });
    expect(clause('1.5').title).toBe('加强组织领导');
  });

  it('nothing is lost', () => expectNothingLost(document, clauses, lines));

  it('a heading set off by a dash or set in 【】, and a colon or ； inside an annotation that labels or ends nothing', () => {
    expect(splitHeading('加强专科建设——重点建设心血管内科、神经内科，2024年底前建成市级重点专科2个。', false)).toEqual({ title: '加强专科建设', bodyStart: 8 });
    expect(splitHeading('【强化人才支撑】每年引进医学类本科以上人才不少于20名。', false)).toEqual({ title: '强化人才支撑', bodyStart: 8 });
    // alone on its line, over its items (第三条【完善保障机制】 / （一）…), or with its body on the next line
    expect(splitHeading('【完善保障机制】', true)).toEqual({ title: '完善保障机制', bodyStart: 8 });
    expect(splitHeading('【完善保障机制】\n市财政局每年安排专项资金。', false)).toEqual({ title: '完善保障机制', bodyStart: 9 });
    // the note of who does it is the body's: it says who, not what
    expect(splitHeading('加强信息化建设（牵头单位：县卫健局）。2024年底前建成县域远程医疗中心。', false)).toEqual({ title: '加强信息化建设', bodyStart: 7 });
    // a heading line closed by its note, the items under it: the note's ； ends no sentence
    expect(splitHeading('加强临床重点专科建设（牵头单位：县卫健委；配合单位：县财政局、县第一人民医院）', true)).toEqual({ title: '加强临床重点专科建设', bodyStart: 10 });
    expect(splitHeading('组织实施阶段（2023年9月—2025年12月）', true).title).toBe('组织实施阶段（2023年9月—2025年12月）');
    // a date range is no heading and its dash
    expect(splitHeading('2023年——2025年，每年引进医学类本科以上人才不少于20名。', false)).toEqual({ title: null, bodyStart: 0 });
  });

  it('splitHeading reads the kept space; a space between ASCII words is not one', () => {
    expect(splitHeading('胸痛中心 2023年底前通过国家级认证。', true)).toEqual({ title: '胸痛中心', bodyStart: 5 });
    expect(splitHeading('ICU ward建设。加强重症救治能力。', false)).toEqual({ title: 'ICU ward建设', bodyStart: 11 });
  });
});

describe('a run-in heading set off by one space', () => {
  const text = [
    '某某县“千县工程”县医院综合能力提升实施方案',
    '一、总体要求',
    '（一）指导思想 以习近平新时代中国特色社会主义思想为指导，全面落实健康中国战略。',
    '（二）工作目标 到 2025 年，县人民医院达到三级医院服务能力。',
    '二、重点任务',
    '（一）加强人才队伍建设 实施“369人才工程”，每年引进医学类本科以上人才不少于20名。',
    '（二）提升急诊急救能力 2023年12月底前建成胸痛中心、卒中中心。',
    '（三）加强县医院服务 能力建设。落实分级诊疗制度。',
    '（四）强化急诊急救能力 建设胸痛中心、卒中中心、创伤中心等五大中心，2025年底前全部通过省级验收。',
    '（五）加强人才队伍 建设，完善人才引进和培养机制。',
    '1．县人民医院 要建立健全现代医院管理制度。',
    '2．加强组织领导 ，统筹推进各项工作。',
    '3．全面提升县医院服务 能力和水平，满足群众就医需求。',
    '4．完善分级诊疗体系 县人民医院牵头 组建医共体。',
    '5．县级医院急诊急救能力 2025 年达到三级医院水平。',
  ].join('\n');
  const { document, clauses, lines } = buildText('narrow.txt', text);
  const clause = (id: string) => clauses.find((c) => c.id === `narrow/${id}`)!;

  it('a short phrase ending as headings end, then one space, is the title; the space is kept before the body', () => {
    expect(clause('2.1')).toMatchObject({ title: '加强人才队伍建设', text: '加强人才队伍建设 实施“369人才工程”，每年引进医学类本科以上人才不少于20名。', bodyStart: 9 });
    expect(clause('2.2')).toMatchObject({ title: '提升急诊急救能力', bodyStart: 9 });
    // 建设 is a heading's noun and a verb: here the body's verb, its object after it
    expect(clause('2.4')).toMatchObject({ title: '强化急诊急救能力', text: '强化急诊急救能力 建设胸痛中心、卒中中心、创伤中心等五大中心，2025年底前全部通过省级验收。' });
    expect(clause('2.2').deadlines.map((d) => d.end)).toEqual(['2023-12-31']);
    expect(clause('1.1')).toMatchObject({ title: '指导思想', text: '指导思想 以习近平新时代中国特色社会主义思想为指导，全面落实健康中国战略。' });
    // the spaces of a figure after the heading's are PDF spacing, as before
    expect(clause('1.2')).toMatchObject({ title: '工作目标', text: '工作目标 到2025年，县人民医院达到三级医院服务能力。' });
  });

  it('not a heading: a line joined mid-phrase, a subject, a space before a stop, spaces along the line, a space before a spaced figure', () => {
    expect(clause('2.3')).toMatchObject({ title: '加强县医院服务能力建设', text: '加强县医院服务能力建设。落实分级诊疗制度。' });
    // with its items under it, its whole sentence is its heading, as before; not 加强人才队伍
    expect(clause('2.5')).toMatchObject({ title: '加强人才队伍建设，完善人才引进和培养机制', text: '加强人才队伍建设，完善人才引进和培养机制。' });
    expect(clause('2.5.1')).toMatchObject({ title: null, text: '县人民医院要建立健全现代医院管理制度。' });
    expect(clause('2.5.2')).toMatchObject({ title: null, text: '加强组织领导，统筹推进各项工作。' });
    expect(clause('2.5.3')).toMatchObject({ title: null, text: '全面提升县医院服务能力和水平，满足群众就医需求。' });
    expect(clause('2.5.4')).toMatchObject({ title: null, text: '完善分级诊疗体系县人民医院牵头组建医共体。' });
    expect(clause('2.5.5')).toMatchObject({ title: null, text: '县级医院急诊急救能力2025年达到三级医院水平。' });
  });

  it('nothing is lost', () => expectNothingLost(document, clauses, lines));

  it('after a marker set off by its own space (第三条 专科建设 县人民医院…), the heading’s space is still the line’s one', () => {
    const articles = buildText('articles.txt', ['某某县县域医疗卫生服务能力提升实施办法', '第一章 重点任务', '第一条 专科建设 县人民医院重点建设胸痛中心、卒中中心，2024年底前通过省级验收。'].join('\n'));
    expect(articles.clauses.at(-1)).toMatchObject({ marker: '第一条', title: '专科建设', text: '专科建设 县人民医院重点建设胸痛中心、卒中中心，2024年底前通过省级验收。' });
  });
});
