/** The synthetic corpus: deterministic, N plans from the seed plans, each building through the pipeline. */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { synthesizeCorpus, manifestName } from '../../../scripts/synth/index.ts';
import { buildCorpus } from '../../../scripts/pipeline.ts';

const count = 12;

function synth(seed = 'test') {
  const dir = join(mkdtempSync(join(tmpdir(), 'synth-')), 'corpus');
  const manifest = synthesizeCorpus({ count, outDir: dir, seed });
  const files = Object.fromEntries(readdirSync(dir).sort().map((name) => [name, readFileSync(join(dir, name), 'utf8')]));
  return { dir, manifest, files, [Symbol.dispose]: () => rmSync(join(dir, '..'), { recursive: true }) };
}

describe('synthetic corpus', () => {
  it('is the same for the same seed and differs for another', () => {
    using a = synth();
    using b = synth();
    using c = synth('other');
    expect(b.files).toEqual(a.files);
    expect(c.files['synth-0001.txt']).not.toBe(a.files['synth-0001.txt']);
  });

  it('writes N renamed plans with region sidecars, the national plan and the data files', () => {
    using corpus = synth();
    const names = Object.keys(corpus.files);
    expect(names.filter((n) => /^synth-\d{4}\.txt$/.test(n))).toHaveLength(count);
    expect(names).toEqual(expect.arrayContaining(['national-qianxian-2021.txt', 'unit-aliases.yaml', 'link-concepts.yaml', manifestName]));
    // Seeds are chosen by level: the four county plans, never the national plan.
    expect(new Set(corpus.manifest.plans.flatMap((p) => p.seeds))).toEqual(new Set(['mingxi-2024', 'pianguan-2024', 'xiangyuan-2023', 'yanshi-2020']));
    expect(new Set(corpus.manifest.plans.map((p) => p.region.province)).size).toBeGreaterThanOrEqual(10);
    for (const plan of corpus.manifest.plans) {
      const text = corpus.files[`${plan.id}.txt`];
      expect(text).toContain(plan.region.county);
      // The seed's own county is gone (襄垣 → the new county everywhere).
      expect(text).not.toMatch(/襄垣|偏关|明溪|偃师/);
      if (plan.sidecarRegion) expect(corpus.files[`${plan.id}.yaml`]).toContain(`county: ${plan.region.county}`);
    }
    expect(corpus.manifest.plans.some((p) => p.seeds.length === 2)).toBe(true);
    expect(corpus.manifest.plans.some((p) => p.droppedItems > 0)).toBe(true);
    expect(corpus.manifest.plans.some((p) => !p.sidecarRegion)).toBe(true);
  });

  it('builds through the pipeline: every plan a county plan in its place, with clauses linked to the national plan', async () => {
    using corpus = synth();
    const built = await buildCorpus(corpus.dir);
    expect(built.documents).toHaveLength(count + 1);
    for (const plan of corpus.manifest.plans) {
      const document = built.documents.find((d) => d.id === plan.id)!;
      expect(document.level).toBe('county');
      // From the sidecar, or from the text's place and the division table.
      expect(document.region).toEqual(plan.region);
      expect(document.division?.code).toBe(plan.code);
      expect(document.messages).toEqual([]);
      expect(document.title).toContain(plan.region.county);
      const clauses = built.clauses.filter((c) => c.doc === plan.id);
      expect(clauses.length).toBeGreaterThan(5);
      expect(clauses.some((c) => c.links.some((l) => l.target.startsWith('national-qianxian-2021/')))).toBe(true);
    }
    // The manifest is the project's own file, not a document of unknown format: `--strict` builds pass.
    expect(built.messages.filter((m) => m.file.endsWith(manifestName))).toEqual([]);
  });
});
