/**
 * What a researcher takes away: the citation of a document or a clause, copied with a button,
 * and the comparison and the search results downloaded as CSV — read back here from the
 * clipboard and from the downloaded file, and checked against the published data.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ClauseRecord, DocumentRecord } from '../../scripts/publish/schema.ts';
import { citations, clauseCitationLabel, type Citations } from '../../src/lib/cite.ts';
import { clauseName } from '../../src/lib/labels.ts';
import { clauseAnchor } from '../../src/lib/routes.ts';
import { exported, openPage, screenshot, seriousAxeViolations, useSite } from './browser.ts';

const dist = process.env.SITE_DIST ?? 'dist';
const documents: DocumentRecord[] = JSON.parse(readFileSync(join(dist, 'data', 'documents.json'), 'utf8'));
const clauses: ClauseRecord[] = JSON.parse(readFileSync(join(dist, 'data', 'clauses.json'), 'utf8'));
const county = documents.find((d) => d.level === 'county' && d.docNumber && d.issuer && d.date)!;
const clause = clauses.find((c) => c.doc === county.id && c.depth === 3)!;
const linkCount = (docId: string) => clauses.filter((c) => c.doc === docId).reduce((n, c) => n + c.links.length, 0);
const chosen = documents.filter((d) => d.level === 'county').sort((a, b) => linkCount(b.id) - linkCount(a.id)).slice(0, 2).map((d) => d.id);

const sut = useSite(dist);

beforeAll(async () => {
  await sut.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: sut.site.url });
});

/** Click a citation box's copy button for one format and read what reached the clipboard. */
async function copied(page: Page, box: string, format: keyof Citations): Promise<string> {
  await page.click(`${box} [data-format=${format}] button`);
  await page.waitForFunction((selector) => document.querySelector(selector)?.textContent === '已复制', `${box} [data-format=${format}] button`);
  return page.evaluate(() => navigator.clipboard.readText());
}

/** The reader's today, as the page dates the consultation. */
const today = (page: Page) => page.evaluate(() => new Date().toLocaleDateString('sv-SE'));

describe('citations', () => {
  it('copies the document in GB/T 7714-2015, BibTeX and CSL-JSON, with its permanent address, 文号, issuer and date', async () => {
    const { page, errors } = await openPage(sut.context, `${sut.site.url}/docs/${county.id}/`);
    await page.click('details.citation > summary');
    const expected = citations(county, { base: sut.site.url, accessed: await today(page) });
    expect(await copied(page, 'details.citation', 'gbt7714')).toBe(expected.gbt7714);
    expect(expected.gbt7714).toBe(`${county.issuer}. ${county.title}: ${county.docNumber}[A/OL]. (${county.date})[${await today(page)}]. ${sut.site.url}/docs/${county.id}/.`);
    expect(await copied(page, 'details.citation', 'bibtex')).toBe(expected.bibtex);
    const [item] = JSON.parse(await copied(page, 'details.citation', 'cslJson'));
    expect(item).toMatchObject({ id: county.id, number: county.docNumber, author: [{ literal: county.issuer }], URL: `${sut.site.url}/docs/${county.id}/` });
    await screenshot(page, 'citation-document');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('cites a clause under the clause its permalink opens, and follows the reader to another clause', async () => {
    const anchor = clauseAnchor(clause.id);
    const { page, errors } = await openPage(sut.context, `${sut.site.url}/docs/${county.id}/#${anchor}`);
    const box = `section:has(> [id="${anchor}"]) > details.citation-clause`;
    await page.waitForSelector(box);
    const label = clauseCitationLabel(clause.path, clauseName(clause));
    expect(await page.textContent(`${box} .citation-subject`)).toBe(`本条：${label}`);
    const gbt = await copied(page, box, 'gbt7714');
    expect(gbt).toBe(citations(county, { base: sut.site.url, accessed: await today(page), clause: { id: clause.id, label } }).gbt7714);
    expect(gbt).toContain(`${county.docNumber}: ${label}[A/OL]`);
    expect(gbt.endsWith(`/docs/${county.id}/#${anchor}.`)).toBe(true);

    const other = clauses.find((c) => c.doc === county.id && c.depth === 1)!;
    await page.click(`a.permalink[href$="#${clauseAnchor(other.id)}"]`);
    await page.waitForFunction((id) => document.querySelector('details.citation-clause')?.closest('section')?.querySelector(':scope > h2, :scope > h3, :scope > h4')?.id === id, clauseAnchor(other.id));
    expect(await page.locator('details.citation-clause').count()).toBe(1);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('CSV exports', () => {
  it('downloads the comparison of the chosen plans: national clause × plan, linked clause ids, scores and text', async () => {
    const { page, errors } = await openPage(sut.context, `${sut.site.url}/compare/?docs=${chosen.join(',')}`);
    const { bytes, view, rows } = await exported(page);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(view.slice(0, 2)).toEqual(['view', page.url()]);
    expect(new Set(rows.map((r) => r.doc))).toEqual(new Set(chosen));

    const byId = new Map(clauses.map((c) => [c.id, c]));
    const nationalRows = new Set(rows.map((r) => r.national));
    for (const planId of chosen) {
      for (const national of nationalRows) {
        const lines = rows.filter((r) => r.doc === planId && r.national === national);
        const expected = clauses.filter((c) => c.doc === planId && c.links.some((l) => l.target === national)).map((c) => c.id).sort();
        expect(lines.map((r) => r.clause).filter(Boolean).sort(), `${planId} × ${national}`).toEqual(expected);
        if (!expected.length) expect(lines).toHaveLength(1);
      }
    }
    for (const row of rows.filter((r) => r.clause)) {
      const source = byId.get(row.clause)!;
      const link = source.links.find((l) => l.target === row.national)!;
      expect(row.clauseText).toBe(source.text);
      expect(Number(row.score)).toBeCloseTo(link.score, 10);
      expect(row.relation).toBe(link.relation);
      expect(row.nationalText).toBe(byId.get(row.national)!.text);
    }
    expect(await page.textContent('.csv-export-status')).toBe(`已导出 ${rows.length} 行。`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('downloads the search results shown: document, clause and excerpt, with the search address', async () => {
    const { page, errors } = await openPage(sut.context, `${sut.site.url}/search/?q=${encodeURIComponent('胸痛中心')}`);
    await page.waitForFunction(() => /找到/.test(document.querySelector('#search-status')?.textContent ?? ''));
    const shown = await page.$$eval('#search-results .sub-results > li', (items) =>
      items.map((li) => ({ url: (li.querySelector('a') as HTMLAnchorElement).href, excerpt: li.querySelector('.excerpt')?.textContent ?? '' })),
    );
    const { view, rows } = await exported(page);
    expect(view[1]).toBe(page.url());
    expect(new URL(view[1]).searchParams.get('q')).toBe('胸痛中心');
    expect(rows.map((r) => r.url)).toEqual(shown.map((s) => s.url));
    expect(rows.map((r) => r.excerpt)).toEqual(shown.map((s) => s.excerpt.replace(/\s+/g, ' ').trim()));
    for (const row of rows) {
      expect(documents.map((d) => d.id)).toContain(row.doc);
      expect(clauses.some((c) => c.id === row.clause)).toBe(true);
    }
    const exact = rows.filter((r) => r.exact === 'true');
    expect(exact.length).toBeGreaterThan(0);
    for (const row of exact) expect(row.excerpt).toContain('胸痛中心');
    expect(errors).toEqual([]);
    await page.close();
  });
});
