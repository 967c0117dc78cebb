import { describe, expect, it } from 'vitest';
import { extractTask } from '../../../scripts/extract/task.ts';

describe('task', () => {
  it('is the run-in heading when there is one', () => {
    expect(extractTask({ title: '加强组织领导', text: '加强组织领导。坚持和加强党的全面领导' })).toBe('加强组织领导');
  });
  it('is a list item’s sentence without its stop: （1）2023年上半年通过中国胸痛中心基层版认证；', () => {
    expect(extractTask({ title: null, text: '2023年上半年通过中国胸痛中心基层版认证；' })).toBe('2023年上半年通过中国胸痛中心基层版认证');
  });
  it('is the first sentence when there is no heading', () => {
    expect(extractTask({ title: null, text: '加强基础设施、配套设施和院容院貌建设改造，优化院区交通流线。开展“健康食堂”行动' })).toBe(
      '加强基础设施、配套设施和院容院貌建设改造，优化院区交通流线',
    );
  });
});
