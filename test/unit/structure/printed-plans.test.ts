/**
 * Unseen plans as published PDFs (test/fixtures/unseen-plans-pdf/, printed from the .txt of
 * test/fixtures/unseen-plans/ by its make.ts: a justified column whose lines break mid-sentence and
 * inside numbers, paragraphs indented, a running head and page numbers) give the tree, fields and
 * links the clean texts give: the same clauses (ids, paths, titles, text but for line breaks), units,
 * deadlines, metrics, link targets, and the same figures on the annotated links.
 */
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../scripts/pipeline.ts';
import type { ClauseRecord } from '../../../scripts/publish/schema.ts';
import { printedPlans } from '../../fixtures/unseen-plans-pdf/make.ts';
import { readGold, scoreGold } from '../link/gold.ts';

const national = ['national-qianxian-2021.txt', 'national-qianxian-2021.yaml', 'link-concepts.yaml'];

async function build(ext: 'txt' | 'pdf'): Promise<ClauseRecord[]> {
  const corpus = mkdtempSync(join(tmpdir(), `printed-plans-${ext}-`));
  for (const file of national) copyFileSync(join('corpus', file), join(corpus, file));
  const fixtures = ext === 'pdf' ? 'test/fixtures/unseen-plans-pdf' : 'test/fixtures/unseen-plans';
  for (const plan of printedPlans) copyFileSync(join(fixtures, `${plan}.${ext}`), join(corpus, `${plan}.${ext}`));
  return (await buildCorpus(corpus)).clauses;
}

/** What a reader gets of a clause, where in the source it stands aside. */
const fields = (c: ClauseRecord) => ({
  id: c.id,
  path: c.path,
  title: c.title,
  text: c.text.replace(/\s+/g, ''),
  task: c.task,
  units: c.units.map((u) => `${u.canonical}:${u.role}`),
  deadlines: c.deadlines.map(({ at: _, ...d }) => d),
  metrics: c.metrics.map(({ at: _, ...m }) => m),
  links: c.links.map((l) => l.target),
});

describe('a plan printed as a PDF reads as its clean text', () => {
  let text: ClauseRecord[];
  let printed: ClauseRecord[];
  beforeAll(async () => {
    [text, printed] = [await build('txt'), await build('pdf')];
  }, 60_000);

  it('gives the same clauses, fields and link targets', () => {
    const plans = (clauses: ClauseRecord[]) => clauses.filter((c) => printedPlans.includes(c.doc)).map(fields);
    expect(plans(printed).length).toBeGreaterThan(50);
    expect(plans(printed)).toEqual(plans(text));
  });

  it('scores the same on the annotated links', () => {
    const all = readGold('test/fixtures/unseen-plans/links.json');
    const gold = { ...all, clauses: all.clauses.filter((c) => printedPlans.includes(c.doc)) };
    const figures = (clauses: ClauseRecord[]) => {
      const { top1, recall, precision, published, missing } = scoreGold(gold, clauses);
      return { top1, recall, precision, published, missing };
    };
    expect(figures(printed)).toEqual(figures(text));
  });
});
