import { describe, expect, it } from 'vitest';
import { readBlocks } from '../../../scripts/structure/blocks.ts';

const toBlocks = (lines: string[]) => readBlocks(lines).blocks;
/** The first `n` paragraphs' texts. */
const firstTexts = (lines: string[], n: number) => toBlocks(lines).slice(0, n).map((b) => b.text);

/** Twenty lines as wide as the page (28 letters), so that the page width is found. */
const fullLines = Array.from({ length: 20 }, () => '医疗卫生服务体系医疗卫生服务体系医疗卫生服务体系一二三四');

/** A hard-wrapped page: 28 characters a line, as 襄垣's PDF text is cut. */
const wrapped = [
  '（一）启动阶段（2023年 8月底前）',
  '',
  '县级各医疗机构根据行动方案制定三年规划和年度工作计',
  '',
  '划，明确推进措施和时间进度。',
  '（二）组织实施阶段（2023年 9月—2025年 12月）',
  '',
  '县级各医疗机构按照工作方案要求，有计划、分步骤落实各',
  '',
  '项工作任务，降低呼吸系统、泌尿系统、妇科、心胸外科、心',
  ' 胸外科、耳鼻喉科等疾病外转率，并选建 8个临床科室设置 3',
  '个一级学科、5个二级学科。',
  ...fullLines,
];

describe('PDF lines → paragraphs', () => {
  it('joins fragments broken at the page width, across blank lines and stray page-start spaces', () => {
    const blocks = toBlocks(wrapped);
    expect(blocks[1]).toMatchObject({ text: '县级各医疗机构根据行动方案制定三年规划和年度工作计划，明确推进措施和时间进度。', line: 3, endLine: 5 });
    // `3` at the start of a line after a full line, not following item (2), is not item 3.
    expect(blocks[3].text).toBe('县级各医疗机构按照工作方案要求，有计划、分步骤落实各项工作任务，降低呼吸系统、泌尿系统、妇科、心胸外科、心胸外科、耳鼻喉科等疾病外转率，并选建8个临床科室设置3个一级学科、5个二级学科。');
  });

  it('a short numbered heading line stays a heading; spaces in dates are removed', () => {
    const blocks = toBlocks(wrapped);
    expect(blocks[0]).toMatchObject({ text: '（一）启动阶段（2023年8月底前）', marker: { kind: 'section', value: 1 } });
    expect(blocks[2].text).toBe('（二）组织实施阶段（2023年9月—2025年12月）');
  });

  it('without hard wrapping, each line is a paragraph unless a page break cut it', () => {
    const lines = [
      '一、总体要求',
      '',
      '深入贯彻落实党的二十大精神。',
      '',
      '3. 强化城乡基层医疗卫生服务网底。加强老营镇中心卫生院建设，打造县域医疗次中心，使其基本达到县级医院能力水',
      '',
      '平，与县级医疗机构形成功能互补。',
    ];
    expect(toBlocks(lines).map((b) => b.text)).toEqual([
      '一、总体要求',
      '深入贯彻落实党的二十大精神。',
      '3.强化城乡基层医疗卫生服务网底。加强老营镇中心卫生院建设，打造县域医疗次中心，使其基本达到县级医院能力水平，与县级医疗机构形成功能互补。',
    ]);
  });

  it('a one-page list set at a narrow page width: its full lines stop in mid-sentence and go on, a number the width cut is one number', () => {
    // 寿阳's 推进清单 at 20 letters a line: too few lines for the page width by their share alone
    const lines = [
      '某县2024年“千县工程”重点任务推进清单',
      '一、专科能力提升',
      '（一）实施“369人才工程”，加快建设县域1',
      '20急救指挥中心，实现5G急救车全覆盖。（县',
      '卫健局）',
      '（二）二级及以上医院全部设置重症医学科，',
      '全县3家县级医院均达到推荐标准。（责任单',
      '位：县卫健局、各乡镇人民政府、县直相关部',
      '门）',
      '（三）常态化开展“组团式”帮扶，每季度召',
      '开一次专科联盟例会。',
    ];
    expect(toBlocks(lines).map((b) => b.text)).toEqual([
      '某县2024年“千县工程”重点任务推进清单',
      '一、专科能力提升',
      '（一）实施“369人才工程”，加快建设县域120急救指挥中心，实现5G急救车全覆盖。（县卫健局）',
      '（二）二级及以上医院全部设置重症医学科，全县3家县级医院均达到推荐标准。（责任单位：县卫健局、各乡镇人民政府、县直相关部门）',
      '（三）常态化开展“组团式”帮扶，每季度召开一次专科联盟例会。',
    ]);
  });

  it('a sentence that opens citing a plan in 《》 is no title for ending in 》: it goes on in the next line', () => {
    const lines = ['某县任务清单', '为抓好《某县“千县工程”县医院综合能力提升实施方案》', '各项任务落实，现将重点工作逐项分解。'];
    expect(toBlocks(lines).map((b) => b.text)).toEqual(['某县任务清单', '为抓好《某县“千县工程”县医院综合能力提升实施方案》各项任务落实，现将重点工作逐项分解。']);
    // the name in 《》 alone, or the notice issuing it, is a title
    expect(toBlocks(['《某县县医院综合能力提升实施方案》', '为推动…，制定本方案。'])).toHaveLength(2);
  });

  it('a web page’s furniture copied with its text stands line by line: its menu, breadcrumb and disclosure fields', () => {
    const lines = [
      '某某县人民政府',
      '网站首页 | 走进某某 | 政务公开 | 政务服务 | 互动交流 | 专题专栏',
      '您当前的位置：首页 > 政务公开 > 政府信息公开目录 > 政府文件 > 县政府办文件',
      '索引号：014154381/2023-00087\t主题分类：卫生、体育',
      '发文机关：某某县人民政府办公室\t成文日期：2023-05-08',
      '文号：某政办发〔2023〕31号\t发布日期：2023-05-12',
    ];
    expect(toBlocks(lines)).toHaveLength(6);
  });

  it('a short text of whole paragraphs as wide as each other is not read as wrapped', () => {
    // every line closes its sentence: paragraphs of one width, not lines the page width cut
    const lines = Array.from({ length: 10 }, (_, i) => `（${'一二三四五六七八九十'[i]}）加强县医院专科能力建设，提升医疗服务能力。`);
    expect(toBlocks(lines)).toHaveLength(10);
  });

  it("a paragraph's first line, two characters narrower for its indent, goes on in the next line", () => {
    // As pdf.js gives a justified page of 28 characters a line: the indent is dropped, and the
    // first line, cut before an opening quote that may not end a line, is as wide as 24½ characters.
    const lines = [
      '（二）推进实施阶段（2022年7月—2024年12月）。按照',
      '“一院一案”，有计划、分步骤推进各项任务落实，每季度',
      '调度一次。',
      '（三）评估提升阶段（2025年1月—12月）',
      ...wrapped.slice(12),
    ];
    expect(firstTexts(lines, 2)).toEqual([
      '（二）推进实施阶段（2022年7月—2024年12月）。按照“一院一案”，有计划、分步骤推进各项任务落实，每季度调度一次。',
      '（三）评估提升阶段（2025年1月—12月）',
    ]);
  });

  it('an addressee line as narrow, set flush left and ending in ：, stays a line of its own', () => {
    const lines = ['各县（市、区）卫生健康局，市直各医疗卫生单位：', '为贯彻落实国家和省有关部署，推动全市县医院综合能力持续提', '升，结合我市实际，制定本方案。', ...wrapped.slice(12)];
    expect(firstTexts(lines, 2)).toEqual([
      '各县（市、区）卫生健康局，市直各医疗卫生单位：',
      '为贯彻落实国家和省有关部署，推动全市县医院综合能力持续提升，结合我市实际，制定本方案。',
    ]);
  });

  it('`三、四级…` opening a line after a full one ending in ； goes on in the sentence; heading 三、 after a closed one is a heading', () => {
    // Lines as pdf.js gives a printed plan's, 28 characters a line.
    const lines = [
      '一、工作目标',
      '到2025年，编制床位由500张增加到800张，临床专科数由28个增',
      '加到35个，建成省级临床重点专科1个、市级临床重点专科4个；',
      '三、四级手术占比达到45%以上，CMI值达到0.95以上；县域内就',
      '诊率达到90%以上。',
      '二、重点任务',
      '（一）提升医疗服务能力，建成胸痛中心、卒中中心和创伤中心，每年招聘医学本科以上人才15名。',
      '三、四级手术能力提升',
      ...wrapped.slice(12),
    ];
    expect(firstTexts(lines, 5)).toEqual([
      '一、工作目标',
      '到2025年，编制床位由500张增加到800张，临床专科数由28个增加到35个，建成省级临床重点专科1个、市级临床重点专科4个；三、四级手术占比达到45%以上，CMI值达到0.95以上；县域内就诊率达到90%以上。',
      '二、重点任务',
      '（一）提升医疗服务能力，建成胸痛中心、卒中中心和创伤中心，每年招聘医学本科以上人才15名。',
      '三、四级手术能力提升',
    ]);
  });

  it('page numbers between the lines do not break a sentence and are kept apart', () => {
    const lines = wrapped.slice(7, 12);
    lines.splice(2, 0, '', '- 3 -', '');
    const { blocks, pageNumbers } = readBlocks([...lines, ...wrapped.slice(12)]);
    expect(blocks[0].text).toMatch(/^县级各医疗机构按照工作方案要求，有计划、分步骤落实各项工作任务，降低/);
    expect(pageNumbers).toEqual([{ line: 4, text: '- 3 -' }]);
  });

  it('bare page numbers (2, a page later 3) and ·3· are page numbers; a table’s row numbers a few lines apart are not', () => {
    const page = wrapped.slice(12, 24);
    const bare = readBlocks(['某某县县医院能力提升实施方案', ...page, '2', ...page, '3', ...page]);
    expect(bare.pageNumbers).toEqual([{ line: 14, text: '2' }, { line: 27, text: '3' }]);
    expect(bare.blocks.map((b) => b.text).join('')).not.toMatch(/\d/);
    const dotted = readBlocks([...page, '·2·', ...page]);
    expect(dotted.pageNumbers).toEqual([{ line: 13, text: '·2·' }]);
    // the page of a count of pages, as PDF footers print it
    for (const footer of ['2/12', '2 / 12', '共12页 第2页', '第2页/共12页']) {
      const counted = readBlocks([...page, footer, ...page]);
      expect(counted.pageNumbers, footer).toEqual([{ line: 13, text: footer }]);
      expect(counted.blocks.map((b) => b.text).join(''), footer).not.toMatch(/12/);
    }
    const rows = readBlocks(['序号', '任务', '1', '建设胸痛中心', '2', '建设卒中中心', ...page]);
    expect(rows.pageNumbers).toEqual([]);
  });

  it('a numbered-looking line after a page break in mid-sentence continues the sentence', () => {
    const lines = [
      '（二）加强县医院建设。到2025年，全县公立医疗机构床位总数增加，每千人口医疗卫生机构床位数达到',
      '',
      '3.5张，其中县医院床位数达到500张以上，满足群众就医需求。',
    ];
    expect(toBlocks(lines)).toHaveLength(1);
  });

  it('an article a cut sentence cites (按照本办法 / 第四条规定执行) goes on in the sentence, though 第四条 is the next article', () => {
    const lines = ['第二章 考核内容', '第三条 考核内容包括医疗质量、运营效率、持续发展和满意度评价，各项内容的权重按照本办法', '第四条规定执行，考核指标每年可作适当调整。', '第四条 考核权重如下：医疗质量占40%，运营效率占30%。'];
    expect(toBlocks(lines).map((b) => [b.marker?.raw, b.line, b.endLine])).toEqual([['第二章', 1, 1], ['第三条', 2, 3], ['第四条', 4, 4]]);
    // the article itself, cut after a sentence's end or opening with its own words, starts its paragraph
    expect(toBlocks(['第三条 考核内容包括医疗质量、运营效率、持续发展和满意度评价四个方面，具体见附表', '第四条 考核权重如下：医疗质量占40%。']).map((b) => b.line)).toEqual([1, 2]);
  });

  it('a marker alone on its line (一. / （一） / 1.) goes on in its heading on the next line', () => {
    const blocks = toBlocks(['一.', '指导思想', '坚持以人民健康为中心。', '（一）', '', '加强专科建设', '1.', '引进人才。每年引进10名。']);
    expect(blocks.map((b) => [b.text, b.marker?.label ?? null, b.line, b.endLine])).toEqual([
      ['一.指导思想', '一', 1, 2],
      ['坚持以人民健康为中心。', null, 3, 3],
      ['（一）加强专科建设', '（一）', 4, 6],
      ['1.引进人才。每年引进10名。', '1', 7, 8],
    ]);
  });

  it('a title in 《》 set in a larger font than the body goes on in the line that closes it, across blank lines', () => {
    const cover = ['某某县人民政府', '关于印发《某某县县域医共体服务能力提升三', '', '年行动计划（2024—2026 年）》的通知', '', ...wrapped.slice(2)];
    expect(toBlocks(cover).slice(0, 2).map((b) => b.text)).toEqual(['某某县人民政府', '关于印发《某某县县域医共体服务能力提升三年行动计划（2024—2026年）》的通知']);
  });

  it('a note of how the plan is published or whom to call stands alone, never the end of the line above', () => {
    const lines = ['附件：某某县“千县工程”工作领导小组成员名单', '', '（此件主动公开）', '', '（联系人：王某某，联系电话：0123-4567890）'];
    expect(toBlocks(lines).map((b) => b.text)).toEqual(['附件：某某县“千县工程”工作领导小组成员名单', '（此件主动公开）', '（联系人：王某某，联系电话：0123-4567890）']);
  });

  it('a whole line in bold is a heading of its own; the `**` are markup', () => {
    const blocks = toBlocks(['**一、总体要求**', '深入贯彻落实党的二十大精神，全面推进健康中国建设，持续提升县域医疗卫生服务能力']);
    expect(blocks.map((b) => [b.text, b.marker?.label])).toEqual([
      ['一、总体要求', '一'],
      ['深入贯彻落实党的二十大精神，全面推进健康中国建设，持续提升县域医疗卫生服务能力', undefined],
    ]);
  });

  it('a numbered run-in heading in bold (as converters write Word’s) is numbered; its `**` are markup, a bold opening without a number keeps them', () => {
    const blocks = toBlocks(['二、重点任务', '**（一）加强专科建设。**建设胸痛中心、卒中中心。', '**（二）**改善硬件条件。新建住院楼。', '**重点**是补齐短板。']);
    expect(blocks.map((b) => [b.text, b.marker?.label])).toEqual([
      ['二、重点任务', '二'],
      ['（一）加强专科建设。建设胸痛中心、卒中中心。', '（一）'],
      ['（二）改善硬件条件。新建住院楼。', '（二）'],
      ['**重点**是补齐短板。', undefined],
    ]);
  });

  it('Markdown headings and rules are read, their `#` marks are markup', () => {
    const blocks = toBlocks(['# 偃师市人民政府办公室文件', '---', '#### 四、工作步骤']);
    expect(blocks.map((b) => [b.text, b.markdownDepth, b.rule])).toEqual([
      ['偃师市人民政府办公室文件', 1, false],
      ['---', 0, true],
      ['四、工作步骤', 4, false],
    ]);
  });
});

describe('a numbered heading with its period in brackets', () => {
  it('ends its paragraph however wide it is: full-width digits make it as wide as the page', () => {
    const lines = [
      '（二）组织实施阶段（２０２３年９月—２０２５年１２月）',
      '县级各医疗机构按照工作方案要求，有计划、分步骤落实各',
      '项工作任务，降低呼吸系统、泌尿系统等疾病外转率。',
      ...fullLines,
    ];
    expect(firstTexts(lines, 2)).toEqual(['（二）组织实施阶段（２０２３年９月—２０２５年１２月）', '县级各医疗机构按照工作方案要求，有计划、分步骤落实各项工作任务，降低呼吸系统、泌尿系统等疾病外转率。']);
  });

  it('but a line that says more than a heading goes on (a stop in it, or the next line opening with one)', () => {
    const lines = ['（二）加强专科建设，重点建设心血管内科（县人民医院）', '、呼吸内科等专科。', ...fullLines];
    expect(firstTexts(lines, 1)).toEqual(['（二）加强专科建设，重点建设心血管内科（县人民医院）、呼吸内科等专科。']);
  });
});

describe('a text whose letters a PDF spaced out', () => {
  const spaced = (line: string) => line.replace(/(?<=[\u4e00-\u9fff])(?=[\u4e00-\u9fff])/g, ' ');
  it('is measured by its letters: its full lines go on, the title stays apart from the paragraph below it', () => {
    const lines = [
      '某县县医院能力提升重点任务清单',
      '',
      '为扎实推进县医院综合能力提升工作，确保各项任务落到实处，现将',
      '重点任务分解如下，各医疗机构认真落实。2025—2026年，年',
      '均投入700万元左右，购置医疗设备。',
      ...fullLines,
    ].map(spaced);
    expect(firstTexts(lines, 2)).toEqual(['某县县医院能力提升重点任务清单', '为扎实推进县医院综合能力提升工作，确保各项任务落到实处，现将重点任务分解如下，各医疗机构认真落实。2025—2026年，年均投入700万元左右，购置医疗设备。']);
  });
});

describe('a members list, whatever the format wraps', () => {
  // 偃师's 领导小组成员名单 as its .txt has it, as a PDF prints it, and one paragraph a line (Word, web page).
  const pdf = [
    '偃师市县域医疗中心建设工作领导小组 成员名单',
    '组 长：王东杰（市政府党组成员、市产业集聚区管委会',
    '副主任）',
    '副组长：李召焯（市卫健委主任）',
    '成 员：鲍少颖（市财政局副局长）',
    '王龙涛（市发改委副主任）',
  ];
  const word = ['偃师市县域医疗中心建设工作领导小组成员名单', '组长：王东杰（市政府党组成员、市产业集聚区管委会副主任）', '副组长：李召焯（市卫健委主任）', '成员：鲍少颖（市财政局副局长）', '王龙涛（市发改委副主任）'];
  const txt = ['## 偃师市县域医疗中心建设工作领导小组 成员名单', '', '组 长：王东杰（市政府党组成员、市产业集聚区管委会  ', '副主任）', '', '副组长：李召焯（市卫健委主任）', '', '成 员：鲍少颖（市财政局副局长）', '', '王龙涛（市发改委副主任）'];

  it('gives each role a paragraph, and joins a post its bracket carries over a line', () => {
    for (const lines of [pdf, word, txt]) expect(toBlocks(lines).map((b) => b.text)).toEqual(word);
  });
});

describe('a wrapped line opening a list of grades after one cut in mid-phrase (the eighteenth probe’s 蔚县 at 34 letters a line)', () => {
  it('goes on in the sentence: 三、四级手术占比… is no 三、', () => {
    const lines = ['二、重点任务', '1.加强临床专科建设。县医院重点建设心血管内科、神经内科、呼吸与', '危重症医学科等专科，2025年底前新增市级临床重点专科2个，出院患者', '三、四级手术占比达到25%。（责任单位：县卫生健康局、县医院）', '2.加强人才队伍建设。每年引进人才10名。'];
    expect(readBlocks(lines).blocks.map((b) => b.text.slice(0, 8))).toEqual(['二、重点任务', '1.加强临床专科', '2.加强人才队伍']);
  });
});

describe('the eighteenth and nineteenth probes in another dress', () => {
  it('三 、 四 级… letter-spaced after a line cut in mid-phrase still goes on in its sentence', () => {
    const lines = ['二、重点任务', '1.加强临床专科建设。县医院新增市级临床重点专科2个，出院患者', '三 、 四 级 手 术 占 比 达 到 25%。', '2.加强人才队伍建设。每年引进人才10名。'];
    expect(readBlocks(lines).blocks.map((b) => b.text.slice(0, 4))).toEqual(['二、重点', '1.加强', '2.加强']);
  });
});
