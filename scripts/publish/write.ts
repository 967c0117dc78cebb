/**
 * The publish stage: validate against the data contract, then write JSON and CSV tables,
 * the decoded sources (for a PDF, Word file, web page or OFD: the text extracted from it), the
 * originals of documents not given as text (original/<id>.<ext>) and the normalised Markdown
 * into the build folder.
 */
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import type { Corpus } from '../pipeline.ts';
import { clausesFileSchema, curationFileSchema, documentsFileSchema, type ClauseRecord, type DocumentRecord } from './schema.ts';
import { citationsFileSchema, reuseFileSchema } from './schema.ts';
import { RecordFiles } from './record-files.ts';
import { clausesTable, documentsTable, longTables, rowOf, type CsvTable } from './csv-tables.ts';
import { dataPackage } from './data-package.ts';
import { originalName } from '../ingest/provenance.ts';

/** What linking does not change: published while the plans are being linked (see `publication`). */
export type UnlinkedParts = Pick<Corpus, 'reuse' | 'citations' | 'sources' | 'markdown' | 'originals'>;

export function publish(corpus: Corpus, outDir: string): void {
  publication(outDir).finish(corpus);
}

/**
 * Publishing in two steps: `unlinked` writes what linking does not change (reuse, citations, the
 * sources and the normalised Markdown), so that the build can do it while the link workers run;
 * `finish` writes the documents, clauses and curation, then puts the data files in place.
 */
export function publication(outDir: string) {
  const dataDir = join(outDir, 'data');
  // Only the folders written here are renewed (the per-document cache beside them stays): files are
  // written over, and what an earlier build wrote that this one did not is removed afterwards —
  // cheaper at thousands of files than emptying the folders first.
  const written = new Set<string>();
  const writeFile = (path: string, content: string) => {
    writeFileSync(path, content);
    written.add(path);
  };
  const folders = [dataDir, join(dataDir, 'docs'), join(outDir, 'source'), join(outDir, 'normalised'), join(outDir, 'original')];
  for (const dir of folders) mkdirSync(dir, { recursive: true });
  // Each record is validated against the data contract and written as it comes: no validated copy of the corpus is kept.
  // The data files are put in place only when all are valid: a broken contract leaves the earlier build's.
  const files = new RecordFiles();
  const abandoning = <A extends unknown[]>(step: (...args: A) => void) => (...args: A) => {
    try {
      step(...args);
    } catch (error) {
      files.abandon();
      throw error;
    }
  };
  let unlinkedDone = false;

  const unlinked = abandoning((parts: UnlinkedParts) => {
    unlinkedDone = true;
    // Compact: at a thousand plans the passages run to megabytes.
    const reuse = files.json(join(dataDir, 'reuse.json'));
    for (const r of parts.reuse) reuse.add(valid(reuseFileSchema.element, r, 'reuse.json', `${r.source}→${r.target}`));
    const citations = files.json(join(dataDir, 'citations.json'), 1);
    for (const c of parts.citations) citations.add(valid(citationsFileSchema.element, c, 'citations.json', c.key));
    for (const [id, text] of parts.sources) writeFile(join(outDir, 'source', `${id}.txt`), text);
    for (const [id, path] of parts.originals ?? []) {
      const copy = join(outDir, 'original', originalName({ id, original: path }));
      copyFileSync(path, copy);
      written.add(copy);
    }
    for (const [id, markdown] of parts.markdown) writeFile(join(outDir, 'normalised', `${id}.md`), markdown);
  });

  const finish = abandoning((corpus: Corpus) => {
    if (!unlinkedDone) unlinked(corpus);
    // A table in JSON and CSV: each row from the validated record.
    const table = <T extends { id: string }>(schema: z.ZodType<T>, records: T[], name: string, csvTable: CsvTable<T, T>, each: (record: T) => void) => {
      const json = files.json<T>(join(dataDir, `${name}.json`), 1);
      const csv = files.csv(join(dataDir, `${name}.csv`), csvTable.fields.map((f) => f.name));
      for (const record of records) {
        const parsed = valid(schema, record, `${name}.json`, record.id);
        json.add(parsed);
        csv.add(rowOf(csvTable, parsed));
        each(parsed);
      }
    };
    const perDocument = documentFiles(join(dataDir, 'docs'), corpus.clauses, writeFile);
    const long = Object.entries(longTables).map(([name, longTable]) => ({ csv: files.csv(join(dataDir, `${name}.csv`), longTable.fields.map((f) => f.name)), table: longTable as CsvTable<unknown> }));
    table(documentsFileSchema.element, corpus.documents, 'documents', documentsTable, perDocument.document);
    table(clausesFileSchema.element, corpus.clauses, 'clauses', clausesTable, (clause) => {
      perDocument.clause(clause);
      for (const { csv, table: longTable } of long) for (const item of longTable.items(clause)) csv.add(rowOf(longTable, item));
    });
    perDocument.finish();
    const curation = curationFileSchema.parse(corpus.curation ?? { confirm: [], reject: [], add: [] });
    for (const path of files.commit()) written.add(path);
    writeFile(join(dataDir, 'curation.json'), JSON.stringify(curation, null, 1));
    writeFile(join(dataDir, 'datapackage.json'), JSON.stringify(dataPackage(), null, 1));
    for (const dir of folders) {
      for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
        const path = join(entry.parentPath, entry.name);
        if (entry.isFile() && !written.has(path)) rmSync(path);
      }
    }
  });

  return { unlinked, finish, abandon: () => files.abandon() };
}

/**
 * data/docs/<id>.json: one document with its clauses, `{ document, clauses }` — the validated
 * records of documents.json and clauses.json — so a view fetches only the plans it shows. A
 * document's file is written as soon as its last clause is validated: the corpus lists each
 * document's clauses together, so only one document's records are held at a time.
 */
function documentFiles(dir: string, clauses: readonly ClauseRecord[], writeFile: (path: string, content: string) => void) {
  const expected = new Map<string, number>();
  for (const c of clauses) expected.set(c.doc, (expected.get(c.doc) ?? 0) + 1);
  const documents = new Map<string, DocumentRecord>();
  const gathered = new Map<string, ClauseRecord[]>();
  const write = (id: string) => {
    writeFile(join(dir, `${id}.json`), JSON.stringify({ document: documents.get(id), clauses: gathered.get(id) ?? [] }));
    gathered.delete(id);
  };
  return {
    document: (d: DocumentRecord) => void documents.set(d.id, d),
    clause: (c: ClauseRecord) => {
      const list = gathered.get(c.doc) ?? [];
      gathered.set(c.doc, list);
      list.push(c);
      if (list.length === expected.get(c.doc) && documents.has(c.doc)) write(c.doc);
    },
    /** the documents without clauses */
    finish: () => {
      for (const id of documents.keys()) if (!expected.has(id)) write(id);
    },
  };
}

/** The record as the data contract has it, or an error naming the file, the record and the field that break it. */
function valid<T>(schema: z.ZodType<T>, record: unknown, file: string, id: string | undefined): T {
  const parsed = schema.safeParse(record);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new Error(`${file}: ${id ?? '?'} ${issue.path.join('.')}: ${issue.message} (the pipeline broke the data contract)`);
}
