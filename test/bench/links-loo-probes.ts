/**
 * The probe plans as more annotated plans (`npm run bench:links:probes`): invented plans in shapes the
 * seeds lack, annotated before the pipeline ran — the seven of test/fixtures/unseen-plans/ (the first
 * probes), the ten of test/fixtures/unseen-plans-2/ (the second, whose links were read blind) and the six
 * of test/fixtures/unseen-plans-3/ (the third, written and read blind); none is trained on by the build.
 * Each group of plans is linked in a space of its own (the corpus plans with the corpus, each probe group
 * with the national plan alone), as the build would link them:
 * - the four corpus plans left out one at a time, the build's model trained on the other three, then on
 *   the other three and the first probes (their own figures are those of `npm run bench:links`);
 * - the first probes, each left out, trained on the corpus plans, then on them and the other six;
 * - the second probes, trained on the corpus plans (the build), then on them and the first probes, then
 *   each left out with the other nine as well: which training carries to plans nobody tuned on;
 * - the third probes, trained on the corpus plans (the build), then on them and both other probe sets.
 * docs/links.md, ninth and thirteenth rounds.
 */
import { copyFileSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCorpus, readTextSources } from '../../scripts/ingest/read-corpus.ts';
import { structureDocument } from '../../scripts/structure/index.ts';
import { readConcepts } from '../../scripts/link/index.ts';
import { linkSpace, spaceSegmenter, type LinkSpace, type ParentModel } from '../../scripts/link/features.ts';
import { MODEL_FEATURES, PARENT_FEATURES } from '../../scripts/link/train-model.ts';
import { ANNOTATIONS, figures, readAnnotations, resolveAnnotations, type Figures, type Labelled } from '../../scripts/link/annotations.ts';
import { choiceScorer, decide, trainWithParent } from '../../scripts/link/train.ts';

const NATIONAL = ['national-qianxian-2021.txt', 'national-qianxian-2021.yaml'];
const concepts = readConcepts('corpus/link-concepts.yaml').concepts;

/** A group of plans linked in a space of its own, with its annotations. */
interface Group {
  plans: ReturnType<typeof structureDocument>[];
  labelled: Labelled[];
  missing: string[];
}

/** A probe folder read with the national plan beside it, as a corpus of its own. */
async function probeGroup(folder: string): Promise<Group> {
  const dir = mkdtempSync(join(tmpdir(), 'probe-plans-'));
  for (const file of NATIONAL) copyFileSync(join('corpus', file), join(dir, file));
  for (const file of readdirSync(folder).filter((f) => /\.(txt|xlsx)$/.test(f))) copyFileSync(join(folder, file), join(dir, file));
  const plans = (await readCorpus(dir)).sources.map(structureDocument);
  return { plans, ...resolveAnnotations([readAnnotations(join(folder, 'links.json'))], plans.flatMap((s) => s.clauses)) };
}

const corpusPlans = readTextSources('corpus').map(structureDocument);
const groups: Group[] = [
  { plans: corpusPlans, ...resolveAnnotations(ANNOTATIONS.map(readAnnotations), corpusPlans.flatMap((s) => s.clauses)) },
  await probeGroup('test/fixtures/unseen-plans'),
  await probeGroup('test/fixtures/unseen-plans-2'),
  await probeGroup('test/fixtures/unseen-plans-3'),
];
const [corpus, firstProbes, secondProbes, thirdProbes] = groups;
const missing = groups.flatMap((g) => g.missing);
if (missing.length) console.warn(`annotated clauses not found: ${missing.join('; ')}`);

/** The groups' spaces as one: a source clause is scored in the space of its own group (the national plan is in each). */
const cuts = groups.map((g) => spaceSegmenter(g.plans.map((s) => s.document), g.plans.flatMap((s) => s.clauses), concepts));
const spaceWith = (parent: ParentModel | null): LinkSpace => {
  const spaces = groups.map((g, i) => linkSpace(g.plans.map((s) => s.document), g.plans.flatMap((s) => s.clauses), concepts, parent, cuts[i]));
  const groupOf = new Map(groups.flatMap((g, i) => g.plans.map((s) => [s.document.id, spaces[i]] as const)).reverse());
  const of = (doc: string) => groupOf.get(doc)!;
  const documents = new Map(spaces.flatMap((s) => s.documents).map((d) => [d.id, d]));
  return {
    documents: [...documents.values()],
    sources: spaces.flatMap((s) => s.sources),
    pair: (source, target) => of(source.doc).pair(source, target),
    folded: new Map(spaces.flatMap((s) => [...s.folded])),
    idfOf: (doc) => of(doc).idfOf(doc),
    above: (lower, higher) => of(lower).above(lower, higher),
    cites: (lower, higher) => of(lower).cites(lower, higher),
  };
};

const all = groups.flatMap((g) => g.labelled);
const docsOf = (g: Group) => [...new Set(g.labelled.map((l) => l.doc))];
const others = (doc: string, ...from: Group[]) => from.flatMap((g) => g.labelled).filter((l) => l.doc !== doc);

const fmt = (f: Figures) => `${f.top1.toFixed(2)} / ${f.recall.toFixed(2)} / ${f.precision.toFixed(2)} (${f.published})`;
/** Each plan of `tested` left out, the model trained on `trainingOf(plan)`; pooled and per-plan figures. */
function leaveOut(title: string, tested: string[], trainingOf: (doc: string) => Labelled[]) {
  const published = new Map<string, string[]>();
  const trained = new Map<string, ReturnType<typeof trainWithParent>>();
  const perPlan = tested.map((doc) => {
    const test = all.filter((l) => l.doc === doc);
    const training = trainingOf(doc);
    // The same training for every plan left out (a group trained on others) is fitted once.
    const key = training.map((l) => l.source).join('\n');
    const { model, space } = trained.get(key) ?? trained.set(key, trainWithParent(spaceWith, training, MODEL_FEATURES, PARENT_FEATURES)).get(key)!;
    const links = decide(space, choiceScorer(model), model, new Set(test.map((l) => l.source)));
    for (const [source, targets] of links) published.set(source, targets);
    const weights = model.weights.map((w, i) => `${model.features[i]} ${w.toFixed(2)}`).join(', ');
    return `${doc} ${fmt(figures(test, (s) => links.get(s) ?? []))} at ${model.threshold}; ${weights}, none ${model.none.toFixed(2)}`;
  });
  const pooled = figures(all.filter((l) => tested.includes(l.doc)), (s) => published.get(s) ?? []);
  console.log(`\n${title}\n  overall ${fmt(pooled)}\n  ${perPlan.join('\n  ')}`);
}

console.log('top-1 / primary recall / precision (links published)');
leaveOut('corpus plans, trained on the other corpus plans (npm run bench:links)', docsOf(corpus), (doc) => others(doc, corpus));
leaveOut('corpus plans, trained on the other corpus plans and the first probes', docsOf(corpus), (doc) => others(doc, corpus, firstProbes));
leaveOut('first probes, trained on the corpus plans (the build)', docsOf(firstProbes), () => corpus.labelled);
leaveOut('first probes, trained on the corpus plans and the other first probes', docsOf(firstProbes), (doc) => others(doc, corpus, firstProbes));
leaveOut('second probes, trained on the corpus plans (the build)', docsOf(secondProbes), () => corpus.labelled);
leaveOut('second probes, trained on the corpus plans and the first probes', docsOf(secondProbes), () => [...corpus.labelled, ...firstProbes.labelled]);
leaveOut('second probes, trained on the corpus plans, the first probes and the other second probes', docsOf(secondProbes), (doc) => others(doc, corpus, firstProbes, secondProbes));
leaveOut('third probes, trained on the corpus plans (the build)', docsOf(thirdProbes), () => corpus.labelled);
leaveOut('third probes, trained on the corpus plans and the other two probe sets', docsOf(thirdProbes), () => [...corpus.labelled, ...firstProbes.labelled, ...secondProbes.labelled]);
