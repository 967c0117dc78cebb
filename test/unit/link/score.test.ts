import { describe, expect, it } from 'vitest';
import { combine, DEFAULTS, publishable } from '../../../scripts/link/score.ts';

describe('pair score', () => {
  it('adds the heading, section-context and concept similarities to the text cosine, by their weights', () => {
    const o = { ...DEFAULTS, heading: 0.03, context: 0.1, concept: 0.06 };
    expect(combine({ cosine: 0.075, heading: 0, context: 0, concept: 0 }, o)).toBeCloseTo(0.075);
    expect(combine({ cosine: 0.075, heading: 0.5, context: 0, concept: 0 }, o)).toBeCloseTo(0.09);
    expect(combine({ cosine: 0.075, heading: 0.5, context: 0.4, concept: 0 }, o)).toBeCloseTo(0.13);
    expect(combine({ cosine: 0.075, heading: 0.5, context: 0.4, concept: 0.5 }, o)).toBeCloseTo(0.16);
  });

  it('never exceeds 1', () => {
    expect(combine({ cosine: 1, heading: 1, context: 1, concept: 1 }, DEFAULTS)).toBe(1);
  });
});

describe('what is published', () => {
  it('keeps links at or above the threshold, best first, within nearTop of the best', () => {
    const o = { ...DEFAULTS, threshold: 0.08, nearTop: 0.9 };
    const kept = publishable([{ score: 0.05 }, { score: 0.3 }, { score: 0.28 }, { score: 0.2 }], o);
    expect(kept.map((c) => c.score)).toEqual([0.3, 0.28]);
  });

  it('publishes nothing when no candidate reaches the threshold', () => {
    expect(publishable([{ score: 0.079 }], { ...DEFAULTS, threshold: 0.08 })).toEqual([]);
  });
});
