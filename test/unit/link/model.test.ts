import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { choiceProbabilities, fitChoice, fitChoiceByClass } from '../../../scripts/link/model.ts';
import { MODEL_FILE, trainSeedModel } from '../../../scripts/link/train-model.ts';

describe('the learned link model', () => {
  it('is what training on the committed annotations gives (npm run link:train)', () => {
    expect(trainSeedModel()).toEqual(JSON.parse(readFileSync(MODEL_FILE, 'utf8')));
  });

  it('gives each candidate a probability against the others and "none"', () => {
    const model = { features: ['sum'], weights: [2], none: 0, mean: [0], sd: [1] };
    const [a, b] = choiceProbabilities([{ sum: 1 }, { sum: 0 }], model);
    expect(a).toBeGreaterThan(b);
    expect(a + b).toBeLessThan(1);
    expect(choiceProbabilities([{ sum: 0 }], model)[0]).toBeCloseTo(0.5);
  });

  it('learns to prefer the chosen candidate, and "none" for a clause that chooses nothing', () => {
    const groups = [
      { xs: [[0.9], [0.1]], chosen: [0] },
      { xs: [[0.8], [0.2]], chosen: [0] },
      { xs: [[0.1], [0.2]], chosen: [-1] },
    ];
    const model = fitChoice(groups, ['sum']);
    const [hit, miss] = choiceProbabilities([{ sum: 0.9 }, { sum: 0.1 }], model);
    expect(hit).toBeGreaterThan(0.5);
    expect(miss).toBeLessThan(0.2);
    expect(Math.max(...choiceProbabilities([{ sum: 0.1 }, { sum: 0.15 }], model))).toBeLessThan(0.5);
  });

  it('learns a "none" for each class of clauses: the class whose clauses choose nothing gets a higher one', () => {
    const groups = [
      { xs: [[0.9], [0.1]], chosen: [0] },
      { xs: [[0.8], [0.2]], chosen: [0] },
      { xs: [[0.9], [0.1]], chosen: [-1] },
      { xs: [[0.8], [0.2]], chosen: [-1] },
    ];
    const { nones } = fitChoiceByClass(groups, ['sum'], { classes: ['cites', 'cites', 'other', 'other'] });
    expect(nones.get('other')).toBeGreaterThan(nones.get('cites')! + 1);
    const one = fitChoiceByClass(groups, ['sum']);
    expect(fitChoice(groups, ['sum'])).toEqual({ features: ['sum'], weights: one.weights, none: [...one.nones.values()][0], mean: one.mean, sd: one.sd });
  });
});
