/** Data files written record by record are byte for byte what JSON.stringify and csv-stringify make of the whole. */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { buildCorpus } from '../../../scripts/pipeline.ts';
import { RecordFiles } from '../../../scripts/publish/record-files.ts';

const corpus = await buildCorpus('corpus');
// The seed plans' clauses as CSV cells: Chinese text with quotes, commas and line breaks, numbers, nulls.
const rows = corpus.clauses.map((c) => ({ id: c.id, title: c.title, depth: c.depth, text: c.text, unitsJson: JSON.stringify(c.units) }));

function written(write: (files: RecordFiles, dir: string) => void): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'record-files-'));
  try {
    const files = new RecordFiles();
    write(files, dir);
    files.commit();
    return Object.fromEntries(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name), 'utf8')]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('record files', () => {
  it('write the seed corpus as JSON.stringify does, pretty-printed and compact, and an empty array as []', () => {
    const out = written((files, dir) => {
      const pretty = files.json(join(dir, 'clauses.json'), 1);
      const compact = files.json(join(dir, 'reuse.json'));
      for (const clause of corpus.clauses) pretty.add(clause);
      for (const pair of corpus.reuse) compact.add(pair);
      files.json(join(dir, 'empty.json'), 1);
    });
    expect(out['clauses.json']).toBe(JSON.stringify(corpus.clauses, null, 1));
    expect(out['reuse.json']).toBe(JSON.stringify(corpus.reuse));
    expect(out['empty.json']).toBe(JSON.stringify([], null, 1));
  });

  it('write CSV as csv-stringify does: BOM, header, quoted fields with quotes, commas and line breaks, nulls empty', () => {
    expect(rows.some((r) => /[",\n]/.test(r.text))).toBe(true);
    const out = written((files, dir) => {
      const csv = files.csv(join(dir, 'clauses.csv'));
      for (const row of rows) csv.add(row);
      files.csv(join(dir, 'empty.csv'));
    });
    expect(out['clauses.csv']).toBe('\uFEFF' + stringify(rows, { header: true }));
    expect(out['empty.csv']).toBe('\uFEFF' + stringify([], { header: true }));
  });

  it('leave the earlier file in place when a run is abandoned', () => {
    const dir = mkdtempSync(join(tmpdir(), 'record-files-'));
    try {
      writeFileSync(join(dir, 'clauses.json'), '[]');
      const files = new RecordFiles();
      files.json(join(dir, 'clauses.json'), 1).add(corpus.clauses[0]);
      files.abandon();
      expect(readFileSync(join(dir, 'clauses.json'), 'utf8')).toBe('[]');
      expect(existsSync(join(dir, 'clauses.json.partial'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
