/**
 * Interface words inside document-text containers (lang="zh-CN"), which english.test.ts leaves
 * alone: the fields' tooltips and values, the attachment label, the national plan's short name
 * and the deadline table's dates are English under /en/ and as before at /.
 */
import { describe, expect, it } from 'vitest';
import { openPage, useSite } from './browser.ts';

const sut = useSite();
const han = /[\u4e00-\u9fff]/;

async function open(path: string) {
  const { page, errors } = await openPage(sut.context, `${sut.site.url}${path}`);
  return { page, errors };
}

describe('interface words inside document text', () => {
  it('a reader’s field tooltips and field table name roles, deadlines and targets in the page’s language', async () => {
    const { page, errors } = await open('/en/docs/mingxi-2024/');
    const tips = await page.$$eval('.clause-text .tip', (els) => els.map((e) => e.textContent ?? ''));
    expect(tips.length).toBeGreaterThan(0);
    for (const tip of tips) expect(tip).toMatch(/^(Unit \([a-z ]+\): |Deadline: |Target: )/);
    expect(tips.join('\n')).not.toMatch(/单位（|期限：|指标：|截至|牵头|负责/);
    const values = await page.$$eval('.field-table tbody td:last-child', (tds) => tds.map((td) => td.textContent ?? ''));
    expect(values.some((v) => / \(in 20\d\d\)$/.test(v))).toBe(true);
    expect(values.join('\n')).not.toMatch(/（20\d\d年）|（牵头）|（负责）|截至 /);
    expect(errors).toEqual([]);

    const zh = (await open('/docs/mingxi-2024/')).page;
    const zhTips = await zh.$$eval('.clause-text .tip', (els) => els.map((e) => e.textContent ?? ''));
    expect(zhTips.length).toBe(tips.length);
    for (const tip of zhTips) expect(tip).toMatch(/^(单位（|期限：|指标：)/);
    await Promise.all([page.close(), zh.close()]);
  });

  it('an attachment is “Attachment” in English, its title as the document gives it', async () => {
    const { page } = await open('/en/docs/xiangyuan-2023/');
    const label = (await page.textContent('.attachments li'))!.trim();
    expect(label).toMatch(/^Attachment 襄垣县/);
    const zh = (await open('/docs/xiangyuan-2023/')).page;
    expect((await zh.textContent('.attachments li'))!.trim()).toMatch(/^附件 襄垣县/);
    await Promise.all([page.close(), zh.close()]);
  });

  it('the overview names the national plan and writes deadlines in English', async () => {
    const { page } = await open('/en/');
    const rows = await page.$$eval('.deadline-list tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].slice(0, 2).map((td) => td.textContent ?? '')));
    expect(rows[0][0]).toBe('National plan');
    const whens = rows.map(([, when]) => when);
    expect(whens.some((w) => / to /.test(w))).toBe(true);
    expect(whens.filter((w) => han.test(w))).toEqual([]);
    // Row labels of the corpus and deadline charts (a label's text node, its full title apart).
    const chartLabels = await page.$$eval('svg .row-labels text', (ts) => ts.map((t) => t.lastChild?.textContent ?? ''));
    expect(chartLabels.filter((l) => l === 'National plan').length).toBeGreaterThanOrEqual(2);
    expect(await page.$$eval('svg', (svgs) => svgs.some((svg) => svg.textContent!.includes('国家方案')))).toBe(false);
    await page.close();
  });
});
