/**
 * Curation in the browser, as a researcher does it: on a plan's reader page confirm one link,
 * reject another, accept a suggestion (可能对应) and add a link by picking a national clause
 * (typing to filter) with a note; see the same decisions on a national clause page and in the
 * comparison view; list them on /curation/, where a decision whose clause is gone is reported;
 * export links.curated.yaml (download and copy); rebuild the data with the exported file and
 * find the links changed as decided.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ClauseRecord, DocumentRecord } from '../../scripts/publish/schema.ts';
import { nationalClauseHref } from '../../src/lib/compare-links.ts';
import { openPage, screenshot, useSite } from './browser.ts';

const dist = process.env.SITE_DIST ?? 'dist';
const documents: DocumentRecord[] = JSON.parse(readFileSync(join(dist, 'data', 'documents.json'), 'utf8'));
const clauses: ClauseRecord[] = JSON.parse(readFileSync(join(dist, 'data', 'clauses.json'), 'utf8'));
const national = documents.find((d) => d.level === 'national')!;
const anchorOf = (id: string) => `c-${id.slice(id.indexOf('/') + 1)}`;

// One county plan with two computed links, a suggestion and an unlinked titled clause: the four clauses the researcher works on.
const rolesIn = (doc: DocumentRecord) => {
  const own = clauses.filter((c) => c.doc === doc.id);
  const [toConfirm, toReject] = own.filter((c) => c.links.some((l) => !l.curated));
  const toAccept = own.find((c) => c.suggestions.length > 0);
  const toAdd = own.find((c) => c.links.length === 0 && c !== toAccept && c.title && c.text.length > c.title.length + 10);
  return toConfirm && toReject && toAccept && toAdd ? { plan: doc, toConfirm, toReject, toAccept, toAdd } : undefined;
};
const { plan, toConfirm, toReject, toAccept, toAdd } = documents.filter((d) => d.level === 'county').map(rolesIn).find(Boolean)!;
const addTarget = clauses.find((c) => c.doc === national.id && c.title && !toAdd.suggestions.some((s) => s.target === c.id) && c.text.length > c.title.length + 10)!;
const note = '研究者备注：两者都以此为目标';

const sut = useSite(dist);
const section = (page: Page, id: string) => page.locator(`section:has(> [id="${anchorOf(id)}"])`);
const pair = (page: Page, source: string, target: string) => page.locator(`[data-curation-pair][data-source="${source}"][data-target="${target}"]`);

describe('curation in the browser', () => {
  let exported = '';

  it('confirms, rejects, accepts a suggestion and adds a link with a note on the reader page', async () => {
    const { page, errors } = await openPage(sut.context, `${sut.site.url}/docs/${plan.id}/`);
    const confirmLink = pair(page, toConfirm.id, toConfirm.links[0].target);
    await confirmLink.getByRole('button', { name: '确认' }).click();
    await expect.poll(() => confirmLink.locator('.curation-status').textContent()).toBe('已确认（待导出）');

    const rejectLink = pair(page, toReject.id, toReject.links[0].target);
    await rejectLink.getByRole('button', { name: '否决' }).click();
    await expect.poll(() => rejectLink.locator('.curation-status').textContent()).toBe('已否决（待导出）');

    const suggestions = section(page, toAccept.id).locator('> .suggestions li');
    expect(await suggestions.count()).toBe(toAccept.suggestions.length);
    const accept = pair(page, toAccept.id, toAccept.suggestions[0].target);
    await accept.getByRole('button', { name: '采纳' }).click();
    await expect.poll(() => accept.locator('.curation-status').textContent()).toBe('已采纳（待导出）');

    const picker = section(page, toAdd.id).locator('> details.curation-add');
    await picker.locator('summary').click();
    await picker.getByLabel('筛选上级条款').fill(addTarget.title!);
    const visible = picker.locator('select option:not([hidden])');
    await expect.poll(() => visible.count()).toBeGreaterThan(0);
    expect(await visible.evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value))).toContain(addTarget.id);
    expect(await visible.count()).toBeLessThan(await picker.locator('select option').count());
    await picker.locator('select').selectOption(addTarget.id);
    await picker.getByLabel('备注（可选）').fill(note);
    await picker.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => picker.locator('.curation-added li').textContent()).toContain(note);
    await screenshot(page, 'curation-reader');

    await expect.poll(() => page.locator('[data-curation-pending] a').textContent()).toBe('4 条校订待导出');
    // Decisions survive a reload.
    await page.reload();
    await expect.poll(() => pair(page, toReject.id, toReject.links[0].target).locator('.curation-status').textContent()).toBe('已否决（待导出）');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the same decisions, and the tools, on a national clause page and in the comparison view', async () => {
    const target = toConfirm.links[0].target;
    const { page, errors } = await openPage(sut.context, `${sut.site.url}${nationalClauseHref(target)}`);
    await expect.poll(() => pair(page, toConfirm.id, target).locator('.curation-status').textContent()).toBe('已确认（待导出）');
    const compare = await openPage(sut.context, `${sut.site.url}/compare/`);
    const inTable = pair(compare.page, toReject.id, toReject.links[0].target);
    await expect.poll(() => inTable.locator('.curation-status').textContent()).toBe('已否决（待导出）');
    expect(await inTable.getByRole('button', { name: '撤销' }).isVisible()).toBe(true);
    expect([...errors, ...compare.errors]).toEqual([]);
    await page.close();
    await compare.page.close();
  });

  it('lists every decision on /curation/, reports one whose clause is gone, and exports them', async () => {
    const { page, errors } = await openPage(sut.context, `${sut.site.url}/curation/`);
    await page.evaluate(() => {
      const key = 'qianxian-curation-v1';
      const list = JSON.parse(localStorage.getItem(key) ?? '[]');
      list.push({ action: 'add', source: 'gone-2019/9.9', target: 'national-qianxian-2021/2.1.1', note: '旧版本的条款', at: '2026-01-01T00:00:00Z' });
      localStorage.setItem(key, JSON.stringify(list));
    });
    await page.reload();
    const rows = page.locator('.curation-table tbody tr');
    await expect.poll(() => rows.count()).toBe(5);
    expect(await page.locator('.curation-table tbody tr[data-action="add"]').count()).toBe(2);
    expect(await page.locator('.curation-stale li').textContent()).toContain('gone-2019/9.9');
    expect(await page.locator('.curation-stale').isVisible()).toBe(true);

    const yaml = await page.locator('#curation-yaml').inputValue();
    expect(yaml).toContain(`target: "${addTarget.id}"`);
    expect(yaml).toContain('gone-2019/9.9');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '下载 links.curated.yaml' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('links.curated.yaml');
    exported = readFileSync((await file.path())!, 'utf8');
    expect(exported).toBe(yaml);

    await sut.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: sut.site.url });
    await page.getByRole('button', { name: '复制到剪贴板' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(yaml);
    await screenshot(page, 'curation-list');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('rebuilt with the exported file, the links change as decided', () => {
    const root = mkdtempSync(join(tmpdir(), 'curation-'));
    cpSync('corpus', join(root, 'corpus'), { recursive: true });
    writeFileSync(join(root, 'corpus', 'links.curated.yaml'), exported);
    const run = spawnSync('npx', ['tsx', 'scripts/build-data.ts', '--corpus', join(root, 'corpus'), '--out', join(root, 'build'), '--no-cache'], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/unknown source clause gone-2019\/9\.9/);
    const rebuilt: ClauseRecord[] = JSON.parse(readFileSync(join(root, 'build', 'data', 'clauses.json'), 'utf8'));
    const linksOf = (id: string) => rebuilt.find((c) => c.id === id)!.links;
    expect(linksOf(toConfirm.id).find((l) => l.target === toConfirm.links[0].target)?.curated).toBe('confirmed');
    expect(linksOf(toReject.id).some((l) => l.target === toReject.links[0].target)).toBe(false);
    const accepted = linksOf(toAccept.id).find((l) => l.target === toAccept.suggestions[0].target);
    expect(accepted?.curated).toBe('confirmed');
    expect(rebuilt.find((c) => c.id === toAccept.id)!.suggestions).toEqual([]);
    const added = linksOf(toAdd.id).find((l) => l.target === addTarget.id);
    expect(added).toMatchObject({ curated: 'added', note });
    // Computed links elsewhere carry no curation.
    expect(rebuilt.filter((c) => c.doc === plan.id && ![toConfirm.id, toAccept.id, toAdd.id].includes(c.id)).flatMap((c) => c.links).every((l) => l.curated === null)).toBe(true);
  });
});

describe('curation on a phone', () => {
  it('the add-a-link form of the deepest clause fits a 375 px screen in English, its fields whole', async () => {
    const deepest = clauses.filter((c) => c.doc === plan.id).reduce((a, b) => (b.depth > a.depth ? b : a));
    const context = await sut.browser.newContext({ viewport: { width: 375, height: 800 }, isMobile: true });
    const { page, errors } = await openPage(context, `${sut.site.url}/en/docs/${plan.id}/#${anchorOf(deepest.id)}`);
    const picker = section(page, deepest.id).locator('> details.curation-add');
    await picker.locator('summary').click();
    await expect.poll(() => picker.locator('select option').count()).toBeGreaterThan(0);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
    for (const field of await picker.locator('input, select').all()) {
      const box = (await field.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(375);
    }
    await screenshot(page, 'curation-add-375-en');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('finding the clause to link to', () => {
  it('the add-a-link filter finds a higher-level clause by a word of its text, not only of its title', async () => {
    const higher = clauses.filter((c) => c.doc === national.id);
    const labels = higher.map((c) => `${c.id} ${c.title ?? ''} ${c.task}`).join('\n') + national.title;
    // Four characters of a clause's body that no clause's number, title or task holds.
    const target = higher.find((c) => c.title && c.text.length > c.bodyStart + 20)!;
    const body = target.text.slice(target.bodyStart).replace(/\s+/g, '');
    const word = [...Array(body.length - 4).keys()].map((i) => body.slice(i, i + 4)).find((w) => /^[\u4e00-\u9fff]{4}$/.test(w) && !labels.includes(w))!;
    const context = await sut.browser.newContext();
    const { page, errors } = await openPage(context, `${sut.site.url}/docs/${plan.id}/`);
    const picker = section(page, toAdd.id).locator('> details.curation-add');
    await picker.locator('summary').click();
    await picker.getByLabel('筛选上级条款').fill(word);
    const visible = picker.locator('select option:not([hidden])');
    await expect.poll(() => visible.evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value))).toContain(target.id);
    expect(await visible.count()).toBeLessThan(await picker.locator('select option').count());
    expect(errors).toEqual([]);
    await context.close();
  });
});
