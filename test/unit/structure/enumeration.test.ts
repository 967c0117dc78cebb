/** Inline enumerations in the forms plans write them, and what is not one. */
import { describe, expect, it } from 'vitest';
import { findEnumeration } from '../../../scripts/structure/enumeration.ts';

const markers = (text: string) => findEnumeration(text, 0).map((e) => e.marker);

describe('inline enumerations', () => {
  it('一是…二是…三是…, after a sentence or after a comma', () => {
    expect(markers('加强专科建设。一是引进人才；二是改善设备；三是派驻支援。')).toEqual(['一是', '二是', '三是']);
    expect(markers('加强专科建设，一是引进人才，二是改善设备。')).toEqual(['一是', '二是']);
  });

  it('一要…二要…, and 第一，…第二，… at sentence starts', () => {
    expect(markers('提高认识。一要加强领导；二要压实责任。')).toEqual(['一要', '二要']);
    expect(markers('第一，加强领导。第二，压实责任。第三，强化督导。')).toEqual(['第一，', '第二，', '第三，']);
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
