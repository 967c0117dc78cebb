/**
 * Variants of the link model tried leave one document out on the features dump.ts writes
 * (docs/links.md records the figures). It does what the TypeScript benchmark does
 * (test/bench/links-loo.ts: the two-stage conditional logit of scripts/link/model.ts and train.ts,
 * the threshold and near-top share chosen on the training plans) on the dumped rows and gives the
 * same figures for the third round's build (0.76 / 0.73 / 0.84, and per plan) and the fourth's
 * (0.86 / 0.82 / 0.86 at the 0.88 bar), in seconds instead of minutes, so that decision rules and
 * derived features can be tried without touching the build. The dump holds no enumeration items
 * (一是…二是…), so the build's rule here is the clause's own choice: the fifth round's build, whose
 * items add an acceptable link, is 0.86 / 0.82 / 0.87 in the benchmark. Arguments pick variants by
 * a part of their name:
 *
 *     npx tsx test/bench/link-variants/dump.ts && npx tsx test/bench/link-variants/variants.ts [words]
 */
import { fitLogistic, probability } from '../../../scripts/link/model.ts';
import type { Figures, Labelled } from '../../../scripts/link/annotations.ts';
import { DOCS, LABELLED, SECOND_READING_LABELS, SOURCES, docsOf, feature, labelledIn, type Scorer } from './dumped.ts';
import { buildRule, choose, closeInSum, yieldToSurer, yieldToSurerRenormalised, decide, figuresOf, likelySecond, objectiveAt, precisionWeighted, scoredIn, targetRelative, type Links, type Rule } from './decisions.ts';
import {
  B, BB, BREADTH, BUILD, THE_BUILD,
  average, bidirectional, breadthRankedBuildGated, planNones, relationNones, sectionAgreement, sharedWeights, twoStage, withExemplar, withTargetPrior,
  type Method,
} from './methods.ts';

const others = (d: string, docs = DOCS) => docs.filter((x) => x !== d);

const fixed = (x: number) => x.toFixed(2);
const triple = (f: Figures, sep: string) => [f.top1, f.recall, f.precision].map(fixed).join(sep);
const overall = (links: Links) => {
  const f = figuresOf(LABELLED, links);
  return `overall ${triple(f, ' / ')} (${f.published}), by the second reading ${triple(figuresOf(SECOND_READING_LABELS, links), ' / ')}`;
};
const SECOND = new Map(SECOND_READING_LABELS.map((l) => [l.source, l]));
/** The training clauses as the second reading reads them, or as both do (a target either calls primary is primary). */
const readSecond = (train: Labelled[]) => train.map((l) => ({ ...l, ...pick(SECOND.get(l.source) ?? l) }));
const readBoth = (train: Labelled[]) =>
  train.map((l) => {
    const other = SECOND.get(l.source) ?? l;
    const primary = [...new Set([...l.primary, ...other.primary])];
    return { ...l, primary, acceptable: [...new Set([...l.acceptable, ...other.acceptable])].filter((t) => !primary.includes(t)) };
  });
const pick = ({ primary, acceptable }: Labelled) => ({ primary, acceptable });

interface Loo<P> {
  /** the threshold chosen on out-of-fold probabilities of the training plans (each trained on the others), not in-sample */
  crossFitted?: boolean;
  objective?: (f: Figures) => number;
  /** a rule with a parameter of its own, the parameter chosen among these with the threshold */
  parameters?: P[];
  rule?: Rule<P>;
  /** the training plans' labels as the method is trained on them (the threshold is chosen on them too); by default the first reading's */
  relabel?: (train: Labelled[]) => Labelled[];
}

/** Each annotated plan scored by the method trained on the others, with the threshold chosen on them; pooled and per plan. */
function loo<P = number>(label: string, method: Method, { crossFitted, objective = objectiveAt(0.85), parameters, rule, relabel = (l) => l }: Loo<P> = {}) {
  const pooled: Links = new Map();
  const perPlan = DOCS.map((d) => {
    const train = others(d);
    const trainLabels = relabel(labelledIn(train));
    const score = method(trainLabels);
    let threshold: number, links: Links;
    if (parameters) {
      // the rule reads the plan's other clauses too
      const publish = rule ?? (targetRelative as Rule<P>);
      const best = choose(scoredIn(score, train), trainLabels, objective, publish, parameters);
      ({ threshold } = best);
      links = publish(scoredIn(score, [d]), best.threshold, best.nearTop, best.parameter);
    } else {
      const scored = crossFitted ? outOfFold(method, train) : scoredIn(score, train, trainLabels);
      const best = choose(scored, trainLabels, objective, buildRule, [null]);
      ({ threshold } = best);
      links = decide(scoredIn(score, [d], labelledIn([d])), best.threshold, best.nearTop);
    }
    for (const [s, targets] of links) pooled.set(s, targets);
    const best = decide(scoredIn(score, [d], labelledIn([d])), -1, 1);
    const bestRight = figuresOf(labelledIn([d]), new Map([...best].map(([s, targets]) => [s, targets.slice(0, 1)]))).top1;
    return `${d} ${triple(figuresOf(labelledIn([d]), links), '/')} at ${fixed(threshold)}, best right ${fixed(bestRight)}`;
  });
  console.log(`${label}\n  ${overall(pooled)}  ${perPlan.join(' | ')}`);
}

/** Each training plan's labelled clauses scored by the method trained on the other training plans. */
function outOfFold(method: Method, train: string[]) {
  return new Map(train.flatMap((d) => [...scoredIn(method(labelledIn(others(d, train))), [d], labelledIn([d]))]));
}

const LABEL = new Map(LABELLED.map((l) => [l.source, l]));

/**
 * Ranking by the build's model, then a separate logistic "link or not" on the best candidate
 * (model.ts fitLogistic), trained on the training plans' out-of-fold best candidates (right =
 * primary or acceptable).
 */
function linkOrNot(label: string, features: string[], cut: number, l2 = 1) {
  const bestCandidates = (score: Scorer, docs: string[]) =>
    SOURCES.filter((s) => docs.includes(LABEL.get(s.id)?.doc ?? '') && s.cands.length).map((s) => {
      const l = LABEL.get(s.id)!;
      const p = score(s);
      const [best, second] = p.map((_, i) => i).sort((a, b) => p[b] - p[a]);
      const c = s.cands[best];
      const read: Record<string, number> = { p: p[best], margin: p[best] - (second === undefined ? 0 : p[second]), logit: Math.log(p[best] / (1 - p[best] + 1e-9) + 1e-9) };
      return { source: s.id, target: c.target, x: features.map((f) => read[f] ?? feature(c, f)), right: [...l.primary, ...l.acceptable].includes(c.target) };
    });
  const pooled: Links = new Map();
  for (const d of DOCS) {
    const train = others(d);
    const rows = train.flatMap((d2) => bestCandidates(twoStage()(labelledIn(others(d2, train))), [d2]));
    const mean = features.map((_, i) => rows.reduce((s, r) => s + r.x[i], 0) / rows.length);
    const sd = features.map((_, i) => Math.sqrt(rows.reduce((s, r) => s + (r.x[i] - mean[i]) ** 2, 0) / rows.length) + 1e-12);
    const standard = (x: number[]) => x.map((v, i) => (v - mean[i]) / sd[i]);
    const model = { features, ...fitLogistic(rows.map((r) => ({ x: standard(r.x), y: r.right ? 1 : 0 })), l2), threshold: cut, nearTop: 1 };
    const linking = (x: number[]) => probability(Object.fromEntries(standard(x).map((z, i) => [features[i], z])), model);
    for (const r of bestCandidates(twoStage()(labelledIn(train)), [d])) pooled.set(r.source, linking(r.x) >= cut ? [r.target] : []);
  }
  console.log(`${label}\n  ${overall(pooled)}`);
}

/**
 * What curating half of a plan buys the other half: each plan's labelled clauses split by the
 * parity of their position; one half is predicted by a model trained on the other plans, with or
 * without the plan's other half (as curated decisions read as labels, annotations.ts curatedLabels).
 */
function halfCurated(label: string) {
  const half = new Map(DOCS.flatMap((d) => labelledIn([d]).map((l, i) => [l.source, i % 2])));
  for (const withHalf of [false, true]) {
    const pooled: Links = new Map();
    for (const d of DOCS) {
      for (const h of [0, 1]) {
        const train = LABELLED.filter((l) => l.doc !== d || (withHalf && half.get(l.source) !== h));
        const score = twoStage({ feats: THE_BUILD })(train);
        const { threshold, nearTop } = choose(scoredIn(score, docsOf(train), train), train, objectiveAt(0.88), buildRule, [null]);
        const test = labelledIn([d]).filter((l) => half.get(l.source) === h);
        for (const [s, targets] of decide(scoredIn(score, [d], test), threshold, nearTop)) pooled.set(s, targets);
      }
    }
    const perPlan = DOCS.map((d) => `${d} ${triple(figuresOf(labelledIn([d]), pooled), '/')}`);
    console.log(`${label}: ${withHalf ? 'with' : 'without'} the plan's other half\n  ${overall(pooled)}  ${perPlan.join(' | ')}`);
  }
}

type Variant = [name: string, run: () => void];
const variant = <P = number>(name: string, method: Method, options?: Loo<P>): Variant => [name, () => loo(name, method, options)];
const bar88 = objectiveAt(0.88);
const BOTH: [string, string[]][] = [['build', B], ['conceptBreadth', BB]];

export const VARIANTS: Variant[] = [
  variant("the third round's build", twoStage()),
  variant('conceptBreadth in the second model', twoStage({ feats: BB })),
  variant('cross-fitted threshold: build', twoStage(), { crossFitted: true }),
  variant('cross-fitted threshold: conceptBreadth', twoStage({ feats: BB }), { crossFitted: true }),
  variant('cross-fitted threshold: conceptBreadth ranks, the build gates', breadthRankedBuildGated, { crossFitted: true }),
  variant('cross-fitted threshold: conceptBreadth + titleWords titleConcept', twoStage({ feats: [...BB, 'titleWords', 'titleConcept'] }), { crossFitted: true }),
  variant('cross-fitted threshold: conceptBreadth + margin:concept', twoStage({ feats: [...BB, 'margin:concept'] }), { crossFitted: true }),
  variant('cross-fitted threshold: build + titleWords', twoStage({ feats: [...B, 'titleWords'] }), { crossFitted: true }),
  ...['max:words', 'max:sum', 'max:concept', 'hasparent', 'len', 'ncand', 'ancmax', 'margin:words', 'margin:sum', 'margin:concept', 'isbest:words', 'share:words'].flatMap((e) =>
    BOTH.map(([n, f]) => variant(`clause-level ${e}: ${n}`, twoStage({ feats: [...f, e] }))),
  ),
  ...([[[0, 0.2, 0.3, 0.4, 0.5, 0.6], 'chosen'], [[0.3], '0.3'], [[0.4], '0.4'], [[0.5], '0.5'], [[0.6], '0.6']] as const).flatMap(([rs, rl]) =>
    BOTH.map(([n, f]) => variant(`target-relative r ${rl}: ${n}`, twoStage({ feats: f }), { parameters: [...rs] })),
  ),
  variant('weight sharing: build', sharedWeights()),
  variant('weight sharing: conceptBreadth', sharedWeights(BREADTH)),
  ...[1, 10, 30].map((l2) => variant(`conceptBreadth L2 ${l2}`, twoStage({ feats: BB, l2 }))),
  variant('concept and conceptBreadth in both models', twoStage({ feats: ['sum', 'words', 'concept', 'conceptBreadth', 'novelty', 'ancestor'], pfeats: ['sum', 'words', 'concept', 'conceptBreadth', 'novelty'] })),
  ...[1, 2].flatMap((p) => BOTH.map(([n, f]) => variant(`ancestor conditional on linking, power ${p}: ${n}`, twoStage({ feats: f, conditional: p })))),
  ...(['mean', 'max'] as const).flatMap((a) => BOTH.map(([n, f]) => variant(`siblings ${a}: ${n}`, twoStage({ feats: f, siblings: a })))),
  ...[0.3, 0.5, 0.7].map((w) => variant(`average of build and conceptBreadth, w ${w}`, average(w))),
  variant('conceptBreadth ranks, the build gates', breadthRankedBuildGated),
  ...[0.88, 0.9, 0.93].map((b) => variant(`precision bar ${b}: conceptBreadth`, twoStage({ feats: BB }), { objective: objectiveAt(b) })),
  ...[1, 2, 3, 4].flatMap((lambda) => BOTH.map(([n, f]) => variant(`top-1 + recall + ${lambda} precision: ${n}`, twoStage({ feats: f }), { objective: precisionWeighted(lambda) }))),
  ...[['p'], ['logit'], ['p', 'margin'], ['p', 'words', 'concept'], ['p', 'titleWords', 'titleConcept'], ['p', 'novelty', 'words', 'concept', 'titleWords']].flatMap((tf) =>
    [0.4, 0.5, 0.6].map((c): Variant => [`link or not on ${tf.join(' ')}, cut ${c}`, () => linkOrNot(`link or not on ${tf.join(' ')}, cut ${c}`, tf, c)]),
  ),
  ...[['titleWords'], ['titleConcept'], ['titleWords', 'titleConcept'], ['coverage'], ['uncovered'], ['coverage', 'uncovered'], ['margin:coverage']].flatMap((e) =>
    ([['build', BUILD], ['conceptBreadth', BREADTH]] as const).flatMap(([n, f]) =>
      [false, true].map((both) => variant(`+ ${e.join(' ')}: ${n}${both ? ' (parent model too)' : ''}`, twoStage({ feats: [...f, 'ancestor', ...e], pfeats: both ? [...f, ...e] : BUILD }))),
    ),
  ),
  ...(['mean', 'max'] as const).flatMap((a) => BOTH.map(([n, f]) => variant(`a none per training plan, the held-out plan gets their ${a}: ${n}`, planNones(a, f)))),
  variant('uncovered for novelty', twoStage({ feats: ['sum', 'words', 'concept', 'uncovered', 'ancestor'], pfeats: ['sum', 'words', 'concept', 'uncovered'] })),
  variant("fourth round: the build's model (cites), bar 0.85", twoStage({ feats: THE_BUILD })),
  variant('fourth round: cites shrunk like the other weights', twoStage({ feats: THE_BUILD, unshrunk: [] })),
  ...([['previous build', B], ['conceptBreadth', BB]] as const).map(([n, f]) => variant(`fourth round: a none per relation class, fitted freely: ${n}`, relationNones(f))),
  ...[0.88, 0.9].map((b) => variant(`fourth round: build, precision bar ${b}`, twoStage({ feats: THE_BUILD }), { objective: objectiveAt(b) })),
  ...['heading', 'section', 'conceptEvidence', 'margin:concept', 'titleConcept'].map((e) => variant(`fourth round: build + ${e}`, twoStage({ feats: [...THE_BUILD, e] }))),
  variant('fourth round: build, a second link likely given not the first', twoStage({ feats: THE_BUILD }), { objective: bar88, parameters: [-1, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9], rule: likelySecond }),
  ...['section', 'order', 'contrast', 'parent', 'relative', 'context', 'cosine'].map((e) => variant(`fourth round: build (bar 0.88) + ${e}`, twoStage({ feats: [...THE_BUILD, e] }), { objective: bar88 })),
  ...[BREADTH, ['sum', 'words', 'concept'], [...BUILD, 'titleWords'], [...BUILD, 'conceptBreadth']].map((p) =>
    variant(`fourth round: build (bar 0.88), parent model on ${p.join(' ')}`, twoStage({ feats: THE_BUILD, pfeats: p }), { objective: bar88 }),
  ),
  ...(['parent', 'top-level section'] as const).map((h) => variant(`fourth round: build (bar 0.88) + section agreement, mates by ${h}`, sectionAgreement(h), { objective: bar88 })),
  variant('fourth round: build, a runner-up close in sum (rho chosen)', twoStage({ feats: THE_BUILD }), { objective: bar88, parameters: [0, 0.85, 0.9, 0.95], rule: closeInSum }),
  ...[0.85, 0.9, 0.95].map((r) => variant(`fourth round: build, a runner-up close in sum (rho ${r})`, twoStage({ feats: THE_BUILD }), { objective: bar88, parameters: [r], rule: closeInSum })),
  variant('fourth round: build (bar 0.88), acceptable targets as not chosen in training', twoStage({ feats: THE_BUILD, acceptableAsNegative: true }), { objective: bar88 }),
  ['fourth round: half of each plan curated', () => halfCurated('fourth round: half of each plan curated')],
  variant('fourth round: build + target prior', withTargetPrior({ feats: [...THE_BUILD, 'prior'] }), { objective: bar88 }),
  ...['words', 'bigrams', 'concepts'].flatMap((k) => (['max', 'mean'] as const).map((a) => variant(`fifth round: build + exemplar ${k} ${a}`, withExemplar(k, a, { feats: THE_BUILD }), { objective: bar88 }))),
  ...['conceptCoverage', 'margin:conceptCoverage'].map((e) => variant(`fifth round: build + ${e}`, twoStage({ feats: [...THE_BUILD, e] }), { objective: bar88 })),
  variant('fifth round: build, conceptCoverage for conceptBreadth', twoStage({ feats: ['sum', 'words', 'conceptCoverage', 'ancestor', 'cites'] }), { objective: bar88 }),
  ...(['mean', 'max'] as const).map((a) => variant(`fifth round: build + siblings ${a}`, twoStage({ feats: THE_BUILD, siblings: a }), { objective: bar88 })),
  ...[0.2, 0.35, 0.5].flatMap((g) => ([['previous build', B], ['build', THE_BUILD]] as const).map(([n, f]) => variant(`fourth round: bidirectional, gamma ${g}: ${n}`, bidirectional(g, f)))),
  ...['ancestor*words', 'ancestor*conceptBreadth', 'ancestor*sum', 'conceptBreadth*words', 'sum*words', 'sum*cites', 'words*cites', 'conceptBreadth*cites', 'ancestor*cites'].map((e) =>
    variant(`seventh round: build + ${e}`, twoStage({ feats: [...THE_BUILD, e] }), { objective: bar88 }),
  ),
  ...([['the second reading', readSecond], ['both readings', readBoth]] as const).map(([n, relabel]) =>
    variant(`fourteenth round: build trained on ${n}`, twoStage({ feats: THE_BUILD }), { objective: bar88, relabel }),
  ),
  variant('fourteenth round: build, a clause yields its first choice to a surer clause elsewhere in its plan (sure chosen)', twoStage({ feats: THE_BUILD }), { objective: bar88, parameters: [2, 0.95, 0.9, 0.8, 0.7], rule: yieldToSurer }),
  ...[0.95, 0.9, 0.8, 0.7].map((sure) => variant(`fourteenth round: build, a clause yields to a surer one (sure ${sure})`, twoStage({ feats: THE_BUILD }), { objective: bar88, parameters: [sure], rule: yieldToSurer })),
  variant('fourteenth round: build, yields renormalised (sure, below chosen)', twoStage({ feats: THE_BUILD }), {
    objective: bar88,
    parameters: [[2, 1], ...[0.95, 0.9].flatMap((sure) => [0.9, 0.8].map((below): [number, number] => [sure, below]))],
    rule: yieldToSurerRenormalised,
  }),
  ...[0.95, 0.9].flatMap((sure) => [0.9, 0.8].map((below) => variant(`fourteenth round: build, yields renormalised (sure ${sure}, below ${below})`, twoStage({ feats: THE_BUILD }), { objective: bar88, parameters: [[sure, below] as [number, number]], rule: yieldToSurerRenormalised }))),
];

const words = process.argv.slice(2);
for (const [name, run] of VARIANTS) if (!words.length || words.some((w) => name.includes(w))) run();
