import { describe, expect, it } from 'vitest';
import gold from '../../fixtures/gold-documents.json' with { type: 'json' };
import { seedCorpus } from '../../helpers/corpus.ts';
import { buildText } from '../../helpers/fixture-document.ts';
import { documentDate, documentIssuer, documentLevel, documentPeriod, documentRegion, documentTitle, ownDocNumber, ownDocNumbers } from '../../../scripts/structure/metadata.ts';
import { docNumbersIn, normaliseDocNumber } from '../../../scripts/structure/doc-number.ts';
import { dateLine, monthLine } from '../../../scripts/structure/date-line.ts';

describe('document metadata against the gold annotations', () => {
  for (const expected of gold.documents) {
    it(`${expected.doc}: 文号, date, title and citations`, async () => {
      const { documents } = await seedCorpus();
      const document = documents.find((d) => d.id === expected.doc)!;
      expect(document.docNumber).toBe(expected.docNumber);
      expect(document.date).toBe(expected.date);
      expect(document.title).toBe(expected.title);
      expect(document.cites.map((c) => c.docNumber).sort()).toEqual([...expected.cites].sort());
    });
  }
});

describe('metadata rules', () => {
  it('文号 brackets 〔〕 ﹝﹞ [] 【】 are normalised to 〔〕', () => {
    for (const written of ['国卫医政发〔2023〕12号', '国卫医政发﹝2023﹞12号', '国卫医政发[2023]12号', '国卫医政发【2023】12号', '国卫医政发 〔2023〕 12 号', '国卫医政发〔2023〕第12号']) {
      expect(docNumbersIn(written).map((d) => d.docNumber)).toEqual(['国卫医政发〔2023〕12号']);
    }
    expect(normaliseDocNumber('明政文', '2024', '035')).toBe('明政文〔2024〕35号');
    expect(docNumbersIn('按照晋政办发〔2022〕3号要求').map((d) => d.docNumber)).toEqual(['晋政办发〔2022〕3号']);
    expect(docNumbersIn('结合豫卫医〔2018〕34号，遵照晋政发〔2023〕4号').map((d) => d.docNumber)).toEqual(['豫卫医〔2018〕34号', '晋政发〔2023〕4号']);
  });

  it('a 文号 a sentence runs into starts after the words no prefix holds (印发的, a body\'s full name, 的通知)', () => {
    const text = '为贯彻落实国家卫生健康委办公厅印发的国卫办医函〔2021〕538号文件和湖南省卫生健康委员会湘卫医发〔2022〕3号文件精神，进一步提升县人民医院综合服务能力';
    expect(docNumbersIn(text).map((d) => d.docNumber)).toEqual(['国卫办医函〔2021〕538号', '湘卫医发〔2022〕3号']);
    // a cover title glued to the 文号 line below it
    expect(docNumbersIn('关于印发龙南市县级公立医院综合能力提升工作方案的通知龙府办字〔2023〕56号').map((d) => d.docNumber)).toEqual(['龙府办字〔2023〕56号']);
    // a body named by its level before it (省卫健委, 市卫生健康局, 县委县政府)
    expect(docNumbersIn('按照省卫健委晋卫医发〔2022〕12号文件要求，根据苏州市卫健委苏卫发〔2023〕8号，落实县委县政府县发〔2023〕1号部署').map((d) => d.docNumber)).toEqual(['晋卫医发〔2022〕12号', '苏卫发〔2023〕8号', '县发〔2023〕1号']);
    // a verb introducing the 文号 after the sentence's subject (各单位要对照…, 县卫健局认真贯彻…)
    expect(docNumbersIn('各单位要对照国卫办医函〔2021〕538号文件要求，抓好落实。县卫健局认真贯彻晋政办发〔2022〕3号').map((d) => d.docNumber)).toEqual(['国卫办医函〔2021〕538号', '晋政办发〔2022〕3号']);
    // the prefixes of the seeds' 文号, a 厅 and 办 inside them, stay whole
    expect(docNumbersIn('晋人社厅发〔2022〕5号、豫政办明电〔2019〕21号、市委办发〔2023〕3号').map((d) => d.docNumber)).toEqual(['晋人社厅发〔2022〕5号', '豫政办明电〔2019〕21号', '市委办发〔2023〕3号']);
  });

  it('a signature dated in figures (2023.6.15, as web copies and Word signatures write it) dates and signs the plan', () => {
    const lines = [
      '# 成都市双流区推进“千县工程”县医院综合能力提升实施方案（2023-2025年）',
      '为全面落实国家卫生健康委“千县工程”县医院综合能力提升工作部署，结合我区实际，制定本方案。',
      '## 一、总体目标',
      '到2025年，区第一人民医院达到三级综合医院医疗服务能力。',
      '## 二、保障措施',
      '(一)加强组织领导。区卫生健康局牵头，区财政局、区人社局配合。',
      '',
      '成都市双流区卫生健康局',
      '2023.6.15',
    ];
    const { document, clauses } = buildText('shuangliu.txt', lines.join('\n'));
    expect(document).toMatchObject({ issuer: '成都市双流区卫生健康局', date: '2023-06-15', level: 'county' });
    expect(document.closing).toBe('成都市双流区卫生健康局\n2023.6.15');
    expect(clauses.at(-1)?.text).toBe('加强组织领导。区卫生健康局牵头，区财政局、区人社局配合。');
    for (const written of ['2023-06-15', '2023/6/15', '２０２３．６．１５']) expect(dateLine(written), written).toBe('2023-06-15');
    // not a date: a month that is none, a version, a date inside a sentence
    for (const written of ['2023.13.1', '1.2.3', '于2023.6.15前完成']) expect(dateLine(written), written).toBeNull();
  });

  it('dates with spaces inside (2023年 8月 18日) become ISO', async () => {
    const { documents } = await seedCorpus();
    expect(documents.find((d) => d.id === 'xiangyuan-2023')?.date).toBe('2023-08-18');
    expect(documents.find((d) => d.id === 'mingxi-2024')?.date).toBe('2024-03-21');
  });

  it('period from the title: （2024—2026 年） and 三年行动', async () => {
    const { documents } = await seedCorpus();
    expect(documents.find((d) => d.id === 'mingxi-2024')?.period).toEqual({ start: 2024, end: 2026 });
    expect(documents.find((d) => d.id === 'xiangyuan-2023')?.period).toEqual({ start: 2023, end: 2025 });
    expect(documents.find((d) => d.id === 'national-qianxian-2021')?.period).toEqual({ start: 2021, end: 2025 });
  });

  it('issuer, level and region come from the text; the province from cited provincial 文号', async () => {
    const { documents } = await seedCorpus();
    const xiangyuan = documents.find((d) => d.id === 'xiangyuan-2023')!;
    expect(xiangyuan).toMatchObject({ issuer: '襄垣县人民政府办公室', level: 'county' });
    expect(xiangyuan.region).toMatchObject({ province: '山西省', county: '襄垣县' });
    expect(xiangyuan.provenance['region.province']).toBeUndefined();
  });

  it('sidecar values win and are marked as such', async () => {
    const { documents } = await seedCorpus();
    const national = documents.find((d) => d.id === 'national-qianxian-2021')!;
    expect(national).toMatchObject({ issuer: '国家卫生健康委办公厅', level: 'national' });
    expect(national.provenance).toMatchObject({ issuer: 'sidecar', level: 'sidecar' });
  });

  it('the cover letter and the closing matter are kept', async () => {
    const { documents } = await seedCorpus();
    const pianguan = documents.find((d) => d.id === 'pianguan-2024')!;
    expect(pianguan.preamble).toContain('各乡（镇）人民政府，县直各有关单位');
    expect(pianguan.closing).toMatch(/^抄送：/);
    expect(pianguan.closing).toContain('2024年5月15日印发');
  });
});

describe('metadata rules on other cover styles', () => {
  it('a signature dated by its month only (2024年1月) closes the plan and names its issuer; a 文号 alone after it is the plan’s own', () => {
    const plan = [
      '某某县县级医院综合能力', '提升“千县工程”实施方案', '（2024—2026年）', '',
      '为贯彻落实国家、省、市关于“千县工程”的部署要求，结合我县实际，制定本方案。', '',
      '一、总体目标', '到2026年，县人民医院达到三级医院服务能力。',
      '二、保障措施', '加强组织领导，落实工作责任。', '',
      '某某县卫生健康局', '2024年1月', '', '某卫发〔2024〕3号',
    ].join('\n');
    const { document, clauses } = buildText('month-signed.txt', plan);
    expect(document).toMatchObject({ issuer: '某某县卫生健康局', docNumber: '某卫发〔2024〕3号', cites: [], date: null });
    expect(document.closing).toBe('某某县卫生健康局\n2024年1月\n\n某卫发〔2024〕3号');
    expect(clauses.at(-1)!.text).toBe('保障措施\n加强组织领导，落实工作责任。');
    expect(['2024年1月', '二〇二四年一月', '2024 年 12 月'].map(monthLine)).toEqual([true, true, true]);
    expect(['2024年1月底前', '2024年13月', '2024年1月1日'].map(monthLine)).toEqual([false, false, false]);
  });

  it('a signature with its month on the same line (某某县卫生健康局  2024年1月) names the issuer; a web page’s buttons after it close the plan', () => {
    const plan = [
      '某某县县级医院综合能力提升工作实施方案', '',
      '为贯彻落实国家卫生健康委等部门关于推进“千县工程”的要求，结合我县实际，制定本方案。', '',
      '一、总体目标', '到2025年，县人民医院达到三级医院医疗服务能力水平。', '',
      '二、保障措施', '加强组织领导，县卫生健康局负责统筹协调。', '',
      '某某县卫生健康局  2024年1月', '', '【打印本页】  【关闭窗口】', '扫一扫在手机打开当前页', '分享到：',
    ].join('\n');
    const { document, clauses } = buildText('month-signed-web.txt', plan);
    expect(document).toMatchObject({ issuer: '某某县卫生健康局', date: null });
    expect(document.closing).toBe('某某县卫生健康局  2024年1月\n\n【打印本页】  【关闭窗口】\n扫一扫在手机打开当前页\n分享到：');
    expect(clauses.at(-1)!.text).toBe('保障措施\n加强组织领导，县卫生健康局负责统筹协调。');
    // a month on a numbered task's line is its deadline, not a signature
    expect(buildText('month-task.txt', plan.replace('某某县卫生健康局  2024年1月', '').replace('一、总体目标', '一、县人民医院 2024年6月')).document.issuer).not.toBe('县人民医院');
  });

  it('a month alone on a line before more numbered lines is a deadline cell, not a signature', () => {
    const plan = [
      '某某县县级医院能力提升实施方案', '', '为提升县级医院能力，制定本方案。',
      '一、重点任务', '（一）建设胸痛中心', '县卫健局', '2024年6月', '（二）建设卒中中心', '县人民医院', '2024年12月',
      '二、保障措施', '加强组织领导。', '', '某某县人民政府办公室', '2024年3月5日',
    ].join('\n');
    const { document, clauses } = buildText('month-cells.txt', plan);
    expect(clauses.map((c) => c.path.join(','))).toEqual(['一', '一,（一）', '一,（二）', '二']);
    expect(document).toMatchObject({ issuer: '某某县人民政府办公室', date: '2024-03-05' });
  });

  it('a gazette’s note of the meeting that adopted the plan dates it when nothing else does', () => {
    const cover = ['某某县县医院能力提升实施方案', '（2023年12月1日县人民政府第15次常务会议审议通过）', '为提升县医院能力，制定本方案。'];
    expect(documentDate(cover, [])).toBe('2023-12-01');
    expect(documentDate(cover, ['某某县人民政府办公室 2023年12月8日印发'])).toBe('2023-12-08');
    expect(documentDate(['某某县县医院能力提升实施方案', '（根据2023年12月1日县人民政府常务会议精神制定）'], [])).toBeNull();
  });

  it('a date in Chinese numerals (二〇二三年八月十八日)', () => {
    expect(documentDate(['某某县人民政府', '二〇二三年八月十八日'], [])).toBe('2023-08-18');
    // its 〇 typed as a digit 0 or a letter O
    expect(documentDate(['某某县人民政府', '二0二三年八月十八日'], [])).toBe('2023-08-18');
    expect(documentDate([], ['某某县人民政府', '二O二三年八月十八日'])).toBe('2023-08-18');
  });

  it('the 文号 beside the issuer on one line (某某县人民政府办公室　　某府办字〔2022〕35号), or before its 签发人 or a note, however the PDF spaced it', () => {
    expect(ownDocNumber(['宁都县人民政府办公室          宁府办字〔2022〕35号'])).toBe('宁府办字〔2022〕35号');
    expect(ownDocNumber(['宁都县人民政府办公室   宁府办字〔2022〕 35 号'])).toBe('宁府办字〔2022〕35号');
    expect(ownDocNumber(['襄政办发〔2023〕 25 号'])).toBe('襄政办发〔2023〕25号');
    expect(ownDocNumber(['宁府办字〔2022〕35号            签发人：张三'])).toBe('宁府办字〔2022〕35号');
    expect(ownDocNumber(['宁府办字〔2022〕35号 （此件公开发布）'])).toBe('宁府办字〔2022〕35号');
    expect(documentIssuer(['宁都县人民政府办公室          宁府办字〔2022〕35号', '关于印发某方案的通知'])).toBe('宁都县人民政府办公室');
  });

  it('the 文号 on the red head’s line (某某县卫生健康局文件 某卫发〔2022〕12号) is the 文号 alone, the head names the issuer', () => {
    const cover = ['宁都县卫生健康委员会文件    宁卫发〔2022〕12号', '', '各医疗卫生单位：', '现将方案印发给你们，请认真贯彻执行。'];
    expect(ownDocNumber(cover)).toBe('宁卫发〔2022〕12号');
    expect(documentIssuer(cover)).toBe('宁都县卫生健康委员会');
  });

  it('a joint document’s 文号 line gives the lead’s 文号, the other one cited by nobody; a gazette’s bracketed 文号 under the title is the document’s own', () => {
    const body = ['一、总体目标', '到2025年，县人民医院达到三级医院水平。', '二、保障措施', '县卫健局牵头负责。'];
    const joint = buildText('joint.txt', ['某某县卫生健康局', '某某县财政局', '某卫发〔2024〕3号    某财社〔2024〕 5 号', '关于印发某某县县医院能力提升方案的通知', ...body].join('\n')).document;
    expect(joint).toMatchObject({ docNumber: '某卫发〔2024〕3号', cites: [] });
    expect(ownDocNumbers(['某卫发〔2024〕3号    某财社〔2024〕 5 号'])).toEqual(['某卫发〔2024〕3号', '某财社〔2024〕5号']);
    expect(ownDocNumbers(['某卫发〔2024〕3号    某财社〔2024〕5号       签发人：张三  李四'])).toEqual(['某卫发〔2024〕3号', '某财社〔2024〕5号']);
    const gazette = buildText('gazette.txt', ['某某县人民政府办公室关于印发某某县县医院能力提升方案的通知', '（某政办发〔2024〕3号）', '各乡镇人民政府：', ...body].join('\n')).document;
    expect(gazette).toMatchObject({ docNumber: '某政办发〔2024〕3号', cites: [] });
    // a bracketed 文号 after the letter's first sentence is one it cites
    expect(ownDocNumber(['各乡镇人民政府：', '根据上级文件要求，现将方案印发给你们。', '（国卫办医函〔2021〕538号）'])).toBeNull();
  });

  it('the plan’s years from its own title line when the notice issues it without them', () => {
    const cover = ['关于印发宁都县县医院综合能力提升工作实施方案的通知', '各乡（镇）人民政府：', '现印发给你们。', '宁都县县医院综合能力提升工作实施方案', '（2022—2025年）'];
    expect(documentPeriod('宁都县县医院综合能力提升工作实施方案', null, cover)).toEqual({ start: 2022, end: 2025 });
    expect(documentPeriod('宁都县县医院综合能力提升工作实施方案', null, cover.slice(0, 3))).toEqual({ start: null, end: null });
  });

  it('a gazette’s bracketed date under the title (（2023年11月20日）), but not a bracketed period', () => {
    expect(documentDate(['湘阴县推进县级医院综合能力提升工作方案', '（2023年11月20日）'], [])).toBe('2023-11-20');
    expect(documentDate(['某某县工作方案', '（2021年10月至12月）'], [])).toBeNull();
  });

  it('a notice without 关于 (某某县人民政府办公室印发…的通知, as 国务院办公厅印发… is written) issues the plan it names', () => {
    const letter = ['各乡镇人民政府，县直各有关单位：', '《某某县县级医院综合能力提升实施方案（2024—2026年）》已经县人民政府同意，现印发给你们，请认真贯彻执行。'];
    expect(documentTitle(['某某县人民政府办公室文件', '某政办发〔2024〕9号', '某某县人民政府办公室印发某某县县级医院综合能力提升实施方案（2024—2026年）的通知', ...letter])).toBe('某某县县级医院综合能力提升实施方案（2024—2026年）');
    expect(documentTitle(['某某县人民政府办公室', '印发某某县县级医院综合能力提升', '实施方案（2024—2026年）的通知', ...letter])).toBe('某某县县级医院综合能力提升实施方案（2024—2026年）');
    // a plan's opening sentence that cites a notice issues nothing
    expect(documentTitle(['某某县县级医院综合能力提升实施方案', '根据省卫生健康委印发《关于推进“千县工程”的通知》要求，制定本方案。'])).toBe('某某县县级医院综合能力提升实施方案');
  });

  it('a notice that issues the plan without its place (…卫生健康局关于印发县医院…方案的通知) gives the title its cover letter names in full', () => {
    const cover = ['2023/9/1 下午3:20 某某县卫生健康局关于印发县医院综合能力提升实施方案的通知', '首页 > 政务公开 > 政策文件 > 部门文件', '某某县卫生健康局关于印发县医院综合能力提升实施方案的通知', '各乡镇卫生院，县直医疗卫生单位：'];
    expect(documentTitle([...cover, '现将《某某县县医院综合能力提升实施方案》印发给你们，请结合实际认真组织实施。'])).toBe('某某县县医院综合能力提升实施方案');
    // words before it that are no place, or a letter that names no fuller title, leave the notice's
    expect(documentTitle([...cover, '现将《推进县医院综合能力提升实施方案》印发给你们。'])).toBe('县医院综合能力提升实施方案');
    expect(documentTitle([...cover, '现将方案印发给你们。'])).toBe('县医院综合能力提升实施方案');
  });

  it('a title the page width cut goes on until it says what the document is', () => {
    expect(documentTitle(['宁都县“千县工程”县医院综合能力提升工作', '', '实施方案（2022—2025年）', '', '为贯彻落实……制定本方案。'])).toBe('宁都县“千县工程”县医院综合能力提升工作实施方案（2022—2025年）');
    expect(documentTitle(['某某县医疗卫生服务能力提升方案', '某某县卫生健康局'])).toBe('某某县医疗卫生服务能力提升方案');
  });

  it('the title skips a web copy’s breadcrumb (首页 > 信息公开 > …)', () => {
    expect(documentTitle(['首页 > 信息公开 > 法定主动公开内容', '某某县县级医院综合能力提升实施方案', '发布时间：2024-03-08  来源：县卫健局', '为提升县级医院综合能力，制定本方案。'])).toBe('某某县县级医院综合能力提升实施方案');
    expect(documentTitle(['首页 ＞ 政务公开 ＞ 政策文件', '某某县县级医院综合能力提升实施方案'])).toBe('某某县县级医院综合能力提升实施方案');
  });

  it('the title skips notes, addressees and 文号 when there is no 关于印发 line', () => {
    expect(documentTitle(['（此件公开发布）', '某政发〔2024〕3号', '各乡镇人民政府：', '某某县医疗卫生服务能力提升方案', '为进一步……制定本方案。'])).toBe('某某县医疗卫生服务能力提升方案');
  });

  it('years inside 《》 in the title are the cited plan’s, not the plan’s own', () => {
    expect(documentPeriod('某某市贯彻《“千县工程”县医院综合能力提升工作方案（2021—2025年）》实施方案', '2024-05-08')).toEqual({ start: null, end: null });
    expect(documentPeriod('某某县落实《某某省“十四五”医疗卫生服务体系规划》实施方案', '2023-02-01')).toEqual({ start: null, end: null });
    expect(documentPeriod('某某县贯彻《某某市县级医院提升方案》实施方案（2024—2026年）', '2024-05-08')).toEqual({ start: 2024, end: 2026 });
  });

  it('a 三年行动计划 counts from the year after its date when its text aims at that count’s end', () => {
    const title = '济源示范区县级医院综合能力提升三年行动计划';
    const text = '一、总体目标\n到2026年，全区县级医院综合能力全面提升，90%以上达到推荐标准。';
    expect(documentPeriod(title, '2023-12-20', [], text)).toEqual({ start: 2024, end: 2026 });
    expect(documentPeriod(title, '2023-12-20', [], '到2025年，全区县级医院综合能力全面提升。')).toEqual({ start: 2023, end: 2025 });
    // issued in August, a task's 到2026年 is no sign the plan starts next year
    expect(documentPeriod(title, '2023-08-18', [], text)).toEqual({ start: 2023, end: 2025 });
    // a range's end is no aim: 《…（2021年至2026年）》
    expect(documentPeriod(title, '2023-12-20', [], '根据2021年至2026年的规划，制定本计划。')).toEqual({ start: 2023, end: 2025 });
  });

  it('a “十四五” plan covers 2021–2025', () => {
    expect(documentPeriod('某某县“十四五”卫生健康事业发展规划', null)).toEqual({ start: 2021, end: 2025 });
    expect(documentPeriod('某某县十五五规划纲要', null)).toEqual({ start: 2026, end: 2030 });
  });

  it('the period’s years as titles write them: 年 after both years, any dash, 至, unbracketed before 年', () => {
    const years = (title: string) => documentPeriod(title, null);
    for (const title of ['某某县县医院能力提升实施方案（2022年—2025年）', '某某县县医院能力提升实施方案（2022～2025年）', '某某县县医院能力提升实施方案（2022年至2025年）', '某某县县医院能力提升实施方案（2022―2025年）', '某某县县医院能力提升实施方案（2022—2025年度）', '某某县2022-2025年县医院能力提升实施方案', '某某县县医院能力提升2022—2025年行动计划']) {
      expect(years(title), title).toEqual({ start: 2022, end: 2025 });
    }
    expect(years('某某县关于做好2023年县医院能力提升工作的通知')).toEqual({ start: null, end: null });
  });
});

describe('region and level from the place a name begins with', () => {
  it('an issuer named by its level without its place (县卫生健康局, as a county’s own site writes it) gives the level', () => {
    expect(['县卫生健康局', '县人民政府办公室', '中共县委办公室', '区卫生健康委员会', '市卫健委', '州卫生健康委员会', '省卫生健康委'].map((issuer) => documentLevel(issuer, '县级医院综合能力提升“千县工程”实施方案'))).toEqual([
      'county', 'county', 'county', 'county', 'municipal', 'municipal', 'provincial',
    ]);
    expect(documentLevel('市场监督管理局', null)).toBeNull();
    expect(documentLevel(null, '县级医院综合能力提升“千县工程”实施方案')).toBeNull();
    const { document } = buildText('no-place.txt', ['县卫生健康局关于印发《县级医院综合能力提升“千县工程”实施方案》的通知', '各乡镇卫生院：', '现将《县级医院综合能力提升“千县工程”实施方案》印发给你们，请认真贯彻落实。', '县卫生健康局', '2024年3月5日', '县级医院综合能力提升“千县工程”实施方案', '一、工作目标', '到2025年，县人民医院达到三级医院服务能力。'].join('\n'));
    expect(document).toMatchObject({ issuer: '县卫生健康局', level: 'county', region: { province: null, city: null, county: null }, division: null });
  });

  it.each([
    ['山西省卫生健康委员会', '关于加强县级医院能力建设的实施方案', 'provincial', { province: '山西省', city: null, county: null }],
    ['广西壮族自治区人民政府办公厅', null, 'provincial', { province: '广西壮族自治区', city: null, county: null }],
    ['长治市人民政府', '长治市推进城市医疗集团建设方案', 'municipal', { province: null, city: '长治市', county: null }],
    ['偏关县人民政府', null, 'county', { province: null, city: null, county: '偏关县' }],
    [null, '某某县县医院能力提升方案', 'county', { province: null, city: null, county: '某某县' }],
    ['国家卫生健康委办公厅', null, 'national', { province: null, city: null, county: null }],
    ['中共某某县委办公室', '某某县县医院能力提升方案', 'county', { province: null, city: null, county: '某某县' }],
    ['中共某某市委办公室', null, 'municipal', { province: null, city: '某某市', county: null }],
    // 千县 of the 千县工程 is no county
    ['吉林市卫生健康委员会', '吉林市千县工程实施方案', 'municipal', { province: null, city: '吉林市', county: null }],
    [null, '宁夏回族自治区千县工程实施方案', 'provincial', { province: '宁夏回族自治区', city: null, county: null }],
    // autonomous places name their peoples
    ['恩施土家族苗族自治州人民政府办公室', null, 'municipal', { province: null, city: '恩施土家族苗族自治州', county: null }],
    ['双江拉祜族佤族布朗族傣族自治县卫生健康局', null, 'county', { province: null, city: null, county: '双江拉祜族佤族布朗族傣族自治县' }],
    ['莫力达瓦达斡尔族自治旗人民政府', null, 'county', { province: null, city: null, county: '莫力达瓦达斡尔族自治旗' }],
  ] as const)('%s / %s → %s', (issuer, title, level, region) => {
    expect(documentLevel(issuer, title)).toBe(level);
    expect(documentRegion([issuer, title], [])).toEqual(region);
  });
});

describe('the cover letter’s own notice, not one it cites', () => {
  it('a plan without a cover letter that cites a 关于印发 notice keeps its own title', () => {
    const lines = ['某某县医疗卫生服务能力提升方案', '为贯彻落实《国家卫生健康委办公厅关于印发“千县工程”县医院综合能力提升工作方案（2021—2025年）的通知》，制定本方案。'];
    expect(documentTitle(lines)).toBe('某某县医疗卫生服务能力提升方案');
    expect(documentIssuer(lines)).toBeNull();
  });

  it('a notice forwarding another body’s document (转发市卫健委《…》的通知) issues the title in 《》, not its issuer', () => {
    expect(documentTitle(['某某县人民政府办公室', '关于转发市卫健委《某某市县医院能力提升方案》的通知'])).toBe('某某市县医院能力提升方案');
    expect(documentTitle(['关于印发某某县贯彻落实《某某意见》实施方案的通知'])).toBe('某某县贯彻落实《某某意见》实施方案');
  });

  it('a title line set in 《》 gives the title inside them, on one line or two', () => {
    expect(documentTitle(['《某某县县医院综合能力提升实施方案》', '某某县卫生健康局', '为推动县医院高质量发展，制定本方案。'])).toBe('某某县县医院综合能力提升实施方案');
    expect(documentTitle(['《某某县县医院综合能力提升', '实施方案》', '为推动县医院高质量发展，制定本方案。'])).toBe('某某县县医院综合能力提升实施方案');
  });

  it('a forwarded notice issues the innermost title', () => {
    const lines = ['某某县卫生健康局', '关于转发《某某市卫生健康委员会关于印发〈某某市千县工程实施方案〉的通知》的通知'.replace(/[〈〉]/g, (b) => (b === '〈' ? '《' : '》'))];
    expect(documentTitle(lines)).toBe('某某市千县工程实施方案');
    expect(documentIssuer(lines)).toBe('某某县卫生健康局');
  });
});

describe('documents cited by their title alone', () => {
  const cover = ['某某县人民政府办公室', '关于印发《某某县县级医院综合能力提升实施方案（2024—2026年）》的通知', '各乡镇人民政府，县直各有关单位：', '《某某县县级医院综合能力提升实施方案（2024—2026年）》已经县人民政府同意，现印发给你们，请认真贯彻执行。'];
  // Citations by 文号 first (`cites`), then by title alone (`citesByTitle`).
  const cited = (lines: string[]) => {
    const { cites, citesByTitle } = buildText('cites.txt', [...cover, ...lines].join('\n')).document;
    return [...cites, ...citesByTitle];
  };

  it('a title in 《》 that names an issued document is a citation without a 文号; the plan’s own title in its cover letter is not', () => {
    const body = [
      '为全面提升县级医院综合能力，按照《全面提升县级医院综合能力工作方案（2021—2025年）》要求，根据《山西省进一步完善医疗卫生服务体系实施方案》，结合我县实际，制定本方案。',
      '一、重点任务',
      '（一）提升医疗质量。贯彻落实《医疗质量管理办法》和《中华人民共和国基本医疗卫生与健康促进法》，落实《国务院办公厅关于推进分级诊疗制度建设的指导意见》（国办发〔2015〕70号）。',
      '（二）规范建设。新建病房面积达到《综合医院建设标准》（建标110—2021）规定。',
    ];
    expect(cited(body)).toEqual([
      { title: '国务院办公厅关于推进分级诊疗制度建设的指导意见', docNumber: '国办发〔2015〕70号', doc: null },
      { title: '全面提升县级医院综合能力工作方案（2021—2025年）', docNumber: null, doc: null },
      { title: '山西省进一步完善医疗卫生服务体系实施方案', docNumber: null, doc: null },
      { title: '医疗质量管理办法', docNumber: null, doc: null },
      { title: '中华人民共和国基本医疗卫生与健康促进法', docNumber: null, doc: null },
      { title: '综合医院建设标准', docNumber: null, doc: null },
    ]);
  });

  it('a county’s plan titled as the province’s, its county put before it, still cites the province’s', () => {
    const text = ['偏关县进一步完善医疗卫生服务体系实施方案', '为建立健全优质高效的医疗卫生服务体系，根据《山西省人民政府关于印发进一步完善医疗卫生服务体系实施方案的通知》，结合我县实际，制定本方案。', '一、总体要求', '到2025年，县域医疗卫生服务体系进一步完善。'].join('\n');
    expect(buildText('province.txt', text).document.citesByTitle).toEqual([{ title: '山西省人民政府关于印发进一步完善医疗卫生服务体系实施方案的通知', docNumber: null, doc: null }]);
  });

  // Each case: the body after the cover letter, and what it cites (title, 文号).
  it.each([
    [
      'a programme or standard whose title ends in a span of years or an edition is cited whatever its last word; an activity’s name is not',
      [
        '一、总体要求',
        '以《健康中国行动（2019—2030年）》为指引，普及《中国公民健康素养——基本知识与技能（2015年版）》。',
        '二、宣传引导',
        '组织开展《健康中国行动》知识竞赛和《我为群众办实事》实践活动，推进《“千县工程”县医院能力提升行动》宣讲。',
      ],
      [['健康中国行动（2019—2030年）', null], ['中国公民健康素养——基本知识与技能（2015年版）', null]],
    ],
    [
      'a short name the plan gives a cited document (以下简称《能力标准》) cites nothing of its own, there or where it is used',
      [
        '为贯彻落实《国家卫生健康委关于印发县医院医疗服务能力基本标准和推荐标准的通知》（国卫办医发〔2016〕12号，以下简称《能力标准》），结合我县实际，制定本方案。',
        '一、工作目标',
        '到2025年，县人民医院达到《能力标准》推荐标准，落实《三级医院评审标准（2022年版）》。',
      ],
      [['国家卫生健康委关于印发县医院医疗服务能力基本标准和推荐标准的通知', '国卫办医发〔2016〕12号'], ['三级医院评审标准（2022年版）', null]],
    ],
    [
      'a standard’s edition of the year of a notice cited by 文号 is that notice’s document; an edition of another year is another',
      [
        '根据《国家卫生计生委办公厅关于印发县医院医疗服务能力基本标准和推荐标准的通知》（国卫办医发〔2016〕12号）和《县医院医疗服务能力基本标准和推荐标准（2016年版）》要求，参照《三级综合医院评审标准实施细则（2011年版）》，制定本方案。',
        '一、工作目标',
        '到2025年，县人民医院全面达到《县医院医疗服务能力基本标准和推荐标准（2016版）》推荐标准，不再沿用《县医院医疗服务能力基本标准和推荐标准（2011年版）》。',
      ],
      [
        ['国家卫生计生委办公厅关于印发县医院医疗服务能力基本标准和推荐标准的通知', '国卫办医发〔2016〕12号'],
        ['三级综合医院评审标准实施细则（2011年版）', null],
        ['县医院医疗服务能力基本标准和推荐标准（2011年版）', null],
      ],
    ],
  ] as [string, string[], [string, string | null][]][])('%s', (_, body, expected) => {
    expect(cited(body)).toEqual(expected.map(([title, docNumber]) => ({ title, docNumber, doc: null })));
  });

  it('a newspaper, a book, a column, a slogan, the plan’s own title by its kind alone, its attachment, a document yet to be written and a notice cited with its 文号 elsewhere add nothing', () => {
    const body = [
      '一、宣传引导',
      '（一）加强宣传。在《健康报》《山西日报》开设《健康山西》专栏，组织医务人员研读《黄帝内经》，宣传《健康中国 你我同行》。',
      '（二）落实民生实事。落实《河南省2019年重点民生实事考核办法》，即《河南省人民政府办公厅关于印发河南省2019年重点民生实事考核办法的通知》（豫政办明电〔2019〕9号）。',
      '（三）抓好落实。各单位按照本《方案》和《实施方案》要求，制定《县医院综合能力提升任务清单》。',
      '附件：1.《某某县县级医院能力提升重点任务清单》',
    ];
    expect(cited(body)).toEqual([{ title: '河南省人民政府办公厅关于印发河南省2019年重点民生实事考核办法的通知', docNumber: '豫政办明电〔2019〕9号', doc: null }]);
  });

  it('the attachments a list names on the lines under 附件： (2.《…》, parts 1-1.《…》 1-2.《…》) are the plan’s own, no citation', () => {
    expect(cited(['一、重点任务', '按附件推进。', '附件：1.《某某县县级医院能力提升重点任务清单》', '      2.《某某县县中医院能力提升重点任务清单》'])).toEqual([]);
    expect(cited(['一、重点任务', '按附件推进。', '附件：1-1.《某某县县级医院能力提升重点任务清单》', '      1-2.《某某县县中医院能力提升重点任务清单》'])).toEqual([]);
  });

  it('an attachment published on its own under 附件1-2 takes its title from the line below', () => {
    expect(documentTitle(['附件1-2', '西岭县县医院能力提升重点任务清单', '一、专科建设'])).toBe('西岭县县医院能力提升重点任务清单');
  });
});
