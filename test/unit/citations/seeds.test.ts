/** The citation network of the seed corpus, and resolution by an index instead of pairwise comparison. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../../../scripts/pipeline.ts';
import { resolveCitations } from '../../../scripts/citations/resolve.ts';
import { citationNetwork } from '../../../scripts/citations/network.ts';
import { seedCorpus } from '../../helpers/corpus.ts';
import { doc } from '../../helpers/records.ts';

describe('citations.json on the seeds', () => {
  let corpus: Corpus;
  beforeAll(async () => {
    corpus = await seedCorpus();
  });

  it('the national plan’s entry resolves to it and is cited by 襄垣 (in the cover letter)', () => {
    const entry = corpus.citations.find((c) => c.doc === 'national-qianxian-2021')!;
    expect(entry.docNumber).toBe('国卫办医函〔2021〕538号');
    expect(entry.citedBy).toEqual([{ doc: 'xiangyuan-2023', clause: null }]);
  });

  it('every citation of the seeds appears once, in the entry of its 文号 or title', () => {
    const cites = corpus.documents.flatMap((d) => [...d.cites, ...d.citesByTitle].map((cite) => ({ doc: d.id, cite })));
    for (const { doc, cite } of cites) {
      const entries = corpus.citations.filter((e) => e.citedBy.some((by) => by.doc === doc) && (cite.docNumber ? e.docNumber === cite.docNumber : e.title === cite.title));
      expect(entries, `${doc} ${cite.docNumber ?? cite.title}`).toHaveLength(1);
    }
    // 偃师 cites a standard by its 文号, 襄垣 by its edition (2016版): one entry.
    const standard = corpus.citations.find((e) => e.docNumber === '国卫办医发〔2016〕12号')!;
    expect([standard.title, standard.citedBy.map((by) => by.doc)]).toEqual(['县医院医疗服务能力基本标准和推荐标准（2016版）', ['xiangyuan-2023', 'yanshi-2020']]);
    expect(new Set(corpus.citations.map((c) => c.key)).size).toBe(corpus.citations.length);
  });

  it('a citation inside a clause names that clause, whose text holds the 文号', () => {
    const entry = corpus.citations.find((c) => c.docNumber === '晋人社厅发〔2022〕5号')!;
    const [by] = entry.citedBy;
    expect(by.doc).toBe('pianguan-2024');
    expect(corpus.clauses.find((c) => c.id === by.clause)!.text.replace(/\s+/g, '')).toContain('晋人社厅发〔2022〕5号');
  });
});

describe('one cited document, however it is spelled', () => {
  const plan = doc('plan', { title: '某县县医院能力提升方案', docNumber: '某政发〔2023〕1号' });
  const cite = (title: string | null, docNumber: string | null) => ({ title, docNumber, doc: null });

  it('merges a notice’s title with the plan’s title, and a bracket variant of the 文号', () => {
    const documents = [
      plan,
      doc('a', { cites: [cite('某县人民政府关于印发某县县医院能力提升方案的通知', '某政发〔2023〕1号')] }),
      doc('b', { cites: [cite('某县县医院能力提升方案', null)] }),
      doc('c', { cites: [cite('省级方案', '某省发〔2020〕2号')] }),
      doc('d', { cites: [cite('关于印发省级方案的通知', '某省发[2020]2号')] }),
    ];
    const network = citationNetwork(resolveCitations(documents), []);
    expect(network.map((e) => [e.doc, e.citedBy.map((c) => c.doc)])).toEqual([
      ['plan', ['a', 'b']],
      [null, ['c', 'd']],
    ]);
  });

  it('resolves by 文号 or by a title containing the document’s, never to the citing document itself, and learns a missing 文号', () => {
    const untitled = doc('plan', { title: '某县县医院能力提升方案' });
    const documents = resolveCitations([untitled, doc('a', { cites: [cite('关于印发某县县医院能力提升方案的通知', '某政发〔2023〕1号')] }), doc('self', { title: '某县县医院能力提升方案', cites: [cite('某县县医院能力提升方案', null)] })]);
    expect(documents[1].cites[0].doc).toBe('plan');
    expect(documents[0].docNumber).toBe('某政发〔2023〕1号');
    expect(documents[0].provenance.docNumber).toBe('citation');
    expect(documents[2].cites[0].doc).toBe('plan');
  });

  it('a 文号 learned from one plan’s citation resolves another plan’s citation that gives the 文号 alone (依据国卫办医函〔2021〕538号…)', () => {
    const national = doc('national', { title: '“千县工程”县医院综合能力提升工作方案（2021-2025年）' });
    const documents = resolveCitations([
      national,
      doc('alone', { cites: [cite(null, '国卫办医函〔2021〕538号')] }),
      doc('titled', { cites: [cite('国家卫生健康委办公厅关于印发“千县工程”县医院综合能力提升工作方案（2021—2025年）的通知', '国卫办医函〔2021〕538号')] }),
    ]);
    expect(documents[0].docNumber).toBe('国卫办医函〔2021〕538号');
    expect(documents.slice(1).map((d) => d.cites[0].doc)).toEqual(['national', 'national']);
  });

  it('merges a standard cited by its edition with the same standard cited by the 文号 of that year, never two editions', () => {
    const standard = '县医院医疗服务能力基本标准和推荐标准';
    const documents = [
      doc('yanshi', { cites: [cite(standard, '国卫办医发〔2016〕12号')] }),
      doc('xiangyuan', { citesByTitle: [cite(`${standard}（2016版）`, null)] }),
      doc('older', { citesByTitle: [cite(`${standard}（2011版）`, null)] }),
    ];
    const network = citationNetwork(resolveCitations(documents), []);
    expect(network.map((e) => [e.docNumber, e.title, e.citedBy.map((c) => c.doc)])).toEqual([
      ['国卫办医发〔2016〕12号', `${standard}（2016版）`, ['yanshi', 'xiangyuan']],
      [null, `${standard}（2011版）`, ['older']],
    ]);
  });
});
