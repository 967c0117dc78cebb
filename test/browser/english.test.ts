/**
 * The English interface: every page again under /en/, lang="en", with no Chinese left in the
 * interface (document text, marked lang="zh-CN", stays as written); the language switch keeps
 * the reader's place; search from /en/search/ finds Chinese text in the one (zh-cn) index.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { builtDocumentIds, openPage, seriousAxeViolations, useSite } from './browser.ts';

const dist = process.env.SITE_DIST ?? 'dist';
const firstRoute = (folder: string) => readdirSync(join(dist, folder), { withFileTypes: true }).find((e) => e.isDirectory())!.name;
const [firstDoc] = builtDocumentIds(dist);
const phrase = '胸痛中心';

const pages = [
  '/',
  ...builtDocumentIds(dist).map((id) => `/docs/${id}/`),
  `/search/?q=${encodeURIComponent(phrase)}`,
  '/compare/',
  '/data/',
  '/reuse/',
  `/reuse/families/${firstRoute('reuse/families')}/`,
  '/citations/',
  '/curation/',
  `/regions/${firstRoute('regions')}/`,
  `/national/${firstRoute('national')}/`,
];

const sut = useSite(dist);

/** Wait until the search page has shown its results, so checks see the finished page. */
async function settled(page: Page, path: string) {
  if (path.startsWith('/search/')) await page.waitForFunction(() => /found|No results/.test(document.querySelector('#search-status')?.textContent ?? ''));
}

/**
 * Visible text and accessible names in Chinese outside document text: an element's text is
 * document text when its nearest lang attribute is zh-CN (the 中文 switch is such an element).
 */
function chineseInterface(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const han = /[\u4e00-\u9fff]/;
    // The data documentation (docs/data.md, lang="en") quotes Chinese document wording as examples.
    const isDocumentText = (el: Element) => el.closest('[lang]')?.getAttribute('lang') === 'zh-CN' || el.closest('.prose') !== null;
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || el.closest('script, style, template, noscript') || !el.checkVisibility() || isDocumentText(el)) continue;
      if (han.test(node.textContent ?? '')) found.push(`${el.tagName.toLowerCase()}: ${node.textContent!.trim().slice(0, 60)}`);
    }
    // Accessible names, less the ids they cite (xiangyuan-2023/附件/1) and those of charts, whose
    // regions are named after an indicator as the plans word it and whose marks name a plan and a clause.
    for (const el of document.querySelectorAll('[aria-label]')) {
      const label = el.getAttribute('aria-label')!.replace(/\S+\/\S+/g, '');
      if (!isDocumentText(el) && !el.closest('svg a.mark, .chart-scroll') && han.test(label)) found.push(`aria-label: ${label}`);
    }
    return found;
  });
}

describe.each(pages)('/en%s', (path) => {
  it('is in English: lang="en", no Chinese interface text, no console errors, no serious axe violations', async () => {
    const context = await sut.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const { page, errors } = await openPage(context, `${sut.site.url}/en${path}`);
    await settled(page, path);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await chineseInterface(page)).toEqual([]);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    // Page links stay in English; data files are shared.
    const pageLinks = await page.$$eval('header nav a', (links) => links.map((a) => a.getAttribute('href')));
    expect(pageLinks).toEqual(['/en/', '/en/compare/', '/en/search/', '/en/data/']);
    await context.close();
  });
});

describe('the English header', () => {
  it('keeps the search button\'s word on one line from a desktop down to a phone', async () => {
    for (const width of [1280, 1024, 800, 375]) {
      const context = await sut.browser.newContext({ viewport: { width, height: 800 } });
      const { page } = await openPage(context, `${sut.site.url}/en/docs/${firstDoc}/`);
      const button = page.locator('form.site-search button');
      expect(await button.textContent()).toBe('Search');
      // One line box for the button's text: the word is not broken (Searc / h).
      const lines = await button.evaluate((b) => {
        const range = document.createRange();
        range.selectNodeContents(b);
        return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      });
      expect(lines, `${width} px`).toBe(1);
      await context.close();
    }
  });
});

describe('the heat map of the English overview', () => {
  it('is its own English file, whose cells open English pages', async () => {
    const { page } = await openPage(sut.context, `${sut.site.url}/en/`);
    const file = await page.getAttribute('object.heatmap-object', 'data');
    expect(file).toBe('/en/charts/province-coverage.svg');
    const svg = await (await fetch(`${sut.site.url}${file}`)).text();
    expect(svg).toContain('aria-label="National clauses × provinces');
    const hrefs = [...svg.matchAll(/href="([^"]+)"/g)].map((m) => m[1]);
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^\/en\/national\//);
    await page.close();
  });
});

describe('language switch', () => {
  it('keeps the page, its query and the clause anchor: /docs/<id>/#c-1.1 ⇄ /en/docs/<id>/#c-1.1', async () => {
    const { page } = await openPage(sut.context, `${sut.site.url}/docs/${firstDoc}/#c-1.1`);
    await page.click('a.locale-switch');
    await page.waitForURL(`${sut.site.url}/en/docs/${firstDoc}/#c-1.1`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.textContent('a.locale-switch')).toBe('中文');
    await page.click('a.locale-switch');
    await page.waitForURL(`${sut.site.url}/docs/${firstDoc}/#c-1.1`);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');

    await page.goto(`${sut.site.url}/search/?q=${encodeURIComponent(phrase)}`);
    await page.click('a.locale-switch');
    await page.waitForURL(`${sut.site.url}/en/search/?q=${encodeURIComponent(phrase)}`);
    await page.close();
  });
});

describe('search from /en/search/', () => {
  it('finds a Chinese phrase in the one Chinese index and links to English readers', async () => {
    const { page, errors } = await openPage(sut.context, `${sut.site.url}/en/search/`);
    await page.fill('#search-q', phrase);
    await page.click('#search-form button[type=submit]');
    await page.waitForFunction(() => /found|No results/.test(document.querySelector('#search-status')?.textContent ?? ''));
    const status = await page.textContent('#search-status');
    expect(status).toMatch(new RegExp(`^\\d+ documents found: [1-9]\\d* contain “${phrase}”`));
    const links = await page.$$eval('#search-results > li h2 a', (as) => as.map((a) => a.getAttribute('href')));
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) expect(href).toMatch(/^\/en\/docs\/[^/]+\/$/);
    const excerpts = await page.$$eval('#search-results .excerpt mark', (marks) => marks.map((m) => m.textContent));
    expect(excerpts).toContain(phrase);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the English pages add nothing to the index: one language, as many pages as the Chinese readers', async () => {
    const entry = JSON.parse(await (await fetch(`${sut.site.url}/pagefind/pagefind-entry.json`)).text()) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry.languages)).toEqual(['zh-cn']);
    expect(entry.languages['zh-cn'].page_count).toBe(builtDocumentIds(dist).length);
  });
});
