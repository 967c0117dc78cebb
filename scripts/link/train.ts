/**
 * Learning the scoring model from annotations, and choosing when to publish:
 * the logistic weights are fitted on the annotated clauses' candidate pairs
 * (primary links positive, links to no annotated target negative, acceptable
 * ones left out), then the threshold and near-top share that serve the three
 * measures best on the same clauses. The leave-one-document-out benchmark
 * calls this on all documents but one and measures on the one left out.
 */
import type { LinkSpace, PairFeatures, ParentModel } from './features.ts';
import { fitChoice, choiceProbabilities, fitLogistic, probability, vectorOf, type Example, type Model, type ChoiceModel } from './model.ts';
import { DEFAULTS, modelInput } from './score.ts';
import { figures, type Figures, type Labelled } from './annotations.ts';
import { planChoices, type Publishing, type Scorer } from './choose.ts';

/** A scorer from a score of one pair alone. */
export const eachPair = (score: (f: PairFeatures) => number): Scorer => (fs) => fs.map(score);

/** Published targets per source clause (of those in `only`), best first, as the build publishes them (choose.ts; `inherit: false` leaves out the links taken from a parent). */
export function decide(space: LinkSpace, score: Scorer, publishing: Publishing, only?: Set<string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const choice = planChoices(space.sources, score, publishing);
  for (const { source } of space.sources) {
    if (only && !only.has(source.id)) continue;
    out.set(source.id, choice(source.id).links.map((c) => c.target.id));
  }
  return out;
}

/** A clause's links to the documents its labels were read against: links to other documents above it are not judged. */
export function linksReadAgainst(labelled: Labelled[]) {
  const against = new Map(labelled.map((l) => [l.source, l.against]));
  return (source: string, targets: string[]) => targets.filter((t) => (against.get(source) ?? []).some((doc) => t.startsWith(`${doc}/`)));
}

/** One number to maximise: top-1 and recall, once precision reaches the bar; below it, precision first. */
export const PRECISION_BAR = 0.88;
export const objective = (f: Figures) => (f.precision >= PRECISION_BAR ? 1 + f.top1 + f.recall : f.precision);

export const NEAR_TOPS = [0.6, 0.7, 0.8, 0.9, 1];

/** The threshold and near-top share that maximise the objective on the labelled clauses, by the links their own wording chooses. */
export function chooseDecision(space: LinkSpace, score: Scorer, labelled: Labelled[], thresholds: number[]) {
  const only = new Set(labelled.map((l) => l.source));
  const readAgainst = linksReadAgainst(labelled);
  let best = { threshold: thresholds[0], nearTop: 1, value: -Infinity };
  for (const nearTop of NEAR_TOPS) {
    const values = thresholds.map((threshold) => {
      const links = decide(space, score, { threshold, nearTop, inherit: false }, only);
      return objective(figures(labelled, (s) => readAgainst(s, links.get(s) ?? [])));
    });
    const { top, at } = steadiestBest(values);
    if (top > best.value + 1e-9) best = { threshold: thresholds[at], nearTop, value: top };
  }
  return best;
}

/** Of the best values, the middle one of the widest run of them: a threshold robust to small shifts. */
export function steadiestBest(values: number[]): { top: number; at: number } {
  const top = Math.max(...values);
  let run: number[] = [], widest: number[] = [];
  values.forEach((v, i) => {
    run = v >= top - 1e-9 ? [...run, i] : [];
    if (run.length > widest.length) widest = run;
  });
  return { top, at: widest[Math.floor(widest.length / 2)] };
}

export function examples(space: LinkSpace, labelled: Labelled[], features: readonly string[]): Example[] {
  const label = new Map(labelled.map((l) => [l.source, l]));
  const out: Example[] = [];
  for (const { source, candidates } of space.sources) {
    const l = label.get(source.id);
    if (!l) continue;
    for (const c of candidates) {
      if (l.acceptable.includes(c.target.id)) continue;
      out.push({ x: vectorOf(c.features, features), y: l.primary.includes(c.target.id) ? 1 : 0 });
    }
  }
  return out;
}

/** Probabilities from 0.05 to 0.95. */
export const PROBABILITIES = Array.from({ length: 91 }, (_, i) => 0.05 + i * 0.01);

export function trainModel(space: LinkSpace, labelled: Labelled[], features: readonly string[], l2 = 10): Model {
  const { weights, bias } = fitLogistic(examples(space, labelled, features), l2);
  const model: Model = { features: [...features], weights, bias, threshold: 0.5, nearTop: 1 };
  const { threshold, nearTop } = chooseDecision(space, eachPair((f) => probability(f, model)), labelled, PROBABILITIES);
  return { ...model, threshold: round(threshold), nearTop };
}

/**
 * The listwise model: each annotated clause chooses among its candidates from each
 * document it was read against and "none" (a clause with no primary link there chooses
 * none); a primary link is one choice. Its probabilities are relative to the clause's
 * other candidates from the same document (choice-sets.ts).
 */
export function trainChoice(space: LinkSpace, labelled: Labelled[], features: readonly string[], l2 = 1): ChoiceModel & { threshold: number; nearTop: number } {
  const input = (f: PairFeatures) => modelInput(f, DEFAULTS);
  const label = new Map(labelled.map((l) => [l.source, l]));
  const groups = space.sources.flatMap(({ source, candidates }) => {
    const l = label.get(source.id);
    if (!l) return [];
    return l.against.flatMap((doc) => {
      const kept = candidates.filter((c) => c.target.doc === doc && !l.acceptable.includes(c.target.id));
      const primary = l.primary.filter((t) => t.startsWith(`${doc}/`));
      const xs = kept.map((c) => vectorOf(input(c.features), features));
      const chosen = kept.flatMap((c, i) => (primary.includes(c.target.id) ? [i] : []));
      // A clause whose links retrieval never proposed (a researcher's added link) did not choose none: it says nothing here.
      if (primary.length && !chosen.length) return [];
      return [{ xs, chosen: chosen.length ? chosen : [-1] }];
    });
  });
  const model = fitChoice(groups, features, l2);
  const { threshold, nearTop } = chooseDecision(space, (fs) => choiceProbabilities(fs.map(input), model), labelled, PROBABILITIES);
  return { ...model, threshold: round(threshold), nearTop };
}

/** A clause's candidates scored by a choice model (the build's sum weights inside). */
export const choiceScorer = (model: ChoiceModel): ParentModel => (fs) => choiceProbabilities(fs.map((f) => modelInput(f, DEFAULTS)), model);

/**
 * Two stages: a model without the `ancestor` feature is trained first and scores each clause's
 * parent against the targets; the model with it is trained in the space where those scores are
 * the `ancestor` feature. `spaceWith` builds the space for a given parent model.
 */
export function trainWithParent(
  spaceWith: (parent: ParentModel | null) => LinkSpace,
  labelled: Labelled[],
  features: readonly string[],
  parentFeatures: readonly string[] = features.filter((f) => f !== 'ancestor'),
  l2 = 3,
) {
  const parent = trainChoice(spaceWith(null), labelled, parentFeatures, l2);
  const space = spaceWith(choiceScorer(parent));
  const { threshold: _t, nearTop: _n, ...parentModel } = parent;
  return { model: { ...trainChoice(space, labelled, features, l2), parent: parentModel }, space };
}

const round = (x: number) => Math.round(x * 1000) / 1000;
