/** /data/: a researcher downloads the published tables and reads what their fields mean. */
import { describe, expect, it } from 'vitest';
import { clausesFileSchema, documentsFileSchema } from '../../scripts/publish/schema.ts';
import { parse } from 'csv-parse/sync';
import { openPage, useSite } from './browser.ts';

const dist = process.env.SITE_DIST ?? 'dist';
const sut = useSite(dist);

describe('/data/', () => {
  it('links to the downloads, which hold the published data, its long tables and the JSON Schema it satisfies', async () => {
    const context = await sut.browser.newContext();
    const { page } = await openPage(context, `${sut.site.url}/data/`);
    const hrefs = await page.$$eval('main a[download]', (links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs.sort()).toEqual([
      ...['clauses.csv', 'clauses.json', 'datapackage.json', 'deadlines.csv', 'documents.csv', 'documents.json', 'links.csv', 'metrics.csv'],
      ...['schema/clauses.schema.json', 'schema/documents.schema.json', 'suggestions.csv', 'units.csv'],
    ].map((file) => `/data/${file}`));
    const fetchText = async (href: string) => (await context.request.get(`${sut.site.url}${href}`)).text();
    const documents = documentsFileSchema.parse(JSON.parse(await fetchText('/data/documents.json')));
    const clauses = clausesFileSchema.parse(JSON.parse(await fetchText('/data/clauses.json')));
    expect(documents.length).toBeGreaterThan(0);
    expect(clauses.length).toBeGreaterThan(0);
    // one header line plus at least one line per record
    expect((await fetchText('/data/documents.csv')).trim().split('\n').length).toBeGreaterThan(documents.length);
    expect((await fetchText('/data/clauses.csv')).trim().split('\n').length).toBeGreaterThan(clauses.length);
    // the long table of links has a row per link, with the count the page gives
    const linkRows = parse(await fetchText('/data/links.csv'), { bom: true, columns: true }).length;
    expect(linkRows).toBe(clauses.reduce((n, c) => n + c.links.length, 0));
    expect(await page.textContent('main table:nth-of-type(2)')).toContain(String(linkRows));
    const dataPackage = JSON.parse(await fetchText('/data/datapackage.json'));
    expect(dataPackage.resources.map((r: { path: string }) => r.path)).toContain('links.csv');
    const clausesSchema = JSON.parse(await fetchText('/data/schema/clauses.schema.json'));
    expect(clausesSchema.items.required).toEqual(expect.arrayContaining(['id', 'text', 'units', 'deadlines', 'metrics', 'links']));
    const schema = await page.textContent('main');
    for (const field of ['docNumber', 'units', 'links']) expect(schema).toContain(field);
    await context.close();
  });
});
