import { describe, expect, it } from 'vitest';
import { evidence } from '../../../scripts/link/evidence.ts';
import { fold } from '../../../scripts/link/ngrams.ts';

/** Every bigram weighs the same: the runs are ranked by length. */
const flat = () => 1;
const shared = (source: string, target: string) => evidence(fold(source), source, fold(target), 6, flat).map((e) => e.text);

describe('the shared wording of a link (evidence)', () => {
  it('is the runs both texts say, punctuation aside', () => {
    expect(shared('加强急诊急救“五大中心”建设。', '建强急诊急救五大中心')).toEqual(['强急诊急救“五大中心']);
  });

  it('holds no part of a number: 2021 and 2025 share no 202, 1月 and 12月 no 1', () => {
    expect(shared('组织实施阶段（2021年）。', '组织实施阶段（2025年）')).toEqual(['组织实施阶段']);
    expect(shared('于2025年1月底前完成。', '于2025年12月底前完成')).toEqual(['于2025年', '月底前完成']);
    expect(shared('到2025年底。', '到2025年底')).toEqual(['到2025年底']);
  });
});
