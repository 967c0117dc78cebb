import { beforeAll, describe, expect, it } from 'vitest';
import { bibtex, bibtexEscape, citations, citedUrl, clauseCitationLabel, clauseOfFragment, cslJson, gbt7714, isoToday, type CitedClause, type CitedDocument } from '../../../src/lib/cite.ts';
import { clauseName } from '../../../src/lib/labels.ts';
import { seedCorpus } from '../../helpers/corpus.ts';
import type { ClauseRecord } from '../../../scripts/publish/schema.ts';

const base = 'https://policy.example.org/';
const accessed = '2026-12-01';
let county: CitedDocument;
let clause: ClauseRecord;
let cited: CitedClause;

beforeAll(async () => {
  const corpus = await seedCorpus();
  // The county plan with a 文号, an issuer and a date (the seed corpus has several; take the first).
  county = corpus.documents.find((d) => d.level === 'county' && d.docNumber && d.issuer && d.date)!;
  clause = corpus.clauses.find((c) => c.doc === county.id && c.depth === 3 && c.title)!;
  cited = { id: clause.id, label: clauseCitationLabel(clause.path, clauseName(clause)) };
});

describe('GB/T 7714-2015 citation (政府文件, [A/OL])', () => {
  it('follows the standard: issuer. title: 文号[A/OL]. (date of issue)[date consulted]. address.', () => {
    expect(gbt7714(county, { base, accessed })).toBe(
      `${county.issuer}. ${county.title}: ${county.docNumber}[A/OL]. (${county.date})[2026-12-01]. https://policy.example.org/docs/${county.id}/.`,
    );
  });

  it('names a clause after the 文号 and points at its anchor', () => {
    const text = gbt7714(county, { base, accessed, clause: cited });
    expect(text).toContain(`${county.docNumber}: ${cited.label}[A/OL]`);
    expect(text).toMatch(new RegExp(`/docs/${county.id}/#c-[0-9.]+\\.$`));
    expect(cited.label).toMatch(/^[一二三四五六七八九十]+（[一二三四五六七八九十]+）\d+ \S/);
  });

  it('leaves out what a document lacks instead of guessing', () => {
    const bare = { id: 'untitled-plan', title: null, docNumber: null, issuer: null, date: null };
    expect(gbt7714(bare, { base, accessed })).toBe('untitled-plan[A/OL]. [2026-12-01]. https://policy.example.org/docs/untitled-plan/.');
  });
});

describe('BibTeX and CSL-JSON', () => {
  it('give issuer, title, 文号, date, address and the day consulted', () => {
    const entry = bibtex(county, { base, accessed });
    expect(entry).toMatch(new RegExp(`^@misc\\{${county.id},`));
    for (const line of [`author = {{${county.issuer}}}`, `number = {${county.docNumber}}`, `date = {${county.date}}`, `urldate = {2026-12-01}`, `url = {${base}docs/${county.id}/}`]) {
      expect(entry).toContain(line);
    }
    const [item] = JSON.parse(cslJson(county, { base, accessed }));
    expect(item).toMatchObject({
      id: county.id,
      title: county.title,
      author: [{ literal: county.issuer }],
      number: county.docNumber,
      issued: { 'date-parts': [county.date!.split('-').map(Number)] },
      accessed: { 'date-parts': [[2026, 12, 1]] },
      URL: `${base}docs/${county.id}/`,
    });
  });

  it('cite a clause by its label and anchor, with a key BibTeX accepts', () => {
    const { bibtex: entry, cslJson: json } = citations(county, { base, accessed, clause: cited });
    expect(entry).toContain(`titleaddon = {${cited.label}}`);
    expect(entry.split('\n')[0]).toMatch(/^@misc\{[\w:.-]+,$/);
    const [item] = JSON.parse(json);
    expect(item.section).toBe(cited.label);
    expect(item.URL).toBe(citedUrl(county, base, cited));
  });

  it('escape the characters BibTeX reads as markup', () => {
    expect(bibtexEscape('A&B 50% #1 x_y {z} \\')).toBe('A\\&B 50\\% \\#1 x\\_y \\{z\\} \\textbackslash{}');
  });
});

describe('addresses and dates', () => {
  it('builds the address on a base with or without a path or trailing slash', () => {
    expect(citedUrl(county, 'https://example.org')).toBe(`https://example.org/docs/${county.id}/`);
    expect(citedUrl(county, 'https://example.org/plans/')).toBe(`https://example.org/plans/docs/${county.id}/`);
  });

  it('finds the clause a fragment names, and none for other fragments', () => {
    expect(clauseOfFragment(`#c-${cited.id.split('/')[1]}`, [cited])).toBe(cited);
    expect(clauseOfFragment('#fields', [cited])).toBeUndefined();
    expect(clauseOfFragment('', [cited])).toBeUndefined();
  });

  it('keeps bare numbers apart in a label and dates the day in local time', () => {
    expect(clauseCitationLabel(['1', '2'], '标题')).toBe('1.2 标题');
    expect(clauseCitationLabel(['三', '（二）', '1', '（1）'], '补齐')).toBe('三（二）1（1） 补齐');
    expect(isoToday(new Date(2026, 11, 1, 23, 59))).toBe('2026-12-01');
  });
});
