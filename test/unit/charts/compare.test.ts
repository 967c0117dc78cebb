import { describe, expect, it } from 'vitest';
import {
  compareModel,
  coveredRows,
  excerptSegments,
  highlightSegments,
  nationalRows,
  linksToNational,
  planDocuments,
  precedesNational,
} from '../../../src/lib/compare.ts';
import { docsQuery, parseDocsChoice } from '../../../src/lib/compare-choice.ts';
import { compareHref, nationalClauseHref, nationalClauseSlug } from '../../../src/lib/compare-links.ts';
import { clauses, documents } from './fixture.ts';

describe('nationalClauseSlug', () => {
  it('turns a national clause id into one path segment', () => {
    expect(nationalClauseSlug('national-qianxian-2021/2.1.3')).toBe('national-qianxian-2021-2-1-3');
    expect(nationalClauseHref('national-qianxian-2021/2.1.3')).toBe('/national/national-qianxian-2021-2-1-3/');
  });

  it('keeps split paragraphs apart from deeper clauses', () => {
    expect(nationalClauseSlug('national-qianxian-2021/2.1~2')).not.toBe(nationalClauseSlug('national-qianxian-2021/2.1.2'));
  });

  it('gives every clause of the fixture a distinct slug', () => {
    const slugs = clauses.map((c) => nationalClauseSlug(c.id));
    expect(new Set(slugs).size).toBe(slugs.length);
  });

  it('builds compare links that carry the choice and the row', () => {
    expect(compareHref(['a', 'b'], 'national-qianxian-2021/1.2')).toBe('/compare/?docs=a,b#national-qianxian-2021-1-2');
    expect(compareHref([])).toBe('/compare/');
  });
});

describe('plans and rows', () => {
  it('takes every document below national level as a plan, oldest first', () => {
    expect(planDocuments(documents).map((d) => d.id)).toEqual([
      'yanshi-2020',
      'xiangyuan-2023',
      'pianguan-2024',
      'mingxi-2024',
    ]);
  });

  it('rows are the national leaf clauses in reading order, headings left out', () => {
    const rows = nationalRows(documents, clauses).map((c) => c.id.split('/')[1]);
    expect(rows).toEqual(['1.1', '1.2', '2.1.1', '2.1.3', '2.1.4', '2.2.1', '2.2.4', '3.2']);
  });

  it('keeps a heading as a row when a plan links to it directly', () => {
    const linkedHeading = clauses.map((c) =>
      c.id === 'pianguan-2024/1' ? { ...c, links: [{ ...c.links[0], target: 'national-qianxian-2021/2.1' }] } : c,
    );
    expect(nationalRows(documents, linkedHeading).map((c) => c.id)).toContain('national-qianxian-2021/2.1');
  });
});

describe('compareModel', () => {
  const model = compareModel(documents, clauses);
  const row = (n: string) => model.rows.find((r) => r.national.id === `national-qianxian-2021/${n}`)!;

  it('puts each plan clause in the cell of every national clause it links to, best first', () => {
    expect(row('2.1.4').cells['xiangyuan-2023'].map((c) => c.clause.id)).toEqual(['xiangyuan-2023/3']);
    expect(row('2.1.4').cells['pianguan-2024'][0].link.score).toBe(0.81);
    expect(row('2.1.3').cells['pianguan-2024'].map((c) => c.clause.id)).toEqual(['pianguan-2024/2']);
  });

  it('leaves a gap where a plan has no clause for a national clause', () => {
    expect(row('2.1.1').cells['mingxi-2024']).toEqual([]);
    expect(row('1.1').cells).toEqual({ 'yanshi-2020': [], 'xiangyuan-2023': [], 'pianguan-2024': [], 'mingxi-2024': [] });
  });

  it('keeps a plan older than the national one as precedes, never as implementation', () => {
    const cell = row('2.1.4').cells['yanshi-2020'];
    expect(cell[0].link.relation).toBe('precedes');
  });

  it('counts the national rows each plan covers', () => {
    expect(coveredRows(model, 'pianguan-2024')).toBe(4);
    expect(coveredRows(model, 'yanshi-2020')).toBe(1);
  });

  it('collects the clauses that implement no national clause, per plan', () => {
    expect(model.unlinked['yanshi-2020'].map((c) => c.id)).toEqual(['yanshi-2020/1', 'yanshi-2020/3']);
    expect(model.unlinked['pianguan-2024']).toEqual([]);
  });
});

describe('parseDocsChoice', () => {
  const known = ['a', 'b', 'c'];
  it('reads comma lists and repeated parameters, dropping unknown ids and repeats', () => {
    expect(parseDocsChoice(new URLSearchParams('docs=a,b'), known)).toEqual(['a', 'b']);
    expect(parseDocsChoice(new URLSearchParams('docs=c&docs=a&docs=c'), known)).toEqual(['c', 'a']);
    expect(parseDocsChoice(new URLSearchParams('docs=x,%3Cscript%3E'), known)).toEqual([]);
    expect(parseDocsChoice(new URLSearchParams(''), known)).toEqual([]);
  });
  it('writes a choice back as one comma list', () => {
    expect(docsQuery(['a', 'b'])).toBe('?docs=a,b');
    expect(docsQuery([])).toBe('');
  });
});

describe('evidence highlighting', () => {
  it('splits a text into plain and shared pieces, merging overlapping spans', () => {
    expect(highlightSegments('甲乙丙丁戊', [[1, 3], [2, 4]])).toEqual([
      { text: '甲', shared: false },
      { text: '乙丙丁', shared: true },
      { text: '戊', shared: false },
    ]);
  });

  it('keeps markup-like text as plain pieces for the renderer to escape', () => {
    const text = '<script>胸痛</script>';
    const segments = highlightSegments(text, [[8, 10]]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.find((s) => s.shared)?.text).toBe('胸痛');
  });

  it('ignores spans outside the text', () => {
    expect(highlightSegments('ab', [[5, 9]])).toEqual([{ text: 'ab', shared: false }]);
  });

  it('shortens long texts to windows around the shared wording', () => {
    const text = '甲'.repeat(100) + '胸痛中心' + '乙'.repeat(100);
    const segments = excerptSegments(text, [[100, 104]], { maxLength: 50, context: 3 });
    expect(segments.map((s) => s.text)).toEqual(['…', '甲甲甲', '胸痛中心', '乙乙乙', '…']);
  });
});

describe('linksToNational', () => {
  it('groups every linking clause by document in plan order and lists the plans that leave it out', () => {
    const { groups, gaps, sharedSpans } = linksToNational('national-qianxian-2021/2.1.4', documents, clauses);
    expect(groups.map((g) => [g.doc.id, g.hits.map((h) => h.clause.id)])).toEqual([
      ['yanshi-2020', ['yanshi-2020/2']],
      ['xiangyuan-2023', ['xiangyuan-2023/3']],
      ['pianguan-2024', ['pianguan-2024/2']],
    ]);
    expect(gaps.map((d) => d.id)).toEqual(['mingxi-2024']);
    expect(sharedSpans.length).toBeGreaterThan(0);
  });
});

describe('precedesNational', () => {
  it('follows the relation the link stage gave the plan’s links, not the dates', () => {
    const byId = (id: string) => documents.find((d) => d.id === id)!;
    const nationalIds = new Set(clauses.filter((c) => c.doc === 'national-qianxian-2021').map((c) => c.id));
    const relations = (id: string) => new Set(clauses.filter((c) => c.doc === id).flatMap((c) => c.links.map((l) => l.relation)));
    for (const id of ['yanshi-2020', 'pianguan-2024']) {
      expect(precedesNational(byId(id), clauses, nationalIds)).toBe(relations(id).has('precedes'));
    }
    const relabelled = clauses.map((c) => ({ ...c, links: c.links.map((l) => ({ ...l, relation: 'implements' as const })) }));
    expect(precedesNational(byId('yanshi-2020'), relabelled, nationalIds)).toBe(false);
  });
});
