/**
 * The build computes only the pair features its model reads (score.ts `featuresRead`) and keeps
 * the documents above a plan folded, counted and cut across plans: its links on the seed corpus
 * must be those of the full computation, to the last digit.
 */
import { describe, expect, it } from 'vitest';
import { readTextSources } from '../../../scripts/ingest/read-corpus.ts';
import { structureDocument } from '../../../scripts/structure/index.ts';
import { FEATURES, linkSpace, type LinkSpace } from '../../../scripts/link/features.ts';
import { DEFAULTS, featuresRead, modelInput } from '../../../scripts/link/score.ts';
import { choiceProbabilities } from '../../../scripts/link/model.ts';
import { emptyCuration, linkCorpus, readConcepts } from '../../../scripts/link/index.ts';

const structured = readTextSources('corpus').map(structureDocument);
const documents = structured.map((s) => s.document);
const clauses = structured.flatMap((s) => s.clauses);
const { concepts } = readConcepts('corpus/link-concepts.yaml');

/** Every source clause's candidates with the build model's probabilities. */
const scored = (space: LinkSpace) =>
  space.sources.map(({ source, candidates }) => ({
    source: source.id,
    targets: candidates.map((c) => c.target.id),
    scores: choiceProbabilities(candidates.map((c) => modelInput(c.features, DEFAULTS)), DEFAULTS.model),
  }));

describe('the features the build computes', () => {
  it('are what the model and its parent model read: the parts of the sum, conceptBreadth, words, ancestor, cites; novelty for the parent', () => {
    expect(featuresRead(DEFAULTS.model)).toEqual(['cosine', 'heading', 'context', 'concept', 'conceptBreadth', 'words', 'novelty', 'ancestor', 'cites']);
    expect(featuresRead({ features: ['sum'] })).toEqual(['cosine', 'heading', 'context', 'concept']);
  });

  it('give the seed plans the same candidates and probabilities as all features', () => {
    const all = scored(linkSpace(documents, clauses, concepts, undefined, undefined, FEATURES));
    const read = scored(linkSpace(documents, clauses, concepts, undefined, undefined, featuresRead(DEFAULTS.model)));
    expect(read.length).toBeGreaterThan(100);
    expect(read).toEqual(all);
  });

  it('give the same links when the documents above were already worked on for other plans', () => {
    const link = () => linkCorpus(documents, clauses, emptyCuration(), DEFAULTS, concepts).clauses.map((c) => [c.id, c.links, c.suggestions]);
    const first = link();
    expect(first.some(([, links]) => (links as unknown[]).length > 0)).toBe(true);
    expect(link()).toEqual(first);
  });
});
