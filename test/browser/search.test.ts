/**
 * Search as a researcher uses it: type a Chinese phrase on /search/, get every document that
 * contains it, each result leading to the clause that holds it.
 * Which documents contain a phrase is computed from the source texts the site serves,
 * whitespace removed (PDF line breaks split phrases), never hard-coded.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtDocumentIds, launchChromium, openPage, screenshot, servedSource } from './browser.ts';
import { serveDist, type StaticSite } from './serve.ts';

const dist = process.env.SITE_DIST ?? 'dist';
const phrases = ['胸痛中心', '医共体', '千县工程', '电子病历', '卒中', '远程医疗'];
const compact = (text: string) => text.replace(/\s+/g, '');
const documentIds = builtDocumentIds(dist);
const containing = (phrase: string) => documentIds.filter((id) => compact(servedSource(id, dist)).includes(phrase));

interface Result {
  doc: string;
  partial: boolean;
  links: { href: string; excerpt: string }[];
}

let site: StaticSite;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  site = await serveDist(dist);
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

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
      links: [...li.querySelectorAll('.sub-results > li')].map((sub) => ({
        href: sub.querySelector('a')!.getAttribute('href')!,
        excerpt: sub.querySelector('.excerpt')?.textContent ?? '',
      })),
    })),
  );
}

/** The text a link's target section shows itself (not its sub-clauses), whitespace removed. */
async function targetText(page: Page, href: string): Promise<string> {
  await page.goto(new URL(href, site.url).href);
  return page.evaluate(() => {
    const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    const section = target?.closest('section') ?? target;
    if (!section) return '';
    const copy = section.cloneNode(true) as HTMLElement;
    for (const nested of copy.querySelectorAll('section, .index-terms, [data-pagefind-ignore]')) nested.remove();
    return (copy.textContent ?? '').replace(/\s+/g, '');
  });
}

describe('search', () => {
  it('the seed corpus contains the phrases under test', () => {
    for (const phrase of phrases) expect(containing(phrase).length, phrase).toBeGreaterThan(0);
  });

  for (const phrase of phrases) {
    it(`${phrase} returns every document that contains it, first and as a full match`, async () => {
      const { page, errors } = await openPage(context, `${site.url}/search/`);
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
    const { page } = await openPage(context, `${site.url}/search/`);
    const reader = await context.newPage();
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

  it('excerpts never show the hidden index terms', async () => {
    const { page } = await openPage(context, `${site.url}/search/`);
    for (const phrase of phrases) {
      await search(page, phrase);
      const excerpts = await page.$$eval('#search-results .excerpt', (ps) => ps.map((p) => p.textContent ?? ''));
      for (const text of excerpts) expect(text).not.toMatch(/[⟦⟧]/);
    }
    await page.close();
  });

  it('the search box in the header of any page lands on the results', async () => {
    const id = documentIds[0]!;
    const { page } = await openPage(context, `${site.url}/docs/${id}/`);
    await page.fill('#site-search-q', '卒中');
    await page.press('#site-search-q', 'Enter');
    await page.waitForURL(/\/search\/\?q=/);
    await page.waitForFunction(() => /找到/.test(document.querySelector('#search-status')?.textContent ?? ''));
    expect(await page.inputValue('#search-q')).toBe('卒中');
    expect(await page.locator('#search-results > li').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('filters narrow the results and live in the URL', async () => {
    const { page } = await openPage(context, `${site.url}/search/?q=${encodeURIComponent('医共体')}`);
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
    const { page } = await openPage(context, `${site.url}/search/`);
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
