/** The long tables: a researcher counts links, units, deadlines and metrics in R or pandas, one row per item. */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { buildCorpus } from '../../../scripts/pipeline.ts';
import { publish } from '../../../scripts/publish/write.ts';
import type { ClauseRecord } from '../../../scripts/publish/schema.ts';

let published: Promise<string> | undefined;
function publishedSeeds(): Promise<string> {
  published ??= buildCorpus('corpus').then((corpus) => {
    const out = mkdtempSync(join(tmpdir(), 'tidy-'));
    publish(corpus, out);
    return out;
  });
  return published;
}

async function read(file: string): Promise<Record<string, string>[]> {
  return parse(readFileSync(join(await publishedSeeds(), 'data', file), 'utf8'), { bom: true, columns: true });
}

describe('the long tables', () => {
  it('links.csv has one row per link of clauses.json, with its rank, score and shared wording', async () => {
    const clauses: ClauseRecord[] = JSON.parse(readFileSync(join(await publishedSeeds(), 'data', 'clauses.json'), 'utf8'));
    const links = await read('links.csv');
    expect(links).toHaveLength(clauses.reduce((n, c) => n + c.links.length, 0));
    const clause = clauses.find((c) => c.links.length > 1)!;
    const rows = links.filter((l) => l.source === clause.id);
    expect(rows.map((r) => [r.target, Number(r.rank), Number(r.score)])).toEqual(clause.links.map((l, i) => [l.target, i + 1, l.score]));
    expect(rows[0]).toMatchObject({ sourceDoc: clause.doc, targetDoc: 'national-qianxian-2021', relation: clause.links[0].relation });
    expect(rows[0].evidence.split(' … ')).toEqual(clause.links[0].evidence.map((e) => e.text));
  });

  it('deadlines.csv, metrics.csv and units.csv hold each clause’s items with their normalised values', async () => {
    const clauses: ClauseRecord[] = JSON.parse(readFileSync(join(await publishedSeeds(), 'data', 'clauses.json'), 'utf8'));
    const count = (field: 'units' | 'deadlines' | 'metrics' | 'suggestions') => clauses.reduce((n, c) => n + c[field].length, 0);
    const [units, deadlines, metrics, suggestions] = await Promise.all(['units.csv', 'deadlines.csv', 'metrics.csv', 'suggestions.csv'].map(read));
    expect([units.length, deadlines.length, metrics.length, suggestions.length]).toEqual([count('units'), count('deadlines'), count('metrics'), count('suggestions')]);
    // 到2025年 in 明溪's goals is a deadline at the end of 2025
    expect(deadlines).toContainEqual(expect.objectContaining({ doc: 'mingxi-2024', text: '到2025年', kind: 'by', end: '2025-12-31' }));
    // a per-capita target keeps its base: 每千常住人口执业（助理）医师数 3.05 人
    expect(metrics).toContainEqual(expect.objectContaining({ doc: 'mingxi-2024', value: '3.05', unit: '人', per: '千人' }));
    expect(units.filter((u) => u.role === 'lead').length).toBeGreaterThan(0);
  });

  it('a table with no rows still names its columns', async () => {
    const out = mkdtempSync(join(tmpdir(), 'tidy-empty-'));
    publish({ ...(await buildCorpus('corpus')), clauses: [] }, out);
    expect(readFileSync(join(out, 'data', 'links.csv'), 'utf8')).toBe('\uFEFFsource,sourceDoc,target,targetDoc,rank,score,relation,curated,note,evidence,inheritedFrom\n');
  });
});
