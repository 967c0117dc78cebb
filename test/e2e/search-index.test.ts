/**
 * The search index of the built site (src/search-index/): Pagefind is handed only what it reads of
 * a reader page, and the page's hidden index terms join it there, not the page served; the exact
 * phrase index is written beside it.
 */
import * as pagefind from 'pagefind';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { searchRecord } from '../../src/search-index/record.ts';

const readers = readdirSync('dist/docs').map((id) => ({ url: `/docs/${id}/`, html: readFileSync(join('dist/docs', id, 'index.html'), 'utf8') }));

/** Every file Pagefind would write for these pages, by path (paths hold content hashes). */
async function indexFiles(pages: { url: string; html: string }[]): Promise<Map<string, Uint8Array>> {
  const { index } = await pagefind.createIndex({});
  if (!index) throw new Error('Pagefind did not start');
  for (const { url, html } of pages) expect((await index.addHTMLFile({ url, content: html })).errors).toEqual([]);
  const { files } = await index.getFiles();
  return new Map(files.map((file) => [file.path, file.content]));
}

/** A fragment file's record (gzip, then Pagefind's signature, then JSON). */
const fragment = (content: Uint8Array) => JSON.parse(gunzipSync(content).toString('utf8').replace(/^pagefind_dcd/, '')) as { url: string; content: string };

afterAll(() => pagefind.close());

describe('the search index of the built site', () => {
  it('records the same words, fragments and filters from a reader page cut to what Pagefind reads as from the whole page', async () => {
    const whole = await indexFiles(readers);
    const cut = await indexFiles(readers.map(({ url, html }) => ({ url, html: searchRecord(html) })));
    expect([...cut.keys()].sort()).toEqual([...whole.keys()].sort());
    for (const reader of readers) expect(searchRecord(reader.html).length).toBeLessThan(reader.html.length / 2);
  });

  it('holds every Chinese reader with its hidden index terms, which the page served does not carry', () => {
    const fragments = readdirSync('dist/pagefind/fragment').map((file) => fragment(readFileSync(join('dist/pagefind/fragment', file))));
    expect(fragments.map((f) => f.url).sort()).toEqual(readers.map((r) => r.url).sort());
    for (const { content } of fragments) expect(content).toMatch(/⟦[^⟧]+⟧/);
    for (const { html } of readers) expect(html).not.toContain('⟦');
  });

  it('has the exact phrase index of every document, its meta naming the shards written beside it', () => {
    const meta = JSON.parse(readFileSync('dist/search/phrase/meta.json', 'utf8')) as { docs: string[]; shards: number };
    expect([...meta.docs].sort()).toEqual(readers.map((r) => r.url.split('/')[2]).sort());
    expect(readdirSync('dist/search/phrase').filter((f) => /^\d+\.json$/.test(f))).toHaveLength(meta.shards);
  });
});
