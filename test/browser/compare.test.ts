/**
 * /compare/ as a researcher uses it: pick plans in the URL or the form, read national
 * clauses as rows with each plan's implementing clauses, see gaps, without JavaScript too.
 * Expectations come from the published data the site was built from.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ClauseRecord, DocumentRecord } from '../../scripts/publish/schema.ts';
import { openPage, screenshot, seriousAxeViolations, useSite } from './browser.ts';

const dist = process.env.SITE_DIST ?? 'dist';
const documents: DocumentRecord[] = JSON.parse(readFileSync(join(dist, 'data', 'documents.json'), 'utf8'));
const clauses: ClauseRecord[] = JSON.parse(readFileSync(join(dist, 'data', 'clauses.json'), 'utf8'));
const plans = documents.filter((d) => d.level !== 'national');
const nationalIds = new Set(documents.filter((d) => d.level === 'national').map((d) => d.id));
/** What a plan's cell in a national clause's row should hold: its clauses linking there. */
const implementing = (planId: string, nationalId: string) =>
  clauses.filter((c) => c.doc === planId && c.links.some((l) => l.target === nationalId)).map((c) => c.id).sort();
const linkCount = (planId: string) => clauses.filter((c) => c.doc === planId).reduce((n, c) => n + c.links.length, 0);
// The two county plans with the most links make the most telling comparison.
const chosen = plans
  .filter((d) => d.level === 'county')
  .sort((a, b) => linkCount(b.id) - linkCount(a.id))
  .slice(0, 2)
  .map((d) => d.id);

const sut = useSite(dist);

/** Plan ids of the visible plan columns, read from the header row. */
function visibleColumns(page: Page): Promise<string[]> {
  return page.$$eval('.compare-table thead th[data-doc]', (ths) =>
    ths.filter((th) => (th as HTMLElement).offsetParent !== null).map((th) => (th as HTMLElement).dataset.doc!),
  );
}

/** Reader anchors linked from one visible cell, as clause ids (`/docs/x/#c-2.1` → `x/2.1`). */
async function cellClauseIds(page: Page, nationalId: string, planId: string): Promise<string[]> {
  const hrefs = await page.$$eval(
    `.compare-table tr[data-national="${nationalId}"] td[data-doc="${planId}"] a.hit-title`,
    (links) => links.map((a) => a.getAttribute('href')!),
  );
  return hrefs.map((href) => href.replace(/^\/docs\/([^/]+)\/#c-/, '$1/')).sort();
}

describe('/compare/ with two county plans chosen in the URL', () => {
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    expect(chosen).toHaveLength(2);
    ({ page, errors } = await openPage(sut.context, `${sut.site.url}/compare/?docs=${chosen.join(',')}`));
  });

  it('shows only the two chosen plan columns, and ticks them in the form', async () => {
    expect((await visibleColumns(page)).sort()).toEqual([...chosen].sort());
    const ticked = await page.$$eval('form.choice input[name="docs"]:checked', (boxes) => boxes.map((b) => (b as HTMLInputElement).value));
    expect(ticked.sort()).toEqual([...chosen].sort());
    await expect(page.locator('.choice-status').textContent()).resolves.toContain('正在比较 2 个方案');
  });

  it('has one row per national task clause, each with the clause text to expand', async () => {
    const rows = await page.$$eval('.compare-table tbody tr[data-national]', (trs) => trs.map((tr) => (tr as HTMLElement).dataset.national!));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((id) => nationalIds.has(id.split('/')[0]))).toBe(true);
    // Every national clause some plan implements has a row.
    const targets = new Set(clauses.flatMap((c) => c.links.map((l) => l.target)).filter((t) => nationalIds.has(t.split('/')[0])));
    for (const target of targets) expect(rows).toContain(target);
    const first = page.locator('.compare-table tbody tr[data-national] details').first();
    await first.locator('summary').click();
    const nationalText = clauses.find((c) => c.id === rows[0])!.text;
    expect((await first.textContent())!.replace(/\s+/g, '')).toContain(nationalText.replace(/\s+/g, '').slice(0, 20));
  });

  it("lists each plan's implementing clauses in its cell, and marks the other cells as gaps", async () => {
    const rows = await page.$$eval('.compare-table tbody tr[data-national]', (trs) => trs.map((tr) => (tr as HTMLElement).dataset.national!));
    let filled = 0;
    for (const nationalId of rows) {
      for (const planId of chosen) {
        const expected = implementing(planId, nationalId);
        expect(await cellClauseIds(page, nationalId, planId), `${planId} × ${nationalId}`).toEqual(expected);
        const cell = page.locator(`tr[data-national="${nationalId}"] td[data-doc="${planId}"]`);
        if (expected.length === 0) {
          expect((await cell.textContent())!.trim()).toBe('—未涉及');
          await expect(cell.locator('.visually-hidden').textContent()).resolves.toBe('未涉及');
        } else filled++;
      }
    }
    expect(filled).toBeGreaterThan(0);
  });

  it('shows relation and score with each clause, and highlights the shared wording', async () => {
    const hit = page.locator('td[data-doc] .hit').first();
    await expect(hit.locator('.badge').first().textContent()).resolves.toMatch(/落实|引用|早于国家方案/);
    await expect(hit.locator('.score').textContent()).resolves.toMatch(/得分 \d+%/);
    expect(await page.locator('td[data-doc]:visible mark.shared').count()).toBeGreaterThan(0);
  });

  it('marks a link a clause takes from the clause it stands under (随所属条款), as the data says', async () => {
    const taking = clauses.filter((c) => chosen.includes(c.doc)).flatMap((c) => c.links.filter((l) => l.inheritedFrom).map((l) => ({ clause: c, link: l })));
    expect(taking.length, "偃师's 健康食堂 item takes its section's link").toBeGreaterThan(0);
    for (const { clause, link } of taking) {
      const hit = page.locator(`tr[data-national="${link.target}"] td[data-doc="${clause.doc}"] .hit`, { has: page.locator(`a.hit-title[href$="#${clause.id.replace(/^[^/]+\//, 'c-')}"]`) });
      await expect(hit.locator('.badge.inherited').textContent()).resolves.toBe('随所属条款');
    }
    const marked = await page.locator('td[data-doc]:visible .badge.inherited').count();
    expect(marked).toBe(taking.filter(({ link }) => nationalIds.has(link.target.split('/')[0])).length);
  });

  it("ends with each plan's clauses that implement no national clause", async () => {
    for (const planId of chosen) {
      const expected = clauses.filter((c) => c.doc === planId && !c.links.some((l) => nationalIds.has(l.target.split('/')[0]))).length;
      const cell = page.locator(`#unlinked td[data-doc="${planId}"]`);
      if (expected === 0) await expect(cell.textContent()).resolves.toContain('无');
      else expect(await cell.locator('li').count()).toBe(expected);
    }
  });

  it('has no console errors and no serious or critical axe violations', async () => {
    expect(errors).toEqual([]);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'compare-two-plans');
  });
});

describe('/compare/ choosing in the page', () => {
  it('shows every plan without a choice, and changes columns and URL from the form', async () => {
    const { page, errors } = await openPage(sut.context, `${sut.site.url}/compare/`);
    expect((await visibleColumns(page)).sort()).toEqual(plans.map((p) => p.id).sort());
    await screenshot(page, 'compare-all-plans');

    // Tick the first and third boxes as listed in the form; the URL keeps the form's order.
    const boxes = await page.$$eval('form.choice input[name="docs"]', (els) => els.map((e) => (e as HTMLInputElement).value));
    const picked = [boxes[0], boxes[2]];
    for (const id of picked) await page.check(`form.choice input[value="${id}"]`);
    await page.click('form.choice button[type="submit"]');
    expect(new URL(page.url()).search).toBe(`?docs=${picked.join(',')}`);
    expect(await visibleColumns(page)).toEqual(picked);

    await page.goBack();
    expect((await visibleColumns(page)).sort()).toEqual(plans.map((p) => p.id).sort());
    expect(errors).toEqual([]);
    await page.close();
  });

  it('labels a plan older than the national plan as preceding it, never as implementing', async () => {
    const nationalDate = documents.find((d) => d.level === 'national')?.date;
    const older = plans.find((p) => p.date && nationalDate && p.date < nationalDate && linkCount(p.id) > 0);
    if (!older) return; // nothing precedes the national plan in this data
    const { page } = await openPage(sut.context, `${sut.site.url}/compare/?docs=${older.id},${chosen[0]}`);
    const badges = await page.$$eval(`td[data-doc="${older.id}"] .hit .badge:first-child`, (els) => els.map((e) => e.textContent));
    expect(badges.length).toBeGreaterThan(0);
    expect(new Set(badges)).toEqual(new Set(['早于国家方案']));
    await expect(page.locator(`td[data-doc="${older.id}"] .precedes-note`).first().textContent()).resolves.toContain('并非落实');
    await page.close();
  });
});

describe('/compare/ without JavaScript and on a phone', () => {
  it('shows the full table for every plan when scripts do not run', async () => {
    const noJs = await sut.browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(`${sut.site.url}/compare/?docs=${chosen.join(',')}`);
    expect((await visibleColumns(page)).sort()).toEqual(plans.map((p) => p.id).sort());
    expect(await page.locator('td[data-doc] a.hit-title').count()).toBeGreaterThan(0);
    await noJs.close();
  });

  it('is usable at 375 px: the table scrolls in its box, the page does not', async () => {
    const phone = await sut.browser.newContext({ viewport: { width: 375, height: 800 } });
    const { page, errors } = await openPage(phone, `${sut.site.url}/compare/?docs=${chosen.join(',')}`);
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      viewport: document.documentElement.clientWidth,
      scroller: document.querySelector('.compare-scroll')!.getBoundingClientRect().width,
    }));
    expect(widths.page).toBeLessThanOrEqual(widths.viewport);
    expect(widths.scroller).toBeLessThanOrEqual(widths.viewport);
    await expect(page.locator('form.choice button[type="submit"]').isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
    await screenshot(page, 'compare-375');
    await phone.close();
  });
});
