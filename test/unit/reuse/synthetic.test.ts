/** On a synthetic corpus made from the seeds (scripts/synth/), plans from one seed find each other first. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTextSources } from '../../../scripts/ingest/read-corpus.ts';
import { structureDocument } from '../../../scripts/structure/index.ts';
import { detectReuse } from '../../../scripts/reuse/index.ts';
import { manifestName, synthesizeCorpus, type SynthManifest } from '../../../scripts/synth/index.ts';

describe('reuse on a synthetic corpus of 60 plans', () => {
  const dir = join(mkdtempSync(join(tmpdir(), 'reuse-synth-')), 'corpus');
  synthesizeCorpus({ count: 60, outDir: dir });
  const manifest: SynthManifest = JSON.parse(readFileSync(join(dir, manifestName), 'utf8'));
  const structured = readTextSources(dir).map(structureDocument);
  const reuse = detectReuse(structured.map((s) => s.document), structured.flatMap((s) => s.clauses));
  const seedsOf = new Map(manifest.plans.map((p) => [p.id, p.seeds]));

  it('each plan’s strongest partner was made from the same seed', () => {
    for (const plan of manifest.plans) {
      const [strongest] = reuse.filter((r) => r.source === plan.id).sort((a, b) => b.share - a.share);
      expect(strongest, plan.id).toBeDefined();
      expect(seedsOf.get(strongest.target)?.some((s) => plan.seeds.includes(s)), `${plan.id} → ${strongest.target}`).toBe(true);
    }
  });

  it('each plan keeps a bounded number of partners, plus the national plan', () => {
    const partners = new Map<string, number>();
    for (const r of reuse) partners.set(r.source, (partners.get(r.source) ?? 0) + 1);
    for (const plan of manifest.plans) expect(partners.get(plan.id)).toBeLessThanOrEqual(6);
  });
});
