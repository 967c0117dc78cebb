import { describe, expect, it } from 'vitest';
import { extractTask } from '../../../scripts/extract/task.ts';

describe('task', () => {
  it('is the run-in heading when there is one', () => {
    expect(extractTask({ title: '加强组织领导', text: '加强组织领导。坚持和加强党的全面领导' })).toBe('加强组织领导');
  });
  it('is a list item’s sentence without its stop: （1）2023年上半年通过中国胸痛中心基层版认证；', () => {
    expect(extractTask({ title: null, text: '2023年上半年通过中国胸痛中心基层版认证；' })).toBe('2023年上半年通过中国胸痛中心基层版认证');
  });
  it('is a sentence opening the items under it without its colon', () => {
    const text = '县人民医院、县中医院要按照县医院综合能力提升工作方案确定的重点任务，结合本院实际，认真做好以下几个方面的工作：';
    expect(extractTask({ title: null, text })).toBe(text.slice(0, -1));
  });
  it('is the first sentence when there is no heading', () => {
    expect(extractTask({ title: null, text: '加强基础设施、配套设施和院容院貌建设改造，优化院区交通流线。开展“健康食堂”行动' })).toBe(
      '加强基础设施、配套设施和院容院貌建设改造，优化院区交通流线',
    );
  });
});
