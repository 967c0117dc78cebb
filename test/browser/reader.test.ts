/**
 * The reader as a researcher uses it: read a plan without JavaScript, follow the outline and
 * permalinks, see field values on keyboard focus, open the raw source, print it. (Markup in a
 * document shown as text: test/e2e/fixture-site.test.ts, on a corpus built through the pipeline.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ClauseRecord, DocumentRecord } from '../../scripts/publish/schema.ts';
import { openPage, screenshot, servedSource, useSite } from './browser.ts';

const dist = process.env.SITE_DIST ?? 'dist';
const documents: DocumentRecord[] = JSON.parse(readFileSync(join(dist, 'data', 'documents.json'), 'utf8'));
const clauses: ClauseRecord[] = JSON.parse(readFileSync(join(dist, 'data', 'clauses.json'), 'utf8'));
const anchorOf = (clauseId: string) => `c-${clauseId.slice(clauseId.indexOf('/') + 1)}`;
const compact = (text: string) => text.replace(/\s+/g, '');
// The plan with the most extracted fields shows the most.
const fieldCount = (id: string) => clauses.filter((c) => c.doc === id).reduce((n, c) => n + c.units.length + c.deadlines.length + c.metrics.length, 0);
const richest = [...documents].sort((a, b) => fieldCount(b.id) - fieldCount(a.id))[0]!;

const sut = useSite(dist);

describe('reader without JavaScript', () => {
  it.each(documents.map((d) => [d.id]))('%s shows every clause with its anchor, text and source lines', async (id) => {
    const context = await sut.browser.newContext({ javaScriptEnabled: false });
    const { page } = await openPage(context, `${sut.site.url}/docs/${id}/`);
    for (const clause of clauses.filter((c) => c.doc === id)) {
      const heading = page.locator(`[id="${anchorOf(clause.id)}"]`);
      expect(await heading.count(), clause.id).toBe(1);
      const section = page.locator(`section:has(> [id="${anchorOf(clause.id)}"])`);
      const shown = compact((await section.evaluate((s) => {
        const copy = s.cloneNode(true) as HTMLElement;
        for (const n of copy.querySelectorAll('section, .clause-meta, .links, .tip, .index-terms')) n.remove();
        return copy.textContent ?? '';
      })) as string);
      expect(shown, clause.id).toContain(compact(clause.text));
      const lines = clause.source.line === clause.source.endLine ? `${clause.source.line}` : `${clause.source.line}–${clause.source.endLine}`;
      expect(await section.locator('> .clause-meta .source-lines').first().textContent()).toContain(lines);
    }
    // outline links reach existing anchors
    const targets = await page.$$eval('nav.outline a[href^="#"]', (links) => links.map((a) => a.getAttribute('href')!.slice(1)));
    for (const target of targets) expect(await page.locator(`[id="${target}"]`).count(), target).toBe(1);
    await context.close();
  });

  it('a clause permalink opens the page at that clause', async () => {
    const clause = clauses.find((c) => c.doc === richest.id && c.depth > 1)!;
    const context = await sut.browser.newContext({ javaScriptEnabled: false });
    const { page } = await openPage(context, `${sut.site.url}/docs/${richest.id}/`);
    const href = await page.locator(`section:has(> [id="${anchorOf(clause.id)}"]) > .clause-meta a.permalink`).getAttribute('href');
    expect(href).toBe(`/docs/${richest.id}/#${anchorOf(clause.id)}`);
    await page.goto(`${sut.site.url}${href}`);
    const top = await page.locator(`[id="${anchorOf(clause.id)}"]`).evaluate((h) => h.getBoundingClientRect().top);
    expect(Math.abs(top)).toBeLessThan(40);
    await context.close();
  });

  it('links to the raw source text, served as UTF-8', async () => {
    const context = await sut.browser.newContext({ javaScriptEnabled: false });
    const { page } = await openPage(context, `${sut.site.url}/docs/${richest.id}/`);
    const href = await page.locator('.doc-meta a[href^="/source/"]').getAttribute('href');
    expect(href).toBe(`/source/${richest.id}.txt`);
    const response = await context.request.get(`${sut.site.url}${href}`);
    expect(await response.text()).toBe(servedSource(richest.id, dist));
    await context.close();
  });

  it('shows preamble and closing', async () => {
    const doc = documents.find((d) => d.preamble && d.closing) ?? documents.find((d) => d.preamble)!;
    const context = await sut.browser.newContext({ javaScriptEnabled: false });
    const { page } = await openPage(context, `${sut.site.url}/docs/${doc.id}/`);
    const text = compact((await page.textContent('article')) ?? '');
    expect(text).toContain(compact(doc.preamble));
    expect(text).toContain(compact(doc.closing));
    await context.close();
  });

  it('shows a preamble written in Markdown formatted — headings bold without #, --- a rule — its text as written kept in the page', async () => {
    const doc = documents.find((d) => /^#{1,6} /m.test(d.preamble) && /^---$/m.test(d.preamble));
    expect(doc, 'a seed plan with a Markdown cover page').toBeDefined();
    const headings = doc!.preamble.split('\n').filter((line) => /^#{1,6} /.test(line));
    const context = await sut.browser.newContext({ javaScriptEnabled: false });
    const { page, errors } = await openPage(context, `${sut.site.url}/docs/${doc!.id}/`);
    const preamble = page.locator('section.preamble');
    const shownHeadings = preamble.locator('.md-heading');
    expect(await shownHeadings.allInnerTexts()).toEqual(headings.map((line) => line.replace(/^#+ +/, '')));
    for (const heading of await shownHeadings.all()) expect(Number(await heading.locator('strong').evaluate((e) => getComputedStyle(e).fontWeight))).toBeGreaterThanOrEqual(700);
    const rule = preamble.locator('.md-rule').first();
    expect(await rule.evaluate((e) => getComputedStyle(e).borderTopStyle)).toBe('solid');
    const shown = await preamble.innerText();
    expect(shown).not.toMatch(/^\s*(#|---)/m);
    // What the search index and a text copy of the page read: every character as written.
    expect(compact((await preamble.textContent()) ?? '')).toContain(compact(doc!.preamble));
    expect(errors).toEqual([]);
    await screenshot(page, 'reader-markdown-preamble');
    await context.close();
  });
});

describe('reader fields and links', () => {
  it('each field is highlighted and shows its normalised value on keyboard focus', async () => {
    const context = await sut.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const { page } = await openPage(context, `${sut.site.url}/docs/${richest.id}/`);
    const marks = page.locator('.clauses mark.f');
    expect(await marks.count()).toBeGreaterThan(0);
    const mark = marks.first();
    const tipId = await mark.getAttribute('aria-describedby');
    const tip = page.locator(`[id="${tipId}"]`);
    expect(await tip.isVisible()).toBe(false);
    await mark.focus();
    expect(await tip.isVisible()).toBe(true);
    expect((await tip.textContent())?.length).toBeGreaterThan(0);
    await screenshot(page, 'reader-field-focus');
    await mark.blur();
    await mark.hover();
    expect(await tip.isVisible()).toBe(true);
    // every field of the document is listed in its table
    const rows = await page.locator('.field-table tbody tr').count();
    expect(rows).toBe(fieldCount(richest.id));
    await context.close();
  });

  it("each clause lists its links with target, relation, score and shared wording", async () => {
    const linked = clauses.find((c) => c.links.length > 0 && c.links[0]!.evidence.length > 0);
    if (!linked) return; // the data has no links yet
    const context = await sut.browser.newContext();
    const { page } = await openPage(context, `${sut.site.url}/docs/${linked.doc}/`);
    const items = page.locator(`section:has(> [id="${anchorOf(linked.id)}"]) > .links li`);
    expect(await items.count()).toBe(linked.links.length);
    const first = items.first();
    expect(await first.locator('a').getAttribute('href')).toMatch(/^\/(national|docs)\//);
    expect(await first.textContent()).toContain(`${Math.round(linked.links[0]!.score * 100)}%`);
    expect(await first.locator('mark.ev-mark').first().textContent()).toBe(linked.links[0]!.evidence[0]!.text);
    await context.close();
  });

  it('a link a clause takes from the clause it stands under says so, and leads to that clause', async () => {
    const taking = clauses.find((c) => c.links.some((l) => l.inheritedFrom));
    expect(taking, 'a seed clause that says too little of its own under a task linked surely').toBeDefined();
    const parent = taking!.links.find((l) => l.inheritedFrom)!.inheritedFrom!;
    const context = await sut.browser.newContext();
    const { page } = await openPage(context, `${sut.site.url}/docs/${taking!.doc}/`);
    const note = page.locator(`section:has(> [id="${anchorOf(taking!.id)}"]) > .links li .inherited`);
    expect(await note.textContent()).toContain('随所属条款对应');
    expect(await note.locator('a').getAttribute('href')).toBe(`/docs/${taking!.doc}/#${anchorOf(parent)}`);
    await context.close();
  });

  it('prints the text without navigation, outline or tooltips', async () => {
    const context = await sut.browser.newContext();
    const { page } = await openPage(context, `${sut.site.url}/docs/${richest.id}/`);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['header.site-header', 'nav.outline', '.copy-link']) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
    }
    expect(await page.locator('article h1').isVisible()).toBe(true);
    await page.pdf({ path: join('test-results', 'screenshots', 'reader-print.pdf') });
    await context.close();
  });
});

describe('reader landmarks', () => {
  it('names each landmark once, so a screen reader\'s list of regions has no two alike', async () => {
    const context = await sut.browser.newContext();
    const { page } = await openPage(context, `${sut.site.url}/docs/${richest.id}/`);
    await page.addScriptTag({ path: join('node_modules', 'axe-core', 'axe.min.js') });
    const duplicates = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(options: object): Promise<{ violations: { nodes: { target: string[] }[] }[] }> } }).axe;
      const result = await axe.run({ runOnly: ['landmark-unique'] });
      return result.violations.flatMap((v) => v.nodes.map((n) => n.target.join(' ')));
    });
    expect(duplicates).toEqual([]);
    await context.close();
  });
});
