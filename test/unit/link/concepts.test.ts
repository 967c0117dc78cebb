import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { conceptCounts, corpusConcepts, readConcepts } from '../../../scripts/link/concepts.ts';
import { idfByDocumentFrequency } from '../../../scripts/link/idf.ts';
import { cosine, weigh } from '../../../scripts/link/vectors.ts';

const { concepts } = readConcepts('corpus/link-concepts.yaml');

describe('policy concepts', () => {
  it('are read from the corpus data file a researcher can extend', () => {
    expect(concepts.get('hardware')).toContain('设备');
    expect(readConcepts('corpus/no-such-file.yaml').concepts.size).toBe(0);
  });

  it('a file that is not a mapping of term lists is reported by name, and ignored', () => {
    const dir = mkdtempSync(join(tmpdir(), 'concepts-'));
    writeFileSync(join(dir, 'bad.yaml'), 'hardware: 硬件\n');
    writeFileSync(join(dir, 'broken.yaml'), 'hardware: [硬件\n  设备: ]]\n');
    const bad = readConcepts(join(dir, 'bad.yaml'));
    expect(bad.concepts.size).toBe(0);
    expect(bad.messages[0].message).toMatch(/concepts ignored: hardware/);
    const broken = readConcepts(join(dir, 'broken.yaml'));
    expect(broken.messages[0]).toMatchObject({ file: expect.stringMatching(/broken\.yaml$/), message: expect.stringMatching(/not valid YAML/) });
  });

  it('a corpus without the file is linked with the concepts the model was trained with, and told so', () => {
    const missing = join(mkdtempSync(join(tmpdir(), 'concepts-')), 'link-concepts.yaml');
    const { concepts: used, messages } = corpusConcepts(missing);
    expect([...used.keys()]).toEqual([...concepts.keys()]);
    expect(messages.map((m) => m.message)).toEqual(['no link-concepts.yaml: linked with the concepts the link model was trained with (corpus/link-concepts.yaml)']);
    expect(corpusConcepts('corpus/link-concepts.yaml').messages).toEqual([]);
  });

  it('count the concepts a clause names in other words', () => {
    expect(conceptCounts('加快医用设备配置。完善门诊、病房医用服务设施设备。', concepts).get('hardware')).toBe(4);
  });

  it('bring together a clause and the national clause it paraphrases (设备配置 ~ 硬件条件)', () => {
    // As the link space weighs them (features.ts): counts, TF-IDF over the clauses compared.
    const counts = [
      '加强市人民医院医疗设备配置。购置所需医疗设备，为医院综合服务能力提升提供基础保障。',
      '持续改善硬件条件。逐步改善硬件设施设备条件，系统完善业务用房条件。',
      '强化宣传培训。加强政策解读和典型宣传，营造良好氛围。',
    ].map((text) => conceptCounts(text, concepts));
    const idf = idfByDocumentFrequency(counts);
    const [county, national, other] = counts.map((c) => weigh(c, idf));
    expect(cosine(county, national)).toBeGreaterThan(0.9);
    expect(cosine(county, other)).toBe(0);
  });
});
