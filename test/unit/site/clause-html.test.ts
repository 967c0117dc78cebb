import { beforeAll, describe, expect, it } from 'vitest';
import { strings } from '../../../src/i18n/index.ts';

// The loader reads SITE_DATA_DIR once; point it at the fixture before importing.
let data: typeof import('../../../src/lib/data.ts');
let html: typeof import('../../../src/lib/clause-html.ts');
beforeAll(async () => {
  process.env.SITE_DATA_DIR = 'test/fixtures/charts-data/site/data';
  data = await import('../../../src/lib/data.ts');
  html = await import('../../../src/lib/clause-html.ts');
});

const zh = { s: strings('zh'), lang: 'zh-CN' };
const en = { s: strings('en'), lang: 'en' };

describe('the reader’s lines under a clause', () => {
  it('lists a county clause’s links with target, relation, score, shared wording and its tools, in the page’s language', () => {
    const clause = data.loadClauses().find((c) => c.links.length > 0 && data.documentById(c.doc)?.level === 'county')!;
    const link = clause.links[0]!;
    const chinese = html.clauseLinksHtml(clause, zh);
    expect(chinese).toContain(`<p class="links-title">${zh.s.reader.linksTitle}</p>`);
    expect(chinese).toContain(`<span class="badge">${zh.s.relation[link.relation]}</span>`);
    expect(chinese).toContain(`data-curation-pair data-source="${clause.id}" data-target="${link.target}"`);
    for (const e of link.evidence) expect(chinese).toContain(`<mark class="ev-mark">${e.text}</mark>`);
    expect(chinese).toContain(`<details class="curation-add" data-curation-add data-source="${clause.id}" hidden`);
    const english = html.clauseLinksHtml(clause, en);
    expect(english).toContain(`<span class="badge">${en.s.relation[link.relation]}</span>`);
    expect(english).toContain('lang="en"');
  });

  it('escapes every value from a document: notes, shared wording, ids', () => {
    const clause = data.loadClauses().find((c) => c.links.length > 0)!;
    const hostile = '<script>window.ran = true</script>"&\'';
    const marked = { ...clause, id: `${clause.id}"><b>`, links: [{ ...clause.links[0]!, note: hostile, evidence: [{ text: hostile, source: [0, 1], target: [0, 1] }] }] } as typeof clause;
    const out = html.clauseLinksHtml(marked, zh) + html.clauseMetaHtml(marked, zh);
    expect(out).not.toMatch(/<script|<b>|"&'/);
    expect(out).toContain('&lt;script&gt;window.ran = true&lt;/script&gt;&quot;&amp;&#39;');
  });

  it('gives a clause its permalink, copy button and source lines', () => {
    const clause = data.loadClauses()[0]!;
    const meta = html.clauseMetaHtml(clause, zh);
    expect(meta).toContain(`href="/docs/${clause.doc}/#c-`);
    expect(meta).toContain(`<a class="source-lines" href="/source/${clause.doc}.txt">`);
    expect(meta).toMatch(/<button type="button" class="copy-link" data-copy="[^"]+" hidden>/);
  });
});
