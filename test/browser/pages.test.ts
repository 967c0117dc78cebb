/**
 * Every page a visitor can reach from the header — overview, each reader, search, data — loads
 * without console errors, passes axe (no serious or critical violations) and fits a 375 px
 * phone without sideways scrolling. Screenshots of each go to test-results/screenshots/.
 */
import { describe, expect, it } from 'vitest';
import { builtDocumentIds, openPage, screenshot, seriousAxeViolations, useSite } from './browser.ts';

const dist = process.env.SITE_DIST ?? 'dist';
const pages = [
  { path: '/', name: 'overview' },
  ...builtDocumentIds(dist).map((id) => ({ path: `/docs/${id}/`, name: `reader-${id}` })),
  { path: '/search/?q=%E8%83%B8%E7%97%9B%E4%B8%AD%E5%BF%83', name: 'search' },
  { path: '/data/', name: 'data' },
];

const sut = useSite(dist);

/** Wait until the search page has shown its results, so checks see the finished page. */
async function settled(page: import('playwright-core').Page, path: string) {
  if (path.startsWith('/search/')) await page.waitForFunction(() => /找到|没有/.test(document.querySelector('#search-status')?.textContent ?? ''));
}

describe.each(pages)('$path', ({ path, name }) => {
  it('has no console errors and no serious or critical axe violations', async () => {
    const context = await sut.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const { page, errors } = await openPage(context, `${sut.site.url}${path}`);
    await settled(page, path);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, name);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('fits a 375 px wide screen without horizontal scrolling', async () => {
    const context = await sut.browser.newContext({ viewport: { width: 375, height: 800 }, isMobile: true });
    const { page } = await openPage(context, `${sut.site.url}${path}`);
    await settled(page, path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, `${name}-375`);
    await context.close();
  });

  it('can be navigated from the header: skip link, nav and search box', async () => {
    const context = await sut.browser.newContext();
    const { page } = await openPage(context, `${sut.site.url}${path}`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('跳到正文');
    const nav = await page.$$eval('header nav a', (links) => links.map((a) => [a.textContent, a.getAttribute('href')]));
    expect(nav).toEqual([
      ['总览', '/'],
      ['比较', '/compare/'],
      ['检索', '/search/'],
      ['数据', '/data/'],
    ]);
    expect(await page.locator('header form[role=search] input[name=q]').count()).toBe(1);
    await context.close();
  });
});

describe('a page that is not there', () => {
  it('answers 404 with a page in both languages that leads to the overview and to search', async () => {
    const context = await sut.browser.newContext();
    const page = await context.newPage();
    const response = await page.goto(`${sut.site.url}/national/no-such-clause/`);
    expect(response?.status()).toBe(404);
    expect(await page.textContent('h1')).toBe('页面不存在');
    expect(await page.textContent('[lang=en] h2')).toBe('Page not found');
    const links = await page.$$eval('main a', (as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(['/', '/search/', '/en/', '/en/search/']);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await context.close();
  });
});
