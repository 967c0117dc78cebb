/**
 * Search as a researcher uses it: type a Chinese phrase on /search/, get every document that
 * contains it, each result leading to the clause that holds it.
 * Which documents contain a phrase is computed from the source texts the site serves,
 * whitespace removed (PDF line breaks split phrases), never hard-coded.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { builtDocumentIds, openPage, screenshot, servedSource, useSite } from './browser.ts';

const dist = process.env.SITE_DIST ?? 'dist';
const phrases = ['胸痛中心', '医共体', '千县工程', '电子病历', '卒中', '远程医疗'];
const compact = (text: string) => text.replace(/\s+/g, '');
const documentIds = builtDocumentIds(dist);
const containing = (phrase: string) => documentIds.filter((id) => compact(servedSource(id, dist)).includes(phrase));

interface Result {
  doc: string;
  partial: boolean;
  /** The note under the document's title, e.g. （3 处条款含检索词）. */
  note: string;
  links: { href: string; title: string; excerpt: string; marked: string[] }[];
}

const sut = useSite(dist);

/** Type the phrase into the search page's box, submit, and read the listed results. */
async function search(page: Page, phrase: string): Promise<Result[]> {
  await page.fill('#search-q', phrase);
  await page.click('#search-form button[type=submit]');
  await page.waitForFunction(
    (q) => new URL(location.href).searchParams.get('q') === q && /找到|没有/.test(document.querySelector('#search-status')?.textContent ?? ''),
    phrase,
  );
  return page.$$eval('#search-results > li', (items) =>
    items.map((li) => ({
      doc: li.getAttribute('data-doc') ?? '',
      partial: li.classList.contains('partial'),
      note: li.querySelector('.clause-count')?.textContent ?? '',
      links: [...li.querySelectorAll('.sub-results > li')].map((sub) => ({
        href: sub.querySelector('a')!.getAttribute('href')!,
        title: sub.querySelector('a')!.textContent ?? '',
        excerpt: sub.querySelector('.excerpt')?.textContent ?? '',
        marked: [...sub.querySelectorAll('mark')].map((m) => m.textContent ?? ''),
      })),
    })),
  );
}

/** The text a link's target section shows itself (not its sub-clauses), whitespace removed. */
async function targetText(page: Page, href: string): Promise<string> {
  await page.goto(new URL(href, sut.site.url).href);
  return page.evaluate(() => {
    const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    const section = target?.closest('section') ?? target;
    if (!section) return '';
    const copy = section.cloneNode(true) as HTMLElement;
    for (const nested of copy.querySelectorAll('section, .index-terms, [data-pagefind-ignore]')) nested.remove();
    return (copy.textContent ?? '').replace(/\s+/g, '');
  });
}

/**
 * What a reader page shows under each heading, up to the next heading (a clause without its
 * sub-clauses; the document's title with its metadata), keyed by the heading's id, whitespace
 * removed, hidden index terms and tooltips left out. Also each heading as it reads on screen.
 */
const readerCache = new Map<string, Map<string, { text: string; heading: string }>>();
async function readerSections(page: Page, doc: string): Promise<Map<string, { text: string; heading: string }>> {
  const cached = readerCache.get(doc);
  if (cached) return cached;
  await page.goto(`${sut.site.url}/docs/${doc}/`);
  const entries: [string, { text: string; heading: string }][] = await page.evaluate(() => {
    const headings = [...document.querySelectorAll<HTMLElement>('article h1, article h2, article h3, article h4, article h5, article h6')];
    return headings
      .filter((h) => h.id)
      .map((h, i) => {
        const range = document.createRange();
        range.setStartBefore(h);
        const next = headings[i + 1];
        if (next) range.setEndBefore(next);
        else range.setEndAfter(document.querySelector('article')!.lastChild!);
        const copy = document.createElement('div');
        copy.append(range.cloneContents());
        for (const hidden of copy.querySelectorAll('.index-terms, [data-pagefind-ignore], .tip')) hidden.remove();
        const shown = h.cloneNode(true) as HTMLElement;
        for (const hidden of shown.querySelectorAll('[hidden], .tip')) hidden.remove();
        return [h.id, { text: (copy.textContent ?? '').replace(/\s+/g, ''), heading: (shown.textContent ?? '').replace(/\s+/g, '') }];
      });
  });
  const sections = new Map(entries);
  readerCache.set(doc, sections);
  return sections;
}

const anchorOf = (href: string) => decodeURIComponent(href.split('#')[1] ?? '');

describe('search', () => {
  it('the seed corpus contains the phrases under test', () => {
    for (const phrase of phrases) expect(containing(phrase).length, phrase).toBeGreaterThan(0);
  });

  for (const phrase of phrases) {
    it(`${phrase} returns every document that contains it, first and as a full match`, async () => {
      const { page, errors } = await openPage(sut.context, `${sut.site.url}/search/`);
      const results = await search(page, phrase);
      const expected = containing(phrase);
      const exact = results.filter((r) => !r.partial).map((r) => r.doc);
      expect(exact.sort()).toEqual(expected);
      // full matches are listed before pages holding only some of the words
      expect(results.slice(0, expected.length).every((r) => !r.partial)).toBe(true);
      if (phrase === phrases[0]) await screenshot(page, 'search-results');
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('each full match links to a clause anchor whose text holds the phrase, with the phrase highlighted', async () => {
    const { page } = await openPage(sut.context, `${sut.site.url}/search/`);
    const reader = await sut.context.newPage();
    for (const phrase of phrases) {
      for (const result of (await search(page, phrase)).filter((r) => !r.partial)) {
        expect(result.links.length, `${phrase} in ${result.doc}`).toBeGreaterThan(0);
        for (const link of result.links) expect(link.href).toMatch(new RegExp(`^/docs/${result.doc}/(#.+)?$`));
        const holding: string[] = [];
        for (const link of result.links.filter((l) => l.href.includes('#'))) {
          if ((await targetText(reader, link.href)).includes(phrase)) holding.push(link.href);
        }
        expect(holding.length, `${phrase}: a link of ${result.doc} leads to the words`).toBeGreaterThan(0);
        expect(result.links.some((l) => compact(l.excerpt).includes(phrase)), `${phrase}: excerpt of ${result.doc}`).toBe(true);
      }
    }
    const marked = await page.$$eval('#search-results .excerpt mark', (marks) => marks.map((m) => m.textContent));
    expect(marked.length).toBeGreaterThan(0);
    await page.close();
    await reader.close();
  });

  it('each full match lists only the clauses that hold the phrase, each with its own excerpt marking it, and says how many', async () => {
    const { page } = await openPage(sut.context, `${sut.site.url}/search/`);
    const reader = await sut.context.newPage();
    for (const phrase of phrases) {
      for (const result of (await search(page, phrase)).filter((r) => !r.partial)) {
        const where = `${phrase} in ${result.doc}`;
        const sections = await readerSections(reader, result.doc);
        // every clause of the document that holds the phrase, and only those, in reading order
        const holding = [...sections].filter(([, s]) => s.text.includes(phrase)).map(([id]) => id);
        const listed = result.links.map((l) => anchorOf(l.href));
        const titleOnly = (id: string) => id === 'top' && !sections.get(id)!.text.slice(sections.get(id)!.heading.length).includes(phrase);
        expect(listed, where).toEqual(holding.filter((id) => !titleOnly(id)));
        expect(result.note, where).toBe(`（${listed.length} 处条款含检索词）`);
        for (const link of result.links) {
          expect(link.href, where).toMatch(new RegExp(`^/docs/${result.doc}/#.+$`));
          // the phrase is marked in the clause's title or in its excerpt, which is from that clause
          expect(link.marked.map(compact), `${where}: ${link.title}`).toContain(phrase);
          expect(sections.get(anchorOf(link.href))!.text, `${where}: ${link.title}`).toContain(compact(link.excerpt).replace(/^…|…$/g, ''));
        }
        // no excerpt is repeated under another clause, no title repeated, the document's title is not a clause
        const excerpts = result.links.map((l) => l.excerpt).filter(Boolean);
        expect(new Set(excerpts).size, where).toBe(excerpts.length);
        expect(new Set(result.links.map((l) => l.title)).size, where).toBe(result.links.length);
      }
    }
    await page.close();
    await reader.close();
  });

  it('a clause is listed under its full heading, highlighted fields and all, without tooltip text', async () => {
    const { page } = await openPage(sut.context, `${sut.site.url}/search/`);
    const reader = await sut.context.newPage();
    // headings with a highlighted field (a deadline, unit or metric) in them
    const marked: { doc: string; id: string; heading: string; tips: string[] }[] = [];
    for (const doc of documentIds) {
      await reader.goto(`${sut.site.url}/docs/${doc}/`);
      marked.push(
        ...(await reader.$$eval('.clause-heading:has(mark.f)', (hs) =>
          hs.map((h) => {
            const shown = h.cloneNode(true) as HTMLElement;
            for (const hidden of shown.querySelectorAll('[hidden], .tip')) hidden.remove();
            return { id: h.id, heading: shown.textContent ?? '', tips: [...h.querySelectorAll('.tip')].map((t) => t.textContent ?? '') };
          }),
        )).map((h) => ({ doc, ...h })),
      );
    }
    expect(marked.length).toBeGreaterThan(0);
    for (const heading of marked.slice(0, 6)) {
      const query = compact(heading.heading);
      const result = (await search(page, query)).find((r) => r.doc === heading.doc && !r.partial);
      expect(result, query).toBeDefined();
      const link = result!.links.find((l) => anchorOf(l.href) === heading.id);
      expect(link, query).toBeDefined();
      expect(compact(link!.title)).toBe(query);
      for (const tip of heading.tips) expect(link!.title).not.toContain(tip);
    }
    await page.close();
    await reader.close();
  });

  it('a two-word query finds the documents holding both words, clauses holding both first', async () => {
    const words = ['胸痛', '卒中'];
    const expected = documentIds.filter((id) => words.every((w) => compact(servedSource(id, dist)).includes(w)));
    expect(expected.length).toBeGreaterThan(0);
    const { page, errors } = await openPage(sut.context, `${sut.site.url}/search/`);
    const reader = await sut.context.newPage();
    const results = await search(page, words.join(' '));
    expect(results.filter((r) => !r.partial).map((r) => r.doc).sort()).toEqual(expected);
    for (const result of results.filter((r) => !r.partial)) {
      const sections = await readerSections(reader, result.doc);
      const held = result.links.map((l) => words.filter((w) => sections.get(anchorOf(l.href))!.text.includes(w)).length);
      expect(held.every((n) => n > 0), result.doc).toBe(true);
      expect(held, result.doc).toEqual([...held].sort((a, b) => b - a));
      for (const link of result.links) expect(link.marked.some((m) => words.includes(compact(m))), link.title).toBe(true);
    }
    await screenshot(page, 'search-two-words');
    expect(errors).toEqual([]);
    await page.close();
    await reader.close();
  });

  it('a document holding only some of the words says so and lists a few clauses holding them', async () => {
    const { page } = await openPage(sut.context, `${sut.site.url}/search/`);
    for (const phrase of phrases) {
      for (const result of (await search(page, phrase)).filter((r) => r.partial)) {
        expect(result.note, `${phrase} in ${result.doc}`).toMatch(/仅含部分词语/);
        expect(result.links.length).toBeLessThanOrEqual(3);
        for (const link of result.links) expect(link.marked.length, `${phrase} in ${result.doc}: ${link.title}`).toBeGreaterThan(0);
      }
    }
    await page.close();
  });

  it('excerpts never show the hidden index terms', async () => {
    const { page } = await openPage(sut.context, `${sut.site.url}/search/`);
    for (const phrase of phrases) {
      await search(page, phrase);
      const excerpts = await page.$$eval('#search-results .excerpt', (ps) => ps.map((p) => p.textContent ?? ''));
      for (const text of excerpts) expect(text).not.toMatch(/[⟦⟧]/);
    }
    await page.close();
  });

  it('the search box in the header of any page lands on the results', async () => {
    const id = documentIds[0]!;
    const { page } = await openPage(sut.context, `${sut.site.url}/docs/${id}/`);
    await page.fill('#site-search-q', '卒中');
    await page.press('#site-search-q', 'Enter');
    await page.waitForURL(/\/search\/\?q=/);
    await page.waitForFunction(() => /找到/.test(document.querySelector('#search-status')?.textContent ?? ''));
    expect(await page.inputValue('#search-q')).toBe('卒中');
    expect(await page.locator('#search-results > li').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('filters narrow the results and live in the URL', async () => {
    const { page } = await openPage(sut.context, `${sut.site.url}/search/?q=${encodeURIComponent('医共体')}`);
    await page.waitForFunction(() => /找到/.test(document.querySelector('#search-status')?.textContent ?? ''));
    const before = await page.locator('#search-results > li').count();
    const groups = await page.$$eval('.filter-group summary', (s) => s.map((x) => x.textContent));
    expect(groups).toEqual(expect.arrayContaining(['文件', '层级', '年份']));
    const documentFilter = page.locator('.filter-group').filter({ hasText: '文件' }).first();
    await documentFilter.locator('summary').click();
    await documentFilter.locator('input[type=checkbox]').first().check();
    await page.waitForFunction(
      () => new URL(location.href).searchParams.has('document') && /找到|没有/.test(document.querySelector('#search-status')?.textContent ?? ''),
    );
    expect(before).toBeGreaterThan(1);
    expect(await page.locator('#search-results > li').count()).toBe(1);
    await page.close();
  });

  it('every indexed page carries its document id as Pagefind meta', async () => {
    const { page } = await openPage(sut.context, `${sut.site.url}/search/`);
    // A string, so the test runner does not rewrite the browser's dynamic import.
    const metas: [string, string][] = await page.evaluate(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      const all = await pagefind.search(null, { filters: {} });
      const data = await Promise.all(all.results.map((r) => r.data()));
      return data.map((d) => [d.url, d.meta.doc]);
    })()`);
    expect(metas.map(([, doc]) => doc).sort()).toEqual(documentIds);
    for (const [url, doc] of metas) expect(url).toBe(`/docs/${doc}/`);
    await page.close();
  });
});
