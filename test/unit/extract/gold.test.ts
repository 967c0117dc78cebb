/**
 * Measures the extract stage on the gold annotations (test/fixtures/gold-extraction.json,
 * a copy of the shared gold) and prints the figures.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../scripts/pipeline.ts';
import type { ClauseRecord, DocumentRecord } from '../../../scripts/publish/schema.ts';
import { compact, originalSpan } from '../../../scripts/extract/compact.ts';
import { canonicalUnit, countyLevel } from '../../../scripts/extract/unit-names.ts';

interface Gold {
  units: { doc: string; anchor: string; all: string[]; lead?: string[]; cooperate?: string[] }[];
  sameUnit: { doc: string; names: string[] }[];
  deadlines: { doc: string; quote: string; start?: string; endMin?: string; endMax?: string; recurring?: string }[];
  metrics: { doc: string; quote: string; value?: number; min?: number; max?: number }[];
}

const gold = JSON.parse(readFileSync(new URL('../../fixtures/gold-extraction.json', import.meta.url), 'utf8')) as Gold;
const squeeze = (s: string) => s.replace(/\s/g, '');

let documents: Map<string, DocumentRecord>;
let clausesByDoc: Map<string, ClauseRecord[]>;

beforeAll(async () => {
  const corpus = await buildCorpus(new URL('../../../corpus', import.meta.url).pathname);
  documents = new Map(corpus.documents.map((d) => [d.id, d]));
  clausesByDoc = new Map();
  for (const c of corpus.clauses) clausesByDoc.set(c.doc, [...(clausesByDoc.get(c.doc) ?? []), c]);
});

function canonical(doc: string, name: string): string {
  const county = documents.get(doc)?.region.county ?? null;
  return canonicalUnit(name, { level: countyLevel(county), county }).canonical;
}

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

const overlaps = (a: [number, number], b: [number, number]) => a[0] < b[1] && a[1] > b[0];
const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d);
const figure = (x: number) => x.toFixed(3);

describe('extract on gold-extraction.json', () => {
  it('finds the listed responsible units and their roles', () => {
    let goldCount = 0;
    let found = 0;
    let rolesRight = 0;
    const misses: string[] = [];
    for (const g of gold.units) {
      const clause = clauseAt(g.doc, g.anchor);
      const listed = (clause?.units ?? []).filter((u) => u.role !== 'actor');
      for (const name of g.all) {
        goldCount++;
        const unit = listed.find((u) => u.canonical === canonical(g.doc, name));
        if (!unit) {
          misses.push(`${g.doc} ${g.anchor}: missing ${name}`);
          continue;
        }
        found++;
        const role = g.lead?.includes(name) ? 'lead' : g.cooperate?.includes(name) ? 'cooperate' : 'responsible';
        if (unit.role === role) rolesRight++;
        else misses.push(`${g.doc} ${g.anchor}: ${name} is ${unit.role}, gold ${role}`);
      }
    }
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
