/**
 * Scores published links against test/fixtures/gold-links.json (see its `about`):
 * a gold clause is the clause of its document whose title, or else text, with
 * whitespace removed, starts with the anchor.
 */
import { readFileSync } from 'node:fs';
import type { ClauseRecord } from '../../../scripts/publish/schema.ts';
import { findAnchor } from '../../../scripts/link/annotations.ts';

export interface Gold {
  national: string;
  targets: Record<string, string>;
  clauses: { doc: string; anchor: string; primary: string[]; acceptable: string[] }[];
}

export const readGold = (file = 'test/fixtures/gold-links.json'): Gold => JSON.parse(readFileSync(file, 'utf8'));


export interface GoldFigures {
  top1: number;
  recall: number;
  precision: number;
  published: number;
  missing: string[];
  /** one line per gold clause: anchor, what was published, what was wanted */
  report: string[];
}

export function scoreGold(gold: Gold, clauses: ClauseRecord[]): GoldFigures {
  const targetId = new Map<string, string>();
  const missing: string[] = [];
  for (const [key, anchor] of Object.entries(gold.targets)) {
    const c = findAnchor(clauses, gold.national, anchor);
    if (c) targetId.set(key, c.id);
    else missing.push(`${gold.national}: ${anchor}`);
  }
  const name = new Map([...targetId].map(([k, id]) => [id, k]));
  let withPrimary = 0, top1 = 0, primaries = 0, found = 0, published = 0, right = 0;
  const report: string[] = [];
  for (const g of gold.clauses) {
    const clause = findAnchor(clauses, g.doc, g.anchor);
    if (!clause) missing.push(`${g.doc}: ${g.anchor}`);
    const links = clause?.links ?? [];
    const primary = g.primary.map((k) => targetId.get(k));
    const ok = new Set([...primary, ...g.acceptable.map((k) => targetId.get(k))]);
    if (g.primary.length) {
      withPrimary++;
      if (links[0] && primary.includes(links[0].target)) top1++;
    }
    primaries += g.primary.length;
    found += primary.filter((t) => links.some((l) => l.target === t)).length;
    published += links.length;
    right += links.filter((l) => ok.has(l.target)).length;
    const got = links.map((l) => `${name.get(l.target) ?? l.target}:${l.score.toFixed(3)}${ok.has(l.target) ? '' : '✗'}`).join(' ');
    report.push(`${g.doc} ${g.anchor} → [${got}] want P=${g.primary.join(',') || '-'} A=${g.acceptable.join(',') || '-'}`);
  }
  return {
    top1: withPrimary ? top1 / withPrimary : 1,
    recall: primaries ? found / primaries : 1,
    precision: published ? right / published : 1,
    published,
    missing,
    report,
  };
}
