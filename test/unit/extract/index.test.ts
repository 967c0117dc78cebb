import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAliasTable } from '../../../scripts/extract/unit-names.ts';
import { extractFields } from '../../../scripts/extract/index.ts';
import { buildCorpus } from '../../../scripts/pipeline.ts';
import { clauseSchema, type DocumentRecord } from '../../../scripts/publish/schema.ts';
import { clause } from '../../helpers/records.ts';
import { buildText } from '../../helpers/fixture-document.ts';

const document = {
  id: 'demo',
  date: '2024-05-15',
  period: { start: null, end: null },
  preamble: '',
  region: { province: '山西省', city: '忻州市', county: '偏关县' },
} as DocumentRecord;

describe('a task list published as a table alone', () => {
  it('heads its rows with a header clause that has no task; its rows have theirs', () => {
    const text = ['某某县2024年重点任务清单', '', '为推进工作，现将重点任务分解如下。', '', '序号\t重点任务\t牵头单位\t完成时限', '1\t提升专科能力\t县卫健局\t2024年12月底前', '2\t加强人才引进\t县人社局\t长期坚持'].join('\n');
    const { clauses } = buildText('tasks-alone-2024.txt', text);
    expect(clauses.map((c) => [c.text.split('\t')[0], c.task])).toEqual([
      ['为推进工作，现将重点任务分解如下。', '为推进工作，现将重点任务分解如下'],
      ['序号', ''],
      ['1', '提升专科能力'],
      ['2', '加强人才引进'],
    ]);
  });
});

describe('extractFields', () => {
  const input = [
    clause('demo/1', '提升卫生健康人才能力', '发展壮大医疗卫生队伍。（责任单位：县卫体局、县教科局。以下除特别注明外，排名第一位的为牵头单位）'),
    clause('demo/2', '完善政府投入机制', '到2025年，全县床位达到3.5张/千人。（责任单位：县财政局、县发改局、县卫体局）'),
  ];
  const before = structuredClone(input);
  const output = extractFields(document, input);

  it('does not mutate its input', () => {
    expect(input).toEqual(before);
    expect(output[0]).not.toBe(input[0]);
  });

  it('carries a document-level role rule to the following clauses', () => {
    expect(output[1].units.map((u) => [u.name, u.role])).toEqual([
      ['县财政局', 'lead'],
      ['县发改局', 'responsible'],
      ['县卫体局', 'responsible'],
    ]);
  });

  it('fills task, deadlines and metrics with the target year', () => {
    expect(output[1].task).toBe('完善政府投入机制');
    expect(output[1].deadlines[0]).toMatchObject({ text: '到2025年', end: '2025-12-31' });
    expect(output[1].metrics[0]).toMatchObject({ value: 3.5, per: '千人', year: 2025 });
  });

  it('gives schema-valid clauses whose spans quote their text, on the whole seed corpus', async () => {
    const corpus = await buildCorpus(new URL('../../../corpus', import.meta.url).pathname);
    for (const c of corpus.clauses) {
      expect(() => clauseSchema.parse(c)).not.toThrow();
      for (const item of [...c.units, ...c.deadlines, ...c.metrics]) expect(c.text.slice(...item.at)).toBe(item.text);
    }
  });
});

describe('the alias table a corpus brings', () => {
  it('is the one extractFields uses, not the repository’s', () => {
    const dir = mkdtempSync(join(tmpdir(), 'aliases-'));
    writeFileSync(join(dir, 'unit-aliases.yaml'), 'agencies:\n  - canonical: 县卫生健康委\n    kind: health-bureau\n    variants: [县卫健局]\nkinds: []\n');
    const { table } = readAliasTable(join(dir, 'unit-aliases.yaml'));
    const [result] = extractFields(document, [clause('demo/1', '加强管理', '（责任单位：县卫健局）')], table);
    expect(result.units[0]).toMatchObject({ name: '县卫健局', canonical: '县卫生健康委', kind: 'health-bureau' });
  });
  it('is the repository’s where a corpus built apart brings none, and a message says so', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'no-aliases-'));
    writeFileSync(join(dir, 'plan-2024.txt'), '某某县县医院能力提升实施方案\n一、重点任务\n（一）加强人才培养。每年引进人才10名。（责任单位：县卫生健康局、县人力资源和社会保障局）\n');
    const { clauses, messages } = await buildCorpus(dir);
    expect(clauses.flatMap((c) => c.units.map((u) => u.canonical))).toEqual(['县卫健局', '县人社局']);
    expect(messages.map((m) => m.message)).toContain('no unit-aliases.yaml: unit names read with the project’s alias table (corpus/unit-aliases.yaml)');
  });
});

describe('an empty unit cell in a task table', () => {
  const table = [
    '某某县县医院能力提升重点任务清单', '',
    '序号\t重点任务\t牵头单位\t配合单位\t完成时限',
    '1\t建设胸痛中心\t县人民医院\t县卫健局、县医保局\t2024年12月31日',
    '2\t建设卒中中心\t\t县卫健局\t2024年12月31日',
    '3\t加强重症医学科建设\t县中医院\t\t2025年6月30日',
  ].join('\n');
  const unitsOf = (format: DocumentRecord['source']['format']) => {
    const { document: doc, clauses } = buildText('tasks-2024.txt', table);
    return extractFields({ ...doc, source: { ...doc.source, format } }, clauses)
      .filter((c) => c.cells.length && /^\d/.test(c.cells[0].text))
      .map((c) => c.units.map((u) => `${u.role}:${u.name}${u.text ? '' : '(above)'}`));
  };

  it('in a text, a lead cell written once for several rows (a merged cell) is the row above’s; an empty 配合单位 is no cooperating unit', () => {
    expect(unitsOf('text')).toEqual([
      ['lead:县人民医院', 'cooperate:县卫健局', 'cooperate:县医保局'],
      ['lead:县人民医院(above)', 'cooperate:县卫健局'],
      ['lead:县中医院'],
    ]);
  });

  it('in a workbook, whose reader repeats a merged cell in each of its rows, an empty cell is empty', () => {
    expect(unitsOf('xlsx')[1]).toEqual(['cooperate:县卫健局']);
  });
});

describe('a plan published as Markdown', () => {
  const plan = [
    '# 某县县级医院能力提升实施方案',
    '',
    '## 一、重点任务',
    '',
    '1. **建设胸痛中心**。由**县卫健局**牵头，县人民医院配合，**2024年底前**完成，胸痛患者救治率达到**90%以上**。',
    '',
    '2. 建设急诊急救中心：',
    '- 胸痛中心',
    '* 创伤中心',
    '',
    '3. 加强人才培养。（**责任单位**：县卫健局、县人社局）',
    '',
    '4. 完善医共体信息平台。',
    '- 县卫健局',
  ].join('\n');
  const { clauses } = buildText('mouxian-2024.md', plan);
  const task = (n: string) => clauses.find((c) => c.id === `mouxian-2024/1.${n}`)!;
  const units = (n: string) => task(n).units.map((u) => `${u.name}:${u.role}`);

  it('reads units, deadlines and metrics through bold marks (由**县卫健局**牵头 as 由县卫健局牵头)', () => {
    expect(units('1')).toEqual(['县卫健局:lead', '县人民医院:cooperate']);
    expect(task('1').deadlines.map((d) => d.text)).toEqual(['2024年底前']);
    expect(task('1').metrics.map((m) => [m.indicator, m.value, m.unit])).toEqual([['胸痛患者救治率', 90, '%']]);
    expect(units('3')).toEqual(['县卫健局:responsible', '县人社局:responsible']);
  });

  it('a bulleted line of the centres a task builds names no unit; a bulleted line of agencies does', () => {
    expect(units('2')).toEqual([]);
    expect(units('4')).toEqual(['县卫健局:responsible']);
  });
});

describe('a part that says how things stand (问题清单, 存在问题, 基本情况)', () => {
  it('names no targets, deadlines or doers: its figures say what is (the seventeenth probe’s 三张清单)', () => {
    const text = ['一、问题清单', '（一）专科能力不强。县医院高级职称人员占比仅为13.6%，2023年县外转诊率达21.8%。', '二、任务清单', '（一）加强专科建设。县医院2025年底前新增市级重点专科3个。'].join('\n');
    const { clauses } = buildText('qingdan-2024.txt', text);
    const problem = clauses.find((c) => c.title === '专科能力不强')!;
    const task = clauses.find((c) => c.title === '加强专科建设')!;
    expect([problem.metrics, problem.deadlines, problem.units.filter((u) => u.role === 'actor')]).toEqual([[], [], []]);
    expect(task.metrics.map((m) => m.value)).toEqual([3]);
    expect(task.deadlines.map((d) => d.end)).toEqual(['2025-12-31']);
  });
});

describe('a review of what is done (一、工作进展) in a plan of the programme’s last year', () => {
  it('names no targets or deadlines there, and keeps those of the tasks after it (the eighteenth probe’s 弥渡)', () => {
    const text = ['一、工作进展', '（一）专科建设。2023年县人民医院新增市级重点专科3个，三、四级手术占比达到23.6%。', '二、重点任务', '（一）补齐专科短板。到2025年底，县人民医院新增市级重点专科2个。'].join('\n');
    const { clauses } = buildText('review-2025.txt', text);
    expect(clauses.find((c) => c.title === '专科建设')!).toMatchObject({ metrics: [], deadlines: [] });
    expect(clauses.find((c) => c.title === '补齐专科短板')!.metrics.map((m) => m.value)).toEqual([2]);
  });
});
