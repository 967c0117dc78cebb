/**
 * The citation network: one entry per cited document, merged across the spellings of its title
 * and 文号 (a citation that shares either key with another, or resolves to the same corpus
 * document, names the same document), with every citing document and the clause it cites in.
 */
import type { CitedDocument, ClauseRecord, DocumentRecord } from '../publish/schema.ts';
import { docNumbersIn } from '../structure/doc-number.ts';
import { coreTitleKey, docNumberKey, editionKey } from './keys.ts';

type Cite = DocumentRecord['cites'][number];

/** Union–find over string keys. */
class Groups {
  private parent = new Map<string, string>();
  find(key: string): string {
    let root = key;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root)!;
    this.parent.set(key, root);
    return root;
  }
  join(keys: string[]) {
    const [first, ...rest] = keys.map((k) => this.find(k));
    for (const k of rest) if (k !== first) this.parent.set(k, first);
  }
}

const keysOf = (cite: Cite): string[] => {
  const keys: string[] = [];
  if (cite.doc) keys.push(`doc:${cite.doc}`);
  if (cite.docNumber) keys.push(`no:${docNumberKey(cite.docNumber)}`);
  const title = coreTitleKey(cite.title);
  if (title) keys.push(`title:${title}`);
  const edition = editionKey(cite.title, cite.docNumber);
  if (edition) keys.push(`edition:${edition}`);
  return keys;
};

/** Where a document cites: 文号 → first clause whose text holds it; a title → first clause quoting it in 《》. */
function clauseFinder(clauses: ClauseRecord[]) {
  const compact = clauses.map((c) => ({ id: c.id, text: c.text.replace(/\s+/g, '') }));
  const byNumber = new Map<string, string>();
  for (const c of compact.filter((c) => c.text.includes('号'))) for (const { docNumber } of docNumbersIn(c.text)) if (!byNumber.has(docNumber)) byNumber.set(docNumber, c.id);
  return (cite: Cite): string | null =>
    (cite.docNumber && byNumber.get(cite.docNumber)) ||
    (cite.title && compact.find((c) => c.text.includes(`《${cite.title}》`))?.id) ||
    null;
}

export function citationNetwork(documents: DocumentRecord[], clauses: ClauseRecord[]): CitedDocument[] {
  const clausesByDoc = new Map<string, ClauseRecord[]>();
  for (const c of clauses) {
    const list = clausesByDoc.get(c.doc);
    if (list) list.push(c);
    else clausesByDoc.set(c.doc, [c]);
  }
  const finders = new Map<string, ReturnType<typeof clauseFinder>>();
  const finderOf = (doc: string) => {
    let finder = finders.get(doc);
    if (!finder) finders.set(doc, (finder = clauseFinder(clausesByDoc.get(doc) ?? [])));
    return finder;
  };
  const titles = new Map(documents.map((d) => [d.id, d]));

  const groups = new Groups();
  const citing = documents.flatMap((doc) => [...doc.cites, ...doc.citesByTitle].map((cite) => ({ doc, cite, keys: keysOf(cite) })));
  for (const { keys } of citing) if (keys.length) groups.join(keys);

  const entries = new Map<string, CitedDocument>();
  for (const { doc, cite, keys } of citing) {
    if (!keys.length) continue;
    const root = groups.find(keys[0]);
    let entry = entries.get(root);
    if (!entry) {
      entry = { key: '', title: null, docNumber: null, doc: null, citedBy: [] };
      entries.set(root, entry);
    }
    entry.doc ??= cite.doc;
    entry.docNumber ??= cite.docNumber;
    // The longest spelling of the title says most (the issuing notice's full name).
    if (cite.title && cite.title.length > (entry.title?.length ?? 0)) entry.title = cite.title;
    if (!entry.citedBy.some((c) => c.doc === doc.id)) entry.citedBy.push({ doc: doc.id, clause: finderOf(doc.id)(cite) });
  }
  return [...entries.values()]
    .map((entry) => ({
      ...entry,
      title: entry.title ?? (entry.doc ? titles.get(entry.doc)?.title ?? null : null),
      docNumber: entry.docNumber ?? (entry.doc ? titles.get(entry.doc)?.docNumber ?? null : null),
      key: entry.doc ?? entry.docNumber ?? coreTitleKey(entry.title),
    }))
    .sort((a, b) => b.citedBy.length - a.citedBy.length || a.key.localeCompare(b.key));
}
