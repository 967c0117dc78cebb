/**
 * A learned scoring model, measured by the leave-one-document-out benchmark
 * against the hand-set sum (score.ts): a logistic regression over a pair's
 * features (features.ts), its score a probability that a careful reader would
 * draw the link. Not the build's scorer yet — see docs/links.md for why.
 */
import { DOCUMENT_FACTS, FEATURES, type PairFeatures } from './features.ts';

export interface Model {
  /** feature names, in the order of `weights` */
  features: string[];
  weights: number[];
  bias: number;
  /** a link is published when its probability is at least this */
  threshold: number;
  /** a further link to the same higher document must score at least this share of the best one */
  nearTop: number;
}

export const vectorOf = (f: PairFeatures | Record<string, number>, names: readonly string[] = FEATURES) => names.map((n) => (f as Record<string, number>)[n]);

export function probability(f: PairFeatures | Record<string, number>, model: Model): number {
  const x = vectorOf(f, model.features);
  return sigmoid(model.bias + x.reduce((sum, v, i) => sum + v * model.weights[i], 0));
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export interface Example {
  x: number[];
  y: 0 | 1;
}

/**
 * L2-regularised logistic regression by Newton's method (IRLS): a handful of
 * features and a few thousand pairs, so it converges in a few steps and the
 * result is the same on every machine.
 */
export function fitLogistic(examples: Example[], l2 = 1): { weights: number[]; bias: number } {
  const d = (examples[0]?.x.length ?? 0) + 1;
  let w = new Array<number>(d).fill(0);
  const row = (e: Example) => [1, ...e.x];
  for (let step = 0; step < 50; step++) {
    const grad = new Array<number>(d).fill(0);
    const hess = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    for (const e of examples) {
      const x = row(e);
      const p = sigmoid(x.reduce((s, v, i) => s + v * w[i], 0));
      for (let i = 0; i < d; i++) {
        grad[i] += (p - e.y) * x[i];
        for (let j = 0; j < d; j++) hess[i][j] += p * (1 - p) * x[i] * x[j];
      }
    }
    for (let i = 1; i < d; i++) {
      grad[i] += l2 * w[i];
      hess[i][i] += l2;
    }
    hess[0][0] += 1e-9;
    const delta = solve(hess, grad);
    w = w.map((v, i) => v - delta[i]);
    if (Math.max(...delta.map(Math.abs)) < 1e-8) break;
  }
  return { bias: w[0], weights: w.slice(1) };
}

/** Gaussian elimination with partial pivoting: A x = b. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((r, i) => [...r, b[i]]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[p][c])) p = r;
    [m[c], m[p]] = [m[p], m[c]];
    for (let r = c + 1; r < n; r++) {
      const k = m[r][c] / m[c][c];
      for (let j = c; j <= n; j++) m[r][j] -= k * m[c][j];
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = m[r][n];
    for (let j = r + 1; j < n; j++) s -= m[r][j] * x[j];
    x[r] = s / m[r][r];
  }
  return x;
}

/** The listwise model's weights: a candidate's utility is w·x; "none" has utility `none`. */
export interface ChoiceModel {
  features: string[];
  weights: number[];
  none: number;
  /** feature means and spreads the weights were fitted on (standardised features) */
  mean: number[];
  sd: number[];
}

/** Probability of each candidate being the clause's choice, against the others and "none". */
export function choiceProbabilities(candidates: (PairFeatures | Record<string, number>)[], m: ChoiceModel): number[] {
  const u = candidates.map((f) => vectorOf(f, m.features).reduce((s, v, i) => s + ((v - m.mean[i]) / m.sd[i]) * m.weights[i], 0));
  const top = Math.max(m.none, ...u);
  const z = Math.exp(m.none - top) + u.reduce((s, v) => s + Math.exp(v - top), 0);
  return u.map((v) => Math.exp(v - top) / z);
}

/** Conditional logit by gradient ascent on standardised features, L2 on the weights (not on the documents' facts, which act as "none" does). */
export function fitChoice(groups: ChoiceGroup[], features: readonly string[], l2 = 1): ChoiceModel {
  const { weights, nones, mean, sd } = fitChoiceByClass(groups, features, { l2 });
  return { features: [...features], weights, none: nones.get(ONE_CLASS)!, mean, sd };
}

/** A clause's candidates (feature vectors) and the indices of those it chooses (-1: none). */
export interface ChoiceGroup {
  xs: number[][];
  chosen: number[];
}

export interface ChoiceFitting {
  l2?: number;
  /** the features whose weights are not shrunk (by default the documents' facts) */
  unshrunk?: readonly string[];
  /** each group's class (a plan, a relation to the document above): each class has a "none" of its own */
  classes?: readonly string[];
}

const ONE_CLASS = '';

/** fitChoice, with a "none" for each class of groups (`nones`; fitChoice's is the one of a single class). */
export function fitChoiceByClass(groups: ChoiceGroup[], features: readonly string[], { l2 = 1, unshrunk = DOCUMENT_FACTS, classes }: ChoiceFitting = {}) {
  const all = groups.flatMap((g) => g.xs);
  const k = features.length;
  const mean = Array.from({ length: k }, (_, i) => all.reduce((s, x) => s + x[i], 0) / Math.max(1, all.length));
  const sd = Array.from({ length: k }, (_, i) => Math.sqrt(all.reduce((s, x) => s + (x[i] - mean[i]) ** 2, 0) / Math.max(1, all.length)) || 1);
  // standardised, each group's rows in one flat array: the fit runs 2000 steps over every group
  const z = groups.map((g) => ({ chosen: g.chosen, rows: g.xs.length, xs: Float64Array.from(g.xs.flatMap((x) => x.map((v, i) => (v - mean[i]) / sd[i]))) }));
  const names = [...new Set(classes ?? [ONE_CLASS])].sort();
  const classOf = groups.map((_, g) => names.indexOf(classes?.[g] ?? ONE_CLASS));
  const w = new Array<number>(k).fill(0);
  const shrunk = features.map((f) => (unshrunk.includes(f) ? 0 : l2));
  const nones = names.map(() => 0);
  const rate = 0.05;
  const u = new Float64Array(Math.max(0, ...z.map((g) => g.rows)));
  const e = new Float64Array(u.length);
  for (let step = 0; step < 2000; step++) {
    const gw = w.map((v, i) => -shrunk[i] * v);
    const gn = names.map(() => 0);
    for (let g = 0; g < z.length; g++) {
      const { xs, chosen, rows } = z[g];
      const none = nones[classOf[g]];
      let top = none;
      for (let j = 0; j < rows; j++) {
        let sum = 0;
        for (let i = 0; i < k; i++) sum += xs[j * k + i] * w[i];
        u[j] = sum;
        top = Math.max(top, sum);
      }
      let sumE = 0;
      for (let j = 0; j < rows; j++) sumE += e[j] = Math.exp(u[j] - top);
      const en = Math.exp(none - top);
      const total = en + sumE;
      for (const c of chosen) {
        // gradient of log p(chosen): x_chosen − E[x]
        if (c >= 0) for (let i = 0; i < k; i++) gw[i] += xs[c * k + i];
        else gn[classOf[g]] += 1;
        for (let j = 0; j < rows; j++) {
          const p = e[j] / total;
          for (let i = 0; i < k; i++) gw[i] -= p * xs[j * k + i];
        }
        gn[classOf[g]] -= en / total;
      }
    }
    w.forEach((_, i) => (w[i] += (rate * gw[i]) / z.length));
    // a class's none learns from its share of the groups: its step is scaled up by the number of classes
    nones.forEach((_, c) => (nones[c] += ((rate * gn[c]) / z.length) * names.length));
  }
  return { weights: w, nones: new Map(names.map((name, c) => [name, nones[c]])), mean, sd };
}
