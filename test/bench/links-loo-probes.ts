/**
 * The probe plans (test/fixtures/unseen-plans/: seven invented plans in shapes the seeds lack, annotated
 * before the pipeline ran) as more annotated plans (`npx tsx test/bench/links-loo-probes.ts`):
 * - the four corpus plans left out one at a time, the build's model trained on the other three, then on
 *   the other three and the seven probe plans;
 * - each probe plan left out, the model trained on the four corpus plans, then on them and the other six.
 * Each group of plans is linked in a space of its own (the corpus plans with the corpus, the probe plans
 * with the national plan alone), as the build would link them, so the corpus plans' figures with their
 * own training are those of `npm run bench:links`. docs/links.md, ninth round.
 */
import { copyFileSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCorpus, readTextSources } from '../../scripts/ingest/read-corpus.ts';
import { structureDocument } from '../../scripts/structure/index.ts';
import { readConcepts } from '../../scripts/link/index.ts';
import { linkSpace, type LinkSpace, type ParentModel } from '../../scripts/link/features.ts';
import { MODEL_FEATURES, PARENT_FEATURES } from '../../scripts/link/train-model.ts';
import { ANNOTATIONS, figures, readAnnotations, resolveAnnotations, type Figures, type Labelled } from '../../scripts/link/annotations.ts';
import { choiceScorer, decide, trainWithParent } from '../../scripts/link/train.ts';

const PROBES = 'test/fixtures/unseen-plans';
const NATIONAL = ['national-qianxian-2021.txt', 'national-qianxian-2021.yaml'];

const corpusPlans = readTextSources('corpus').map(structureDocument);
const probeDir = mkdtempSync(join(tmpdir(), 'probe-plans-'));
for (const file of NATIONAL) copyFileSync(join('corpus', file), join(probeDir, file));
for (const file of readdirSync(PROBES).filter((f) => /\.(txt|xlsx)$/.test(f))) copyFileSync(join(PROBES, file), join(probeDir, file));
const probePlans = (await readCorpus(probeDir)).sources.map(structureDocument);

const concepts = readConcepts('corpus/link-concepts.yaml').concepts;
const corpusDocs = new Set(corpusPlans.map((s) => s.document.id));
/** Both groups' spaces as one: a source clause is scored in the space of its own group. */
const spaceWith = (parent: ParentModel | null): LinkSpace => {
  const [inCorpus, inProbes] = [corpusPlans, probePlans].map((group) => linkSpace(group.map((s) => s.document), group.flatMap((s) => s.clauses), concepts, parent));
  const of = (doc: string) => (corpusDocs.has(doc) ? inCorpus : inProbes);
  return {
    documents: [...inCorpus.documents, ...inProbes.documents.filter((d) => !corpusDocs.has(d.id))],
    sources: [...inCorpus.sources, ...inProbes.sources],
    pair: (source, target) => of(source.doc).pair(source, target),
    folded: new Map([...inProbes.folded, ...inCorpus.folded]),
    idfOf: (doc) => of(doc).idfOf(doc),
    above: (lower, higher) => of(lower).above(lower, higher),
    cites: (lower, higher) => of(lower).cites(lower, higher),
  };
};

const corpusLabels = resolveAnnotations(ANNOTATIONS.map(readAnnotations), corpusPlans.flatMap((s) => s.clauses));
const probeLabels = resolveAnnotations([readAnnotations(join(PROBES, 'links.json'))], probePlans.flatMap((s) => s.clauses));
const missing = [...corpusLabels.missing, ...probeLabels.missing];
if (missing.length) console.warn(`annotated clauses not found: ${missing.join('; ')}`);
const all = [...corpusLabels.labelled, ...probeLabels.labelled];
const docsOf = (labels: Labelled[]) => [...new Set(labels.map((l) => l.doc))];

const fmt = (f: Figures) => `${f.top1.toFixed(2)} / ${f.recall.toFixed(2)} / ${f.precision.toFixed(2)} (${f.published})`;
/** Each plan of `tested` left out, the model trained on `trainingOf(plan)`; pooled and per-plan figures. */
function leaveOut(title: string, tested: string[], trainingOf: (doc: string) => Labelled[]) {
  const published = new Map<string, string[]>();
  const perPlan = tested.map((doc) => {
    const test = all.filter((l) => l.doc === doc);
    const { model, space } = trainWithParent(spaceWith, trainingOf(doc), MODEL_FEATURES, PARENT_FEATURES);
    const links = decide(space, choiceScorer(model), model.threshold, model.nearTop, new Set(test.map((l) => l.source)));
    for (const [source, targets] of links) published.set(source, targets);
    const weights = model.weights.map((w, i) => `${model.features[i]} ${w.toFixed(2)}`).join(', ');
    return `${doc} ${fmt(figures(test, (s) => links.get(s) ?? []))} at ${model.threshold}; ${weights}, none ${model.none.toFixed(2)}`;
  });
  const pooled = figures(all.filter((l) => tested.includes(l.doc)), (s) => published.get(s) ?? []);
  console.log(`\n${title}\n  overall ${fmt(pooled)}\n  ${perPlan.join('\n  ')}`);
}

const corpusPlanIds = docsOf(corpusLabels.labelled);
const probePlanIds = docsOf(probeLabels.labelled);
console.log('top-1 / primary recall / precision (links published)');
leaveOut('corpus plans, trained on the other corpus plans (npm run bench:links)', corpusPlanIds, (doc) => corpusLabels.labelled.filter((l) => l.doc !== doc));
leaveOut('corpus plans, trained on the other corpus plans and the probe plans', corpusPlanIds, (doc) => all.filter((l) => l.doc !== doc));
leaveOut('probe plans, trained on the corpus plans (the build)', probePlanIds, () => corpusLabels.labelled);
leaveOut('probe plans, trained on the corpus plans and the other probe plans', probePlanIds, (doc) => all.filter((l) => l.doc !== doc));
