/**
 * A county clause chooses among each higher document's clauses apart: a provincial plan that
 * restates the national tasks adds its own links without taking probability from the national ones.
 */
import { describe, expect, it } from 'vitest';
import { emptyCuration, linkCorpus } from '../../../scripts/link/index.ts';
import { perDocument } from '../../../scripts/link/choice-sets.ts';
import { clause, doc, smallCorpus } from '../../helpers/records.ts';

const county = { region: { province: '山西省', city: '长治市', county: '某县' } };
const province = doc('province', { level: 'provincial', date: '2022-03-01', region: { province: '山西省', city: null, county: null }, title: '山西省县医院综合能力提升工作实施方案' });
const linked = (withProvince: boolean) => {
  const { documents, clauses } = smallCorpus(county);
  // The province restates two national tasks in nearly the same words, as provincial plans do.
  const restated = clauses.filter((c) => c.doc === 'nation').slice(0, 2).map((c, i) => clause(`province/${i + 1}`, c.title, c.text.slice((c.title?.length ?? 0) + 1).replace('进一步', '全面')));
  return withProvince ? linkCorpus([...documents, province], [...clauses, ...restated], emptyCuration()) : linkCorpus(documents, clauses, emptyCuration());
};
const linksOf = (out: ReturnType<typeof linkCorpus>, id: string) => out.clauses.find((c) => c.id === id)!.links;

describe('a clause chooses among one document’s clauses at a time', () => {
  const alone = linked(false);
  const out = linked(true);

  it('links the county clause to the national task and to the province’s restatement of it', () => {
    expect(linksOf(out, 'county/1').map((l) => l.target).sort()).toEqual(['nation/1', 'province/1']);
  });

  it('keeps the national link about as likely as without the provincial plan', () => {
    // Only the space's IDF moves (the province's clauses are counted in it): 0.979 alone, 0.91 with the
    // province; a choice among both documents at once split it with the twin, 0.455 and 0.5.
    const score = (o: typeof out) => linksOf(o, 'county/1').find((l) => l.target === 'nation/1')!.score;
    expect(score(out)).toBeGreaterThan(0.9 * score(alone));
  });
});

describe('perDocument', () => {
  it('scores each document’s items apart and returns the scores in the items’ order', () => {
    const items = ['a/1', 'b/1', 'a/2', 'b/2', 'a/3'];
    const share = (group: string[]) => group.map(() => 1 / group.length);
    expect(perDocument(items, (id) => id.split('/')[0], share)).toEqual([1 / 3, 1 / 2, 1 / 3, 1 / 2, 1 / 3]);
  });
});
