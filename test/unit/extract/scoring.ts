/** What the extraction gold tests share: the built corpus by document, and unit names as the pipeline names them. */
import type { ClauseRecord, DocumentRecord, Unit } from '../../../scripts/publish/schema.ts';
import { canonicalUnit, countyLevel } from '../../../scripts/extract/unit-names.ts';

export interface Built {
  documents: Map<string, DocumentRecord>;
  clausesByDoc: Map<string, ClauseRecord[]>;
}

export function indexBuilt(corpus: { documents: DocumentRecord[]; clauses: ClauseRecord[] }): Built {
  const clausesByDoc = new Map<string, ClauseRecord[]>();
  for (const c of corpus.clauses) clausesByDoc.set(c.doc, [...(clausesByDoc.get(c.doc) ?? []), c]);
  return { documents: new Map(corpus.documents.map((d) => [d.id, d])), clausesByDoc };
}

/** A unit's canonical name in a document, at its county's level. */
export function canonicalIn(built: Built, doc: string, name: string): string {
  const county = built.documents.get(doc)?.region.county ?? null;
  return canonicalUnit(name, { level: countyLevel(county), county }).canonical;
}

export const squeeze = (s: string) => s.replace(/\s/g, '');
export const overlaps = (a: [number, number], b: [number, number]) => a[0] < b[1] && a[1] > b[0];
export const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d);

export interface UnitsGold {
  doc: string;
  anchor: string;
  all: string[];
  lead?: string[];
  cooperate?: string[];
  /** The units of a members list's posts (组长：张某 县政府副县长 → 县政府), role `member` (the eighth set on). */
  member?: string[];
}

/** Counts the gold's listed units found among a clause's listed units and those found in the gold's role; notes each miss. */
export function tallyListed(built: Built, g: UnitsGold, listed: Unit[], tally: { gold: number; found: number; rolesRight: number; misses: string[] }): void {
  for (const name of g.all) {
    tally.gold++;
    const unit = listed.find((u) => u.canonical === canonicalIn(built, g.doc, name));
    if (!unit) {
      tally.misses.push(`${g.doc} ${g.anchor}: missing ${name}`);
      continue;
    }
    tally.found++;
    const role = g.lead?.includes(name) ? 'lead' : g.cooperate?.includes(name) ? 'cooperate' : g.member?.includes(name) ? 'member' : 'responsible';
    if (unit.role === role) tally.rolesRight++;
    else tally.misses.push(`${g.doc} ${g.anchor}: ${name} is ${unit.role}, gold ${role}`);
  }
}
