/** Alignment across small edits, on a clause of the national plan and an edited copy of it. */
import { describe, expect, it } from 'vitest';
import { detectReuse } from '../../../scripts/reuse/index.ts';
import { clause, doc } from '../../helpers/records.ts';

const national =
  '加强县医院临床专科建设。以满足县域群众医疗服务需求为导向，加强临床专科建设，重点发展呼吸、消化、心血管、神经、肿瘤等专科，提升县域常见病、多发病诊疗能力，力争到2025年县域内就诊率达到90%。';

describe('a passage that survives small edits', () => {
  // The county renames the hospital, changes a number and inserts a phrase.
  const county = national.replace('加强县医院', '加强某某县人民医院').replace('90%', '92%').replace('重点发展', '结合本县实际，重点发展');
  const documents = [doc('nation', { level: 'national', date: '2021-10-26' }), doc('county', { level: 'county', date: '2023-01-01' })];
  const clauses = [clause('nation/1', null, national), clause('county/1', null, county), clause('county/2', null, '做好疫情防控常态化工作，落实各项措施。')];
  const [record] = detectReuse(documents, clauses).filter((r) => r.source === 'county');

  it('is found as one passage spanning the edits, with offsets into both clauses', () => {
    expect(record.target).toBe('nation');
    expect(record.passages).toHaveLength(1);
    const [p] = record.passages;
    expect(county.slice(p.source.start, p.source.end)).toContain('结合本县实际，重点发展');
    expect(national.slice(p.target.start, p.target.end)).toContain('重点发展呼吸');
    expect(p.source.end - p.source.start).toBeGreaterThan(0.9 * county.length);
  });

  it('share is the fraction of the county’s letters and digits in the passage; the later plan’s origin is the earlier one', () => {
    expect(record.share).toBeGreaterThan(0.7);
    expect(record.share).toBeLessThan(1);
    expect(record.origin).toBe('nation');
  });

  it('text shared by nobody is no passage', () => {
    expect(record.passages.every((p) => p.source.clause === 'county/1')).toBe(true);
  });
});
