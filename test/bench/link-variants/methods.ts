/**
 * The models a variant trains on the training plans' labelled clauses: the build's two stages
 * (train.ts trainWithParent) and the changes to them that docs/links.md's rounds tried.
 */
import type { Labelled } from '../../../scripts/link/annotations.ts';
import { choiceProbabilities, type ChoiceModel } from '../../../scripts/link/model.ts';
import { CHILDREN, EXEMPLARS, SOURCES, docsOf, feature, fit, fitByClass, parentPass, rows, scorer, type Column, type Columns, type Scorer, type Source, type Training } from './dumped.ts';

/** A method: a scorer trained on the labelled clauses of the training plans. */
export type Method = (train: Labelled[]) => Scorer;

export const BUILD = ['sum', 'words', 'concept', 'novelty'];
export const BREADTH = ['sum', 'words', 'conceptBreadth', 'novelty'];
/** The third round's build and the same with conceptBreadth, `ancestor` last. */
export const B = [...BUILD, 'ancestor'];
export const BB = [...BREADTH, 'ancestor'];
/** The build's model since the fourth round (train-model.ts MODEL_FEATURES). */
export const THE_BUILD = ['sum', 'words', 'conceptBreadth', 'ancestor', 'cites'];

const sum = (v: number[]) => v.reduce((s, x) => s + x, 0);
const mean = (v: number[]) => sum(v) / v.length;
const AGGREGATES = { mean, max: (v: number[]) => Math.max(...v) };
export type Aggregate = keyof typeof AGGREGATES;

export interface TwoStage extends Training {
  feats?: string[];
  /** the parent model's features */
  pfeats?: string[];
  /** + the siblings' parent-model probability of the same target, their mean or max */
  siblings?: Aggregate;
  /** `ancestor` as the parent's probabilities among the targets only (none left out), to this power */
  conditional?: number;
  /** columns of the method's own among `feats` */
  own?: Columns;
}

/** The build's method: a parent model, then the model with `ancestor`, its probabilities for the clause's parent. */
export const twoStage =
  ({ feats = B, pfeats = BUILD, l2 = 3, siblings, conditional, own = {}, ...training }: TwoStage = {}): Method =>
  (train) => {
    const pm = fit(train, pfeats, {}, { l2, ...training });
    const columns = { ...own, ancestor: parentProbabilities(pm, conditional), ...(siblings && { siblings: siblingsOf(pm, siblings) }) };
    return scorer(fit(train, siblings ? [...feats, 'siblings'] : feats, columns, { l2, ...training }), columns);
  };

/** The parent model's probability of each candidate's target for the clause's parent (`ancestor`). */
function parentProbabilities(pm: ChoiceModel, conditional?: number): Column {
  const ofCall = new Map<number, number[]>();
  const probabilities = (call: number) => {
    let p = scorer(pm)(parentPass(call));
    if (conditional !== undefined) {
      p = p.map((x) => x ** conditional);
      const total = sum(p);
      p = p.map((x) => x / total);
    }
    return p;
  };
  return (s) => {
    if (s.call < 0) return s.cands.map(() => 0);
    if (!ofCall.has(s.call)) ofCall.set(s.call, probabilities(s.call));
    return s.cands.map((c) => ofCall.get(s.call)![c.idx]);
  };
}

/** Each target's probability for each clause by a model without `ancestor`. */
function probabilitiesOf(pm: ChoiceModel) {
  return new Map(
    SOURCES.map((s) => {
      const p = scorer(pm)(s);
      return [s.id, new Map(s.cands.map((c, i) => [c.target, p[i]]))];
    }),
  );
}

/** The mean or max over the clause's siblings of the parent model's probability of the same target. */
function siblingsOf(pm: ChoiceModel, aggregate: Aggregate): Column {
  const first = probabilitiesOf(pm);
  return (s) => {
    const siblings = s.parent ? CHILDREN.get(s.parent)!.filter((x) => x.id !== s.id) : [];
    return s.cands.map((c) => (siblings.length ? AGGREGATES[aggregate](siblings.map((x) => first.get(x.id)!.get(c.target) ?? 0)) : 0));
  };
}

/** Weight sharing: the second model reads the parent model's utility and `ancestor` only (two weights and none). */
export const sharedWeights =
  (pfeats = BUILD, l2 = 3): Method =>
  (train) => {
    const pm = fit(train, pfeats, {}, { l2 });
    const utility: Column = (s) => rows(s, pfeats).map((x) => sum(x.map((v, i) => ((v - pm.mean[i]) / pm.sd[i]) * pm.weights[i])));
    const columns = { utility, ancestor: parentProbabilities(pm) };
    return scorer(fit(train, ['utility', 'ancestor'], columns, { l2 }), columns);
  };

/** The build's probabilities and conceptBreadth's, weighed w and 1 − w. */
export const average =
  (w: number): Method =>
  (train) => {
    const [a, b] = [twoStage()(train), twoStage({ feats: BB })(train)];
    return (s) => {
      const pb = b(s);
      return a(s).map((p, i) => w * p + (1 - w) * pb[i]);
    };
  };

/** Rank by the conceptBreadth model; score the ranked candidates by the build model's probability of linking at all. */
export const breadthRankedBuildGated: Method = (train) => {
  const [rank, gate] = [twoStage({ feats: BB })(train), twoStage()(train)];
  return (s) => {
    const r = rank(s);
    const [best, linking] = [Math.max(...r), sum(gate(s))];
    return r.map((p) => (p / best) * linking);
  };
};

/** A none of its own for each training plan (fixed effects); the held-out plan gets their mean or max. */
export const planNones =
  (aggregate: Aggregate, feats = B, pfeats = BUILD, l2 = 3): Method =>
  (train) => {
    const fitted = (names: string[], own: Columns = {}) => {
      const { nones, withNone } = fitByClass(train, names, own, { l2, classOf: (g) => g.label.doc });
      return withNone(AGGREGATES[aggregate]([...nones.values()]));
    };
    const columns = { ancestor: parentProbabilities(fitted(pfeats)) };
    return scorer(fitted(feats, columns), columns);
  };

/** Whether the clause's plan cites the document above (the `cites` feature, the same on all its candidates). */
const citesClass = (s: Source) => (s.cands.length && feature(s.cands[0], 'cites') ? 'cites' : 'other');

/** A none of its own, fitted freely, for citing plans and the others (what the unshrunk `cites` weight amounts to). */
export const relationNones =
  (feats = B, pfeats = BUILD, l2 = 3): Method =>
  (train) => {
    const columns = { ancestor: parentProbabilities(fit(train, pfeats, {}, { l2 })) };
    const { nones, withNone } = fitByClass(train, feats, columns, { l2, classOf: (g) => citesClass(g.source) });
    const byClass = new Map([...nones].map(([c, none]) => [c, scorer(withNone(none), columns)]));
    return (s) => byClass.get(citesClass(s))!(s);
  };

/** + a target's share of the training plans' primary links (log, smoothed) as a feature: how often readers take it up. */
export const withTargetPrior =
  (options: TwoStage): Method =>
  (train) => {
    const counts = new Map<string, number>();
    for (const l of train) for (const t of l.primary) counts.set(t, (counts.get(t) ?? 0) + 1);
    const prior: Column = (s) => s.cands.map((c) => Math.log(((counts.get(c.target) ?? 0) + 0.5) / (train.length + 1)));
    return twoStage({ ...options, own: { prior } })(train);
  };

/** The national section a target is in. */
const sectionOf = (t: string) => (t.split('/').pop()!.includes('.') ? t.slice(0, t.lastIndexOf('.')) : t.split('/')[0]);

/**
 * + how much the clause's section-mates (same parent, or same top-level section) choose, by the
 * parent model, targets in the candidate's national section: county sections mostly carry out one
 * national section.
 */
export const sectionAgreement =
  (how: 'parent' | 'top-level section', feats = THE_BUILD, pfeats = BUILD, l2 = 3): Method =>
  (train) => {
    const pm = fit(train, pfeats, {}, { l2 });
    const groupOf = (s: Source) => (how === 'parent' ? s.parent : `${s.doc}/${s.id.split('/').pop()!.split('.')[0]}`);
    const mates = Map.groupBy(SOURCES, groupOf);
    const mass = new Map(
      [...probabilitiesOf(pm)].map(([id, byTarget]) => {
        const bySection = new Map<string, number>();
        for (const [t, p] of byTarget) bySection.set(sectionOf(t), (bySection.get(sectionOf(t)) ?? 0) + p);
        return [id, bySection];
      }),
    );
    const agreement: Column = (s) => {
      const others = mates.get(groupOf(s))!.filter((x) => x.id !== s.id);
      return s.cands.map((c) => (others.length ? sum(others.map((x) => mass.get(x.id)!.get(sectionOf(c.target)) ?? 0)) / others.length : 0));
    };
    const columns = { ancestor: parentProbabilities(pm), agreement };
    return scorer(fit(train, [...feats, 'agreement'], columns, { l2 }), columns);
  };

/**
 * p(target | clause)^(1 − gamma) × q(clause | target)^gamma, q the target's choice among the plan's
 * clauses and none. The second model shrinks `cites` like the other weights, as it was measured.
 */
export const bidirectional =
  (gamma: number, feats = B, pfeats = BUILD, l2 = 3): Method =>
  (train) => {
    const columns = { ancestor: parentProbabilities(fit(train, pfeats, {}, { l2 })) };
    const m = fit(train, feats, columns, { l2, unshrunk: [] });
    const record = (x: number[]) => Object.fromEntries(feats.map((n, i) => [n, x[i]]));
    const q = new Map<string, number>();
    for (const plan of Map.groupBy(SOURCES, (s) => s.doc).values()) {
      const byTarget = Map.groupBy(
        plan.flatMap((s) => rows(s, feats, columns).map((x, i) => ({ key: `${s.id} ${s.cands[i].target}`, target: s.cands[i].target, x }))),
        (c) => c.target,
      );
      for (const clauses of byTarget.values()) {
        const p = choiceProbabilities(clauses.map((c) => record(c.x)), m);
        clauses.forEach((c, i) => q.set(c.key, p[i]));
      }
    }
    const p = scorer(m, columns);
    return (s) => p(s).map((x, i) => x ** (1 - gamma) * q.get(`${s.id} ${s.cands[i].target}`)! ** gamma);
  };

/** The source's best cosine with the other training plans' clauses linked to the target (kind: words, bigrams, concepts), their max or mean. */
const exemplar =
  (kind: string, aggregate: Aggregate, fold: string[]): Column =>
  (s) => {
    const per = EXEMPLARS[kind][s.id] ?? {};
    const plans = fold.filter((d) => d !== s.doc);
    return s.cands.map((c) => (plans.length ? AGGREGATES[aggregate](plans.map((d) => per[c.target]?.[d] ?? 0)) : 0));
  };

/** The build's two stages + exemplar:<kind>:<aggregate>, each training plan read against the other training plans. */
export const withExemplar =
  (kind: string, aggregate: Aggregate, options: TwoStage): Method =>
  (train) =>
    twoStage({ ...options, feats: [...(options.feats ?? B), `exemplar:${kind}:${aggregate}`], own: { [`exemplar:${kind}:${aggregate}`]: exemplar(kind, aggregate, docsOf(train)) } })(train);
