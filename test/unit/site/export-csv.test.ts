import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareModel } from '../../../src/lib/compare.ts';
import { compareColumns, compareRows, csvFile, csvFileName, searchColumns, searchRows, type CompareCell } from '../../../src/lib/export-csv.ts';
import { clauseReference, docLabel } from '../../../src/lib/labels.ts';
import { seedCorpus } from '../../helpers/corpus.ts';

/** The comparison of the seed corpus as the compare page shows it, every plan chosen. */
let cells: CompareCell[];

beforeAll(async () => {
  const { documents, clauses } = await seedCorpus();
  const { plans, rows } = compareModel(documents, clauses);
  cells = rows.flatMap((row) =>
    plans.map((plan) => ({
      national: row.national.id,
      nationalLabel: clauseReference(row.national),
      nationalText: row.national.text,
      doc: plan.id,
      docTitle: docLabel(plan),
      hits: row.cells[plan.id].map(({ clause, link }) => ({ clause: clause.id, label: clauseReference(clause), relation: link.relation, score: link.score, curated: link.curated, text: clause.text })),
    })),
  );
});

const read = (file: string) => parse(file, { bom: true, relax_column_count: true }) as string[][];

describe('CSV export of the comparison', () => {
  it('opens in Excel as UTF-8 and names the view on its first line', () => {
    const file = csvFile('http://127.0.0.1:4321/compare/?docs=a,b', '2026-12-01T20:00:00.000Z', compareColumns, compareRows(cells));
    expect(file.startsWith('\uFEFFview,"http://127.0.0.1:4321/compare/?docs=a,b",exported,2026-12-01T20:00:00.000Z\n')).toBe(true);
    const [view, header, ...rows] = read(file);
    expect(view[1]).toBe('http://127.0.0.1:4321/compare/?docs=a,b');
    expect(header).toEqual([...compareColumns]);
    expect(rows.length).toBe(compareRows(cells).length);
  });

  it('keeps every linked clause, its score and its whole text (commas, quotes and line breaks too)', () => {
    const [, header, ...rows] = read(csvFile('u', 't', compareColumns, compareRows(cells)));
    const col = (name: string) => header.indexOf(name);
    const linked = rows.filter((r) => r[col('clause')]);
    expect(linked.length).toBe(cells.reduce((n, c) => n + c.hits.length, 0));
    const hit = cells.flatMap((c) => c.hits).find((h) => h.text.includes('，') && h.text.length > 100)!;
    const row = linked.find((r) => r[col('clause')] === hit.clause)!;
    expect(row[col('clauseText')]).toBe(hit.text);
    expect(Number(row[col('score')])).toBeCloseTo(hit.score, 10);
    expect(parse(csvFile('u', 't', ['a'], [['他说："是,的"\n第二行']]), { bom: true, relax_column_count: true, from_line: 3 })).toEqual([['他说："是,的"\n第二行']]);
  });

  it('gives a plan with no clause for a national clause its line, the clause columns empty', () => {
    const gap = cells.find((c) => c.hits.length === 0)!;
    const [, header, ...rows] = read(csvFile('u', 't', compareColumns, compareRows([gap])));
    expect(rows).toHaveLength(1);
    expect(rows[0][header.indexOf('doc')]).toBe(gap.doc);
    expect(rows[0][header.indexOf('clause')]).toBe('');
  });
});

describe('CSV export of search results', () => {
  it('writes document, clause, excerpt and address, and whether all words were found', () => {
    const hit = { doc: 'd', docTitle: '某县方案', exact: false, clause: 'd/2.1', clauseTitle: '（一）胸痛中心', excerpt: '建设胸痛中心、卒中中心', url: 'http://x/docs/d/#c-2.1' };
    const [, header, row] = read(csvFile('http://x/search/?q=胸痛中心', 't', searchColumns, searchRows([hit])));
    expect(Object.fromEntries(header.map((name, i) => [name, row[i]]))).toEqual({ ...hit, exact: 'false' });
    expect(csvFileName('search', '2026-12-01')).toBe('qianxian-search-2026-12-01.csv');
  });
});
