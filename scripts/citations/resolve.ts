/**
 * Citation resolution, its own step before linking: each `cites[]` entry gets the corpus
 * document it names (by 文号, or by a title containing the document's title), and a document
 * whose text lacks its 文号 learns it from a citation (provenance `citation`).
 * Linear: the corpus is indexed once by 文号 and by title, and a citation's title is probed
 * only with windows of the lengths corpus titles have.
 */
import type { DocumentRecord } from '../publish/schema.ts';
import { docNumberKey, titleKey } from './keys.ts';

/** Titles shorter than this are too generic to identify a document by containment. */
const MIN_TITLE = 6;

type Cite = DocumentRecord['cites'][number];

interface CorpusIndex {
  /** Position of each document in corpus order: the first document named wins, as before. */
  order: Map<string, number>;
  byNumber: Map<string, string[]>;
  byTitle: Map<string, string[]>;
  titleLengths: number[];
}

function push(map: Map<string, string[]>, key: string, id: string) {
  const list = map.get(key);
  if (list) list.push(id);
  else map.set(key, [id]);
}

function indexCorpus(documents: DocumentRecord[]): CorpusIndex {
  const byNumber = new Map<string, string[]>();
  const byTitle = new Map<string, string[]>();
  for (const doc of documents) {
    if (doc.docNumber) push(byNumber, docNumberKey(doc.docNumber), doc.id);
    const title = titleKey(doc.title);
    if (title.length >= MIN_TITLE) push(byTitle, title, doc.id);
  }
  return {
    order: new Map(documents.map((d, i) => [d.id, i])),
    byNumber,
    byTitle,
    titleLengths: [...new Set([...byTitle.keys()].map((k) => k.length))],
  };
}

/** Every corpus document the citation names (by number or by a title its own title contains). */
function named(cite: Cite, index: CorpusIndex): string[] {
  if (cite.doc) return index.order.has(cite.doc) ? [cite.doc] : [];
  const hits = cite.docNumber ? [...(index.byNumber.get(docNumberKey(cite.docNumber)) ?? [])] : [];
  const title = titleKey(cite.title);
  for (const length of index.titleLengths) {
    for (let at = 0; at + length <= title.length; at++) hits.push(...(index.byTitle.get(title.slice(at, at + length)) ?? []));
  }
  return hits;
}

/** The document a citation resolves to: the first in corpus order that it names, never the citing one. */
export function citedDocument(cite: Cite, citing: string, index: CorpusIndex): string | null {
  let best: string | null = null;
  for (const id of named(cite, index)) {
    if (id !== citing && (best === null || index.order.get(id)! < index.order.get(best)!)) best = id;
  }
  return best;
}

/**
 * Fill `cites[].doc` and `citesByTitle[].doc`, and the 文号s learned from citations. Returns new records.
 * A 文号 learned from one citation (《title》（文号） naming a document whose text lacks it) resolves the
 * citations that give that 文号 alone too (依据国卫办医函〔2021〕538号…).
 */
export function resolveCitations(documents: DocumentRecord[]): DocumentRecord[] {
  const learned = learnedDocNumbers(documents, indexCorpus(documents));
  const numbered = documents.map((doc) =>
    learned.has(doc.id) ? { ...doc, docNumber: learned.get(doc.id)!, provenance: { ...doc.provenance, docNumber: 'citation' as const } } : doc,
  );
  const index = indexCorpus(numbered);
  const resolve = (doc: DocumentRecord) => (cite: Cite) => ({ ...cite, doc: citedDocument(cite, doc.id, index) ?? cite.doc });
  return numbered.map((doc) => ({ ...doc, cites: doc.cites.map(resolve(doc)), citesByTitle: doc.citesByTitle.map(resolve(doc)) }));
}

/** The 文号 a document without one is cited by: the first citation in corpus order that resolves to it and gives one. */
function learnedDocNumbers(documents: DocumentRecord[], index: CorpusIndex): Map<string, string> {
  const learned = new Map<string, string>();
  for (const doc of documents) {
    for (const cite of [...doc.cites, ...doc.citesByTitle]) {
      const hit = citedDocument(cite, doc.id, index);
      if (hit !== null && !documents[index.order.get(hit)!].docNumber && cite.docNumber && !learned.has(hit)) learned.set(hit, cite.docNumber);
    }
  }
  return learned;
}
