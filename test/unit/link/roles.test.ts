/** Link roles in one pass agree with comparing every pair of documents by isAbove. */
import { describe, expect, it } from 'vitest';
import { linkRoles } from '../../../scripts/link/roles.ts';
import { isAbove } from '../../../scripts/link/relation.ts';
import type { DocumentRecord } from '../../../scripts/publish/schema.ts';
import { seedCorpus } from '../../helpers/corpus.ts';

function byPairs(docs: DocumentRecord[]) {
  return {
    sourceDocs: new Set(docs.filter((d) => docs.some((h) => isAbove(h, d))).map((d) => d.id)),
    targetDocs: new Set(docs.filter((d) => docs.some((l) => isAbove(d, l))).map((d) => d.id)),
  };
}

describe('link roles', () => {
  it('on the seeds: the county plans link, the national plan is linked to', async () => {
    const { documents } = await seedCorpus();
    const roles = linkRoles(documents);
    expect(roles).toEqual(byPairs(documents));
    expect([...roles.targetDocs]).toEqual(['national-qianxian-2021']);
  });

  it('with provincial and city plans, some without a region, and undated levels', async () => {
    const { documents } = await seedCorpus();
    const [county] = documents.filter((d) => d.level === 'county');
    const variant = (id: string, level: DocumentRecord['level'], region: Partial<DocumentRecord['region']>): DocumentRecord => ({
      ...county,
      id,
      level,
      region: { province: null, city: null, county: null, ...region },
    });
    const docs = [
      variant('shanxi', 'provincial', { province: '山西省' }),
      variant('henan', 'provincial', { province: '河南省' }),
      variant('nowhere-province', 'provincial', {}),
      variant('changzhi', 'municipal', { province: '山西省', city: '长治市' }),
      variant('xinzhou', 'municipal', { province: '山西省', city: '忻州市' }),
      variant('a-county', 'county', { province: '山西省', city: '长治市', county: '甲县' }),
      variant('b-county', 'county', { city: '大同市', county: '乙县' }),
      variant('no-level', null, { province: '山西省' }),
    ];
    expect(linkRoles(docs)).toEqual(byPairs(docs));
    expect(linkRoles([...documents, ...docs])).toEqual(byPairs([...documents, ...docs]));
  });
});
