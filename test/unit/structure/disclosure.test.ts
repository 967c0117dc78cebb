/**
 * A plan saved from a government website keeps the site's disclosure table (政府信息公开) above
 * the notice: its 发文字号, 发布机构 and 成文日期 are the document's 文号, issuer and date.
 */
import { describe, expect, it } from 'vitest';
import { disclosureFields } from '../../../scripts/structure/disclosure.ts';
import { buildText } from '../../helpers/fixture-document.ts';
import { readHtml } from '../../../scripts/ingest/formats/html.ts';

const table = [
  '索引号：11360730MB1234567X/2022-00123',
  '发布机构：宁都县人民政府办公室',
  '发文字号：宁府办字〔2022〕35号',
  '成文日期：2022年05月10日',
  '发布日期：2022年05月12日',
  '主题分类：卫生、体育',
];

describe('a website’s disclosure table', () => {
  it('gives the 文号, the issuer and the date the document was written (not the day it went online)', () => {
    expect(disclosureFields(table)).toEqual({ docNumber: '宁府办字〔2022〕35号', issuer: '宁都县人民政府办公室', date: '2022-05-10' });
  });

  it('is read with several fields on a line, ASCII colons, [] brackets and dashed dates', () => {
    expect(disclosureFields(['发文机关: 某某县卫生健康局    文号: 某卫发[2023]8号    成文日期: 2023-03-01'])).toEqual({
      docNumber: '某卫发〔2023〕8号',
      issuer: '某某县卫生健康局',
      date: '2023-03-01',
    });
  });

  it('is read with its labels spaced out to align them, as a table copied into a text leaves them (文　　号：, 索 引 号：)', () => {
    const spaced = ['索 引 号：11360730MB1234567X/2022-00123', '发布机构：宁都县人民政府办公室', '文　　号：宁府办字〔2022〕35号', '成文日期：2022年05月10日'];
    expect(disclosureFields(spaced)).toEqual({ docNumber: '宁府办字〔2022〕35号', issuer: '宁都县人民政府办公室', date: '2022-05-10' });
    const text = [...spaced, '', '宁都县人民政府办公室关于印发宁都县“千县工程”县医院综合能力提升工作实施方案的通知', '', '各乡（镇）人民政府，县政府各部门：', '现印发给你们，请认真组织实施。', '', '一、工作目标', '到2025年，县人民医院达到三级医院医疗服务能力。'].join('\n');
    expect(buildText('ningdu-2022.txt', text).document).toMatchObject({ docNumber: '宁府办字〔2022〕35号', issuer: '宁都县人民政府办公室', date: '2022-05-10' });
  });

  it('is a task list’s 报送单位 and 报送日期 under its title (the fifteenth probe’s workbook), not a form’s blank', () => {
    expect(disclosureFields(['左权县“千县工程”主要指标和重点任务（2023—2025年）', '报送单位：左权县卫生健康局\t\t\t报送日期：2023年4月10日'])).toEqual({ docNumber: null, issuer: '左权县卫生健康局', date: '2023-04-10' });
    expect(disclosureFields(['填报单位：（盖章）　　　填报日期：'])).toEqual({ docNumber: null, issuer: null, date: null });
  });

  it('is not a sentence that mentions a label', () => {
    expect(disclosureFields(['请在报送材料中注明发文字号：以便查询。', '文号：见附件'])).toEqual({ docNumber: null, issuer: null, date: null });
  });

  it('sets the document’s metadata above the notice', () => {
    const text = [...table, '', '宁都县人民政府办公室关于印发宁都县“千县工程”县医院综合能力提升工作实施方案的通知', '', '各乡（镇）人民政府，县政府各部门：', '现印发给你们，请认真组织实施。', '', '一、工作目标', '到2025年，县人民医院达到三级医院医疗服务能力。'].join('\n');
    const { document } = buildText('ningdu-2022.txt', text);
    expect(document).toMatchObject({ docNumber: '宁府办字〔2022〕35号', issuer: '宁都县人民政府办公室', date: '2022-05-10', level: 'county' });
  });

  it('names the issuer over a web copy’s masthead, the site’s name atop the page', () => {
    const text = ['某某县人民政府', '网站首页 | 政务公开', '您当前的位置：首页 > 政务公开 > 政府文件', '发文机关：某某县人民政府办公室\t成文日期：2023-05-08', '文号：某政办发〔2023〕31号', '', '县政府办公室关于印发某某县县级医院能力提升行动计划的通知', '', '一、行动目标', '到2025年，县人民医院达到三级医院水平。'].join('\n');
    expect(buildText('site.txt', text).document).toMatchObject({ issuer: '某某县人民政府办公室', issuers: ['某某县人民政府办公室'], docNumber: '某政办发〔2023〕31号', date: '2023-05-08' });
  });

  it('is read from a saved page, where the table puts label and value in cells of their own', () => {
    const page = `<!doctype html><html><head><meta charset="utf-8"><title>宁都县人民政府</title></head><body>
      <table><tr><td>索引号：</td><td>11360730MB1234567X/2022-00123</td><td>主题分类：</td><td>卫生、体育</td></tr>
      <tr><td>发布机构：</td><td>宁都县人民政府办公室</td><td>成文日期：</td><td>2022-05-10</td></tr>
      <tr><td>发文字号：</td><td>宁府办字〔2022〕35号</td><td>发布日期：</td><td>2022-05-12</td></tr></table>
      <h1>宁都县人民政府办公室关于印发宁都县“千县工程”县医院综合能力提升工作实施方案的通知</h1></body></html>`;
    expect(disclosureFields(readHtml(Buffer.from(page)).lines)).toEqual({ docNumber: '宁府办字〔2022〕35号', issuer: '宁都县人民政府办公室', date: '2022-05-10' });
  });
});
