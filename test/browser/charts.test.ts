/**
 * The overview's charts as a visitor meets them: a coverage matrix with one column per
 * local plan and cells that lead to the clauses behind them, a deadlines timeline whose
 * marks show their clause on hover and keyboard focus, metrics, and the national clause
 * pages the matrix links to. Expectations come from the published data.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ClauseRecord, DocumentRecord } from '../../scripts/publish/schema.ts';
import { nationalClauseHref } from '../../src/lib/compare-links.ts';
import { openPage, screenshot, seriousAxeViolations, useSite } from './browser.ts';

const dist = process.env.SITE_DIST ?? 'dist';
const documents: DocumentRecord[] = JSON.parse(readFileSync(join(dist, 'data', 'documents.json'), 'utf8'));
const clauses: ClauseRecord[] = JSON.parse(readFileSync(join(dist, 'data', 'clauses.json'), 'utf8'));
const plans = documents.filter((d) => d.level !== 'national');
const countyPlans = documents.filter((d) => d.level === 'county');

const sut = useSite(dist);
let page: Page;
let errors: string[];

beforeAll(async () => {
  ({ page, errors } = await openPage(sut.context, `${sut.site.url}/`));
});

describe('coverage matrix on /', () => {
  it('has one column per county plan (every plan below national level)', async () => {
    const columns = await page.$$eval('svg.coverage-matrix .column-labels text', (texts) => texts.length);
    expect(columns).toBe(plans.length);
    const docsInCells = await page.$$eval('svg.coverage-matrix .cell', (cells) => [...new Set(cells.map((c) => c.getAttribute('data-doc')))]);
    expect(docsInCells.sort()).toEqual(plans.map((p) => p.id).sort());
    for (const county of countyPlans) expect(docsInCells).toContain(county.id);
  });

  it('fills exactly the cells where a plan links to a national clause, and leaves the rest as gaps', async () => {
    const cells = await page.$$eval('svg.coverage-matrix .cell', (els) =>
      els.map((c) => ({ row: c.getAttribute('data-row')!, doc: c.getAttribute('data-doc')!, linked: c.classList.contains('linked') })),
    );
    for (const cell of cells) {
      const expected = clauses.some((c) => c.doc === cell.doc && c.links.some((l) => l.target === cell.row));
      expect(cell.linked, `${cell.doc} × ${cell.row}`).toBe(expected);
    }
    expect(cells.some((c) => !c.linked)).toBe(true);
  });

  it('leads from a cell to the clauses behind it', async () => {
    const cell = page.locator('svg.coverage-matrix .cell.linked a').first();
    const name = await cell.getAttribute('aria-label');
    expect(name).toMatch(/最高得分 \d+%/);
    const [docId] = (await cell.getAttribute('href'))!.split('#doc-').slice(1);
    await cell.click();
    await page.waitForURL(/\/national\//);
    const group = page.locator(`#doc-${docId}`);
    await expect(group.isVisible()).resolves.toBe(true);
    expect(await group.locator('a.hit-title').count()).toBeGreaterThan(0);
    await page.goBack();
  });
});

describe('coverage by province on /', () => {
  it('shows its legend whole, every share from 0% to 100%, inside the chart', async () => {
    const file = await page.getAttribute('object.heatmap-object', 'data');
    const chart = await sut.context.newPage();
    await chart.goto(`${sut.site.url}${file}`);
    // Where each legend label ends, against the width the chart is drawn in.
    const { width, labels } = await chart.evaluate(() => {
      const svg = document.documentElement as unknown as SVGSVGElement;
      const texts = [...svg.querySelectorAll<SVGTextElement>('.legend text')];
      return {
        width: svg.viewBox.baseVal.width || svg.width.baseVal.value,
        labels: texts.map((t) => ({ text: t.textContent, right: t.getBoundingClientRect().right / (svg.getBoundingClientRect().width / (svg.viewBox.baseVal.width || svg.width.baseVal.value)) })),
      };
    });
    expect(labels.map((l) => l.text)).toEqual(['0%', '25%', '50%', '75%', '100%']);
    for (const label of labels) expect(label.right, label.text!).toBeLessThanOrEqual(width);
    await chart.close();
  });
});

describe('deadlines timeline on /', () => {
  it('has a row for each plan with deadlines and marks that link to reader anchors', async () => {
    const withDeadlines = documents.filter((d) => clauses.some((c) => c.doc === d.id && c.deadlines.some((x) => x.end || x.start)));
    if (withDeadlines.length === 0) return; // no dated deadlines in this data
    const rows = await page.$$eval('svg.deadlines-timeline .row-labels text', (texts) => texts.length);
    expect(rows).toBe(withDeadlines.length);
    const hrefs = await page.$$eval('svg.deadlines-timeline a.mark', (links) => links.map((a) => a.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.every((h) => /^\/docs\/[^/]+\/#c-[\d.~]+$/.test(h))).toBe(true);
  });

  it('shows the clause when a mark is hovered or focused from the keyboard', async () => {
    const mark = page.locator('svg.deadlines-timeline a.mark').first();
    if ((await mark.count()) === 0) return;
    const tip = page.locator('#chart-tip');
    await mark.hover();
    await expect(tip.isVisible()).resolves.toBe(true);
    const expected = (await mark.getAttribute('data-tip'))!;
    await expect(tip.textContent()).resolves.toBe(expected);
    await page.keyboard.press('Escape');
    await expect(tip.isVisible()).resolves.toBe(false);

    await mark.focus();
    await expect(tip.isVisible()).resolves.toBe(true);
    await expect(mark.getAttribute('aria-describedby')).resolves.toBe('chart-tip');
    await screenshot(page, 'overview-timeline-tip');
    await page.keyboard.press('Tab');
    const next = page.locator('svg.deadlines-timeline a.mark').nth(1);
    if ((await next.count()) > 0) await expect(tip.textContent()).resolves.toBe(await next.getAttribute('data-tip'));
  });
});

describe('metrics on /', () => {
  it('draws a dot plot per indicator set by two or more plans, marks linking to their clauses', async () => {
    const plots = page.locator('svg.metric-plot');
    const count = await plots.count();
    if (count === 0) {
      await expect(page.locator('#metrics').textContent()).resolves.toMatch(/尚无可比较的指标|仅一个方案/);
      return;
    }
    for (let i = 0; i < count; i++) {
      const docs = await plots.nth(i).locator('.metric').evaluateAll((els) => new Set(els.map((e) => e.getAttribute('data-doc'))).size);
      expect(docs).toBeGreaterThanOrEqual(2);
    }
    const href = await plots.first().locator('a.mark').first().getAttribute('href');
    expect(href).toMatch(/^\/docs\/[^/]+\/#c-/);
  });
});

describe('overview page quality', () => {
  it('lists the corpus with entry points to readers, compare, search and data', async () => {
    const readers = await page.$$eval('.corpus-table a', (links) => links.map((a) => a.getAttribute('href')));
    expect(readers.sort()).toEqual(documents.map((d) => `/docs/${d.id}/`).sort());
    for (const href of ['/compare/', '/search/', '/data/']) {
      expect(await page.locator(`.entry-points a[href="${href}"]`).count()).toBe(1);
    }
  });

  it('has no console errors and no serious or critical axe violations', async () => {
    expect(errors).toEqual([]);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'overview');
  });

  it('shows its charts without JavaScript, as SVG built with the page', async () => {
    const noJs = await sut.browser.newContext({ javaScriptEnabled: false });
    const plain = await noJs.newPage();
    await plain.goto(`${sut.site.url}/`);
    expect(await plain.locator('svg.coverage-matrix .cell').count()).toBe(
      plans.length * (await page.locator('svg.coverage-matrix .row-labels text').count()),
    );
    // Without the script the marks keep their native tooltips.
    expect(await plain.locator('svg.coverage-matrix a.mark > title').count()).toBeGreaterThan(0);
    await noJs.close();
  });

  it('is usable at 375 px: charts and tables scroll inside their boxes, the page does not', async () => {
    const phone = await sut.browser.newContext({ viewport: { width: 375, height: 800 } });
    const { page: small, errors: smallErrors } = await openPage(phone, `${sut.site.url}/`);
    const widths = await small.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      viewport: document.documentElement.clientWidth,
      boxes: [...document.querySelectorAll('.chart-scroll, .table-scroll')].map((e) => e.getBoundingClientRect().right),
    }));
    expect(widths.page).toBeLessThanOrEqual(widths.viewport);
    for (const right of widths.boxes) expect(right).toBeLessThanOrEqual(widths.viewport);
    expect(smallErrors).toEqual([]);
    await screenshot(small, 'overview-375');
    await phone.close();
  });
});

describe('national clause pages', () => {
  it('list every clause linking to the national clause, grouped by document, with gaps named', async () => {
    const targets = [...new Set(clauses.flatMap((c) => c.links.map((l) => l.target)))];
    const target = targets.sort((a, b) => linkers(b).length - linkers(a).length)[0];
    if (!target) return;
    const { page: national, errors: nationalErrors } = await openPage(sut.context, `${sut.site.url}${nationalClauseHref(target)}`);
    const groups = await national.$$eval('section.doc-group', (sections) =>
      sections.map((s) => ({ doc: s.id.replace(/^doc-/, ''), clauses: [...s.querySelectorAll('a.hit-title')].map((a) => a.getAttribute('href')!) })),
    );
    const expectedDocs = [...new Set(linkers(target).map((c) => c.doc))].sort();
    expect(groups.map((g) => g.doc).sort()).toEqual(expectedDocs);
    for (const group of groups) {
      expect(group.clauses.length).toBe(linkers(target).filter((c) => c.doc === group.doc).length);
    }
    const gaps = plans.filter((p) => !expectedDocs.includes(p.id)).length;
    expect(await national.locator('section[aria-labelledby="gaps-h"] li').count()).toBe(gaps);
    expect(nationalErrors).toEqual([]);
    expect(await seriousAxeViolations(national)).toEqual([]);
    await screenshot(national, 'national-clause');
    await national.close();
  });
});

function linkers(target: string): ClauseRecord[] {
  return clauses.filter((c) => c.links.some((l) => l.target === target));
}
