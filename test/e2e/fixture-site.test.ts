/**
 * A fixture site: the seed corpus plus the bad input a researcher might drop into
 * corpus/, built end to end (pipeline → Astro → Pagefind) into a folder of its own and
 * read in Chromium. Markup in a text is shown as written and never runs; a text in
 * GB18030 or without numbering reads like any other; the broken files are reported.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { openPage, screenshot, useSite } from '../browser/browser.ts';

const root = mkdtempSync(join(tmpdir(), 'fixture-site-'));
const corpus = join(root, 'corpus');
const build = join(root, 'build');
const dist = join(root, 'dist');
const seed = readFileSync('corpus/pianguan-2024.txt', 'utf8');
let buildLog = '';

function run(command: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', env: { ...process.env, ...env } });
  buildLog += result.stdout + result.stderr;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
}

beforeAll(async () => {
  mkdirSync(corpus, { recursive: true });
  cpSync('corpus', corpus, { recursive: true });
  // Markup in the title, the cover letter, a clause heading and a clause text.
  const markup = seed
    .replace(/偏关县进一步完善医疗卫生服务\s*体系实施方案/g, '偏关县标记示例<b>加粗</b>实施方案')
    .replace('提升卫生健康人才能力', '提升<i>人才</i>能力')
    .replace('发展壮大医疗卫生队伍', '发展壮大<script>window.ran = true</script><img src=x onerror="window.ran = true">医疗卫生队伍')
    // a footnote: its call in the text, the note after the last clause
    .replace('县域医疗次中心', '县域医疗次中心[1]')
    .replace(/\n抄送：/, '\n[1]<img src=x onerror="window.ran = true">次中心按省定标准建设。\n\n抄送：');
  writeFileSync(join(corpus, 'markup-2024.txt'), markup);
  writeFileSync(join(corpus, 'legacy-2024.txt'), iconv.encode(seed.replace('县域医疗次中心', '县域医疗次中心（旧编码测试）'), 'gb18030'));
  writeFileSync(join(corpus, 'plain-2024.txt'), '某某县关于加强村卫生室建设的意见\n\n各村卫生室要配齐基本药物。\n\n县卫健局负责督导。\n');
  writeFileSync(join(corpus, 'empty-2024.txt'), '');

  // Attached parts: a task table, a members list, a duties list; an attached plan under joint issuers.
  cpSync('test/fixtures/attachments/task-table.txt', join(corpus, 'task-table-2024.txt'));
  cpSync('test/fixtures/attachments/attached-plan.txt', join(corpus, 'attached-plan-2024.txt'));
  // A plan as its PDF (test/fixtures/formats/): pages per clause, the original for download.
  cpSync('test/fixtures/formats/xiangyuan-2023.pdf', join(corpus, 'pdf-2023.pdf'));
  // A plan whose tasks are a ruled table in its PDF, over a page break.
  cpSync('test/fixtures/formats/task-table.pdf', join(corpus, 'pdf-table-2024.pdf'));
  // A saved web page whose scripts (an alert, a counter) must never run on the site's address.
  cpSync('test/fixtures/formats/yanshi-2020.html', join(corpus, 'web-2020.html'));
  run('npx', ['tsx', 'scripts/build-data.ts', '--corpus', corpus, '--out', build]);
  run('npx', ['astro', 'build', '--outDir', dist], { SITE_DATA_DIR: join(build, 'data'), SITE_URL: 'https://policy.example.org/' });
}, 300_000);

// Registered after the build above, so it serves the finished fixture site.
const sut = useSite(dist);

describe('a corpus with bad input', () => {
  it('reports the empty file by name and builds the rest', () => {
    expect(buildLog).toMatch(/corpus\/empty-2024\.txt: empty file/);
    const documents = JSON.parse(readFileSync(join(dist, 'data', 'documents.json'), 'utf8')) as { id: string }[];
    expect(documents.map((d) => d.id)).toEqual(expect.arrayContaining(['markup-2024', 'legacy-2024', 'plain-2024']));
  });

  it('shows markup in a title, cover letter, heading and text as written, and none of it runs', async () => {
    const { page, errors } = await openPage(await sut.browser.newContext(), `${sut.site.url}/docs/markup-2024/`);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const article = page.locator('article');
    expect(await page.locator('article h1').textContent()).toContain('标记示例<b>加粗</b>实施方案');
    expect(await page.title()).toContain('<b>加粗</b>');
    expect(await article.locator('.preamble').textContent()).toContain('<b>加粗</b>');
    expect(await article.textContent()).toContain('提升<i>人才</i>能力');
    expect(await article.textContent()).toContain('<script>window.ran = true</script><img src=x onerror="window.ran = true">');
    expect(await article.locator('script, img, b, i').count()).toBe(0);
    await page.reload();
    expect(await page.evaluate(() => (window as unknown as { ran?: boolean }).ran)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await screenshot(page, 'reader-markup-escaped');
  });

  it('cites on the public address SITE_URL names, wherever the page is opened, even without JavaScript', async () => {
    const html = readFileSync(join(dist, 'docs', 'markup-2024', 'index.html'), 'utf8');
    expect(html).toMatch(/<pre[^>]*>[^<]*标记示例&lt;b&gt;加粗&lt;\/b&gt;实施方案[^<]*https:\/\/policy\.example\.org\/docs\/markup-2024\/\.<\/pre>/);
    const { page, errors } = await openPage(await sut.browser.newContext(), `${sut.site.url}/docs/markup-2024/#c-2.1.1`);
    await page.waitForSelector('details.citation-clause');
    const texts = await page.locator('details.citation-clause pre').allTextContents();
    expect(texts[0]).toMatch(/标记示例<b>加粗<\/b>实施方案: .*提升<i>人才<\/i>能力\[A\/OL\]\. .*https:\/\/policy\.example\.org\/docs\/markup-2024\/#c-2\.1\.1\.$/);
    expect(texts.join('')).not.toContain(sut.site.url);
    expect(await page.evaluate(() => (window as unknown as { ran?: boolean }).ran)).toBeUndefined();
    expect(errors).toEqual([]);
  });

  it('reads a GB18030 text like any other, and search finds its words', async () => {
    const { page } = await openPage(await sut.browser.newContext(), `${sut.site.url}/docs/legacy-2024/`);
    await expect.poll(() => page.getByText('旧编码测试', { exact: false }).count()).toBeGreaterThan(0);
    const search = await openPage(await sut.browser.newContext(), `${sut.site.url}/search/?q=${encodeURIComponent('旧编码测试')}`);
    await expect.poll(() => search.page.locator('a[href*="/docs/legacy-2024/"]').count(), { timeout: 15_000 }).toBeGreaterThan(0);
  });

  it('shows a footnote as a note after the clauses, with its source line, markup as written, and none of it runs', async () => {
    const { page, errors } = await openPage(await sut.browser.newContext(), `${sut.site.url}/docs/markup-2024/`);
    const notes = page.locator('article section.notes li');
    expect(await page.locator('article section.notes h2').textContent()).toBe('注释');
    expect(await notes.allTextContents()).toEqual([expect.stringMatching(/^第 \d+ 行：\[1\]<img src=x onerror="window.ran = true">次中心按省定标准建设。$/)]);
    expect(await page.locator('article section.notes img').count()).toBe(0);
    // the last clause ends where its own text does
    expect(await page.locator('.clause-text').last().textContent()).not.toContain('[1]');
    expect(await page.evaluate(() => (window as unknown as { ran?: boolean }).ran)).toBeUndefined();
    expect(errors).toEqual([]);
  });

  it('a text without numbering shows each paragraph as a clause', async () => {
    const { page, errors } = await openPage(await sut.browser.newContext(), `${sut.site.url}/docs/plain-2024/`);
    // The text as a reader sees it, without the tooltips that explain highlighted fields.
    const clauseTexts = await page.locator('.clause-text').evaluateAll((elements) =>
      elements.map((element) => {
        const copy = element.cloneNode(true) as Element;
        copy.querySelectorAll('[role=tooltip]').forEach((tip) => tip.remove());
        return copy.textContent?.trim();
      }),
    );
    expect(clauseTexts).toEqual(['各村卫生室要配齐基本药物。', '县卫健局负责督导。']);
    expect(errors).toEqual([]);
  });
});

describe('choosing plans to compare', () => {
  it('tells apart plans of one place, level and year by their titles and file names, titles as written', async () => {
    const { page, errors } = await openPage(await sut.browser.newContext(), `${sut.site.url}/compare/`);
    const choices = await page.locator('fieldset label').allTextContents();
    const compact = choices.map((c) => c.replace(/\s+/g, ' ').trim());
    expect(compact.length).toBeGreaterThan(3);
    expect(new Set(compact).size).toBe(compact.length);
    const markup = compact.find((c) => c.includes('(markup-2024)'))!;
    expect(markup).toContain('偏关县标记示例<b>加粗</b>实施方案');
    expect(await page.locator('fieldset label b').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});

describe('attached parts in the reader', () => {
  it('a task table is a table: one row a clause, units and deadlines highlighted in their columns', async () => {
    const { page, errors } = await openPage(await sut.browser.newContext(), `${sut.site.url}/docs/task-table-2024/`);
    const table = page.locator('section:has(> [id="c-附件1"]) table.part-table');
    expect(await table.locator('thead th').allTextContents()).toEqual(['序号', '重点任务', '牵头单位', '责任单位', '完成时限', '出处']);
    expect(await table.locator('tbody tr:has(.row-heading)').count()).toBe(4);
    const row = table.locator('tr:has([id="c-附件1/2"])');
    expect(await row.locator('td.col-lead mark.f-unit').allTextContents()).toEqual(['县卫体局']);
    expect(await row.locator('td.col-responsible mark.f-unit').allTextContents()).toEqual(['县发改局', '县财政局']);
    expect(await row.locator('td.col-deadline mark.f-deadline').allTextContents()).toEqual(['2025年12月']);
    expect(await row.locator('td.col-text').textContent()).toContain('使其基本达到县级医院能力水平。');
    expect(await table.locator('tr:has([id="c-附件1/3"]) td.col-deadline').textContent()).toContain('每年11月15日前');
    expect(errors).toEqual([]);
    await screenshot(page, 'reader-attachment-table');
  });

  it('the attachment list and the outline lead to each part; a members list is a list of people', async () => {
    const { page } = await openPage(await sut.browser.newContext(), `${sut.site.url}/docs/task-table-2024/`);
    const listed = await page.locator('nav.attachments a').evaluateAll((links) => links.map((a) => [a.getAttribute('href'), a.textContent]));
    expect(listed).toEqual([
      ['#c-附件1', '附件1 某某县医疗卫生服务体系建设重点任务分工表'],
      ['#c-附件2', '附件2 某某县县级医疗机构综合能力提升工作领导组'],
      ['#c-附件3', '附件3 某某县部门健康职责清单'],
    ]);
    const outline = await page.locator('nav.outline a[href^="#c-附件"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(outline).toEqual(['#c-附件1', '#c-附件2', '#c-附件3']);
    const members = page.locator('section:has(> [id="c-附件2/3"]) ul.members li');
    expect(await members.count()).toBe(1);
    expect(await members.first().locator('mark.f-unit').first().textContent()).toBe('县政府办');
  });

  it('an attached plan shows its own numbering; joint issuers and a missing attachment are said', async () => {
    const { page } = await openPage(await sut.browser.newContext(), `${sut.site.url}/docs/attached-plan-2024/`);
    expect(await page.locator('.doc-meta').textContent()).toContain('某某县卫生健康和体育局、某某县医疗保障局');
    expect(await page.locator('[id="c-附件1/1.1.1"]').textContent()).toContain('1.');
    expect(await page.locator('nav.attachments li').nth(1).textContent()).toContain('文件中未附');
  });
});

describe('a plan given as a PDF', () => {
  const clauses = () => JSON.parse(readFileSync(join(dist, 'data', 'clauses.json'), 'utf8')) as { id: string; doc: string; text: string; source: { pages: [number, number] | null } }[];

  it('shows the pages of the original a clause stands on', async () => {
    const clause = clauses().find((c) => c.doc === 'pdf-2023' && c.text.startsWith('启动阶段'))!;
    expect(clause.source.pages).toEqual([2, 2]);
    const csvHeader = (table: string) => readFileSync(join(dist, 'data', `${table}.csv`), 'utf8').split('\n')[0].trim();
    expect(csvHeader('clauses')).toMatch(/,pages$/);
    expect(csvHeader('documents')).toMatch(/,format,original,/);
    const { page, errors } = await openPage(await sut.browser.newContext(), `${sut.site.url}/docs/pdf-2023/`);
    const meta = page.locator(`[id="c-${clause.id.split('/')[1]}"] + .clause-meta .source-pages`);
    expect(await meta.textContent()).toBe('原件第 2 页');
    expect(await meta.getAttribute('href')).toBe('/source/pdf-2023.pdf#page=2');
    expect(await page.locator('.source-pages').count()).toBe(clauses().filter((c) => c.doc === 'pdf-2023').length);
    expect(errors).toEqual([]);
    await screenshot(page, 'reader-pdf-pages');
  });

  it('reads a ruled task table in the PDF as rows, shown as the table it is in the body: a row a clause, units and deadline in their columns, its page given', async () => {
    const rows = clauses().filter((c) => c.doc === 'pdf-table-2024' && /^\d\t/.test(c.text));
    expect(rows).toHaveLength(7);
    const { page, errors } = await openPage(await sut.browser.newContext(), `${sut.site.url}/docs/pdf-table-2024/`);
    const table = page.locator('article table.part-table');
    expect(await table.count()).toBe(1);
    expect(await table.locator('thead th').allTextContents()).toEqual(['序号', '重点任务', '牵头单位', '配合单位', '完成时限', '出处']);
    expect(await table.locator('tbody tr .row-heading').evaluateAll((hs) => hs.map((h) => h.id))).toEqual(rows.map((r) => `c-${r.id.split('/')[1]}`));
    const row = table.locator(`tr:has([id="c-${rows[2].id.split('/')[1]}"])`);
    expect(await row.locator('td.col-text').textContent()).toContain('门诊综合楼改扩建');
    expect(await row.locator('td.col-lead mark.f-unit').allTextContents()).toEqual(['县发改局']);
    expect(await row.locator('td.col-cooperate mark.f-unit').allTextContents()).toEqual(['县卫健局', '县自然资源局']);
    expect(await row.locator('td.col-deadline mark.f-deadline').allTextContents()).toEqual(['2025年6月']);
    expect(await row.locator('.row-meta .source-pages').textContent()).toBe(`原件第 ${rows[2].source.pages![0]} 页`);
    // Its links and the add-a-link picker stand in a row under it, across the table, so the row stays as tall as its text.
    const links = row.locator('xpath=following-sibling::tr[1]');
    expect(await links.getAttribute('class')).toBe('row-links');
    expect(await links.locator('td').getAttribute('colspan')).toBe('6');
    expect(await links.locator('details.curation-add').count()).toBe(1);
    expect(await row.locator('details, .links, .suggestions').count()).toBe(0);
    expect((await row.boundingBox())!.height).toBeLessThan(150);
    // Each row's cells stand in the column of their header, not run together as one paragraph.
    expect(await page.locator(`section[aria-labelledby="c-${rows[2].id.split('/')[1]}"]`).count()).toBe(0);
    expect(errors).toEqual([]);
    await screenshot(page, 'reader-body-table');
  });

  it('a search lands on the table row that holds the words, and a row\'s permalink cites it under the row, the table keeping its columns', async () => {
    const rows = clauses().filter((c) => c.doc === 'pdf-table-2024' && /^\d\t/.test(c.text));
    const anchor = `c-${rows[2].id.split('/')[1]}`;
    const search = await openPage(await sut.browser.newContext(), `${sut.site.url}/search/?q=${encodeURIComponent('门诊综合楼')}`);
    await expect.poll(() => search.page.locator(`a[href="/docs/pdf-table-2024/#${anchor}"]`).count(), { timeout: 15_000 }).toBeGreaterThan(0);

    const { page, errors } = await openPage(await sut.browser.newContext(), `${sut.site.url}/docs/pdf-table-2024/#${anchor}`);
    const row = page.locator(`tr:has([id="${anchor}"])`);
    const box = row.locator('xpath=following-sibling::tr[position() <= 2]').locator('details.citation-clause');
    await expect.poll(() => box.count()).toBe(1);
    expect(await box.locator('pre').first().textContent()).toContain(`/docs/pdf-table-2024/#${anchor}`);
    // The box spans the table under the row; the row's cells stay as wide as the header's.
    const headerWidths = await page.locator('article table.part-table thead th').evaluateAll((ths) => ths.map((th) => Math.round(th.getBoundingClientRect().width)));
    const rowWidths = await row.locator('td').evaluateAll((tds) => tds.map((td) => Math.round(td.getBoundingClientRect().width)));
    expect(rowWidths).toEqual(headerWidths);
    expect(await box.evaluate((b) => b.closest('td')!.colSpan)).toBe(headerWidths.length);
    expect(errors).toEqual([]);
    await screenshot(page, 'reader-row-citation');
  });

  it('offers the original PDF for download, byte for byte', async () => {
    const context = await sut.browser.newContext({ acceptDownloads: true });
    const { page } = await openPage(context, `${sut.site.url}/docs/pdf-2023/`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('a.original').click()]);
    expect(download.suggestedFilename()).toBe('pdf-2023.pdf');
    const saved = readFileSync((await download.path())!);
    expect(saved.equals(readFileSync('test/fixtures/formats/xiangyuan-2023.pdf'))).toBe(true);
    await context.close();
  });

  it('offers a saved web page as text, byte for byte, so none of its scripts runs on the site', async () => {
    const documents = JSON.parse(readFileSync(join(dist, 'data', 'documents.json'), 'utf8')) as { id: string; source: { original: string | null } }[];
    expect(documents.find((d) => d.id === 'web-2020')?.source.original).toBe('web-2020.html.txt');
    const context = await sut.browser.newContext({ acceptDownloads: true });
    const { page, errors } = await openPage(context, `${sut.site.url}/docs/web-2020/`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('a.original').click()]);
    expect(download.suggestedFilename()).toBe('web-2020.html.txt');
    expect(readFileSync((await download.path())!).equals(readFileSync('test/fixtures/formats/yanshi-2020.html'))).toBe(true);
    expect(errors).toEqual([]);
    // opened at its address, it is shown as text: no dialog, nothing written into the page
    let dialogs = 0;
    page.on('dialog', (d) => { dialogs++; void d.dismiss(); });
    const response = await page.goto(`${sut.site.url}/source/web-2020.html.txt`);
    expect(response?.headers()['content-type']).toMatch(/^text\/plain/);
    expect(await page.locator('body').innerText()).toContain("alert('这段脚本绝不能运行')");
    // (a text page has no icon of its own: Chromium asks for /favicon.ico, which is no page of the site)
    expect(dialogs).toBe(0);
    expect((await page.goto(`${sut.site.url}/source/web-2020.html`))?.status()).toBe(404);
    await context.close();
  });
});
