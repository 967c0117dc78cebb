import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { toText } from 'hast-util-to-text';
import type { Element, Root } from 'hast';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareTableHtml, linkedClauseHtml } from '../../../src/lib/compare-html.ts';
import { compareModel } from '../../../src/lib/compare.ts';
import { clauseReference } from '../../../src/lib/labels.ts';
import { strings } from '../../../src/i18n/index.ts';
import { localeHref } from '../../../src/i18n/locale.ts';
import type { Corpus } from '../../../scripts/pipeline.ts';
import { seedCorpus } from '../../helpers/corpus.ts';

let corpus: Corpus;
beforeAll(async () => {
  corpus = await seedCorpus();
});

const zh = { s: strings('zh'), page: (href: string) => href };
const en = { s: strings('en'), page: (href: string) => localeHref('en', href) };

const parse = (html: string) => unified().use(rehypeParse, { fragment: true }).parse(html) as Root;
function all(node: Root | Element, test: (e: Element) => boolean, found: Element[] = []): Element[] {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (test(child)) found.push(child);
    all(child, test, found);
  }
  return found;
}
const has = (name: string) => (e: Element) => e.properties[name] !== undefined;

describe('the comparison table (the same markup built for a small corpus and drawn in the browser for a choice)', () => {
  it('gives every national clause a row and every plan a column, each cell the plan’s linked clauses or a marked gap', () => {
    const { plans, rows } = compareModel(corpus.documents, corpus.clauses);
    const table = parse(compareTableHtml(corpus.documents, corpus.clauses, zh, zh.s.compare.caption));
    const rowElements = all(table, has('dataNational'));
    expect(rowElements.map((r) => r.properties.dataNational)).toEqual(rows.map((r) => r.national.id));
    expect(all(table, (e) => e.tagName === 'th' && has('dataDocTitle')(e)).map((e) => e.properties.dataDoc)).toEqual(plans.map((p) => p.id));
    for (const [i, row] of rows.entries()) {
      expect(rowElements[i].properties.dataNationalLabel).toBe(clauseReference(row.national));
      expect(toText(all(rowElements[i], has('dataNationalText'))[0])).toBe(row.national.text);
      for (const plan of plans) {
        const cell = all(rowElements[i], (e) => e.tagName === 'td' && e.properties.dataDoc === plan.id)[0];
        const hits = all(cell, has('dataClause'));
        expect(hits.map((h) => h.properties.dataClause)).toEqual(row.cells[plan.id].map((h) => h.clause.id));
        expect(String(cell.properties.className ?? '')).toBe(hits.length ? '' : 'gap');
      }
    }
  });

  it('carries on each linked clause what the CSV export reads and the pair its curation tools act on', () => {
    const { rows } = compareModel(corpus.documents, corpus.clauses);
    const hit = rows.flatMap((r) => Object.values(r.cells).flat()).find((h) => h.link.evidence.length > 0)!;
    const article = all(parse(linkedClauseHtml(hit, zh)), (e) => e.tagName === 'article')[0];
    expect(article.properties).toMatchObject({
      dataClause: hit.clause.id,
      dataLabel: clauseReference(hit.clause),
      dataRelation: hit.link.relation,
      dataScore: String(hit.link.score),
      dataText: hit.clause.text,
    });
    const tools = all(article, has('dataCurationPair'))[0];
    expect(tools.properties).toMatchObject({ dataSource: hit.clause.id, dataTarget: hit.link.target, dataCurated: 'computed', hidden: true });
    const shared = all(article, (e) => e.tagName === 'mark').map((m) => toText(m));
    expect(shared.length).toBeGreaterThan(0);
    for (const text of shared) expect(hit.link.evidence.some((e) => e.text.includes(text) || text.includes(e.text))).toBe(true);
  });

  it('marks a curated link (人工添加) and one taken from the clause above (随所属条款), in the page’s language', () => {
    const { rows } = compareModel(corpus.documents, corpus.clauses);
    const hit = rows.flatMap((r) => Object.values(r.cells).flat())[0];
    const added = { ...hit, link: { ...hit.link, curated: 'added' as const } };
    const inherited = { ...hit, link: { ...hit.link, inheritedFrom: hit.clause.parent } };
    expect(linkedClauseHtml(added, zh)).toContain(`<span class="badge curated">${zh.s.reader.curatedAdded}</span>`);
    expect(linkedClauseHtml(added, zh)).toContain('data-curated="added"');
    expect(linkedClauseHtml(inherited, zh)).toContain(`<span class="badge inherited">${zh.s.reader.inheritedBadge}</span>`);
    expect(linkedClauseHtml(hit, zh)).not.toMatch(/badge (curated|inherited)/);
    const english = linkedClauseHtml(added, en);
    expect(english).toContain(`<span class="badge curated">${en.s.reader.curatedAdded}</span>`);
    expect(english).toContain(`href="/en/docs/${hit.clause.doc}/`);
  });

  it('escapes every value from a document: its text, title, ids and the shared wording', () => {
    const hostile = '<script>window.ran = true</script>"&\'';
    const documents = corpus.documents.map((d) => (d.level === 'county' ? { ...d, title: hostile } : d));
    const clauses = corpus.clauses.map((c) => (c.links.length ? { ...c, text: hostile + c.text, links: c.links.map((l) => ({ ...l, evidence: l.evidence.map((e) => ({ ...e, text: hostile })) })) } : c));
    const html = compareTableHtml(documents, clauses, zh, hostile);
    expect(html).not.toMatch(/<script|"&'/);
    expect(html).toContain('&lt;script&gt;window.ran = true&lt;/script&gt;&quot;&amp;&#39;');
  });
});
