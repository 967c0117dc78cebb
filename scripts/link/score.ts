/**
 * How a pair's score is made and when it is published (docs/links.md explains why).
 * The similarities of a pair are first summed with hand-set weights,
 *
 *   sum = min(1, cosine + HEADING × heading + CONTEXT × context + CONCEPT × concept)
 *
 * cosine: TF-IDF over character bigrams of the two clause texts (shared distinctive
 * wording, generic policy words weigh little). heading: the same cosine between the
 * two clauses' own headings (加强硬件设施建设 ~ 持续改善硬件条件 share 硬件, a rare
 * bigram; 建设 weighs next to nothing). context: how alike the source's
 * section headings are to the target's section heading (a county section 持续提升医疗服务能力
 * under which the clause sits echoes the national section of the same name).
 * concept: the same cosine over the policy concepts each text names (see concepts.ts).
 * A pair is vetoed (score 0) when the source runs another programme of the
 * same counted name (see programmes.ts). The sum, the jieba-word cosine, the
 * heading and the concept similarity are then weighed by a model learned from
 * the annotations (model.ts): the score is the probability that the target is
 * the clause's choice among its candidates and "none".
 */
import { FEATURES, type FeatureName, type PairFeatures, type ParentModel } from './features.ts';
import { choiceProbabilities, type ChoiceModel } from './model.ts';
import trained from './model.json' with { type: 'json' };

export interface LinkOptions {
  /** links scoring below this are not published */
  threshold: number;
  /** weight of the section-heading context */
  context: number;
  /** weight of the heading-to-heading similarity */
  heading: number;
  /** a further link to the same higher document must score at least this share of the best one */
  nearTop: number;
  /** most evidence spans kept per link */
  evidence: number;
  /** weight of the policy-concept similarity */
  concept: number;
  /** the learned model that turns a clause's candidates into probabilities (model.json, `npm run link:train`) */
  model: ChoiceModel;
}

/** The build's options: the learned model, with the threshold and near-top share chosen with it on the annotations. */
export const DEFAULTS: LinkOptions = { threshold: trained.threshold, context: 0.1, heading: 0.03, nearTop: trained.nearTop, evidence: 6, concept: 0.06, model: trained };

/** The model that scores a clause's parent against the targets, for the `ancestor` feature (none before training). */
export const builtParentModel: ParentModel | null = 'parent' in trained ? (fs) => choiceProbabilities(fs.map((f) => modelInput(f, DEFAULTS)), trained.parent as ChoiceModel) : null;

/**
 * The pair features a model reads, the parts of `sum` and what the parent model of model.json
 * reads for `ancestor` included: the link stage computes only these (features.ts).
 */
export function featuresRead(model: Pick<ChoiceModel, 'features'>): FeatureName[] {
  const read = new Set(model.features);
  if (read.has('ancestor')) for (const f of 'parent' in trained ? trained.parent.features : []) read.add(f);
  const parts = [...read].flatMap((f) => (f === 'sum' ? SUM_PARTS : [f]));
  return FEATURES.filter((f) => parts.includes(f));
}
const SUM_PARTS = ['cosine', 'heading', 'context', 'concept'];

/** What the model reads of a pair: its similarities and their weighted sum. */
export type ModelInput = PairFeatures & { sum: number };
export const modelInput = (f: PairFeatures, options: Pick<LinkOptions, 'heading' | 'context' | 'concept'>): ModelInput => ({ ...f, sum: combine(f, options) });

export function combine(f: Pick<PairFeatures, 'cosine' | 'heading' | 'context' | 'concept'>, options: Pick<LinkOptions, 'heading' | 'context' | 'concept'>): number {
  return Math.min(1, f.cosine + options.heading * f.heading + options.context * f.context + options.concept * f.concept);
}

/** Keep the candidates a reader should see: above threshold and close to the best one. */
export function publishable<T extends { score: number }>(candidates: T[], options: Pick<LinkOptions, 'threshold' | 'nearTop'>): T[] {
  const sorted = candidates.filter((c) => c.score >= options.threshold).sort((a, b) => b.score - a.score);
  if (sorted.length === 0) return [];
  return sorted.filter((c) => c.score >= options.nearTop * sorted[0].score);
}
