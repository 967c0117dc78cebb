/**
 * A synthetic corpus of a few hundred plans (npm run corpus:synth), built end to end into a
 * folder of its own and read in Chromium: phrase search lists every plan holding the phrase
 * first, with the exact count; the overview, a province page, a two-plan comparison and the
 * busiest national clause page stay within their budgets (HTML ≤ 300 KB, ≤ 1 MB transferred
 * before the reader acts, the overview no taller than 15 screens); the comparison drawn for a
 * choice of plans is curated and exported as the built one is. Build and search times are
 * printed, not asserted.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ClauseRecord, DocumentRecord } from '../../scripts/publish/schema.ts';
import { nationalClauseHref } from '../../src/lib/compare-links.ts';
import { provinceHref } from '../../src/lib/region-links.ts';
import { exported, screenshot, seriousAxeViolations, useSite } from '../browser/browser.ts';

const PLANS = Number(process.env.SCALE_TEST_PLANS ?? 300);
const KB = 1024;
const root = mkdtempSync(join(tmpdir(), 'scale-site-'));
/** SCALE_SITE_DIST reuses a synthetic site built before, while iterating. */
const prebuilt = process.env.SCALE_SITE_DIST;
const dist = prebuilt ?? join(root, 'dist');
const timings: string[] = [];

function run(step: string, command: string, args: string[], env: Record<string, string> = {}) {
  const started = Date.now();
  const result = spawnSync(command, args, { encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  timings.push(`${step} ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

let documents: DocumentRecord[] = [];
let clauses: ClauseRecord[] = [];

beforeAll(async () => {
  if (!prebuilt) build();
  documents = JSON.parse(readFileSync(join(dist, 'data', 'documents.json'), 'utf8'));
  clauses = JSON.parse(readFileSync(join(dist, 'data', 'clauses.json'), 'utf8'));
}, 1_200_000);

function build() {
  run('synth', 'npx', ['tsx', 'scripts/synth/cli.ts', String(PLANS), join(root, 'corpus')]);
  run('pipeline', 'npx', ['tsx', 'scripts/build-data.ts', '--corpus', join(root, 'corpus'), '--out', join(root, 'build')]);
  run('astro', 'npm', ['run', '--silent', 'build:site', '--', '--outDir', dist], { SITE_DATA_DIR: join(root, 'build', 'data') });
  console.log(`scale site, ${PLANS} plans: ${timings.join(', ')}`);
}

const sut = useSite(dist);
const compact = (text: string) => text.replace(/\s+/g, '');

/** Open a page, wait until the network is idle, and add up the bytes of every response. */
async function visit(context: BrowserContext, path: string, ready?: string) {
  let transferred = 0;
  const fetched: string[] = [];
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('response', async (response) => {
    const body = await response.body().catch(() => Buffer.alloc(0));
    transferred += body.length;
    fetched.push(new URL(response.url()).pathname);
  });
  await page.goto(`${sut.site.url}${path}`, { waitUntil: 'networkidle' });
  if (ready) await page.waitForSelector(ready, { timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  return { page, errors, transferred: () => transferred, fetched };
}

/** Size of the built HTML file a path serves. */
function htmlBytes(path: string): number {
  return statSync(join(dist, decodeURIComponent(path), 'index.html')).size;
}

const budgets = { html: 300 * KB, transfer: 1024 * KB, screens: 15 };

describe(`a corpus of ${prebuilt ? 'prebuilt' : PLANS} synthetic plans`, () => {
  it('phrase search lists every plan holding the phrase first, with the exact count, and reaches every hit', async () => {
    const phrase = '胸痛中心';
    const sources = readdirSync(join(dist, 'source')).map((file) => [file.replace(/\.txt$/, ''), compact(readFileSync(join(dist, 'source', file), 'utf8'))] as const);
    const holding = sources.filter(([, text]) => text.includes(phrase)).map(([id]) => id).sort();
    expect(holding.length).toBeGreaterThan(20);
    expect(holding.length).toBeLessThan(documents.length);

    const { page, errors, transferred } = await visit(sut.context, `/search/?q=${encodeURIComponent(phrase)}`, '#search-status[data-exact]');
    const status = (await page.textContent('#search-status'))!;
    expect(status).toContain(`${holding.length} 个文件含“${phrase}”`);
    const firstScreen = transferred();
    const ms = await page.getAttribute('#search-status', 'data-ms');
    // The first page of results, before "more" makes the page as long as the whole list.
    await screenshot(page, 'scale-search');
    while (await page.locator('#search-more').isVisible()) {
      const before = await page.locator('#search-results > li').count();
      await page.click('#search-more');
      await page.waitForFunction((n) => document.querySelectorAll('#search-results > li').length > n, before, { timeout: 60_000 });
    }
    const results = await page.$$eval('#search-results > li', (items) => items.map((li) => ({ doc: li.getAttribute('data-doc')!, partial: li.classList.contains('partial') })));
    const full = results.filter((r) => !r.partial);
    expect(full.map((r) => r.doc).sort()).toEqual(holding);
    expect(results.slice(0, holding.length).every((r) => !r.partial)).toBe(true);
    expect(Number(status.match(/找到 (\d+) 个文件/)![1])).toBe(results.length);
    console.log(`search ${phrase}: ${holding.length} of ${documents.length} documents hold it; results shown ${ms} ms after the query, ${Math.round(firstScreen / KB)} KB transferred for the first page of results`);
    expect(firstScreen).toBeLessThanOrEqual(budgets.transfer);
    expect(errors).toEqual([]);
    await page.close();

    // A filter keeps the count exact: the plans of one province holding the phrase.
    const province = documents.find((d) => holding.includes(d.id) && d.region.province)!.region.province!;
    const inProvince = documents.filter((d) => d.region.province === province && holding.includes(d.id)).length;
    const filtered = await visit(sut.context, `/search/?q=${encodeURIComponent(phrase)}&province=${encodeURIComponent(province)}`, '#search-status[data-exact]');
    expect(await filtered.page.textContent('#search-status')).toContain(`${inProvince} 个文件含“${phrase}”`);
    expect(filtered.errors).toEqual([]);
    await filtered.page.close();
  });

  it('the overview reads at a glance within its budgets', async () => {
    const { page, errors, transferred } = await visit(sut.context, '/', '.corpus-table tbody tr');
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    console.log(`overview: ${Math.round(htmlBytes('/') / KB)} KB HTML, ${Math.round(transferred() / KB)} KB transferred, ${(height / 900).toFixed(1)} screens`);
    expect(htmlBytes('/')).toBeLessThanOrEqual(budgets.html);
    expect(transferred()).toBeLessThanOrEqual(budgets.transfer);
    expect(height).toBeLessThanOrEqual(budgets.screens * 900);
    // Filter the document list by a province: every row shown is of it, and the count is right.
    const province = documents.find((d) => d.level !== 'national' && d.region.province)!.region.province!;
    const expected = documents.filter((d) => d.region.province === province).length;
    await page.selectOption('form.corpus-filter select[name=province]', province);
    await expect.poll(() => page.textContent('.corpus-status')).toContain(`${expected} 个文件`);
    const regions = await page.$$eval('.corpus-table tbody tr td:nth-child(3)', (tds) => tds.map((td) => td.textContent ?? ''));
    expect(regions.length).toBe(Math.min(50, expected));
    expect(regions.every((r) => r.startsWith(province))).toBe(true);
    expect(errors).toEqual([]);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'scale-overview');
    await page.close();
  });

  it('a province page lists its plans without JavaScript, within budget', async () => {
    const counts = new Map<string, number>();
    for (const d of documents) if (d.level !== 'national' && d.region.province) counts.set(d.region.province, (counts.get(d.region.province) ?? 0) + 1);
    const [province, plans] = [...counts].sort((a, b) => b[1] - a[1])[0];
    const path = provinceHref(province);
    expect(htmlBytes(path)).toBeLessThanOrEqual(budgets.html);
    const noJs = await sut.browser.newContext({ javaScriptEnabled: false });
    const { page, transferred } = await visit(noJs, path);
    expect(await page.locator('table.region-plans tbody tr').count()).toBe(plans);
    expect(await page.locator('.region-coverage > li').count()).toBeGreaterThan(0);
    expect(transferred()).toBeLessThanOrEqual(budgets.transfer);
    await noJs.close();
    const { page: withJs, errors } = await visit(sut.context, path);
    expect(await seriousAxeViolations(withJs)).toEqual([]);
    expect(errors).toEqual([]);
    await screenshot(withJs, 'scale-province');
    await withJs.close();
  });

  it('a two-plan comparison fetches only the chosen plans and stays within budget', async () => {
    const chosen = documents.filter((d) => d.level === 'county').slice(0, 2).map((d) => d.id);
    const { page, errors, transferred, fetched } = await visit(sut.context, `/compare/?docs=${chosen.join(',')}`, '.compare-table tbody tr[data-national]');
    const columns = await page.$$eval('.compare-table thead th[data-doc]', (ths) => ths.map((th) => (th as HTMLElement).dataset.doc!));
    expect(columns.sort()).toEqual([...chosen].sort());
    const docFiles = fetched.filter((p) => p.startsWith('/data/docs/')).sort();
    const nationals = documents.filter((d) => d.level === 'national').map((d) => `/data/docs/${d.id}.json`);
    expect(docFiles).toEqual([...chosen.map((id) => `/data/docs/${id}.json`), ...nationals].sort());
    expect(htmlBytes('/compare/')).toBeLessThanOrEqual(budgets.html);
    expect(transferred()).toBeLessThanOrEqual(budgets.transfer);
    // The national clause column stays in view while the table scrolls sideways.
    const stays = await page.evaluate(() => {
      const scroller = document.querySelector<HTMLElement>('.compare-scroll')!;
      const cell = document.querySelector<HTMLElement>('.compare-table tbody .national-col')!;
      const before = cell.getBoundingClientRect().left;
      scroller.scrollLeft = 400;
      return Math.abs(cell.getBoundingClientRect().left - before) < 1;
    });
    expect(stays).toBe(true);
    console.log(`compare 2 plans: ${Math.round(htmlBytes('/compare/') / KB)} KB HTML, ${Math.round(transferred() / KB)} KB transferred`);
    expect(errors).toEqual([]);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'scale-compare');
    await page.close();
  });

  it('the chosen plans’ table is curated and exported as the built one is: confirm a link, then download the chosen plans', async () => {
    const chosen = documents.filter((d) => d.level === 'county').slice(0, 2).map((d) => d.id);
    const { page, errors } = await visit(sut.context, `/compare/?docs=${chosen.join(',')}`, '.compare-table tbody tr[data-national]');
    const tools = page.locator('.compare-table [data-curation-pair]').first();
    await expect.poll(() => tools.isVisible()).toBe(true);
    const pair = await tools.evaluate((t) => ({ source: (t as HTMLElement).dataset.source!, target: (t as HTMLElement).dataset.target! }));
    await tools.getByRole('button', { name: '确认' }).click();
    await expect.poll(() => tools.locator('.curation-status').textContent()).toBe('已确认（待导出）');
    const kept = await page.evaluate(() => JSON.parse(localStorage.getItem('qianxian-curation-v1') ?? '[]'));
    expect(kept).toContainEqual(expect.objectContaining({ action: 'confirm', ...pair }));

    const { rows } = await exported(page);
    expect(new Set(rows.map((r) => r.doc))).toEqual(new Set(chosen));
    expect(rows.filter((r) => r.clause).length).toBeGreaterThan(0);
    for (const row of rows.filter((r) => r.clause)) {
      const source = clauses.find((c) => c.id === row.clause)!;
      expect(chosen).toContain(source.doc);
      expect(Number(row.score)).toBeCloseTo(source.links.find((l) => l.target === row.national)!.score, 10);
      expect(row.clauseText).toBe(source.text);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the English comparison (/en/compare/) draws the chosen plans in English, linking to English pages', async () => {
    const chosen = documents.filter((d) => d.level === 'county').slice(0, 2).map((d) => d.id);
    const { page, errors } = await visit(sut.context, `/en/compare/?docs=${chosen.join(',')}`, '.compare-table tbody tr[data-national]');
    expect(await page.textContent('.compare-table caption')).toBe('National plan clauses and the matching clauses of the chosen plans');
    expect(await page.textContent('.picker .choice-status')).toBe('Comparing 2 plans.');
    const coverage = await page.$$eval('.compare-table thead .coverage', (spans) => spans.map((s) => s.textContent));
    for (const line of coverage) expect(line).toMatch(/^takes up \d+\/\d+ national clauses$/);
    const links = await page.$$eval('.compare-table a[href^="/"]', (as) => as.map((a) => a.getAttribute('href')!));
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) expect(href).toMatch(/^\/en\//);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the busiest national clause page says first how many plans take it up, by province, within budget', async () => {
    const linking = new Map<string, Set<string>>();
    for (const c of clauses) for (const l of c.links) (linking.get(l.target) ?? linking.set(l.target, new Set()).get(l.target)!).add(c.doc);
    const [busiest, docs] = [...linking].sort((a, b) => b[1].size - a[1].size)[0];
    const plans = documents.filter((d) => d.level !== 'national').length;
    const path = nationalClauseHref(busiest);
    const { page, errors, transferred } = await visit(sut.context, path);
    const implementing = [...docs].filter((id) => documents.find((d) => d.id === id)?.level !== 'national').length;
    await expect(page.locator('main > p').filter({ hasText: '个方案中有' }).textContent()).resolves.toContain(`${plans} 个方案中有 ${implementing} 个涉及本条`);
    expect(await page.locator('table.by-province tbody tr').count()).toBeGreaterThan(1);
    // Grouped by province, collapsed; a long group lists its start and loads the rest when opened.
    expect(await page.locator('details.province-group[open]').count()).toBe(0);
    const longest = page.locator('details.province-group:has(.more-lines)').first();
    if ((await longest.count()) > 0) {
      const long = page.locator(`details.province-group[data-province="${await longest.getAttribute('data-province')}"]`);
      const total = Number(await long.locator('.plan-hits').getAttribute('data-total'));
      expect(await long.locator('.plan-hits > li').count()).toBeLessThan(total);
      await long.locator('summary').click();
      await expect.poll(() => long.locator('.plan-hits > li').count()).toBe(total);
      // A line loaded with the rest carries the tools to curate its link, as the first ones do.
      const last = long.locator('.plan-hits > li').last();
      await last.getByRole('button', { name: '否决' }).click();
      await expect.poll(() => last.locator('.curation-status').textContent()).toBe('已否决（待导出）');
      const decided = await page.evaluate(() => JSON.parse(localStorage.getItem('qianxian-curation-v1') ?? '[]'));
      expect(decided).toContainEqual(expect.objectContaining({ action: 'reject', target: busiest, source: await last.locator('[data-curation-pair]').getAttribute('data-source') }));
      await long.locator('summary').click();
    }
    // Typing a place narrows the list.
    const county = documents.find((d) => docs.has(d.id) && d.region.county)!.region.county!;
    await page.fill('#plan-filter', county);
    await expect.poll(() => page.locator('details.province-group[open]').count()).toBeGreaterThan(0);
    expect(await page.locator('.plan-hits > li:visible').count()).toBeGreaterThan(0);
    console.log(`busiest national page (${implementing} plans): ${Math.round(htmlBytes(path) / KB)} KB HTML, ${Math.round(transferred() / KB)} KB transferred`);
    expect(htmlBytes(path)).toBeLessThanOrEqual(budgets.html);
    expect(transferred()).toBeLessThanOrEqual(budgets.transfer);
    expect(errors).toEqual([]);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'scale-national');
    await page.close();
  });

  it('the busiest national clause page in English names relations and further clauses in English, in the page and in the lines loaded when a group opens', async () => {
    const linking = new Map<string, number>();
    for (const c of clauses) for (const l of c.links) linking.set(l.target, (linking.get(l.target) ?? 0) + 1);
    const [busiest] = [...linking].sort((a, b) => b[1] - a[1])[0];
    const { page, errors } = await visit(sut.context, `/en${nationalClauseHref(busiest)}`);
    // A line: plan：clause, then relation score and " (N more)" when the plan has more clauses for it.
    const lineTail = (texts: string[]) => texts.map((t) => t.trim());
    const staticLines = lineTail(await page.locator('.plan-hits > li > .line-tail').allTextContents());
    expect(staticLines.length).toBeGreaterThan(0);
    for (const tail of staticLines) expect(tail).toMatch(/^(cites|implements|predates the national plan) \d+%( \(\d+ more\))?$/);
    const longest = page.locator('details.province-group:has(.more-lines)').first();
    if ((await longest.count()) > 0) {
      const long = page.locator(`details.province-group[data-province="${await longest.getAttribute('data-province')}"]`);
      const total = Number(await long.locator('.plan-hits').getAttribute('data-total'));
      await long.locator('summary').click();
      await expect.poll(() => long.locator('.plan-hits > li').count()).toBe(total);
      const loaded = lineTail(await long.locator('.plan-hits > li > .line-tail').allTextContents());
      for (const tail of loaded) expect(tail).toMatch(/^(cites|implements|predates the national plan) \d+%( \(\d+ more\))?$/);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the text-reuse families page counts a large family by province and links to its own page, which lists every member without JavaScript', async () => {
    const noJs = await sut.browser.newContext({ javaScriptEnabled: false });
    const { page } = await visit(noJs, '/reuse/');
    const link = page.locator('.reuse-members-count > a').first();
    const href = (await link.getAttribute('href'))!;
    const total = Number((await link.textContent())!.replace(/\D/g, ''));
    expect(total).toBeGreaterThan(60);
    const counted = await page.locator('.reuse-members-count').first().locator('[data-province]').allTextContents();
    expect(counted.reduce((sum, text) => sum + Number(/(\d+)$/.exec(text.trim())![1]), 0)).toBe(total);
    const { page: familyPage } = await visit(noJs, href);
    expect(await familyPage.locator('.reuse-members li').count()).toBe(total);
    expect(htmlBytes(href)).toBeLessThanOrEqual(budgets.html);
    await noJs.close();
  });

  it('every HTML page, each plan’s reader in Chinese and in English included, stays within the HTML budget', () => {
    const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.html'))
      .map((file) => ({ file, bytes: statSync(join(dist, file)).size }))
      .sort((a, b) => b.bytes - a.bytes);
    const readers = pages.filter((p) => /^(en\/)?docs\//.test(p.file));
    expect(readers.length).toBe(2 * documents.length);
    console.log(`largest page ${pages[0].file} ${Math.round(pages[0].bytes / KB)} KB; largest reader ${readers[0].file} ${Math.round(readers[0].bytes / KB)} KB`);
    expect(pages.filter((p) => p.bytes > budgets.html).map((p) => p.file)).toEqual([]);
  });
});
