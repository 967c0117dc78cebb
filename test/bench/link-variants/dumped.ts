/**
 * The features dump.ts wrote, and what a variant reads of a clause's candidates: the dumped
 * features, columns derived from them at the clause level, and columns a method computes itself
 * (the parent's probability, the siblings'…). Fitting and scoring are model.ts's.
 */
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Labelled } from '../../../scripts/link/annotations.ts';
import { choiceProbabilities, fitChoiceByClass, type ChoiceFitting, type ChoiceModel } from '../../../scripts/link/model.ts';

export interface Candidate {
  target: string;
  /** the dumped features, in the order of `Dump.names` */
  x: number[];
  /** the target's index in the parent's pass (`calls`), -1 without a parent */
  idx: number;
}

export interface Source {
  id: string;
  doc: string;
  parent: string | null;
  text: string;
  /** the parent's pass in `calls`, -1 without a parent */
  call: number;
  cands: Candidate[];
}

/** per kind (words, bigrams, concepts), source, target and other annotated plan: the best cosine with that plan's clauses linked to the target */
type Exemplars = Record<string, Record<string, Record<string, Record<string, number>>>>;

interface Dump {
  names: string[];
  labelled: Labelled[];
  /** the second, blind reading of the same clauses (annotations.ts SECOND_READING) */
  secondReading: Labelled[];
  sources: Source[];
  /** each parent clause's features against every target */
  calls: number[][][];
  exemplars: Exemplars;
}

const dump: Dump = JSON.parse(readFileSync(join(tmpdir(), 'link-features.json'), 'utf8'));
export const { labelled: LABELLED, secondReading: SECOND_READING_LABELS, sources: SOURCES, exemplars: EXEMPLARS } = dump;
const FEATURE_INDEX = new Map(dump.names.map((n, i) => [n, i]));
/** The annotated plans, in the order of the annotations. */
export const DOCS = [...new Set(LABELLED.map((l) => l.doc))];
export const CHILDREN = Map.groupBy(SOURCES.filter((s) => s.parent), (s) => s.parent!);

export const labelledIn = (docs: string[], labels = LABELLED) => labels.filter((l) => docs.includes(l.doc));
export const docsOf = (labels: Labelled[]) => [...new Set(labels.map((l) => l.doc))];
export const feature = (c: Candidate, name: string) => c.x[FEATURE_INDEX.get(name)!];

/** The parent's pass read as a source of its own: the parent clause against every target. */
export const parentPass = (call: number): Source => ({ id: '', doc: '', parent: null, text: '', call: -1, cands: dump.calls[call].map((x) => ({ target: '', x, idx: -1 })) });

/** A column a method computes itself, by name. */
export type Column = (s: Source) => number[];
export type Columns = Record<string, Column>;

const max = (v: number[]) => Math.max(...v);
const constant = (s: Source, v: number) => s.cands.map(() => v);

/**
 * One column of a clause's candidates: a method's own, a dumped feature, or one derived at the
 * clause level: max:f (the clause's best), margin:f (over the best other candidate), share:f (of
 * the best), isbest:f; f*g a product of two columns (an interaction); ancmax, hasparent, ncand and len
 * (log length) are the clause's.
 */
function column(s: Source, name: string, own: Columns): number[] {
  if (own[name]) return own[name](s);
  if (FEATURE_INDEX.has(name)) return s.cands.map((c) => feature(c, name));
  if (name.includes('*')) {
    const factors = name.split('*').map((f) => column(s, f, own));
    return s.cands.map((_, i) => factors.reduce((p, f) => p * f[i], 1));
  }
  const [op, of] = name.split(/:(.*)/);
  const v = () => column(s, of, own);
  switch (op) {
    case 'max': return constant(s, max(v()));
    case 'margin': {
      const values = v();
      const [first, second] = [...values].sort((a, b) => b - a);
      return values.length === 1 ? values : values.map((x) => (x >= first ? x - second : x - first));
    }
    case 'share': {
      const values = v();
      const best = max(values);
      return values.map((x) => (best > 0 ? x / best : 0));
    }
    case 'isbest': {
      const values = v();
      const best = max(values);
      return values.map((x) => Number(x >= best));
    }
    case 'ancmax': return constant(s, max(column(s, 'ancestor', own)));
    case 'hasparent': return constant(s, Number(s.call >= 0));
    case 'ncand': return constant(s, Math.log(s.cands.length));
    case 'len': return constant(s, Math.log([...s.text].length + 1));
  }
  throw new Error(`unknown column ${name}`);
}

/** A clause's candidates as rows of the named columns. */
export function rows(s: Source, names: readonly string[], own: Columns = {}): number[][] {
  const columns = names.map((n) => column(s, n, own));
  return s.cands.map((_, i) => columns.map((c) => c[i]));
}

const records = (s: Source, names: readonly string[], own: Columns) => rows(s, names, own).map((r) => Object.fromEntries(names.map((n, i) => [n, r[i]])));

/** Probabilities of a clause's candidates. */
export type Scorer = (s: Source) => number[];
export const scorer = (m: ChoiceModel, own: Columns = {}): Scorer => (s) => choiceProbabilities(records(s, m.features, own), m);

export interface Training extends Omit<ChoiceFitting, 'classes'> {
  /** acceptable targets stay in the choice as not chosen (a clause with only acceptable targets is left out); by default they are left out of it */
  acceptableAsNegative?: boolean;
  /** a class for each clause, each class with a "none" of its own */
  classOf?: (g: { source: Source; label: Labelled }) => string;
}

/** One choice group per labelled clause (train.ts trainChoice, on dumped rows), with its clause and label. */
function choiceGroups(train: Labelled[], names: readonly string[], own: Columns, acceptableAsNegative = false) {
  const label = new Map(train.map((l) => [l.source, l]));
  return SOURCES.flatMap((source) => {
    const l = label.get(source.id);
    if (!l || (acceptableAsNegative && !l.primary.length && l.acceptable.length)) return [];
    const x = rows(source, names, own);
    const kept = source.cands.flatMap((c, i) => (acceptableAsNegative || !l.acceptable.includes(c.target) ? [i] : []));
    const chosen = kept.flatMap((i, j) => (l.primary.includes(source.cands[i].target) ? [j] : []));
    return [{ xs: kept.map((i) => x[i]), chosen: chosen.length ? chosen : [-1], source, label: l }];
  });
}

/** The choice model over the named columns fitted on the training clauses: each class's none, and the model with a given none. */
export function fitByClass(train: Labelled[], names: readonly string[], own: Columns = {}, { acceptableAsNegative, classOf, ...fitting }: Training = {}) {
  const groups = choiceGroups(train, names, own, acceptableAsNegative);
  const { weights, nones, mean, sd } = fitChoiceByClass(groups, names, { ...fitting, classes: classOf && groups.map(classOf) });
  return { nones, withNone: (none: number): ChoiceModel => ({ features: [...names], weights, none, mean, sd }) };
}

/** The choice model with one none for all clauses. */
export function fit(train: Labelled[], names: readonly string[], own: Columns = {}, training: Training = {}): ChoiceModel {
  const { nones, withNone } = fitByClass(train, names, own, training);
  return withNone([...nones.values()][0]);
}
