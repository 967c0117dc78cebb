/**
 * Whether a plan cites the document above it is a feature of its links (`cites`): a plan written
 * from the national plan takes its wording, so the same weak shared wording is weaker evidence
 * there than in a plan that says the tasks in its own words (docs/links.md, fourth round).
 */
import { describe, expect, it } from 'vitest';
import { readTextSources } from '../../../scripts/ingest/read-corpus.ts';
import { structureDocument } from '../../../scripts/structure/index.ts';
import { linkSpace } from '../../../scripts/link/features.ts';
import { DEFAULTS, modelInput } from '../../../scripts/link/score.ts';
import { choiceProbabilities, fitChoice } from '../../../scripts/link/model.ts';

const structured = readTextSources('corpus').map(structureDocument);
const space = linkSpace(
  structured.map((s) => s.document),
  structured.flatMap((s) => s.clauses),
  undefined,
  null,
  undefined,
  ['cosine', 'cites'],
);
const citesOf = (doc: string) => new Set(space.sources.filter((s) => s.source.doc === doc).flatMap((s) => s.candidates.map((c) => c.features.cites)));

describe('cites, the plan’s citation of the document above', () => {
  it('is 1 on every candidate of 襄垣 (cites the national plan by title) and 偏关 (names “千县工程”)', () => {
    expect(citesOf('xiangyuan-2023')).toEqual(new Set([1]));
    expect(citesOf('pianguan-2024')).toEqual(new Set([1]));
  });

  it('is 0 for 明溪 (no citation, no programme name) and 偃师 (dated before the national plan)', () => {
    expect(citesOf('mingxi-2024')).toEqual(new Set([0]));
    expect(citesOf('yanshi-2020')).toEqual(new Set([0]));
  });

  it('makes the build’s model ask more shared wording of a citing plan before it links', () => {
    const candidate = space.sources.find((s) => s.source.doc === 'mingxi-2024' && s.candidates.length > 1)!.candidates.map((c) => c.features);
    const [own] = choiceProbabilities(candidate.map((f) => modelInput(f, DEFAULTS)), DEFAULTS.model);
    const [citing] = choiceProbabilities(candidate.map((f) => modelInput({ ...f, cites: 1 }, DEFAULTS)), DEFAULTS.model);
    expect(citing).toBeLessThan(own);
  });

  it('is not shrunk by the L2 penalty, as "none" is not: its weight is the difference of two plans’ "none"', () => {
    // Two plans' clauses with the same candidate: the citing plan's clauses choose none, the other's the candidate.
    const groups = [
      ...Array.from({ length: 10 }, () => ({ xs: [[0.3, 1]], chosen: [-1] })),
      ...Array.from({ length: 10 }, () => ({ xs: [[0.3, 0]], chosen: [0] })),
    ];
    const strong = fitChoice(groups, ['words', 'cites'], 100);
    const shrunk = fitChoice(groups, ['words', 'other'], 100);
    expect(strong.weights[1]).toBeLessThan(-1);
    expect(Math.abs(shrunk.weights[1])).toBeLessThan(0.1);
  });
});
