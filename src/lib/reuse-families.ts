/**
 * Plan families: plans below the national level that share wording, found by weighted label
 * propagation over the reuse records (each plan takes the family its partners weigh most in),
 * so a plan spliced from two families joins one of them instead of fusing them into a hairball.
 * The national plan is every family's common source and stays outside. Pure.
 */
import type { DocumentRecord, ReusePair } from '../../scripts/publish/schema.ts';

export interface Family {
  /** Members, earliest first (the likely origin of the family's wording), undated last. */
  members: string[];
  /** Share of a member's text shared with another member: `${row}→${col}` → share. */
  shares: Map<string, number>;
}

/** Pairs sharing less than this fraction of either text are no family tie. */
export const FAMILY_MIN_SHARE = 0.02;

export function planFamilies(records: ReusePair[], docsById: Map<string, DocumentRecord>, minShare = FAMILY_MIN_SHARE): Family[] {
  const inFamily = (id: string) => docsById.get(id)?.level !== 'national';
  const shares = new Map<string, number>();
  const neighbours = new Map<string, Map<string, number>>();
  for (const r of records) {
    if (!inFamily(r.source) || !inFamily(r.target)) continue;
    shares.set(`${r.source}→${r.target}`, r.share);
    shares.set(`${r.target}→${r.source}`, r.targetShare);
    const weight = Math.max(r.share, r.targetShare);
    if (weight < minShare) continue;
    for (const [a, b] of [[r.source, r.target], [r.target, r.source]]) {
      const map = neighbours.get(a) ?? new Map<string, number>();
      map.set(b, weight);
      neighbours.set(a, map);
    }
  }
  const nodes = [...neighbours.keys()].sort();
  const label = new Map(nodes.map((n) => [n, n]));
  for (let round = 0; round < 30; round++) {
    let changed = false;
    for (const node of nodes) {
      const weights = new Map<string, number>();
      for (const [other, w] of neighbours.get(node)!) weights.set(label.get(other)!, (weights.get(label.get(other)!) ?? 0) + w);
      weights.set(label.get(node)!, (weights.get(label.get(node)!) ?? 0) + 1e-9); // stay on a tie
      const best = [...weights].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
      if (best !== label.get(node)) {
        label.set(node, best);
        changed = true;
      }
    }
    if (!changed) break;
  }
  const groups = new Map<string, string[]>();
  for (const node of nodes) {
    const group = groups.get(label.get(node)!);
    if (group) group.push(node);
    else groups.set(label.get(node)!, [node]);
  }
  const date = (id: string) => docsById.get(id)?.date ?? '9999';
  return [...groups.values()]
    .filter((members) => members.length > 1)
    .map((members) => ({ members: members.sort((a, b) => date(a).localeCompare(date(b)) || a.localeCompare(b)), shares }))
    .sort((a, b) => b.members.length - a.members.length || a.members[0].localeCompare(b.members[0]));
}

/** The members a family's matrix shows: the `limit` most tied to the rest, kept in date order. */
export function matrixMembers(family: Family, limit: number): string[] {
  if (family.members.length <= limit) return family.members;
  // Each member's tie once: a sort calls its comparator n log n times.
  const tie = new Map(family.members.map((a) => [a, family.members.reduce((sum, b) => sum + (family.shares.get(`${a}→${b}`) ?? 0), 0)]));
  const chosen = new Set([...family.members].sort((a, b) => tie.get(b)! - tie.get(a)!).slice(0, limit));
  return family.members.filter((m) => chosen.has(m));
}

/** A family's page lists every member; the families page, past this many, counts them by province and links there. */
export const LISTED_MEMBERS = 60;

/** A family's members by province (provinces in the order of their first member; members keep the family's date order). */
export function membersByProvince(members: readonly string[], provinceOf: (id: string) => string): [string, string[]][] {
  return [...Map.groupBy(members, provinceOf)];
}
