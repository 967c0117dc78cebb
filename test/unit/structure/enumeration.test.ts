/** Inline enumerations in the forms plans write them, and what is not one. */
import { describe, expect, it } from 'vitest';
import { findEnumeration } from '../../../scripts/structure/enumeration.ts';

const markers = (text: string) => findEnumeration(text, 0).map((e) => e.marker);

describe('inline enumerations', () => {
  it('一是…二是… in a table row’s cell, the last item ending with its cell', () => {
    const text = '1\t提升专科能力\t一是重点建设胸痛、卒中、创伤中心；二是新增市级临床重点专科2个。\t县卫健局\t县人民医院、县中医院\t2024年12月底前';
    expect(findEnumeration(text, 0).map((e) => text.slice(...e.at))).toEqual(['一是重点建设胸痛、卒中、创伤中心；', '二是新增市级临床重点专科2个。']);
  });

  it('一是…二是…三是…, after a sentence or after a comma', () => {
    expect(markers('加强专科建设。一是引进人才；二是改善设备；三是派驻支援。')).toEqual(['一是', '二是', '三是']);
    // a half-width ; between them, as OCR reads a scan
    expect(markers('加强专科建设。一是引进人才;二是改善设备;三是派驻支援。')).toEqual(['一是', '二是', '三是']);
    expect(markers('加强专科建设，一是引进人才，二是改善设备。')).toEqual(['一是', '二是']);
  });

  it('一要…二要…, and 第一，…第二，… at sentence starts', () => {
    expect(markers('提高认识。一要加强领导；二要压实责任。')).toEqual(['一要', '二要']);
    expect(markers('第一，加强领导。第二，压实责任。第三，强化督导。')).toEqual(['第一，', '第二，', '第三，']);
  });

  it('首先…其次…再次…最后… as the openers of a clause’s sentences or phrases, 最后 closing the run', () => {
    const text = '加强专科能力建设。首先，各县医院要对照推荐标准查找短板；其次，要聚焦重点病种加强临床专科建设；再次，要加强重症医学科建设；最后，要建立专科发展评估机制。';
    expect(markers(text)).toEqual(['首先', '其次', '再次', '最后']);
    expect(findEnumeration(text, 0).map((e) => text.slice(...e.at))[1]).toBe('其次，要聚焦重点病种加强临床专科建设；');
    expect(markers('做好以下工作，首先要摸清底数，其次要制定方案。')).toEqual(['首先', '其次']);
    // 最后 right after 首先 is no run; nothing after 最后 goes on
    expect(markers('首先，摸清底数；最后，形成报告。')).toEqual([]);
  });

  it('not: a stray 其次 in prose, 首先 inside a sentence, 再次 meaning again', () => {
    expect(markers('各县要落实人才引进政策。其次还应加大培训力度。')).toEqual([]);
    expect(markers('各县要首先完成摸底，其次，要制定方案。')).toEqual([]);
    expect(markers('首先，开展自查；其次，组织抽查，再次开展督导。')).toEqual(['首先', '其次']);
  });

  it('a lone item of one form does not hide a run of another (首先 opening a clause of 一是…二是…)', () => {
    expect(markers('首先，要提高认识。一是加强领导；二是压实责任。')).toEqual(['一是', '二是']);
  });

  it('①…②…③… and （1）…（2）… inside a paragraph, after its colon or each item’s end', () => {
    expect(markers('建设临床服务五大中心：①肿瘤防治中心2023年底前建成；②慢病管理中心2024年6月底前建成；③重症监护中心2024年底前建成。')).toEqual(['①', '②', '③']);
    expect(markers('重点做好以下工作：（1）加强胸痛中心建设；（2）加强卒中中心建设。')).toEqual(['（1）', '（2）']);
    expect(markers('重点做好以下工作：(1)加强胸痛中心建设，(2)加强卒中中心建设。')).toEqual(['(1)', '(2)']);
    // not a reference to an item (按第（1）项执行), nor a lone ①
    expect(markers('按照通知第（1）项、第（2）项要求执行。')).toEqual([]);
    expect(markers('重点建设：①肿瘤防治中心。')).toEqual([]);
  });

  it('spans run from one item to the next, the last to the end', () => {
    const text = '加强专科建设。一是引进人才；二是改善设备。';
    expect(findEnumeration(text, 0).map((e) => text.slice(...e.at))).toEqual(['一是引进人才；', '二是改善设备。']);
  });

  it('not: one item alone, items of two forms, numbers out of order, or 一是 inside a word (统一是)', () => {
    expect(markers('一是引进人才。')).toEqual([]);
    expect(markers('一是引进人才；二要改善设备。')).toEqual([]);
    expect(markers('二是引进人才；一是改善设备。')).toEqual([]);
    expect(markers('标准统一是前提；二是改善设备。')).toEqual([]);
  });
});
