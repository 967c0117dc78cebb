/**
 * Which documents link (a document governs them) and which are linked to (they govern a
 * document), in one pass over the corpus: each document is keyed by the places it governs
 * and the places it is governed by, the keys of `isAbove` (relation.ts). Comparing every
 * pair of documents would grow with the square of the corpus.
 */
import type { DocumentRecord } from '../publish/schema.ts';
import { RANK } from './relation.ts';

/** The key of the places a plan governs: all (national), its province, its city; null if it governs none. */
function governsKey(doc: DocumentRecord): string | null {
  if (doc.level === 'national') return 'national';
  if (doc.level === 'provincial') return doc.region.province && `province:${doc.region.province}`;
  if (doc.level === 'municipal') return doc.region.city && `city:${doc.region.city}`;
  return null;
}

/** The keys of the plans that would govern this one: national above any lower level, its province's, its city's. */
function governedByKeys(doc: DocumentRecord): { key: string; rank: number }[] {
  if (!doc.level) return [];
  const rank = RANK[doc.level];
  return [
    { key: 'national', rank: RANK.national },
    ...(doc.region.province ? [{ key: `province:${doc.region.province}`, rank: RANK.provincial }] : []),
    ...(doc.region.city ? [{ key: `city:${doc.region.city}`, rank: RANK.municipal }] : []),
  ].filter((k) => k.rank < rank);
}

export function linkRoles(docs: DocumentRecord[]): { sourceDocs: Set<string>; targetDocs: Set<string> } {
  const governing = new Set(docs.map(governsKey).filter((k): k is string => k !== null));
  const governed = new Set(docs.flatMap((d) => governedByKeys(d).map((k) => k.key)));
  const sourceDocs = new Set(docs.filter((d) => governedByKeys(d).some((k) => governing.has(k.key))).map((d) => d.id));
  const targetDocs = new Set(docs.filter((d) => governed.has(governsKey(d) ?? '')).map((d) => d.id));
  return { sourceDocs, targetDocs };
}
