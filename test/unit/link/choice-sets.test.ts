/**
 * A county clause chooses among each higher document's clauses apart: a provincial plan that
 * restates the national tasks adds its own links without taking probability from the national ones;
 * and a section that is all heading takes, from each document above apart, what its clauses carry out.
 */
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTextSources } from '../../../scripts/ingest/read-corpus.ts';
import { structureDocument } from '../../../scripts/structure/index.ts';
import { DEFAULTS, emptyCuration, linkCorpus, readConcepts } from '../../../scripts/link/index.ts';
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

// A city plan and a county plan of that city (a probe's lines), each with its place in a sidecar.
const cityPlan = `某市“千县工程”县医院综合能力提升工作方案

根据省“千县工程”县医院综合能力提升工作实施方案要求，结合我市实际，制定本方案。

一、工作目标

到2025年，全市3家县医院达到三级医院医疗服务能力水平，县域内住院量占比达到90%。

二、重点任务

（一）加强县医院专科建设。支持县医院建设心血管、神经、呼吸、肿瘤等临床专科，每家县医院建成市级临床重点专科2个以上。

（二）实施县医院人才提升计划。市级医院每年接收县医院骨干医师进修不少于50人次，选派专家到县医院坐诊带教。

（三）建设急诊急救五大中心。各县医院全面建成胸痛、卒中、创伤、危重孕产妇和危重新生儿救治中心。

（四）推进紧密型县域医共体建设。各县由县医院牵头组建紧密型县域医共体，建设资源共享中心和管理中心。
`;
const countyPlan = `某县县医院综合能力提升工作实施方案

为落实“千县工程”县医院综合能力提升工作部署，结合我县实际，制定本方案。

一、主要任务

（一）补齐专科短板

1. 加强重点专科建设。以县域外转病人较多的心血管、神经、呼吸和肿瘤疾病为重点，建设心血管内科、神经内科、呼吸与危重症医学科、肿瘤科，2023年底前新增市级临床重点专科1个。

2. 完善诊疗科目。增设老年医学科、康复医学科和精神心理门诊，规范设置感染性疾病科。

（二）壮大人才队伍

3. 引进急需紧缺人才。每年公开招聘临床医学本科以上人员不少于15名，柔性引进省市级专家5名以上。

4. 加强骨干医师培养。落实骨干医师“省级进修”计划，每年选派20名以上骨干医师赴省市三级医院进修学习。

5. 做好住院医师规范化培训。新招收的本科临床医师全部参加住院医师规范化培训。
`;

describe('a section that is all heading under a city plan and the national plan', () => {
  const dir = mkdtempSync(join(tmpdir(), 'levels-'));
  for (const ext of ['txt', 'yaml']) copyFileSync(`corpus/national-qianxian-2021.${ext}`, join(dir, `national-qianxian-2021.${ext}`));
  writeFileSync(join(dir, 'city-2022.txt'), cityPlan);
  writeFileSync(join(dir, 'city-2022.yaml'), 'level: municipal\ndate: 2022-04-20\nregion: { province: 某省, city: 某市 }\n');
  writeFileSync(join(dir, 'county-2022.txt'), countyPlan);
  writeFileSync(join(dir, 'county-2022.yaml'), 'level: county\ndate: 2022-05-10\nregion: { province: 某省, city: 某市, county: 某县 }\n');
  const structured = readTextSources(dir).map(structureDocument);
  const out = linkCorpus(structured.map((s) => s.document), structured.flatMap((s) => s.clauses), emptyCuration(), DEFAULTS, readConcepts('corpus/link-concepts.yaml').concepts);
  const talent = out.clauses.find((c) => c.doc === 'county-2022' && c.title === '壮大人才队伍')!;
  const cityTalent = out.clauses.find((c) => c.doc === 'city-2022' && c.title === '实施县医院人才提升计划')!;

  it('takes the city’s task its clauses carry out though it links the national task by its own heading', () => {
    const clauses = out.clauses.filter((c) => c.parent === talent.id);
    expect(clauses.every((c) => c.links.some((l) => l.target === cityTalent.id))).toBe(true);
    expect(talent.links.map((l) => l.target)).toContain('national-qianxian-2021/2.1.2'); // its own choice, 加快建设高质量人才队伍
    expect(talent.links.map((l) => l.target)).toContain(cityTalent.id);
  });

  it('orders its links best first whichever rule gave them', () => {
    const scores = talent.links.map((l) => l.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });
});

describe('perDocument', () => {
  it('scores each document’s items apart and returns the scores in the items’ order', () => {
    const items = ['a/1', 'b/1', 'a/2', 'b/2', 'a/3'];
    const share = (group: string[]) => group.map(() => 1 / group.length);
    expect(perDocument(items, (id) => id.split('/')[0], share)).toEqual([1 / 3, 1 / 2, 1 / 3, 1 / 2, 1 / 3]);
  });
});
