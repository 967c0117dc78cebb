/**
 * Curation teaches the model: `npm run link:train` learns from the researchers' decisions in
 * corpus/links.curated.yaml as well as from the committed annotations, so every plan a
 * researcher curates becomes an annotated plan for the next model (docs/links.md).
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTextSources } from '../../../scripts/ingest/read-corpus.ts';
import { structureDocument } from '../../../scripts/structure/index.ts';
import { curatedLabels } from '../../../scripts/link/annotations.ts';
import { parseCuration } from '../../../scripts/link/curation.ts';
import { MODEL_FILE, trainingLabels, trainSeedModel } from '../../../scripts/link/train-model.ts';
import { linksReadAgainst } from '../../../scripts/link/train.ts';

const clauses = readTextSources('corpus').flatMap((d) => structureDocument(d).clauses);
const titled = (doc: string, title: string) => clauses.find((c) => c.doc === doc && c.title === title)!.id;
const national = (title: string) => titled('national-qianxian-2021', title);

// Four county clauses the committed annotations leave out, and what a researcher decided on them.
const annotatedOnly = trainingLabels('corpus', clauses);
const unannotated = clauses.filter((c) => c.doc !== 'national-qianxian-2021' && c.text.length > 40 && !annotatedOnly.some((a) => a.source === c.id)).map((c) => c.id);
const curationText = `
confirm:
  - { source: ${unannotated[0]}, target: ${national('加快建设高质量人才队伍')} }
  - { source: ${unannotated[3]}, target: ${national('持续改善硬件条件')} }
add:
  - { source: ${unannotated[1]}, target: ${national('加强专科能力建设')}, note: 专科 }
reject:
  - { source: ${unannotated[2]}, target: ${national('不断改善医疗服务')} }
  - { source: ${unannotated[3]}, target: ${national('持续改善硬件条件')} }
  - { source: nowhere-2024/1.1, target: ${national('加强专科能力建设')} }
`;

describe('curated decisions as training labels', () => {
  const labels = curatedLabels(parseCuration(curationText, 'links.curated.yaml'), clauses);
  const of = (source: string) => labels.find((l) => l.source === source);

  it('a confirmed or added link is the clause’s primary link', () => {
    expect(of(unannotated[0])?.primary).toEqual([national('加快建设高质量人才队伍')]);
    expect(of(unannotated[1])?.primary).toEqual([national('加强专科能力建设')]);
  });

  it('a clause whose decisions are only rejections implements none; a pair kept and rejected is rejected', () => {
    expect(of(unannotated[2])).toMatchObject({ primary: [], acceptable: [] });
    expect(of(unannotated[3])?.primary).toEqual([]);
  });

  it('a clause chose (or chose none) among the clauses of the documents its decisions name', () => {
    expect(labels.map((l) => l.against)).toEqual(labels.map(() => ['national-qianxian-2021']));
  });

  it('a decision on a clause the corpus lacks teaches nothing', () => {
    expect(labels.map((l) => l.source)).toEqual(expect.arrayContaining(unannotated.slice(0, 4)));
    expect(labels).toHaveLength(4);
  });

  it('link:train learns from them where no annotation speaks, and the model changes', () => {
    const corpus = mkdtempSync(join(tmpdir(), 'curated-'));
    cpSync('corpus', corpus, { recursive: true });
    writeFileSync(join(corpus, 'links.curated.yaml'), curationText);
    const withCuration = trainingLabels(corpus, clauses);
    const fresh = withCuration.filter((l) => !annotatedOnly.some((a) => a.source === l.source));
    expect(fresh.map((l) => l.source).sort()).toEqual(unannotated.slice(0, 4).sort());
    expect(withCuration.length).toBe(annotatedOnly.length + fresh.length);
    expect(trainSeedModel(corpus).weights).not.toEqual(JSON.parse(readFileSync(MODEL_FILE, 'utf8')).weights);
  });

  it('a clause decided against a provincial plan is not judged on its national links when the threshold is chosen', () => {
    // A county under a provincial plan links both; a researcher who curated its provincial links said nothing of the national ones.
    const judged = linksReadAgainst([{ doc: 'county-2023', anchor: '加强骨干医师培养', source: 'county-2023/2.1', primary: ['province-2022/2.2'], acceptable: [], against: ['province-2022'] }]);
    expect(judged('county-2023/2.1', [national('加快建设高质量人才队伍'), 'province-2022/2.2'])).toEqual(['province-2022/2.2']);
  });
});
