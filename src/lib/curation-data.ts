/**
 * What the curation tools need from the published data at build time: the decisions the
 * build applied (data/curation.json) and the higher-level clauses a link can point to.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { curationFileSchema, type AppliedCuration } from '../../scripts/publish/schema.ts';
import { dataDir, documentById, loadClauses, loadDocuments, type ClauseRecord } from './data.ts';
import { clauseReference, docLabel } from './labels.ts';

export function loadAppliedCuration(): AppliedCuration {
  const file = join(dataDir(), 'curation.json');
  return existsSync(file) ? curationFileSchema.parse(JSON.parse(readFileSync(file, 'utf8'))) : { confirm: [], reject: [], add: [] };
}

/** Clauses of the documents other plans carry out (national, provincial, municipal), labelled for the picker. */
export function curationTargets(): { id: string; label: string }[] {
  // Every reader page asks; the data do not change during a build, so the list is made once.
  return (targets ??= (() => {
    const higher = new Map(loadDocuments().filter((d) => d.level && d.level !== 'county').map((d) => [d.id, d]));
    return loadClauses()
      .filter((c) => higher.has(c.doc))
      .map((c) => ({ id: c.id, label: `${clauseReference(c)}（${docLabel(higher.get(c.doc)!)}）` }));
  })());
}
let targets: { id: string; label: string }[] | undefined;

/** Can a researcher add a link from this clause? It must be in a plan below another level. */
export function canLinkFrom(clause: ClauseRecord): boolean {
  const level = documentById(clause.doc)?.level;
  return !!level && level !== 'national';
}
