/**
 * `npm run link:train`: learns the link model (model.ts) from the committed
 * annotations and from the researchers' decisions in corpus/links.curated.yaml
 * (on clauses the annotations do not cover), and writes scripts/link/model.json,
 * which the build reads. Deterministic: a unit test checks the committed file is
 * what training gives.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readTextSources } from '../ingest/read-corpus.ts';
import { structureDocument } from '../structure/index.ts';
import { readConcepts } from './concepts.ts';
import { linkSpace, spaceSegmenter } from './features.ts';
import { ANNOTATIONS, curatedLabels, readAnnotations, resolveAnnotations, type Labelled } from './annotations.ts';
import { readCuration } from './curation.ts';
import { trainWithParent } from './train.ts';
import type { ChoiceModel } from './model.ts';
import type { ModelInput } from './score.ts';

export const MODEL_FILE = 'scripts/link/model.json';
/** The features of the build's model and of its parent model: those that raised the leave-one-document-out figures (docs/links.md). */
export const MODEL_FEATURES: (keyof ModelInput)[] = ['sum', 'words', 'conceptBreadth', 'ancestor', 'cites'];
export const PARENT_FEATURES: (keyof ModelInput)[] = ['sum', 'words', 'concept', 'novelty'];

export function trainSeedModel(corpusDir = 'corpus') {
  const structured = readTextSources(corpusDir).map(structureDocument);
  const clauses = structured.flatMap((s) => s.clauses);
  const concepts = readConcepts(`${corpusDir}/link-concepts.yaml`).concepts;
  const labelled = trainingLabels(corpusDir, clauses);
  const documents = structured.map((s) => s.document);
  const cut = spaceSegmenter(documents, clauses, concepts);
  const { model } = trainWithParent((parent) => linkSpace(documents, clauses, concepts, parent, cut), labelled, MODEL_FEATURES, PARENT_FEATURES);
  const round = (xs: number[]) => xs.map((x) => Number(x.toFixed(6)));
  const rounded = <M extends ChoiceModel>(m: M) => ({ ...m, weights: round(m.weights), none: Number(m.none.toFixed(6)), mean: round(m.mean), sd: round(m.sd) });
  return { ...rounded(model), parent: rounded(model.parent) };
}

/** The committed annotations, then the curated decisions on clauses they do not cover. */
export function trainingLabels(corpusDir: string, clauses: Parameters<typeof curatedLabels>[1]): Labelled[] {
  const { labelled } = resolveAnnotations(ANNOTATIONS.map(readAnnotations), clauses);
  const annotated = new Set(labelled.map((l) => l.source));
  const curated = curatedLabels(readCuration(`${corpusDir}/links.curated.yaml`), clauses).filter((l) => !annotated.has(l.source));
  return [...labelled, ...curated];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const model = trainSeedModel();
  writeFileSync(MODEL_FILE, JSON.stringify(model, null, 2) + '\n');
  console.log(`wrote ${MODEL_FILE}: ${model.features.map((f, i) => `${f} ${model.weights[i].toFixed(2)}`).join(', ')}, none ${model.none.toFixed(2)}, threshold ${model.threshold}, nearTop ${model.nearTop}`);
}
