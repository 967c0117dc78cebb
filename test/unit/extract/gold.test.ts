/**
 * Measures the extract stage on the gold annotations (test/fixtures/gold-extraction.json,
 * a copy of the shared gold) and prints the figures.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../scripts/pipeline.ts';
import type { ClauseRecord } from '../../../scripts/publish/schema.ts';
import { compact, originalSpan } from '../../../scripts/extract/compact.ts';
import { canonicalIn, indexBuilt, overlaps, ratio, squeeze, tallyListed, type Built } from './scoring.ts';

interface Gold {
  units: { doc: string; anchor: string; all: string[]; lead?: string[]; cooperate?: string[] }[];
  sameUnit: { doc: string; names: string[] }[];
  deadlines: { doc: string; quote: string; start?: string; endMin?: string; endMax?: string; recurring?: string }[];
  metrics: { doc: string; quote: string; value?: number; min?: number; max?: number }[];
}

const gold = JSON.parse(readFileSync(new URL('../../fixtures/gold-extraction.json', import.meta.url), 'utf8')) as Gold;
let built: Built;
let clausesByDoc: Built['clausesByDoc'];

beforeAll(async () => {
  built = indexBuilt(await buildCorpus(new URL('../../../corpus', import.meta.url).pathname));
  clausesByDoc = built.clausesByDoc;
});

const canonical = (doc: string, name: string) => canonicalIn(built, doc, name);

/** The clause whose title, or else text, without whitespace starts with the anchor. */
function clauseAt(doc: string, anchor: string): ClauseRecord | undefined {
  return clausesByDoc.get(doc)?.find((c) => squeeze(c.title ?? c.text).startsWith(anchor) || squeeze(c.text).startsWith(anchor));
}

/** Clauses holding a whitespace-free quote, with the quote's span in each clause's text. */
function quoteSpans(doc: string, quote: string): { clause: ClauseRecord; at: [number, number] }[] {
  return (clausesByDoc.get(doc) ?? []).flatMap((clause) => {
    const view = compact(clause.text);
    const i = view.text.indexOf(quote);
    return i < 0 ? [] : [{ clause, at: originalSpan(view, i, i + quote.length) }];
  });
}

const figure = (x: number) => x.toFixed(3);

describe('extract on gold-extraction.json', () => {
  it('finds the listed responsible units and their roles', () => {
    const tally = { gold: 0, found: 0, rolesRight: 0, misses: [] as string[] };
    const misses = tally.misses;
    for (const g of gold.units) tallyListed(built, g, (clauseAt(g.doc, g.anchor)?.units ?? []).filter((u) => u.role !== 'actor'), tally);
    const { gold: goldCount, found, rolesRight } = tally;
    // Precision over every listed unit of the documents the gold annotates.
    const goldDocs = new Set(gold.units.map((g) => g.doc));
    let extracted = 0;
    let correct = 0;
    for (const doc of goldDocs) {
      for (const clause of clausesByDoc.get(doc) ?? []) {
        const listed = clause.units.filter((u) => u.role !== 'actor');
        extracted += listed.length;
        const g = gold.units.find((x) => x.doc === doc && clauseAt(doc, x.anchor) === clause);
        const wanted = new Set((g?.all ?? []).map((n) => canonical(doc, n)));
        for (const u of listed) {
          if (wanted.has(u.canonical)) correct++;
          else misses.push(`${clause.id}: extra ${u.name}`);
        }
      }
    }
    const recall = ratio(found, goldCount);
    const precision = ratio(correct, extracted);
    const roles = ratio(rolesRight, found);
    console.log(`units: recall ${figure(recall)} (${found}/${goldCount}), precision ${figure(precision)} (${correct}/${extracted}), roles ${figure(roles)} (${rolesRight}/${found})`);
    if (misses.length) console.log(misses.join('\n'));
    expect(recall).toBeGreaterThanOrEqual(0.95);
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(roles).toBeGreaterThanOrEqual(0.95);
  });

  it('gives the names of one unit one canonical name', () => {
    for (const g of gold.sameUnit) {
      const names = new Set(g.names.map((n) => canonical(g.doc, n)));
      console.log(`sameUnit: ${g.names.join(' = ')} → ${[...names].join(', ')}`);
      expect(names.size).toBe(1);
    }
  });

  it('dates the deadlines', () => {
    let right = 0;
    const misses: string[] = [];
    for (const g of gold.deadlines) {
      const item = quoteSpans(g.doc, g.quote)
        .flatMap(({ clause, at }) => clause.deadlines.filter((d) => overlaps(d.at, at)))
        .at(0);
      const ok =
        item !== undefined &&
        (g.start === undefined || item.start === g.start) &&
        (g.endMin === undefined || (item.end !== null && item.end >= g.endMin)) &&
        (g.endMax === undefined || (item.end !== null && item.end <= g.endMax)) &&
        (g.recurring === undefined || item.recurring === g.recurring);
      if (ok) right++;
      else misses.push(`${g.doc} ${g.quote}: got ${JSON.stringify(item ?? null)}`);
    }
    const score = ratio(right, gold.deadlines.length);
    console.log(`deadlines: ${figure(score)} (${right}/${gold.deadlines.length})`);
    if (misses.length) console.log(misses.join('\n'));
    expect(score).toBeGreaterThanOrEqual(0.95);
  });

  it('measures the metrics', () => {
    let right = 0;
    const misses: string[] = [];
    for (const g of gold.metrics) {
      const item = quoteSpans(g.doc, g.quote)
        .flatMap(({ clause, at }) => clause.metrics.filter((m) => overlaps(m.at, at)))
        .at(0);
      const ok =
        item !== undefined &&
        (g.value === undefined || item.value === g.value) &&
        (g.min === undefined || item.min === g.min) &&
        (g.max === undefined || item.max === g.max);
      if (ok) right++;
      else misses.push(`${g.doc} ${g.quote}: got ${JSON.stringify(item ?? null)}`);
    }
    const score = ratio(right, gold.metrics.length);
    console.log(`metrics: ${figure(score)} (${right}/${gold.metrics.length})`);
    if (misses.length) console.log(misses.join('\n'));
    expect(score).toBeGreaterThanOrEqual(0.95);
  });
});
