/** The relation rules as they play out on the seed corpus. */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus, type Corpus } from '../../../scripts/pipeline.ts';

describe('links on the seed corpus', () => {
  let corpus: Corpus;
  beforeAll(async () => {
    corpus = await buildCorpus('corpus');
  });
  const relationsOf = (doc: string) => new Set(corpus.clauses.filter((c) => c.doc === doc).flatMap((c) => c.links.map((l) => l.relation)));

  it('襄垣 cites the national plan by its number, 偏关 by naming 千县工程', () => {
    expect(relationsOf('xiangyuan-2023')).toEqual(new Set(['cites']));
    expect(relationsOf('pianguan-2024')).toEqual(new Set(['cites']));
  });

  it('明溪 (2024, no citation) implements; 偃师 (2020) only precedes', () => {
    expect(relationsOf('mingxi-2024')).toEqual(new Set(['implements']));
    expect(relationsOf('yanshi-2020')).toEqual(new Set(['precedes']));
  });

  it('the national plan gets its 文号 from 襄垣’s citation', () => {
    const national = corpus.documents.find((d) => d.id === 'national-qianxian-2021')!;
    expect(national.docNumber).toBe('国卫办医函〔2021〕538号');
    expect(national.provenance.docNumber).toBe('citation');
    const cite = corpus.documents.find((d) => d.id === 'xiangyuan-2023')!.cites.find((c) => c.docNumber === national.docNumber);
    expect(cite?.doc).toBe('national-qianxian-2021');
  });

  it('links only to national clauses, each published link at or above the threshold', () => {
    const links = corpus.clauses.flatMap((c) => c.links);
    expect(links.length).toBeGreaterThan(20);
    for (const l of links) {
      expect(l.target.startsWith('national-qianxian-2021/')).toBe(true);
      expect(l.score).toBeGreaterThanOrEqual(0.08);
    }
  });
});
