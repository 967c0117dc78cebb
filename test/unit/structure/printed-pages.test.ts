import { describe, expect, it } from 'vitest';
import { buildText } from '../../helpers/fixture-document.ts';
import { expectNothingLost } from '../../helpers/nothing-lost.ts';

/** A plan pulled out of a two-page PDF: its title a running header over the second page alone, a clause cut by the break. */
const twoPages = [
  "某某县推进紧密型县域医共体建设和县医院能力提升",
  "实施方案",
  "",
  "为深入贯彻落实国家卫生健康委“千县工程”县医院综合能力提升工作要求，",
  "进一步提升县域医疗服务能力，推动优质医疗资源下沉，结合我县实际，制定",
  "本实施方案。",
  "一、总体要求",
  "以习近平新时代中国特色社会主义思想为指导，坚持以人民健康为中心，坚持",
  "政府主导、公益性主导，以县医院能力建设为重点，推动县域医疗卫生服务体",
  "系整体效能提升，为群众提供全方位全周期健康服务。",
  "二、主要目标",
  "到2025年，县人民医院达到县医院医疗服务能力推荐标准，县中医医院达",
  "到二级甲等中医医院水平，县域内住院量占比达到85%以上，基层医疗卫生",
  "机构诊疗量占比达到65%以上。",
  "三、重点任务",
  "（一）加强临床专科能力建设。围绕县域群众就医需求，重点发展心血管内科",
  "、神经内科、呼吸内科、消化内科、肿瘤科等专科，2024年底前建成胸痛",
  "中心、卒中中心、创伤中心、危重孕产妇救治中心和危重新生儿救治中心，实",
  "",
  "— 1 —",
  "",
  "某某县推进紧密型县域医共体建设和县医院能力提升实施方案",
  "",
  "现五大中心全覆盖，并与上级医院建立转诊绿色通道，提升急危重症救治能力。",
  "（二）提升医疗质量安全水平。健全医疗质量管理与控制体系，落实医疗质量",
  "安全核心制度，开展单病种质量管理，2025年底前临床路径管理病例占出",
  "院病例比例达到50%以上，三、四级手术占比逐年提高。",
  "（三）加强人才队伍建设。实施县医院人才振兴计划，每年引进急需紧缺专业",
  "人才不少于15名，选派骨干医师到三级医院进修不少于20人次，落实县管",
  "乡用、乡聘村用人才管理机制。",
  "四、保障措施",
  "（一）加强组织领导。成立由县政府分管副县长任组长的工作领导小组，统筹",
  "协调解决工作推进中的重大问题，各成员单位按照职责分工抓好落实。",
  "（二）强化投入保障。县财政将县医院能力建设经费纳入年度预算，每年安排",
  "专项资金不少于500万元，并积极争取上级项目资金支持。",
  "",
  "— 2 —",
];

/** A web page printed to PDF and pulled out as text: the browser's header and footer on each page, a contents list whose first entry wraps. */
const printedPage = [
  "2023/10/9 上午9:41 某某县医疗卫生服务能力提升实施方案",
  "首页 > 政务公开 > 政策文件",
  "某某县医疗卫生服务能力提升实施方案",
  "目  录",
  "一、推进县级医院综合服务能力提升的总体要求",
  "和主要目标 …………………………………………… 1",
  "二、重点任务 …………………………………………… 2",
  "三、保障措施 …………………………………………… 4",
  "一、推进县级医院综合服务能力提升的总体要求和主要目标",
  "到2025年，县医院综合服务能力达到推荐标准。",
  "二、重点任务",
  "（一）加强专科建设。",
  "1.建设五大中心。",
  "（1）胸痛中心。2024年底前通过认证，重点做好以下工作：",
  "①建立院前院内一体化救治流程；",
  "②开展胸痛患者随访管理。",
  "（2）卒中中心。2025年底前通过认证。",
  "2.建设重点专科。一是建设心血管内科；二是建设神经内科。",
  "（二）加强人才建设。每年引进人才10名。",
  "http://www.example.gov.cn/zwgk/zcwj/202310/t20231009_654321.html 1/2",
  "2023/10/9 上午9:41 某某县医疗卫生服务能力提升实施方案",
  "（三）加强信息化建设。2024年底前建成县域影像中心。",
  "三、保障措施",
  "加强组织领导，确保各项任务落实到位。",
  "某某县卫生健康局",
  "2023年10月8日",
  "http://www.example.gov.cn/zwgk/zcwj/202310/t20231009_654321.html 2/2",
];

/**
 * A plan of three pages without a cover letter, cut at 34 characters a line: its title atop the first page,
 * and over each page after it as a running header.
 */
const titledPages = (() => {
  const title = '某某县县医院综合能力提升实施方案';
  const wrap = (text: string) => text.match(/.{1,34}/gu)!;
  const item = (k: number) => wrap(`（${'一二三'[k]}）第${k + 1}项工作内容。到2025年，县人民医院各项指标达到县医院医疗服务能力推荐标准要求，县域内就诊率达到90%以上，常见病多发病基本不出县。`);
  const text = [
    title,
    '',
    ...wrap('为贯彻落实国家卫生健康委“千县工程”县医院综合能力提升工作部署，推动县医院高质量发展，结合我县实际，制定本方案。'),
    ...['一、工作目标', '二、重点任务', '三、工作步骤', '四、保障措施'].flatMap((heading) => [heading, ...[0, 1, 2].flatMap(item)]),
  ];
  const pages = Array.from({ length: Math.ceil(text.length / 20) }, (_, p) => text.slice(p * 20, p * 20 + 20));
  return pages.flatMap((lines, p) => [...(p > 0 ? [title, ''] : []), ...lines, '', `- ${p + 1} -`, '']);
})();

const clause = (clauses: ReturnType<typeof buildText>['clauses'], id: string) => clauses.find((c) => c.id === id)!;

describe('pages of a text pulled out of a PDF', () => {
  it('the title said again at the top of a page is a running header, on one page too: the clause it cut goes on', () => {
    const { document, clauses, lines } = buildText('liangye.txt', twoPages.join('\n'));
    expect(document.pageHeads).toEqual([{ line: 22, text: '某某县推进紧密型县域医共体建设和县医院能力提升实施方案' }]);
    expect(document.title).toBe('某某县推进紧密型县域医共体建设和县医院能力提升实施方案');
    expect(clause(clauses, 'liangye/3.1').text.endsWith('危重孕产妇救治中心和危重新生儿救治中心，实现五大中心全覆盖，并与上级医院建立转诊绿色通道，提升急危重症救治能力。')).toBe(true);
    expectNothingLost(document, clauses, lines);
  });

  it('the 文号 atop the first page stays the document’s when every page repeats it as its header', () => {
    const docNumber = '某政办发〔2023〕25号';
    const lines = titledPages.flatMap((line, k) => (k === 0 || titledPages[k - 2]?.startsWith('- ') ? [docNumber, '', line] : [line]));
    const { document, clauses } = buildText('numbered.txt', lines.join('\n'));
    expect(document).toMatchObject({ docNumber, title: '某某县县医院综合能力提升实施方案' });
    expect(document.pageHeads.length).toBeGreaterThanOrEqual(2);
    expect(clauses.filter((c) => c.text.includes(docNumber))).toEqual([]);
  });

  it('a letter-spaced cover reads as its letters: 某 政 办 发〔2023〕25 号 is the 文号, 某政办 no issuer', () => {
    const cover = ['某政办发〔2023〕25号', '', '某某县人民政府办公室', '关于印发某某县县医院综合能力提升实施方案的通知', ''];
    const spaced = (line: string) => line.replace(/(?<=[\u4e00-\u9fff])(?=[\u4e00-\u9fff])/g, ' ').replace(/(?<=号)|(?=号)/, ' ');
    const metadata = (lines: string[]) => {
      const { title, docNumber, issuer, date } = buildText('spaced.txt', [...lines, ...titledPages].join('\n')).document;
      return { title, docNumber, issuer, date };
    };
    expect(metadata(cover.map(spaced))).toEqual(metadata(cover));
    expect(metadata(cover.map(spaced))).toMatchObject({ docNumber: '某政办发〔2023〕25号', issuer: '某某县人民政府办公室' });
  });

  it('the title atop the first page stays the title when the pages after it repeat it as their running header', () => {
    const { document, clauses, lines } = buildText('titled.txt', titledPages.join('\n'));
    expect(document.pageHeads.map((p) => p.line)).toEqual([24, 49]);
    expect(document).toMatchObject({ title: '某某县县医院综合能力提升实施方案', level: 'county', region: { county: '某某县' } });
    expect(document.preamble.split('\n')[0]).toBe('某某县县医院综合能力提升实施方案');
    expectNothingLost(document, clauses, lines);
  });

  it('a title the width broke in two stays the title, and names no issuer, when its first line heads the pages after it', () => {
    // 通榆's title at 20 letters a line: its first line ends in 医院, as a red head's name would
    const title = ['某某县推进紧密型县域医共体建设和县级医院', '综合能力提升实施方案（2025—2027年）'];
    const lines = titledPages.map((line, k) => (k === 0 ? title.join('\n') : line === '某某县县医院综合能力提升实施方案' ? title[0] : line)).join('\n').split('\n');
    const { document, clauses } = buildText('broken.txt', [...lines, '某某县卫生健康局', '2025年2月26日'].join('\n'));
    expect(document).toMatchObject({ title: title.join(''), issuer: '某某县卫生健康局' });
    expect(document.pageHeads.map((p) => p.text)).toEqual([title[0], title[0]]);
    expectNothingLost(document, clauses, lines.concat('某某县卫生健康局', '2025年2月26日'));
  });

  it('a table’s header said again atop the next page is no row: it goes on under the row above the page break', () => {
    const lines = [
      '某某县县医院综合能力提升工作方案',
      '一、工作目标',
      '到2025年，县人民医院达到县医院医疗服务能力推荐标准。',
      '附件1',
      '县医院综合能力提升重点任务分工表',
      '序号  重点任务                  牵头单位        完成时限',
      '1     提升核心专科能力          县人民医院      2024年12月',
      '2     补齐短板专科              县人民医院      2025年12月',
      '',
      '- 2 -',
      '',
      '序号  重点任务                  牵头单位        完成时限',
      '3     建设五大中心              县卫生健康局    2025年12月',
    ];
    const { document, clauses } = buildText('cut.txt', lines.join('\n'));
    const rows = clauses.filter((c) => c.parent === 'cut/附件1');
    expect(rows.map((c) => c.cells.map((cell) => cell.text).join('|'))).toEqual(['1|提升核心专科能力|县人民医院|2024年12月', '2|补齐短板专科|县人民医院|2025年12月', '3|建设五大中心|县卫生健康局|2025年12月']);
    expect(rows[1]).toMatchObject({ text: '2\t补齐短板专科\t县人民医院\t2025年12月\n序号\t重点任务\t牵头单位\t完成时限', source: { line: 8, endLine: 12 } });
    expectNothingLost(document, clauses, lines);
  });

  it('a browser’s footer (the page’s address and its page count) is a page number, its header with the time printed a running header', () => {
    const { document, clauses, lines } = buildText('printed.txt', printedPage.join('\n'));
    expect(document.pageNumbers.map((p) => p.line)).toEqual([20, 27]);
    expect(document.pageHeads.map((p) => p.line)).toEqual([1, 21]);
    expect(clause(clauses, 'printed/2.2').text).toBe('加强人才建设。每年引进人才10名。');
    expect(clause(clauses, 'printed/2.3').text).toBe('加强信息化建设。2024年底前建成县域影像中心。');
    expect(document.closing).toBe('某某县卫生健康局\n2023年10月8日');
    expectNothingLost(document, clauses, lines);
  });

  it('a contents entry the width broke stays in the preamble, one line again: its first line numbers no clause, the plan starts at its own 一、', () => {
    const { document, clauses, messages, lines } = buildText('printed.txt', printedPage.join('\n'));
    expect(document.preamble.split('\n').slice(-4)).toEqual(['目  录', '一、推进县级医院综合服务能力提升的总体要求和主要目标 …………………………………………… 1', '二、重点任务 …………………………………………… 2', '三、保障措施 …………………………………………… 4']);
    expect(clauses.filter((c) => c.parent === null).map((c) => [c.id, c.source.line])).toEqual([['printed/1', 9], ['printed/2', 11], ['printed/3', 23]]);
    expect(messages.filter((m) => /numbering/.test(m.message))).toEqual([]);
    // A long numbered heading without punctuation, in a text of whole-paragraph lines, is a line of its own.
    expect(clause(clauses, 'printed/1')).toMatchObject({ title: '推进县级医院综合服务能力提升的总体要求和主要目标', text: '推进县级医院综合服务能力提升的总体要求和主要目标\n到2025年，县医院综合服务能力达到推荐标准。' });
    expectNothingLost(document, clauses, lines);
  });
});
