/**
 * The pipeline, as named stages over plain data:
 * ingest (bytes → text) → structure (text → document + clause tree) → citations (resolved
 * to corpus documents) → reuse (shared passages between documents) → extract (clause
 * fields) → link (county clauses → national clauses). publish writes the result.
 */
import type { AppliedCuration, CitedDocument, ClauseRecord, DocumentRecord, ReusePair } from './publish/schema.ts';
import type { Message } from './messages.ts';
import { readCorpus } from './ingest/read-corpus.ts';
import { corpusAliasFile, readAliasTable } from './extract/unit-names.ts';
import { perDocument } from './per-document.ts';
import { openDocumentCache, type CacheStats } from './cache/document-cache.ts';
import type { Extracted } from './ingest/formats/types.ts';
import { quiet, type Progress } from './progress.ts';
import { corpusConcepts, DEFAULTS as linkDefaults, linkCorpusCached, readCuration } from './link/index.ts';
import { resolveCitations } from './citations/resolve.ts';
import { citationNetwork } from './citations/network.ts';
import { detectReuse } from './reuse/index.ts';
import { join } from 'node:path';

export interface Corpus {
  documents: DocumentRecord[];
  clauses: ClauseRecord[];
  messages: Message[];
  /** Normalised Markdown per document id: what remark-parse saw. */
  markdown: Map<string, string>;
  /** Decoded source text per document id. */
  sources: Map<string, string>;
  /** Path of the file as published, per document id, for documents not given as text. */
  originals?: Map<string, string>;
  timings: Record<string, number>;
  /** Wording shared between documents (scripts/reuse/). */
  reuse: ReusePair[];
  /** Cited documents and who cites them (scripts/citations/). */
  citations: CitedDocument[];
  /** Per-document work taken from the cache (hits) and computed (misses); `ingest`: files other than text read from it; `link`: plans linked. */
  cache?: CacheStats & { ingest: CacheStats; link: CacheStats };
  /** The link decisions applied (corpus/links.curated.yaml), published as data/curation.json. */
  curation?: AppliedCuration;
}

export interface BuildOptions {
  /** Folder of the per-document cache (build/cache); null computes every document. */
  cacheDir?: string | null;
  progress?: Progress;
  /** Called with what linking does not change once it is known, while the plans are linked (publish writes it meanwhile). */
  unlinked?: (parts: Pick<Corpus, 'reuse' | 'citations' | 'sources' | 'markdown' | 'originals'>) => void;
}

export async function buildCorpus(corpusDir: string, { cacheDir = null, progress = quiet, unlinked }: BuildOptions = {}): Promise<Corpus> {
  const timings: Record<string, number> = {};
  const time = <T>(stage: string, run: () => T): T => {
    const start = performance.now();
    const result = run();
    timings[stage] = performance.now() - start;
    progress.stage(stage, timings[stage]);
    return result;
  };

  const ingestStart = performance.now(); // ingest is async (PDF, OCR): timed apart
  // What PDF, Word, OCR… files yield is cached by their bytes, beside the per-document cache.
  const ingestCache = openDocumentCache<Extracted>(cacheDir && join(cacheDir, 'ingest'));
  const { sources, messages } = await readCorpus(corpusDir, { cache: ingestCache });
  ingestCache.prune();
  timings.ingest = performance.now() - ingestStart;
  const { file: aliasFile, messages: aliasMessages } = corpusAliasFile(join(corpusDir, 'unit-aliases.yaml'));
  const aliases = readAliasTable(aliasFile);
  // structure → extract per document, cached by content; the stage times count computed documents only.
  const perDoc = await perDocument(sources, aliasFile, { cacheDir, progress });
  Object.assign(timings, perDoc.timings);
  const structured = perDoc.documents;
  const extracted = structured.map((s) => s.clauses);
  const { cited, citations } = time('citations', () => {
    const cited = resolveCitations(structured.map((s) => s.document));
    return { cited, citations: citationNetwork(cited, extracted.flat()) };
  });
  const concepts = corpusConcepts(join(corpusDir, 'link-concepts.yaml'));
  // Linking runs on worker threads (many plans to link): reuse detection runs on this thread meanwhile.
  const linkStart = performance.now();
  const linking = linkCorpusCached(cited, extracted.flat(), readCuration(join(corpusDir, 'links.curated.yaml')), linkDefaults, concepts.concepts, {
    cacheDir: cacheDir && join(cacheDir, 'link'),
    progress,
  });
  const reuse = time('reuse', () => detectReuse(cited, extracted.flat()));
  const markdown = new Map(structured.map((s) => [s.document.id, s.markdown]));
  const texts = new Map(sources.map((s) => [s.id, s.text]));
  const originals = new Map(sources.flatMap((s) => (s.original ? [[s.id, s.original] as const] : [])));
  unlinked?.({ reuse, citations, sources: texts, markdown, originals });
  const linked = await linking;
  timings.link = performance.now() - linkStart;
  progress.stage('link', timings.link);

  const all = [...messages, ...aliasMessages, ...aliases.messages, ...structured.flatMap((s) => s.messages), ...concepts.messages, ...linked.messages];
  const byFile = Map.groupBy(all, (m) => m.file);
  progress.end();
  return {
    // Each document carries every message that names its file, whichever stage found it.
    documents: linked.documents.map((d) => ({
      ...d,
      messages: (byFile.get(d.source.file) ?? []).map(({ line, message }) => ({ line, message })),
    })),
    clauses: linked.clauses,
    messages: all,
    markdown,
    sources: texts,
    originals,
    timings,
    reuse,
    citations,
    cache: { ...perDoc.cache, ingest: ingestCache.stats, link: linked.cache },
    curation: linked.curation,
  };
}
