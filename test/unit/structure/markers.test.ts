import { describe, expect, it } from 'vitest';
import { numeral, readMarker } from '../../../scripts/structure/markers.ts';

describe('numbering markers', () => {
  it.each([
    ['一、总体要求', 'chapter', '一', 1],
    ['十二、附则', 'chapter', '十二', 12],
    ['（一）加强组织领导。', 'section', '（一）', 1],
    ['(三)强化督导', 'section', '（三）', 3],
    ['1．完善业务设施条件。', 'item', '1', 1],
    ['1. 提升卫生健康人才能力。', 'item', '1', 1],
    ['21、开展县级三级医院创建', 'item', '21', 21],
    ['(1)消化内科：', 'subitem', '（1）', 1],
    ['（7）科研方面：', 'subitem', '（7）', 7],
    ['②完善制度', 'circled', '②', 2],
    ['1.1 加强组织领导', 'decimal2', '1.1', 1],
    ['⑶完善制度', 'subitem', '（3）', 3],
    // one-character symbols an input method or a Word symbol list types: ㈡ is （二）, ⒓ is 12.
    ['㈡加强人才建设', 'section', '（二）', 2],
    ['⒓实施骨干医师培养计划。', 'item', '12', 12],
    ['2）加强培训', 'half-paren', '2）', 2],
    ['第二节 重点任务', 'part-section', '第二节', 2],
    ['2.3.4推进分级诊疗', 'decimal3', '2.3.4', 4],
    ['1 总体目标', 'decimal1', '1', 1],
    ['3保障措施', 'decimal1', '3', 3],
    ['五 保障措施', 'chapter', '五', 5],
    ['二　工作目标', 'chapter', '二', 2],
    // an item that opens with a year or a count: no decimal after 、, a year after a dot
    ['1、2025年底前完成胸痛中心建设。', 'item', '1', 1],
    ['2、20个乡镇卫生院达到推荐标准。', 'item', '2', 2],
    // a number a PDF with letter spacing spaced out: 1 0．, 第 十 一 条, （1 2）, an item dated 2 0 2 4 年
    ['1 0．提升医防融合水平。', 'item', '10', 10],
    ['第 十 一 条 本办法由县卫健局负责解释。', 'article', '第十一条', 11],
    ['（1 2）普外科：', 'subitem', '（12）', 12],
    ['1.2 0 2 4年5—6月开展绩效考核。', 'item', '1', 1],
    // the closing bracket left out, a space in its place: read as （三）, (4)
    ['（三 加强人才队伍建设。引进硕士研究生10名以上。（牵头单位：县委组织部）', 'section', '（三）', 3],
    ['(4 完善设施设备', 'subitem', '（4）', 4],
    // a stop typed twice after the marker is the marker's, not the heading's
    ['（一）、加强组织领导。', 'section', '（一）', 1, '（一）、'],
    ['1.、每年选派骨干医师进修不少于10名。', 'item', '1', 1, '1.、'],
    ['一、、总体要求', 'chapter', '一', 1, '一、、'],
    ['二）、加强人才队伍建设', 'section', '（二）', 2, '二）、'],
    // 第…章 and 第…条 spaced out, as a PDF sets them
    ['第 一 章  总体要求', 'part-chapter', '第一', 1, '第 一 章'],
    ['第 三 条 加强专科建设：', 'article', '第三条', 3, '第 三 条'],
    // the opening bracket left out: read as （三）
    ['三）加强人才队伍建设', 'section', '（三）', 3],
    ['四)推进智慧医院建设。2024年底前建成远程会诊中心。', 'section', '（四）', 4],
    ['1．2024年底前建成卒中中心。', 'item', '1', 1],
    ['3.2025年：全面完成三年行动目标。', 'item', '3', 3],
    ['1）2024年6月底前，胸痛中心通过国家标准版认证。', 'half-paren', '1）', 1],
    // …or with a month and its day: 6月30日前, 12月底前, 6月上旬
    ['1．6月30日前完成县域医共体章程修订。', 'item', '1', 1],
    ['2.12月底前完成胸痛中心建设。', 'item', '2', 2],
    ['3．9月上旬启动中期评估。', 'item', '3', 3],
    ['2）6月30日前完成设备采购。', 'half-paren', '2）', 2],
    ['第三章 加强专科建设', 'part-chapter', '第三', 3],
    ['第二部分 重点任务', 'part', '第二', 2],
    // OCR reads 一 as a dash where only a numeral can stand
    ['—、总体目标', 'chapter', '一', 1],
    ['-、总体目标', 'chapter', '一', 1],
    ['（—）加强组织领导。县卫健局牵头。', 'section', '（一）', 1],
    // Roman numerals, as some outlines and 附件 number their top level
    ['Ⅰ．总体目标', 'roman', 'Ⅰ', 1],
    ['Ⅲ、保障措施', 'roman', 'Ⅲ', 3],
    ['II．重点任务', 'roman', 'Ⅱ', 2],
    ['IV、考核办法', 'roman', 'Ⅳ', 4],
  ])('%s', (text, kind, label, value, raw?: string) => {
    expect(readMarker(text)).toMatchObject({ kind, label, value, ...(raw ? { raw } : {}) });
  });

  it.each(['3.5张/千人', '1.2 万元', '3.05人', '2025年底前', '2 个以上', '（2023—2025年）', '（责任单位：县卫体局）', '一是持续推进', '3 个一级学科、5个二级学科', '1.20个乡镇卫生院', '1.2025', '——、', '— 3 —', '—总体目标', '2 型糖尿病患者规范管理率达到60%', '10 名骨干医师', '三 个中心建设，2023年底前完成', '一总体要求', '一 年内建成胸痛中心、卒中中心、创伤中心和危重孕产妇救治中心等五大中心', 'I. Introduction', 'I am here', 'X线摄片室', 'CT、MRI等大型设备', 'Ⅱ类切口手术抗菌药物预防使用率下降', 'Ⅱ、Ⅲ级手术占比', 'IIV．总体目标', '1）2', '3)25%', '1.6万人次', '3.5%', '1.6月', '1.13月', '2）6个月内', '（三 级医院为主）', '二）级医院达到推荐标准', '三）', '（2 个以上）', '（3 名骨干', '（三级医院）'])('%s is not a marker', (text) => {
    expect(readMarker(text)).toBeNull();
  });

  it('reads Chinese numerals', () => {
    expect([numeral('九'), numeral('十'), numeral('十五'), numeral('二十'), numeral('九十九'), numeral('一百零八')]).toEqual([9, 10, 15, 20, 99, 108]);
  });
});
