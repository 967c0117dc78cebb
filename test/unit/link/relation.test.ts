import { describe, expect, it } from 'vitest';
import { DEFAULTS, emptyCuration, linkCorpus } from '../../../scripts/link/index.ts';
import { cites, documentRuns, isAbove, writtenFrom } from '../../../scripts/link/relation.ts';
import { fold } from '../../../scripts/link/ngrams.ts';
import { buildFixture } from '../../helpers/fixture-document.ts';
import { linkSpace } from '../../../scripts/link/features.ts';
import { choiceProbabilities } from '../../../scripts/link/model.ts';
import { modelInput } from '../../../scripts/link/score.ts';
import { resolveCitations } from '../../../scripts/citations/resolve.ts';
import { doc, smallCorpus } from '../../helpers/records.ts';

const relations = (county: Parameters<typeof smallCorpus>[0], extra = '') => {
  const { documents, clauses } = smallCorpus(county);
  if (extra) clauses[5] = { ...clauses[5], text: clauses[5].text + extra };
  // As in the pipeline: citations are resolved before linking.
  const out = linkCorpus(resolveCitations(documents), clauses, emptyCuration());
  return { out, links: out.clauses.filter((c) => c.doc === 'county').flatMap((c) => c.links) };
};

describe('link relation from the documents’ own facts', () => {
  it('implements: the county plan is dated after the national one', () => {
    const { links } = relations({ date: '2023-08-18' });
    expect(links.length).toBeGreaterThan(0);
    expect(new Set(links.map((l) => l.relation))).toEqual(new Set(['implements']));
  });

  it('an undated plan is ordered by the first year of its period, where the years differ; else implements, with a message', () => {
    const relationOf = (period: { start: number | null; end: number | null }) => new Set(relations({ date: null, period }).links.map((l) => l.relation));
    expect(relationOf({ start: 2024, end: 2026 })).toEqual(new Set(['implements']));
    expect(relationOf({ start: 2019, end: 2021 })).toEqual(new Set(['precedes']));
    const { out } = relations({ date: null, period: { start: 2021, end: 2023 } });
    expect(out.messages.map((m) => m.message)).toContain('no date to order county against nation; links labelled implements');
  });

  it('precedes: an older county plan is still linked, never as implementing', () => {
    const { links } = relations({ date: '2020-03-20' });
    expect(links.length).toBeGreaterThan(0);
    expect(new Set(links.map((l) => l.relation))).toEqual(new Set(['precedes']));
  });

  it('cites: the county cites the national plan by its title, and the number it gives is learned', () => {
    const { out, links } = relations({
      cites: [{ title: '国家卫生健康委办公厅关于印发“千县工程”县医院综合能力提升工作方案的通知', docNumber: '国卫办医函〔2021〕538号', doc: null }],
    });
    expect(new Set(links.map((l) => l.relation))).toEqual(new Set(['cites']));
    const nation = out.documents.find((d) => d.id === 'nation')!;
    expect(nation.docNumber).toBe('国卫办医函〔2021〕538号');
    expect(nation.provenance.docNumber).toBe('citation');
    expect(out.documents.find((d) => d.id === 'county')!.cites[0].doc).toBe('nation');
  });

  it('cites: the county names the national plan’s programme name in a clause', () => {
    const { links } = relations({}, '以国家“千县工程”为牵引。');
    expect(new Set(links.map((l) => l.relation))).toEqual(new Set(['cites']));
  });

  it('cites: the programme name broken by the PDF’s spacing and line breaks still counts', () => {
    const { links } = relations({}, '以国家“千县 \n工 程”为牵引。');
    expect(new Set(links.map((l) => l.relation))).toEqual(new Set(['cites']));
  });

  it('cites: the county names a plan above by its title in 《》 without a 文号, the PDF’s line break or spacing inside the title aside', () => {
    // A provincial plan without a programme name in quotes: only its title can say the county cites it.
    const province = doc('province', { level: 'provincial', title: '山西省全面提升县级医院综合能力实施方案（2021-2025年）' });
    const county = doc('county', { level: 'county' });
    const citing = [
      '为贯彻落实《山西省全面提升县级医院综合能力实施方案（2021-\n2025年）》要求，结合我县实际，制定本方案。',
      '按照《山西省全面提升县级医院综 合能力实施方案（2021—2025年）》要求，做好临床专科发展规划。',
      '根据《山西省卫生健康委关于印发山西省全面提升县级医院综合能力实施\n方案（2021-2025年）的通知》精神，制定本方案。',
    ];
    for (const text of citing) expect(cites(county, text, province)).toBe(true);
    // Another period's plan of the same name, or the title outside 《》, is no citation of it.
    expect(cites(county, '为贯彻落实《山西省全面提升县级医院综合能力实施方案（2018-\n2020年）》要求，制定本方案。', province)).toBe(false);
    expect(cites(county, '全面提升县级医院综合能力，做好临床专科发展规划。', province)).toBe(false);
  });

  it('cites by 文号 alone once the higher document has one', () => {
    const { documents, clauses } = smallCorpus({ cites: [{ title: null, docNumber: '国卫办医函〔2021〕538号', doc: null }] });
    documents[0] = { ...documents[0], docNumber: '国卫办医函〔2021〕538号' };
    const out = linkCorpus(documents, clauses, emptyCuration());
    expect(out.clauses.flatMap((c) => c.links).every((l) => l.relation === 'cites')).toBe(true);
  });

  it('does not mutate its inputs', () => {
    const { documents, clauses } = smallCorpus({ cites: [{ title: '“千县工程”县医院综合能力提升工作方案', docNumber: 'X〔2021〕1号', doc: null }] });
    const before = JSON.stringify({ documents, clauses });
    linkCorpus(documents, clauses, emptyCuration());
    expect(JSON.stringify({ documents, clauses })).toBe(before);
  });
});

describe('which clauses link', () => {
  const { documents, clauses } = smallCorpus();
  const out = linkCorpus(documents, clauses, emptyCuration());
  const linksOf = (id: string) => out.clauses.find((c) => c.id === id)!.links;

  it('links a county clause to the national clause it carries out, with evidence spans in both texts', () => {
    const [link] = linksOf('county/1');
    expect(link.target).toBe('nation/1');
    expect(link.score).toBeGreaterThan(0);
    expect(link.score).toBeLessThanOrEqual(1);
    expect(link.curated).toBeNull();
    const source = clauses.find((c) => c.id === 'county/1')!.text;
    const target = clauses.find((c) => c.id === 'nation/1')!.text;
    for (const e of link.evidence) {
      expect(source.slice(...e.source)).toBe(e.text);
      expect(target.slice(...e.target).replace(/[^\p{L}\p{N}]/gu, '')).toBe(e.text.replace(/[^\p{L}\p{N}]/gu, ''));
    }
    expect(link.evidence.length).toBeGreaterThan(0);
  });

  it('gives no link to a clause running another programme of the same counted name', () => {
    expect(linksOf('county/2')).toEqual([]);
  });

  it('never links national clauses, nor documents without a level', () => {
    expect(out.clauses.filter((c) => c.doc === 'nation').every((c) => c.links.length === 0)).toBe(true);
    const unlevelled = linkCorpus([documents[0], { ...documents[1], level: null }], clauses, emptyCuration());
    expect(unlevelled.clauses.every((c) => c.links.length === 0)).toBe(true);
  });

  it('reports how many clauses it linked and how long it took', () => {
    expect(out.timing.clauses).toBe(3);
    expect(out.timing.ms).toBeGreaterThanOrEqual(0);
  });
});

describe('undated plans', () => {
  it('cannot be ordered: labelled implements, with a message naming the file', () => {
    const { documents, clauses } = smallCorpus({ date: null });
    const out = linkCorpus(documents, clauses, emptyCuration());
    expect(out.clauses.flatMap((c) => c.links).every((l) => l.relation === 'implements')).toBe(true);
    expect(out.messages).toEqual([{ file: 'corpus/county.txt', line: null, message: 'no date to order county against nation; links labelled implements' }]);
  });
});

describe('heading similarity', () => {
  it('raises a pair whose headings share distinctive wording', () => {
    const { documents, clauses } = smallCorpus();
    // The pair's probability before the published score's rounding: this near-identical pair
    // scores above 0.997, where the heading's share is smaller than the rounding step.
    const { sources } = linkSpace(documents, clauses);
    const { candidates } = sources.find((s) => s.source.id === 'county/3')!;
    const score = (heading: number) =>
      choiceProbabilities(candidates.map((c) => modelInput(c.features, { ...DEFAULTS, heading })), DEFAULTS.model)[candidates.findIndex((c) => c.target.id === 'nation/2')];
    // 改善就医环境 and 持续改善硬件条件 share 改善.
    expect(score(0.5)).toBeGreaterThan(score(0));
  });
});

describe('which higher plans govern a lower one', () => {
  const county = doc('county', { level: 'county', region: { province: '山西省', city: '长治市', county: '某县' } });
  it('the national plan governs every plan below it', () => {
    expect(isAbove(doc('nation', { level: 'national' }), county)).toBe(true);
  });

  it('a provincial or city plan governs only its own region', () => {
    expect(isAbove(doc('shanxi', { level: 'provincial', region: { province: '山西省', city: null, county: null } }), county)).toBe(true);
    expect(isAbove(doc('henan', { level: 'provincial', region: { province: '河南省', city: null, county: null } }), county)).toBe(false);
    expect(isAbove(doc('changzhi', { level: 'municipal', region: { province: '山西省', city: '长治市', county: null } }), county)).toBe(true);
    expect(isAbove(doc('xinzhou', { level: 'municipal', region: { province: '山西省', city: '忻州市', county: null } }), county)).toBe(false);
  });

  it('a region unknown on either side cannot be governed (add it in a sidecar)', () => {
    expect(isAbove(doc('city', { level: 'municipal' }), county)).toBe(false);
    expect(isAbove(doc('changzhi', { level: 'municipal', region: { province: '山西省', city: '长治市', county: null } }), doc('unplaced', { level: 'county' }))).toBe(false);
  });
});

describe('a plan written from the document it cites', () => {
  const foldedClauses = (file: string) => buildFixture(file).clauses.map((c) => fold(c.text).chars);
  const national = documentRuns(foldedClauses('corpus/national-qianxian-2021.txt'));

  it('repeats its wording in a third of its clauses or more: the citing seeds do, the plans in their own words do not', () => {
    expect(['xiangyuan-2023', 'pianguan-2024', 'mingxi-2024', 'yanshi-2020'].map((id) => writtenFrom(foldedClauses(`corpus/${id}.txt`), national))).toEqual([true, true, false, false]);
  });

  it('is not one that only names the programme (“千县工程”) and says its tasks in words of a later day', () => {
    expect(writtenFrom(foldedClauses('test/fixtures/unseen-plans/pingjiang-2024.txt'), national)).toBe(false);
    expect(writtenFrom(foldedClauses('test/fixtures/unseen-plans/xinzhou-2022.txt'), national)).toBe(true);
  });
});
