/** Who issued a document, wherever it says so; small cover matters in the forms real documents use. */
import { describe, expect, it } from 'vitest';
import { documentIssuers, splitBodies } from '../../../scripts/structure/issuer.ts';
import { seedCorpus } from '../../helpers/corpus.ts';

describe('the issuer, from each place it can stand', () => {
  it('the red head: XX人民政府文件', () => {
    expect(documentIssuers(['某某县人民政府文件', '某政发〔2024〕3号', '某某县医疗卫生服务能力提升方案', '为进一步提升……，制定本方案。'])).toEqual(['某某县人民政府']);
  });

  it('the red head: a committee with its second name in brackets on the next line', () => {
    const lines = ['某某市深化医药卫生体制改革领导小组', '（某某市健康某某建设领导小组）', '某医改发〔2022〕4号', '某某市县域医共体建设实施意见', '为深化……，提出如下意见。'];
    expect(documentIssuers(lines)).toEqual(['某某市深化医药卫生体制改革领导小组', '某某市健康某某建设领导小组']);
  });

  it('the 关于印发 notice: on the notice line, or the line above it', () => {
    expect(documentIssuers(['某某县人民政府办公室 关于印发某某县卫生健康事业发展规划的通知', '各乡镇人民政府：'])).toEqual(['某某县人民政府办公室']);
    expect(documentIssuers(['某某县人民政府办公室', '关于印发某某县卫生健康事业发展规划的通知', '各乡镇人民政府：'])).toEqual(['某某县人民政府办公室']);
  });

  it('the notice without 关于: XX印发…的通知', () => {
    expect(documentIssuers(['某某县人民政府办公室印发某某县县级医院综合能力提升实施方案的通知', '各乡镇人民政府：', '现将《某某县县级医院综合能力提升实施方案》印发给你们，请认真贯彻执行。'])).toEqual(['某某县人民政府办公室']);
    expect(documentIssuers(['某某县卫生健康局 某某县财政局印发某某县县级医院能力提升方案的通知', '各乡镇卫生院：'])).toEqual(['某某县卫生健康局', '某某县财政局']);
  });

  it('a first sentence the page width cut is no cover line: its 关于 names no issuer', () => {
    const lines = ['某县县医院综合能力提升重点任务分解方案', '某县卫生健康委员会', '2023年5月16日', '为推动县医院综合能力提升工作落地见效，按', '照自治区卫生健康委关于实施“千县工程”的', '部署要求，现将重点任务分解如下。'];
    expect(documentIssuers(lines)).toEqual(['某县卫生健康委员会']);
  });

  it('the title’s own opening: XX办公厅关于…的意见', () => {
    expect(documentIssuers(['某某省人民政府办公厅关于推进紧密型县域医疗卫生共同体建设的意见', '各市人民政府：'])).toEqual(['某某省人民政府办公厅']);
  });

  it('the signature above the date, at the end of the text (落款)', () => {
    const preamble = ['某某市县域医疗卫生服务能力提升行动方案', '为提升……，制定本方案。'];
    const text = [...preamble, '一、总体要求', '到2025年，……。', '某某市人民政府办公室', '', '2022年8月16日'];
    expect(documentIssuers(preamble, text)).toEqual(['某某市人民政府办公室']);
    expect(documentIssuers(preamble, [...preamble, '落款：某某市卫生健康委员会', '2022年8月16日'])).toEqual(['某某市卫生健康委员会']);
  });

  it('份号, 密级 and 签发人 around the red head are passed over; a name and a date on one line sign', () => {
    expect(documentIssuers(['000123', '机密★1年', '某某市卫生健康委员会文件', '某卫发〔2022〕3号        签发人：张某', '关于印发某某方案的通知', '各县区卫生健康局：'])).toEqual(['某某市卫生健康委员会']);
    // labelled, as some covers print them: 份号：, 密级：, 紧急程度：
    expect(documentIssuers(['份号：000086', '密级：秘密★6个月', '紧急程度：特急', '某某县卫生健康局文件', '某某县财政局', '某卫发〔2024〕11号', '签发人：张某某  李某某', '关于印发某某县县级医院综合能力提升', '实施方案的通知', '各乡镇卫生院：'])).toEqual(['某某县卫生健康局', '某某县财政局']);
    // a web copy's disclosure fields above the notice line
    expect(documentIssuers(['文号：某政办发〔2024〕3号', '某某县人民政府办公室关于印发某某县县医院能力提升方案的通知', '各乡镇人民政府：'])).toEqual(['某某县人民政府办公室']);
    const preamble = ['某某市县域医共体建设方案', '为推进……，制定本方案。'];
    expect(documentIssuers(preamble, [...preamble, '某某市卫生健康委员会  二〇二二年八月十六日'])).toEqual(['某某市卫生健康委员会']);
  });

  it('a 代章 line', () => {
    const preamble = ['某某县县域医共体建设工作方案', '为推进……，制定本方案。'];
    expect(documentIssuers(preamble, [...preamble, '某某县医改领导小组办公室（代章）'])).toEqual(['某某县医改领导小组办公室']);
  });

  it('joint issuers: names on one line, names on lines of their own, a joint signature', () => {
    expect(documentIssuers(['某某县卫生健康局 某某县财政局 某某县医疗保障局关于印发某某方案的通知', '各乡镇卫生院：'])).toEqual(['某某县卫生健康局', '某某县财政局', '某某县医疗保障局']);
    expect(documentIssuers(['某某县卫生健康局', '某某县财政局', '关于印发某某方案的通知', '各乡镇卫生院：'])).toEqual(['某某县卫生健康局', '某某县财政局']);
    const preamble = ['某某县卫生健康局文件', '关于印发某某方案的通知', '各乡镇卫生院：'];
    expect(documentIssuers(preamble, [...preamble, '某某县卫生健康局        某某县财政局', '2023年3月1日'])).toEqual(['某某县卫生健康局', '某某县财政局']);
    expect(splitBodies('某某县卫生健康局某某县财政局')).toEqual(['某某县卫生健康局', '某某县财政局']);
    // the county Party committee's office run into the government's, as a page width sets them on the title's line
    expect(splitBodies('中共石泉县委办公室石泉县人民政府办公室')).toEqual(['中共石泉县委办公室', '石泉县人民政府办公室']);
  });

  it('a short name on the notice line (县政府办公室) is the body the red head names in full (the fifteenth probe’s 滨海)', () => {
    const cover = ['滨海县人民政府办公室文件', '滨政办发〔2023〕58号', '县政府办公室关于印发滨海县推进“千县工程”县医院综合能力提升工作方案的通知', '各镇人民政府：'];
    expect(documentIssuers(cover, [...cover, '滨海县人民政府办公室', '2023年8月25日'])).toEqual(['滨海县人民政府办公室']);
  });

  it('a joint signature set side by side, the second name cut at the column width (阜南县人民政府 / 办公室)', () => {
    const preamble = ['阜南县紧密型县域医共体建设暨县医院能力提升三年行动方案', '为推进……，制定本方案。'];
    const signed = ['中共阜南县委办公室           阜南县人民政府', '                              办公室', '2023年12月5日'];
    expect(documentIssuers(preamble, [...preamble, ...signed])).toEqual(['中共阜南县委办公室', '阜南县人民政府办公室']);
    // under a cover naming both, the signature adds no third name
    const cover = ['中共阜南县委办公室', '阜南县人民政府办公室', '关于印发《阜南县紧密型县域医共体建设暨县医院能力提升三年行动方案》的通知', '各乡镇党委和人民政府：'];
    expect(documentIssuers(cover, [...cover, ...signed])).toEqual(['中共阜南县委办公室', '阜南县人民政府办公室']);
  });

  it('the document’s own, never one it cites inside 《》', () => {
    const preamble = ['某某县医疗卫生服务能力提升方案', '为贯彻落实《某某省人民政府办公厅关于推进分级诊疗制度建设的实施意见》，制定本方案。'];
    expect(documentIssuers(preamble)).toEqual([]);
    expect(documentIssuers(['某某县卫生健康局', '关于转发《某某市卫生健康委员会关于印发某某方案的通知》的通知'])).toEqual(['某某县卫生健康局']);
  });

  it('the seeds keep their issuers, each the only one', async () => {
    const { documents } = await seedCorpus();
    expect(Object.fromEntries(documents.map((d) => [d.id, d.issuers]))).toEqual({
      'national-qianxian-2021': ['国家卫生健康委办公厅'],
      'xiangyuan-2023': ['襄垣县人民政府办公室'],
      'pianguan-2024': ['偏关县人民政府'],
      'mingxi-2024': ['明溪县人民政府'],
      'yanshi-2020': ['偃师市人民政府办公室'],
    });
  });
});
