/**
 * Text reuse and citations as a researcher meets them: the reader's toggle that marks shared
 * passages, one partner's passages from a link, the families on /reuse/, and /citations/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ClauseRecord, ReusePair } from '../../scripts/publish/schema.ts';
import { openPage, seriousAxeViolations, useSite } from './browser.ts';

const dist = process.env.SITE_DIST ?? 'dist';
const clauses: ClauseRecord[] = JSON.parse(readFileSync(join(dist, 'data', 'clauses.json'), 'utf8'));
const reuse: ReusePair[] = JSON.parse(readFileSync(join(dist, 'data', 'reuse.json'), 'utf8'));
const compact = (text: string) => text.replace(/\s+/g, '');
const textOf = (id: string) => clauses.find((c) => c.id === id)!.text;

const sut = useSite(dist);

describe('reader: marking the wording a plan shares', () => {
  const county = 'xiangyuan-2023';
  const national = 'national-qianxian-2021';

  it('summarises shares by source level and lists the partners', async () => {
    const { page, errors } = await openPage(sut.context, `${sut.site.url}/docs/${county}/`);
    const line = await page.locator('.reuse-line').textContent();
    expect(line).toMatch(/国家方案 1\d%/);
    expect(line).toMatch(/自有 \d+%/);
    expect(await page.locator(`.reuse-partners a[href="/docs/${national}/"]`).count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('the toggle marks every shared passage in the text, tagged and linked to the partner’s clause, and unmarks it again', async () => {
    const { page, errors } = await openPage(sut.context, `${sut.site.url}/docs/${county}/`);
    const before = await page.locator('.clauses').textContent();
    await page.getByLabel('在正文中标出与其他文件共同的段落', { exact: false }).check();
    expect(await page.locator('mark.reuse-national').count()).toBeGreaterThan(10);
    expect(await page.locator('.reuse-status').textContent()).toMatch(/已标出 \d+ 处/);
    // One passage, read back from the marks of its clause: exactly the data's span.
    const pair = reuse.find((r) => r.source === county && r.target === national)!;
    const passage = pair.passages.find((p) => textOf(p.source.clause).slice(p.source.start, p.source.end).includes('数字健康基础设施'))!;
    const anchor = `c-${passage.source.clause.split('/')[1]}`;
    const marked = await page.locator(`section:has(> [id="${anchor}"]) > .clause-text mark.reuse-national`).allTextContents();
    expect(compact(marked.join(''))).toContain(compact(textOf(passage.source.clause).slice(passage.source.start, passage.source.end)));
    const tag = page.locator(`section:has(> [id="${anchor}"]) > .clause-text a.reuse-tag`).first();
    expect(await tag.textContent()).toBe('国');
    expect(await tag.getAttribute('href')).toBe(`/docs/${national}/#c-${passage.target.clause.split('/')[1]}`);
    // Colour is not the only cue: the underline style differs by level.
    expect(await page.locator('mark.reuse-national').first().evaluate((m) => getComputedStyle(m).textDecorationStyle)).toBe('solid');
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.getByLabel('在正文中标出与其他文件共同的段落', { exact: false }).uncheck();
    expect(await page.locator('mark.reuse, a.reuse-tag').count()).toBe(0);
    expect(await page.locator('.clauses').textContent()).toBe(before);
    expect(errors).toEqual([]);
  });

  it('?reuse=<partner> marks only that partner’s passages', async () => {
    const { page, errors } = await openPage(sut.context, `${sut.site.url}/docs/${county}/?reuse=yanshi-2020`);
    expect(await page.locator('.reuse-toggle').isChecked()).toBe(true);
    expect(await page.locator('mark.reuse-county').count()).toBeGreaterThan(0);
    expect(await page.locator('mark.reuse-national').count()).toBe(0);
    expect(await page.locator('.reuse-status').textContent()).toContain('仅与');
    expect(errors).toEqual([]);
  });

  it('the national plan’s reader says who cites it', async () => {
    const { page } = await openPage(sut.context, `${sut.site.url}/docs/${national}/`);
    const citedBy = page.locator('.cited-by');
    expect(await citedBy.locator(`a[href="/docs/${county}/"]`).count()).toBe(1);
  });
});

describe('/reuse/: plan families', () => {
  it('shows families as matrices whose cells lead to the passages, and plans by what they take from the national plan', async () => {
    const { page, errors } = await openPage(sut.context, `${sut.site.url}/reuse/`);
    expect(await page.locator('.reuse-family').count()).toBeGreaterThan(0);
    const cell = page.locator('.reuse-matrix td a').first();
    const href = (await cell.getAttribute('href'))!;
    expect(href).toMatch(/^\/docs\/[^/]+\/\?reuse=[^#]+#reuse-heading$/);
    expect(await page.locator('.reuse-national-list li').first().textContent()).toContain('襄垣县');
    await cell.click();
    await page.waitForURL(/\?reuse=/);
    expect(await page.locator('mark.reuse').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it('filters by province', async () => {
    const { page } = await openPage(sut.context, `${sut.site.url}/reuse/`);
    await page.selectOption('.reuse-filter select', '福建省');
    expect(await page.locator('.reuse-national-list li:visible').allTextContents()).toEqual(expect.not.arrayContaining([expect.stringContaining('襄垣县')]));
    expect(page.url()).toContain('province=');
    await page.selectOption('.reuse-filter select', '山西省');
    expect(await page.locator('.reuse-national-list li:visible').first().textContent()).toContain('襄垣县');
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});

describe('/citations/', () => {
  it('lists the cited documents, the national plan linked to its reader and cited by 襄垣 in its cover letter', async () => {
    const { page, errors } = await openPage(sut.context, `${sut.site.url}/citations/`);
    // the entry whose cited document is the national plan (the national plan also cites documents of its own)
    const entry = page.locator('.citations-list > li', { has: page.locator('> p a[href="/docs/national-qianxian-2021/"]') });
    expect(await entry.count()).toBe(1);
    expect(await entry.locator('.cited-by-list').textContent()).toContain('襄垣县');
    expect(await entry.locator('.cited-count').textContent()).toContain('1 个方案');
    const withClause = page.locator('.cited-by-list a[href*="#c-"]').first();
    await withClause.click();
    expect(page.url()).toMatch(/\/docs\/[^/]+\/#c-/);
    expect(errors).toEqual([]);
  });
});

describe('/compare/: the chosen plans’ shared passages, plan to plan', () => {
  it('lists each pair’s passages side by side, the common wording marked, the edits plain', async () => {
    const { page, errors } = await openPage(sut.context, `${sut.site.url}/compare/?docs=xiangyuan-2023,national-qianxian-2021`);
    const pair = page.locator('.compare-reuse details.pair');
    await pair.first().waitFor();
    expect(await pair.count()).toBe(1);
    expect(await pair.locator('summary').textContent()).toMatch(/襄垣县 ↔ 国家方案：\d+ 段/);
    const centres = pair.locator('.passage', { hasText: '麻醉疼痛诊疗' }).first();
    const [county, nation] = await centres.locator('p').all();
    expect(await county.locator('mark').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('肿瘤防治')]));
    // 县人民医院建立完善县域 is the county's own wording: left unmarked.
    expect((await county.locator('mark').allTextContents()).join('')).not.toContain('建立完善');
    expect(await nation.locator('a').getAttribute('href')).toMatch(/^\/docs\/national-qianxian-2021\/#c-/);
    expect(errors).toEqual([]);
  });

  it('follows a new choice made on the page', async () => {
    const { page } = await openPage(sut.context, `${sut.site.url}/compare/`);
    expect(await page.locator('.compare-reuse details.pair').count()).toBe(0);
    await page.locator('form.choice input[value="xiangyuan-2023"]').check();
    await page.locator('form.choice input[value="yanshi-2020"]').check();
    await page.locator('form.choice button[type="submit"]').click();
    await page.locator('.compare-reuse details.pair').first().waitFor();
    expect(await page.locator('.compare-reuse-status').textContent()).toContain('1 对');
  });
});
