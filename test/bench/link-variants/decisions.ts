/**
 * From scored candidates to published links, on dumped rows: the build's rule (score.ts
 * publishable), the rules a variant tries instead, and the choice of their threshold, near-top
 * share and parameter on the training plans (train.ts chooseDecision's rule).
 */
import { figures, type Figures, type Labelled } from '../../../scripts/link/annotations.ts';
import { publishable } from '../../../scripts/link/score.ts';
import { NEAR_TOPS, PROBABILITIES, steadiestBest } from '../../../scripts/link/train.ts';
import { SOURCES, feature, type Scorer } from './dumped.ts';

export interface TargetScore {
  target: string;
  score: number;
}
/** Each source clause's candidates' targets with their scores. */
export type Scored = Map<string, TargetScore[]>;
/** Each source clause's published targets, best first. */
export type Links = Map<string, string[]>;

/** The candidates of the plans' clauses (of the labelled ones only, with `labels`) scored. */
export function scoredIn(score: Scorer, docs: string[], labels?: Labelled[]): Scored {
  const only = labels && new Set(labels.map((l) => l.source));
  const sources = SOURCES.filter((s) => docs.includes(s.doc) && (!only || only.has(s.id)));
  return new Map(
    sources.map((s) => {
      const p = score(s);
      return [s.id, s.cands.map((c, i) => ({ target: c.target, score: p[i] }))];
    }),
  );
}

export const figuresOf = (labels: Labelled[], links: Links) => figures(labels, (s) => links.get(s) ?? []);

/** The build's rule: above the threshold and near the best. */
export const decide = (scored: Scored, threshold: number, nearTop: number): Links =>
  new Map([...scored].map(([s, cands]) => [s, publishable(cands, { threshold, nearTop }).map((c) => c.target)]));

/** A rule with a parameter of its own, chosen with the threshold and near-top share. */
export type Rule<P> = (scored: Scored, threshold: number, nearTop: number, parameter: P) => Links;

const byScore = (cands: TargetScore[]) => [...cands].sort((a, b) => b.score - a.score);

const DOC_OF = new Map(SOURCES.map((s) => [s.id, s.doc]));

/** A link also needs r × the best probability any clause of the plan has for the same target. */
export const targetRelative: Rule<number> = (scored, threshold, nearTop, r) => {
  const best = new Map<string, number>();
  const key = (s: string, t: string) => `${DOC_OF.get(s)} ${t}`;
  for (const [s, cands] of scored) for (const c of cands) best.set(key(s, c.target), Math.max(best.get(key(s, c.target)) ?? 0, c.score));
  return new Map(
    [...scored].map(([s, cands]) => {
      const top = Math.max(0, ...cands.map((c) => c.score));
      const kept = cands.filter((c) => c.score >= threshold && c.score >= r * best.get(key(s, c.target))! && c.score >= nearTop * top);
      return [s, byScore(kept).map((c) => c.target)];
    }),
  );
};

/** The build's rule, and a runner-up also when `also(parameter, source, ranked candidates, runner-up)` holds. */
const withRunnerUp =
  (also: (parameter: number, source: string, ranked: TargetScore[], c: TargetScore) => boolean): Rule<number> =>
  (scored, threshold, nearTop, parameter) =>
    new Map(
      [...scored].map(([s, cands]) => {
        const [first, ...rest] = byScore(cands);
        if (!first || first.score < threshold) return [s, []];
        const kept = rest.filter((c) => (c.score >= threshold && c.score >= nearTop * first.score) || also(parameter, s, [first, ...rest], c));
        return [s, [first, ...kept].map((c) => c.target)];
      }),
    );

/** A runner-up that is likely given that the clause does not choose the first: p / (1 − p1) ≥ t2 (t2 < 0: never). */
export const likelySecond = withRunnerUp((t2, _, [first], c) => t2 >= 0 && c.score / Math.max(1e-12, 1 - first.score) >= t2);

/** A runner-up whose sum is at least rho × the best's (rho 0: never): the choice model sets close candidates far apart. */
const SUMS = new Map(SOURCES.map((s) => [s.id, new Map(s.cands.map((c) => [c.target, feature(c, 'sum')]))]));
export const closeInSum = withRunnerUp((rho, s, [first], c) => rho > 0 && SUMS.get(s)!.get(c.target)! >= rho * SUMS.get(s)!.get(first.target)!);

const PARENT_OF = new Map(SOURCES.map((s) => [s.id, s.parent]));
/** One clause stands inside the other (an item carries out what its clause does). */
const nested = (a: string, b: string) => a.startsWith(`${b}.`) || b.startsWith(`${a}.`);

/**
 * The build's rule, but a clause gives its first choice up for its next one when another clause of
 * its plan, under another parent and not nested with it, chooses the same target first and more
 * surely, at `sure` or above (sure > 1: never): a plan carries a national task out in one place, and
 * the surer clause is that place (明溪's 加强人才队伍建设 holds 人才队伍, so 引进优质医疗资源 does not).
 */
export const yieldToSurer: Rule<number> = (scored, threshold, nearTop, sure) => yielding(scored, threshold, nearTop, { sure, renormalise: false });

/**
 * As yieldToSurer; with `renormalise`, the clause's other candidates read as likely given that it does
 * not choose the target it gave up (p / (1 − p₁)), and it gives up only a first choice below `below`.
 */
export const yieldToSurerRenormalised: Rule<[number, number]> = (scored, threshold, nearTop, [sure, below]) => yielding(scored, threshold, nearTop, { sure, below, renormalise: true });

function yielding(scored: Scored, threshold: number, nearTop: number, { sure, below = 1, renormalise }: { sure: number; below?: number; renormalise: boolean }): Links {
  const key = (s: string, t: string) => `${DOC_OF.get(s)} ${t}`;
  const holder = new Map<string, { source: string; score: number }>();
  for (const [s, cands] of scored) {
    const [first] = byScore(cands);
    const held = first && holder.get(key(s, first.target));
    if (first && (!held || first.score > held.score)) holder.set(key(s, first.target), { source: s, score: first.score });
  }
  return new Map(
    [...scored].map(([s, cands]) => {
      let ranked = byScore(cands);
      const held = ranked[0] && holder.get(key(s, ranked[0].target));
      if (held && held.source !== s && held.score >= sure && held.score > ranked[0].score && ranked[0].score < below && PARENT_OF.get(held.source) !== PARENT_OF.get(s) && !nested(held.source, s)) {
        const given = ranked[0].score;
        ranked = ranked.slice(1).map((c) => (renormalise ? { ...c, score: c.score / Math.max(1e-12, 1 - given) } : c));
      }
      const [first, ...rest] = ranked;
      if (!first || first.score < threshold) return [s, []];
      return [s, [first, ...rest.filter((c) => c.score >= threshold && c.score >= nearTop * first.score)].map((c) => c.target)];
    }),
  );
}

/** top-1 and recall once precision reaches the bar (train.ts objective; its bar is 0.88 since the fourth round, 0.85 before). */
export const objectiveAt = (bar: number) => (f: Figures) => (f.precision >= bar ? 1 + f.top1 + f.recall : f.precision);
export const precisionWeighted = (lambda: number) => (f: Figures) => f.top1 + f.recall + lambda * f.precision;

/** The threshold, near-top share and parameter of the widest run of best objective values (its middle one), as train.ts chooseDecision. */
export function choose<P>(scored: Scored, labels: Labelled[], objective: (f: Figures) => number, rule: Rule<P>, parameters: P[]) {
  let best = { threshold: PROBABILITIES[0], nearTop: 1, parameter: parameters[0], value: -Infinity };
  for (const parameter of parameters) {
    for (const nearTop of NEAR_TOPS) {
      const { top, at } = steadiestBest(PROBABILITIES.map((t) => objective(figuresOf(labels, rule(scored, t, nearTop, parameter)))));
      if (top > best.value + 1e-9) best = { threshold: PROBABILITIES[at], nearTop, parameter, value: top };
    }
  }
  return best;
}

/** The build's rule as a rule with no parameter of its own. */
export const buildRule: Rule<null> = (scored, threshold, nearTop) => decide(scored, threshold, nearTop);
