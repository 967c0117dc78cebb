/**
 * Link annotations (test/fixtures/gold-links.json and hand-links.json): which
 * national clauses a careful reader links each annotated county clause to.
 * A clause is named by its anchor: the clause of its document whose title (or
 * else text), whitespace removed, starts with the anchor. primary: links the
 * reader insists on; acceptable: also defensible; any other link is wrong.
 * Read by the training script and the leave-one-document-out benchmark.
 */
import { readFileSync } from 'node:fs';
import type { ClauseRecord } from '../publish/schema.ts';
import { keptPairs, type Curation, type CuratedPair } from './curation.ts';

/** The committed annotations: the project's gold (two plans) and a second reading of two more. */
export const ANNOTATIONS = ['test/fixtures/gold-links.json', 'test/fixtures/hand-links.json'];
/** A second, blind reading of the same clauses: not trained on by the build, a check of the first (docs/links.md, "Two readings"). */
export const SECOND_READING = 'test/fixtures/second-reading-links.json';

export interface Annotations {
  national: string;
  targets: Record<string, string>;
  clauses: { doc: string; anchor: string; primary: string[]; acceptable: string[] }[];
}

/** One annotated clause, resolved to clause ids. */
export interface Labelled {
  doc: string;
  anchor: string;
  source: string;
  primary: string[];
  acceptable: string[];
  /** the documents above the clause its labels were read against: where it chose its primary links or none */
  against: string[];
}

export const readAnnotations = (file: string): Annotations => JSON.parse(readFileSync(file, 'utf8'));

const squash = (s: string) => s.replace(/\s+/g, '');

export function findAnchor(clauses: ClauseRecord[], doc: string, anchor: string): ClauseRecord | undefined {
  return clauses.find((c) => c.doc === doc && squash(c.title ?? c.text).startsWith(squash(anchor)));
}

/** The annotated clauses found in `clauses`, and the anchors that were not. */
export function resolveAnnotations(sets: Annotations[], clauses: ClauseRecord[]): { labelled: Labelled[]; missing: string[] } {
  const labelled: Labelled[] = [];
  const missing: string[] = [];
  for (const set of sets) {
    const targetId = new Map<string, string>();
    for (const [key, anchor] of Object.entries(set.targets)) {
      const c = findAnchor(clauses, set.national, anchor);
      if (c) targetId.set(key, c.id);
      else missing.push(`${set.national}: ${anchor}`);
    }
    const ids = (keys: string[]) => keys.map((k) => targetId.get(k)).filter((id): id is string => !!id);
    for (const g of set.clauses) {
      const c = findAnchor(clauses, g.doc, g.anchor);
      if (!c) missing.push(`${g.doc}: ${g.anchor}`);
      else labelled.push({ doc: g.doc, anchor: g.anchor, source: c.id, primary: ids(g.primary), acceptable: ids(g.acceptable), against: [set.national] });
    }
  }
  return { labelled, missing };
}

/**
 * A researcher's link decisions (corpus/links.curated.yaml) read as annotations, so that
 * `npm run link:train` learns from the plans researchers curate as well: a clause's confirmed and
 * added links are its primary links; a clause whose decisions are only rejections carries out
 * none of the higher clauses (a researcher who knew the right one would have added it). Decisions
 * naming a clause this corpus lacks are left out (the build names them in its messages).
 */
export function curatedLabels(curation: Curation, clauses: ClauseRecord[]): Labelled[] {
  const byId = new Map(clauses.map((c) => [c.id, c]));
  const known = (p: CuratedPair) => byId.has(p.source) && byId.has(p.target);
  const kept = Map.groupBy(keptPairs(curation).kept.filter(({ pair }) => known(pair)), ({ pair }) => pair.source);
  const decided = Map.groupBy([...curation.confirm, ...curation.add, ...curation.reject].filter(known), (p) => p.source);
  return [...decided].map(([source, pairs]) => {
    const c = byId.get(source)!;
    const against = [...new Set(pairs.map((p) => byId.get(p.target)!.doc))];
    return { doc: c.doc, anchor: c.title ?? source, source, primary: (kept.get(source) ?? []).map(({ pair }) => pair.target), acceptable: [], against };
  });
}

export interface Figures {
  /** share of clauses with a primary link whose first link is primary */
  top1: number;
  /** share of primary links published */
  recall: number;
  /** share of published links that are primary or acceptable */
  precision: number;
  published: number;
}

/** Top-1, primary recall and precision of published links (targets best first) on labelled clauses. */
export function figures(labelled: Labelled[], linksOf: (source: string) => string[]): Figures {
  let withPrimary = 0, top1 = 0, primaries = 0, found = 0, published = 0, right = 0;
  for (const g of labelled) {
    const links = linksOf(g.source);
    const ok = new Set([...g.primary, ...g.acceptable]);
    if (g.primary.length) {
      withPrimary++;
      if (links.length && g.primary.includes(links[0])) top1++;
    }
    primaries += g.primary.length;
    found += g.primary.filter((t) => links.includes(t)).length;
    published += links.length;
    right += links.filter((t) => ok.has(t)).length;
  }
  return {
    top1: withPrimary ? top1 / withPrimary : 1,
    recall: primaries ? found / primaries : 1,
    precision: published ? right / published : 1,
    published,
  };
}
