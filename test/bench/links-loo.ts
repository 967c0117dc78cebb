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
import { FEATURES, linkSpace, type PairFeatures } from '../../scripts/link/features.ts';
import { MODEL_FEATURES } from '../../scripts/link/train-model.ts';
import { ANNOTATIONS, figures, readAnnotations, resolveAnnotations, type Labelled, type Figures } from '../../scripts/link/annotations.ts';
import { chooseDecision, decide, eachPair, trainChoice, trainModel, type Scorer } from '../../scripts/link/train.ts';
import { choiceProbabilities, probability } from '../../scripts/link/model.ts';
import { combine, DEFAULTS, modelInput, type ModelInput } from '../../scripts/link/score.ts';

const structured = readTextSources('corpus').map(structureDocument);
const clauses = structured.flatMap((s) => s.clauses);
const space = linkSpace(structured.map((s) => s.document), clauses, readConcepts('corpus/link-concepts.yaml').concepts);
const { labelled, missing } = resolveAnnotations(ANNOTATIONS.map(readAnnotations), clauses);
if (missing.length) console.warn(`annotated clauses not found: ${missing.join('; ')}`);
const docs = [...new Set(labelled.map((l) => l.doc))];

/** A method: given the training clauses, a scorer and how to publish. */
type Method = (train: Labelled[]) => { score: Scorer; threshold: number; nearTop: number };

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

const base: (keyof PairFeatures)[] = ['cosine', 'heading', 'context', 'concept'];
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
  ['logistic: all', logistic([...FEATURES])],
  ['choice: cosine heading context concept', choice(base)],
  ['choice: + words', choice([...base, 'words'])],
  ['choice: + section words', choice([...base, 'section', 'words'])],
  ['choice: all', choice([...FEATURES])],
  ['choice: sum words', choice(['sum', 'words'])],
  [`choice: ${MODEL_FEATURES.join(' ')} (the build's model)`, choice(MODEL_FEATURES)],
  ['choice: build + section', choice([...MODEL_FEATURES, 'section'])],
  ['choice: build + order', choice([...MODEL_FEATURES, 'order'])],
  ['choice: build + relative', choice([...MODEL_FEATURES, 'relative'])],
  ['choice: build + contrast', choice([...MODEL_FEATURES, 'contrast'])],
  ['choice: build + context', choice([...MODEL_FEATURES, 'context'])],
];

// `npm run bench:links -- build section`: only the methods whose names hold one of the words.
const only = process.argv.slice(2);
const chosen = methods.filter(([name]) => !only.length || only.some((w) => name.includes(w)));

const fmt = (f: Figures) => `${f.top1.toFixed(2)} / ${f.recall.toFixed(2)} / ${f.precision.toFixed(2)} (${f.published})`;
console.log(`leave-one-document-out over ${docs.length} annotated plans (${labelled.length} clauses): top-1 / primary recall / precision (links published)`);
for (const [name, method] of chosen) {
  const published = new Map<string, string[]>();
  const perDoc: string[] = [];
  for (const doc of docs) {
    const train = labelled.filter((l) => l.doc !== doc);
    const test = labelled.filter((l) => l.doc === doc);
    const { score, threshold, nearTop } = method(train);
    const links = decide(space, score, threshold, nearTop, new Set(test.map((l) => l.source)));
    for (const [s, t] of links) published.set(s, t);
    perDoc.push(`${doc} ${fmt(figures(test, (s) => links.get(s) ?? []))} at ${threshold.toFixed(3)}`);
  }
  console.log(`\n${name}\n  overall ${fmt(figures(labelled, (s) => published.get(s) ?? []))}\n  ${perDoc.join('\n  ')}`);
}
// How often the best candidate is right, whatever its score: the ceiling of top-1 for each scorer.
const rankTop = (score: Scorer, test: Labelled[]) => {
  const links = decide(space, score, -1, 1, new Set(test.map((l) => l.source)));
  return figures(test, (s) => (links.get(s) ?? []).slice(0, 1)).top1;
};
for (const [name, method] of chosen) {
  const r = docs.map((doc) => rankTop(method(labelled.filter((l) => l.doc !== doc)).score, labelled.filter((l) => l.doc === doc)).toFixed(2));
  console.log(`best candidate right (top-1 without threshold) ${name}: ${r.join(' ')}`);
}
