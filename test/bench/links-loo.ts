/**
 * Leave-one-document-out evaluation of linking (`npm run bench:links`): for each
 * annotated plan, the weights and the threshold are chosen on the other
 * annotated plans only, and measured on the one left out. The figures predict
 * how the method does on a plan nobody annotated; every change to the method
 * is judged by them (docs/links.md records what each change did). Arguments
 * pick methods by a word of their name (`npm run bench:links -- build`).
 */
import { readTextSources } from '../../scripts/ingest/read-corpus.ts';
import { structureDocument } from '../../scripts/structure/index.ts';
import { readConcepts } from '../../scripts/link/index.ts';
import { FEATURES, linkSpace, spaceSegmenter, type LinkSpace, type PairFeatures, type ParentModel } from '../../scripts/link/features.ts';
import { MODEL_FEATURES, PARENT_FEATURES } from '../../scripts/link/train-model.ts';
import { ANNOTATIONS, SECOND_READING, figures, readAnnotations, resolveAnnotations, type Labelled, type Figures } from '../../scripts/link/annotations.ts';
import { chooseDecision, choiceScorer, decide, eachPair, trainChoice, trainModel, trainWithParent } from '../../scripts/link/train.ts';
import type { Scorer } from '../../scripts/link/choose.ts';
import { choiceProbabilities, probability } from '../../scripts/link/model.ts';
import { combine, DEFAULTS, modelInput, type ModelInput } from '../../scripts/link/score.ts';

const structured = readTextSources('corpus').map(structureDocument);
const clauses = structured.flatMap((s) => s.clauses);
const concepts = readConcepts('corpus/link-concepts.yaml').concepts;
/** The space for a given parent model; the shared one has none (the committed model's parent was trained on every plan). */
const documents = structured.map((s) => s.document);
const cut = spaceSegmenter(documents, clauses, concepts);
const spaceWith = (parent: ParentModel | null) => linkSpace(documents, clauses, concepts, parent, cut);
const space = spaceWith(null);
const { labelled, missing } = resolveAnnotations(ANNOTATIONS.map(readAnnotations), clauses);
if (missing.length) console.warn(`annotated clauses not found: ${missing.join('; ')}`);
const docs = [...new Set(labelled.map((l) => l.doc))];
const secondReading = resolveAnnotations([readAnnotations(SECOND_READING)], clauses).labelled;
const bySource = (labels: Labelled[]) => new Map(labels.map((l) => [l.source, l]));

/** A method: given the training clauses, a scorer and how to publish (and the space it scores in, when not the shared one). */
type Method = (train: Labelled[]) => { score: Scorer; threshold: number; nearTop: number; space?: LinkSpace };

const thresholds = (from: number, to: number, step: number) => Array.from({ length: Math.round((to - from) / step) + 1 }, (_, i) => from + i * step);

/** The hand-set sum of similarities (score.ts), its three weights and the threshold chosen on the training plans. */
const handSet: Method = (train) => {
  let best = { value: -Infinity, score: eachPair((f) => f.cosine), threshold: 0, nearTop: 1 };
  for (const heading of [0, 0.03, 0.06]) for (const context of [0, 0.05, 0.1, 0.2]) for (const concept of [0, 0.03, 0.06, 0.12]) {
    const score = eachPair((f) => combine(f, { ...DEFAULTS, heading, context, concept }));
    const d = chooseDecision(space, score, train, thresholds(0.05, 0.3, 0.005));
    if (d.value > best.value) best = { ...d, score };
  }
  return best;
};

const logistic = (features: (keyof PairFeatures)[], l2 = 10): Method => (train) => {
  const model = trainModel(space, train, features, l2);
  return { score: eachPair((f) => probability(f, model)), threshold: model.threshold, nearTop: model.nearTop };
};

const choice = (features: (keyof ModelInput)[], l2 = 1): Method => (train) => {
  const model = trainChoice(space, train, features, l2);
  return { score: (fs) => choiceProbabilities(fs.map((f) => modelInput(f, DEFAULTS)), model), threshold: model.threshold, nearTop: model.nearTop };
};

/** Two stages (train.ts): the parent scored by a model trained on the same plans, then the model with `ancestor`. */
const withParent = (features: (keyof ModelInput)[], parentFeatures?: (keyof ModelInput)[], l2?: number): Method => (train) => {
  const { model, space } = trainWithParent(spaceWith, train, features, parentFeatures, l2);
  return { score: choiceScorer(model), threshold: model.threshold, nearTop: model.nearTop, space };
};

const base: (keyof PairFeatures)[] = ['cosine', 'heading', 'context', 'concept'];
const before: (keyof ModelInput)[] = ['sum', 'words', 'heading', 'concept'];
/** The build's model before the documents' citation (`cites`) and conceptBreadth. */
const previous: (keyof ModelInput)[] = ['sum', 'words', 'concept', 'ancestor', 'novelty'];
const clauseFeatures = FEATURES.filter((f) => f !== 'ancestor' && f !== 'cites');
const methods: [string, Method][] = [
  ['hand-set sum (before)', handSet],
  ['logistic: cosine heading context concept', logistic(base)],
  ['logistic: + words', logistic([...base, 'words'])],
  ['logistic: + section', logistic([...base, 'section'])],
  ['logistic: + contrast', logistic([...base, 'contrast'])],
  ['logistic: + order', logistic([...base, 'order'])],
  ['logistic: + parent', logistic([...base, 'parent'])],
  ['logistic: + relative', logistic([...base, 'relative'])],
  ['logistic: + words relative', logistic([...base, 'words', 'relative'])],
  ['logistic: + words relative, L2 1', logistic([...base, 'words', 'relative'], 1)],
  ['logistic: all but ancestor', logistic(clauseFeatures)],
  ['choice: cosine heading context concept', choice(base)],
  ['choice: + words', choice([...base, 'words'])],
  ['choice: + section words', choice([...base, 'section', 'words'])],
  ['choice: all but ancestor', choice(clauseFeatures)],
  ['choice: sum words', choice(['sum', 'words'])],
  [`choice: ${before.join(' ')} (one stage, before)`, choice(before)],
  ['choice: before + section', choice([...before, 'section'])],
  ['choice: before + order', choice([...before, 'order'])],
  ['choice: before + relative', choice([...before, 'relative'])],
  ['choice: before + contrast', choice([...before, 'contrast'])],
  ['choice: before + context', choice([...before, 'context'])],
  ['two stages: before + ancestor, L2 1', withParent([...before, 'ancestor'], undefined, 1)],
  ['two stages: sum words concept ancestor, L2 1', withParent(['sum', 'words', 'concept', 'ancestor'], undefined, 1)],
  [`two stages: ${previous.join(' ')}, L2 3 (the previous build)`, withParent(previous)],
  ['two stages: previous build + section', withParent([...previous, 'section'])],
  ['two stages: previous build + heading', withParent([...previous, 'heading'])],
  ['two stages: previous build + order', withParent([...previous, 'order'])],
  ['two stages: sum words conceptEvidence ancestor', withParent(['sum', 'words', 'conceptEvidence', 'ancestor'])],
  ['two stages: previous build + conceptEvidence', withParent([...previous, 'conceptEvidence'])],
  ['two stages: sum words ancestor (no concept)', withParent(['sum', 'words', 'ancestor'])],
  ['two stages: previous build + cosine', withParent([...previous, 'cosine'])],
  ['two stages: previous build, the parent model without novelty', withParent(previous, ['sum', 'words', 'concept'])],
  ['two stages: previous build without novelty (before)', withParent(previous.filter((f) => f !== 'novelty'))],
  ['two stages: previous build with conceptBreadth for concept', withParent(previous.map((f) => (f === 'concept' ? 'conceptBreadth' : f)))],
  ['two stages: previous build + conceptBreadth', withParent([...previous, 'conceptBreadth'])],
  ['two stages: previous build, conceptBreadth for concept in the parent model only', withParent(previous, ['sum', 'words', 'conceptBreadth', 'novelty'])],
  ['two stages: previous build, conceptBreadth for concept in the second model only', withParent(previous.map((f) => (f === 'concept' ? 'conceptBreadth' : f)), ['sum', 'words', 'concept', 'novelty'])],
  ['two stages: previous build + titleWords (the parent model without it)', withParent([...previous, 'titleWords'], ['sum', 'words', 'concept', 'novelty'])],
  ['two stages: previous build + titleWords titleConcept (the parent model too)', withParent([...previous, 'titleWords', 'titleConcept'])],
  ['two stages: previous build + titleConcept (the parent model without it)', withParent([...previous, 'titleConcept'], ['sum', 'words', 'concept', 'novelty'])],
  ['two stages: conceptBreadth for concept + titleWords titleConcept, in the second model only', withParent(['sum', 'words', 'conceptBreadth', 'novelty', 'ancestor', 'titleWords', 'titleConcept'], ['sum', 'words', 'concept', 'novelty'])],
  ['two stages: previous build, L2 1', withParent(previous, undefined, 1)],
  ['two stages: previous build, L2 10', withParent(previous, undefined, 10)],
  [`two stages: ${MODEL_FEATURES.join(' ')}; parent ${PARENT_FEATURES.join(' ')}; L2 3 (the build's model)`, withParent(MODEL_FEATURES, PARENT_FEATURES)],
  ['two stages: build without cites', withParent(MODEL_FEATURES.filter((f) => f !== 'cites'), PARENT_FEATURES)],
  ['two stages: previous build + cites', withParent([...previous, 'cites'], PARENT_FEATURES)],
  ['two stages: build, cites in the parent model too', withParent(MODEL_FEATURES, [...PARENT_FEATURES, 'cites'])],
  ['two stages: build + novelty', withParent([...MODEL_FEATURES, 'novelty'], PARENT_FEATURES)],
  ['two stages: build + titleWords', withParent([...MODEL_FEATURES, 'titleWords'], PARENT_FEATURES)],
  ['two stages: build + concept', withParent([...MODEL_FEATURES, 'concept'], PARENT_FEATURES)],
  ['two stages: build + part', withParent([...MODEL_FEATURES, 'part'], PARENT_FEATURES)],
  ['two stages: build + part, the parent model too', withParent([...MODEL_FEATURES, 'part'], [...PARENT_FEATURES, 'part'])],
  ['two stages: build, L2 1', withParent(MODEL_FEATURES, PARENT_FEATURES, 1)],
  ['two stages: build, L2 10', withParent(MODEL_FEATURES, PARENT_FEATURES, 10)],
];

/**
 * How far the pooled figures could move with other clauses of the same kind: the 2.5th and 97.5th
 * percentiles over 1,000 resamplings of the annotated clauses (with replacement, a fixed seed).
 * Clauses of one plan are not independent, so the true spread is wider (the per-plan figures show it).
 */
function interval(linksOf: (source: string) => string[]): string {
  let seed = 1;
  const random = () => ((seed = (seed * 48271) % 2147483647) - 1) / 2147483646;
  const runs = Array.from({ length: 1000 }, () => figures(Array.from(labelled, () => labelled[Math.floor(random() * labelled.length)]), linksOf));
  const range = (key: 'top1' | 'recall' | 'precision') => {
    const sorted = runs.map((r) => r[key]).sort((a, b) => a - b);
    return `${sorted[25].toFixed(2)}–${sorted[974].toFixed(2)}`;
  };
  return `95% of resampled clauses: top-1 ${range('top1')}, recall ${range('recall')}, precision ${range('precision')}`;
}

// `npm run bench:links -- build section`: only the methods whose names hold one of the words.
const only = process.argv.slice(2);
const chosen = methods.filter(([name]) => !only.length || only.some((w) => name.includes(w)));

const fmt = (f: Figures) => `${f.top1.toFixed(2)} / ${f.recall.toFixed(2)} / ${f.precision.toFixed(2)} (${f.published})`;
console.log(`leave-one-document-out over ${docs.length} annotated plans (${labelled.length} clauses): top-1 / primary recall / precision (links published)`);
// How far two careful readers agree, on the same measures: one reading's primary links scored by the other.
{
  const [first, second] = [bySource(labelled), bySource(secondReading)];
  const both = labelled.filter((l) => second.has(l.source));
  const primaries = (reading: Map<string, Labelled>) => (source: string) => reading.get(source)?.primary ?? [];
  console.log(`two readings of ${both.length} clauses: the second's primaries scored by the first ${fmt(figures(both, primaries(second)))}, the first's by the second ${fmt(figures(both.map((l) => second.get(l.source)!), primaries(first)))}`);
}
for (const [name, method] of chosen) {
  const published = new Map<string, string[]>();
  const perDoc: string[] = [];
  for (const doc of docs) {
    const train = labelled.filter((l) => l.doc !== doc);
    const test = labelled.filter((l) => l.doc === doc);
    const { score, threshold, nearTop, space: own } = method(train);
    const links = decide(own ?? space, score, { threshold, nearTop }, new Set(test.map((l) => l.source)));
    for (const [s, t] of links) published.set(s, t);
    perDoc.push(`${doc} ${fmt(figures(test, (s) => links.get(s) ?? []))} at ${threshold.toFixed(3)}`);
  }
  const linksOf = (s: string) => published.get(s) ?? [];
  console.log(`\n${name}\n  overall ${fmt(figures(labelled, linksOf))}; by the second reading ${fmt(figures(secondReading, linksOf))}\n  ${perDoc.join('\n  ')}\n  ${interval(linksOf)}`);
}
// How often the best candidate is right, whatever its score: the ceiling of top-1 for each scorer.
const rankTop = ({ score, space: own }: ReturnType<Method>, test: Labelled[]) => {
  const links = decide(own ?? space, score, { threshold: -1, nearTop: 1, inherit: false }, new Set(test.map((l) => l.source)));
  return figures(test, (s) => (links.get(s) ?? []).slice(0, 1)).top1;
};
for (const [name, method] of chosen) {
  const r = docs.map((doc) => rankTop(method(labelled.filter((l) => l.doc !== doc)), labelled.filter((l) => l.doc === doc)).toFixed(2));
  console.log(`best candidate right (top-1 without threshold) ${name}: ${r.join(' ')}`);
}
