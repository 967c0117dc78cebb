/**
 * Links against the gold standard (test/fixtures/gold-links.json): the figures
 * are printed so the build log shows how far above the bar the method sits.
 */
import { describe, expect, it, beforeAll } from 'vitest';
import { buildCorpus } from '../../../scripts/pipeline.ts';
import type { ClauseRecord } from '../../../scripts/publish/schema.ts';
import { readGold, scoreGold } from './gold.ts';

describe('links on the gold clauses', () => {
  let clauses: ClauseRecord[];
  beforeAll(async () => {
    clauses = (await buildCorpus('corpus')).clauses;
  });

  it('finds every gold clause and target', () => {
    expect(scoreGold(readGold(), clauses).missing).toEqual([]);
  });

  it('reaches top-1 ≥ 0.9, recall ≥ 0.9, precision ≥ 0.85', () => {
    const f = scoreGold(readGold(), clauses);
    console.log(
      `link gold: top-1 ${f.top1.toFixed(3)}, recall of primary ${f.recall.toFixed(3)}, precision ${f.precision.toFixed(3)} over ${f.published} published links\n  ` +
        f.report.join('\n  '),
    );
    expect(f.top1).toBeGreaterThanOrEqual(0.9);
    expect(f.recall).toBeGreaterThanOrEqual(0.9);
    expect(f.precision).toBeGreaterThanOrEqual(0.85);
  });
});
