/**
 * The site's only door to the published data: build/data (or SITE_DATA_DIR),
 * validated once against the data contract and cached for the whole build.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  clausesFileSchema,
  documentsFileSchema,
  type ClauseRecord,
  type DocumentRecord,
} from '../../scripts/publish/schema.ts';

export type { ClauseRecord, DocumentRecord, Unit, Deadline, Metric, Link } from '../../scripts/publish/schema.ts';

/** Folder holding documents.json, clauses.json and the CSVs. */
export function dataDir(): string {
  return process.env.SITE_DATA_DIR ?? join('build', 'data');
}

/** Folder holding the decoded source texts (<id>.txt), beside the data folder. */
export function sourceDir(): string {
  return process.env.SITE_SOURCE_DIR ?? join(dataDir(), '..', 'source');
}

/**
 * The ids of the published documents, in order, read without validating or indexing anything:
 * for the build's integrations (src/search-index/, src/published-files/), which run in a module
 * copy of their own and need no more.
 */
export function documentIds(): string[] {
  return (JSON.parse(readFileSync(join(dataDir(), 'documents.json'), 'utf8')) as { id: string }[]).map((d) => d.id);
}

interface Index {
  documents: DocumentRecord[];
  clauses: ClauseRecord[];
  documentsById: Map<string, DocumentRecord>;
  clausesById: Map<string, ClauseRecord>;
  clausesByDoc: Map<string, ClauseRecord[]>;
  childrenByParent: Map<string, ClauseRecord[]>;
}

let cached: Index | undefined;

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(join(dataDir(), file), 'utf8'));
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function index(): Index {
  if (cached) return cached;
  const documents = documentsFileSchema.parse(readJson('documents.json'));
  const clauses = clausesFileSchema.parse(readJson('clauses.json'));
  const clausesByDoc = new Map<string, ClauseRecord[]>();
  const childrenByParent = new Map<string, ClauseRecord[]>();
  for (const clause of clauses) {
    pushTo(clausesByDoc, clause.doc, clause);
    if (clause.parent) pushTo(childrenByParent, clause.parent, clause);
  }
  cached = {
    documents,
    clauses,
    documentsById: new Map(documents.map((d) => [d.id, d])),
    clausesById: new Map(clauses.map((c) => [c.id, c])),
    clausesByDoc,
    childrenByParent,
  };
  return cached;
}

/** All documents, in published order. */
export function loadDocuments(): DocumentRecord[] {
  return index().documents;
}

/** All clauses of all documents, in published (reading) order. */
export function loadClauses(): ClauseRecord[] {
  return index().clauses;
}

/** The clauses of one document in reading order ([] for an unknown id). */
export function clausesOf(docId: string): ClauseRecord[] {
  return index().clausesByDoc.get(docId) ?? [];
}

export function documentById(id: string): DocumentRecord | undefined {
  return index().documentsById.get(id);
}

export function clauseById(id: string): ClauseRecord | undefined {
  return index().clausesById.get(id);
}

/** Direct children of a clause, in reading order. */
export function childrenOf(clauseId: string): ClauseRecord[] {
  return index().childrenByParent.get(clauseId) ?? [];
}

/** Top-level clauses of a document (parent null), in reading order. */
export function rootsOf(docId: string): ClauseRecord[] {
  return clausesOf(docId).filter((c) => c.parent === null);
}
