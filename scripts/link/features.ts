/**
 * The candidate pairs of the link stage and what is known about each: every
 * lower-level clause gets the higher-level clauses retrieved for it, each with
 * its similarities (PairFeatures). The scoring model (model.ts) turns them into
 * a probability; the leave-one-document-out benchmark and the training script
 * read the same features, so what is measured is what the build publishes.
 */
import type { ClauseRecord, DocumentRecord } from '../publish/schema.ts';
import { withoutDigitGaps } from '../text/half-width.ts';
import { fold, type Folded } from './ngrams.ts';
import { bigramFrequencies, idfByDocumentFrequency, idfOver, type Frequencies, type Idf } from './idf.ts';
import { bigramCounts, cosine, weigh, type Vector } from './vectors.ts';
import { indexTargets, retrieve } from './candidates.ts';
import { namedLists, otherProgramme } from './programmes.ts';
import { cites, documentRuns, isAbove, planText, writtenFrom } from './relation.ts';
import { linkRoles } from './roles.ts';
import { conceptCounts, type Concepts } from './concepts.ts';
import { normalForm } from '../text/normal-form.ts';
import { corpusTerms, segmenter, type Segmenter } from './words.ts';
import { blanked, linkedText } from './linked-text.ts';
import { monotoneChain, openRange, type Anchor } from './order.ts';
import { builtParentModel } from './score.ts';
import { perDocument } from './choice-sets.ts';
import { partKinds, type PartKind } from './outline.ts';
import { stageOverBy } from './stages.ts';

/** The similarities of one pair, each in [0, 1]. */
export interface PairFeatures {
  /** TF-IDF cosine of the two clause texts over character bigrams */
  cosine: number;
  /** the same between the two clauses' own headings (0 when either has none) */
  heading: number;
  /** the source's ancestor headings against the target's parent heading */
  context: number;
  /** the source's ancestor headings against the target's own heading: a county section 改善硬件设施设备条件 names the national task 持续改善硬件条件 its clauses carry out */
  section: number;
  /** the policy concepts the two texts name (corpus/link-concepts.yaml) */
  concept: number;
  /** `concept` shrunk by how few concept terms the sparser of the two names: one mention of a term is weak evidence, however alike the directions */
  conceptEvidence: number;
  /** `concept` shrunk by how few distinct concepts the target names (× d / (d + 1)): a target about one concept draws every clause that names it */
  conceptBreadth: number;
  /** TF-IDF cosine over jieba words, the corpus's terms in the dictionary */
  words: number;
  /** the source against what sets the target apart from its sibling clauses */
  contrast: number;
  /** the source's parent clause text against the target: a department item under 遴选培育临床重点专科 carries out what its parent does */
  parent: number;
  /** 1 when the target lies where the plan's order-preserving alignment leaves room for the source */
  order: number;
  /** the pair's text cosine as a share of the source's best candidate's */
  relative: number;
  /** the share of the source's words that no linked-to clause uses: the same for all its candidates, it moves them together against "none" */
  novelty: number;
  /** the probability that the source's parent clause, scored as a source by the parent model, chooses the target (0 without either) */
  ancestor: number;
  /** the source's own heading (its topic) against the target's text, over jieba words (0 for an untitled source) */
  titleWords: number;
  /** the same over policy concepts */
  titleConcept: number;
  /** the share of the source's word weight (squared TF-IDF) on words the target uses too: how much of the clause the target speaks to */
  coverage: number;
  /** the share of the source's word weight on words no linked-to clause uses (novelty weighed by TF-IDF) */
  uncovered: number;
  /** the share of the source's concept weight on concepts the target names too */
  conceptCoverage: number;
  /**
   * 1 when the source's plan cites the target's document (relation.ts: by 文号 or title, or by naming its
   * programme) and is written from it (`writtenFrom`: a third of its clauses or more repeat a run of 8
   * letters of it): such a plan takes the document's wording for the tasks it carries out, so weak shared
   * wording says less there than in a plan in its own words. A fact of the two documents, the same on all
   * of a clause's candidates from one document.
   */
  cites: number;
  /** 1 when the two clauses stand in parts of the same kind (outline.ts: tasks, aims, schedule, safeguards), else 0 */
  part: number;
}
export const FEATURES = ['cosine', 'heading', 'context', 'section', 'concept', 'conceptEvidence', 'conceptBreadth', 'words', 'contrast', 'parent', 'order', 'relative', 'novelty', 'ancestor', 'titleWords', 'titleConcept', 'coverage', 'uncovered', 'conceptCoverage', 'cites', 'part'] as const satisfies readonly (keyof PairFeatures)[];
export type FeatureName = keyof PairFeatures;
/**
 * Features that are facts of the pair of documents, not of the clauses: like the utility of "none",
 * which they shift for a whole plan, the model does not shrink their weights (model.ts).
 */
export const DOCUMENT_FACTS: readonly string[] = ['cites'] satisfies FeatureName[];

export interface Candidate {
  target: ClauseRecord;
  features: PairFeatures;
}
export interface SourceCandidates {
  source: ClauseRecord;
  candidates: Candidate[];
  /** the clause's inline enumeration items (一是…二是…), each compared on its own (enumerationItems) */
  items?: SourceCandidates[];
  /** a section whose heading says too little to choose by (人才队伍): it links only where its heading restates a task's (choose.ts) */
  terse?: boolean;
}

export interface LinkSpace {
  documents: DocumentRecord[];
  /** every lower-level clause that takes part, with its retrieved candidates (vetoed pairs left out) */
  sources: SourceCandidates[];
  /** features of any pair (curation needs pairs retrieval did not propose); null when vetoed */
  pair: (source: ClauseRecord, target: ClauseRecord) => PairFeatures | null;
  folded: Map<string, Folded>;
  /** the bigram IDF of the space a linking document is compared in (evidence weighs shared runs by it) */
  idfOf: (doc: string) => Idf;
  above: (lowerDoc: string, higherDoc: string) => boolean;
  /** does the lower document cite the higher one (relation.ts)? The `cites` feature and the published relation both ask this */
  cites: (lowerDoc: string, higherDoc: string) => boolean;
}

/** Probabilities that a clause chooses each of the given candidates (the parent model of model.json, or one trained apart). */
export type ParentModel = (candidates: PairFeatures[]) => number[];

/** A clause must say more than this many letters to link (a section linked to: beyond its heading). */
const MIN_PROSE = 4;
/** How many concept mentions count as much evidence as the cosine's direction (conceptEvidence = cosine × m / (m + this)). */
const CONCEPT_PRIOR = 1;
/** An anchor of the order alignment: a best candidate this alike, and this far ahead of the runner-up. */
const ANCHOR = { cosine: 0.15, lead: 1.2 };

/**
 * Each plan that links is compared with the documents it may link to in a space of their own:
 * what is distinctive (the IDF of bigrams, words and concepts) is counted over that plan and the
 * linked-to documents, not over the other county plans. A plan's links then depend on itself and
 * the plans above it only — the same whether the corpus holds five plans or thousands — so one
 * more plan leaves the others' links as they were, and plans can be linked apart (cache, workers).
 */
/**
 * The segmenter a space of these documents cuts with: the linked-to documents' terms in its dictionary. Each holds a
 * native dictionary the garbage collector does not weigh, so a caller making many spaces of one corpus (training, the
 * benchmarks) makes it once and passes it.
 */
export function spaceSegmenter(documents: DocumentRecord[], clauses: ClauseRecord[], concepts: Concepts): Segmenter {
  const { targetDocs } = linkRoles(documents);
  return segmenter(corpusTerms(clauses.filter((c) => targetDocs.has(c.doc)).map((c) => c.text), concepts));
}

export function linkSpace(
  documents: DocumentRecord[],
  clauses: ClauseRecord[],
  concepts: Concepts = new Map(),
  parentModel: ParentModel | null = builtParentModel,
  cut?: Segmenter,
  needed: readonly FeatureName[] = FEATURES,
): LinkSpace {
  const { sourceDocs, targetDocs } = linkRoles(documents);
  const byDoc = Map.groupBy(clauses, (c) => c.doc);
  // The segmenter knows the linked-to documents' terms (a caller linking plans apart passes the corpus's).
  const shared = sharedWork(concepts, cut ?? spaceSegmenter(documents, clauses, concepts));
  const wanted = new Set<FeatureName>(needed);
  const targets = documents.filter((d) => targetDocs.has(d.id));
  const spaces = new Map(
    documents
      .filter((d) => sourceDocs.has(d.id))
      .map((d) => {
        const above = targets.filter((t) => isAbove(t, d));
        return [d.id, planSpace(d, above, [...byDoc.get(d.id)!, ...above.flatMap((t) => byDoc.get(t.id) ?? [])], shared, parentModel, wanted)] as const;
      }),
  );
  const folded = new Map<string, Folded>();
  for (const s of spaces.values()) for (const [id, f] of s.folded) folded.set(id, f);
  return {
    documents,
    sources: [...spaces.values()].flatMap((s) => s.sources),
    pair: (source, target) => spaces.get(source.doc)?.pair(source, target) ?? null,
    folded,
    idfOf: (doc) => spaces.get(doc)?.idf ?? (() => 0),
    above: (lower, higher) => !!spaces.get(lower)?.above.has(higher),
    cites: (lower, higher) => !!spaces.get(lower)?.cited().has(higher),
  };
}

/** Per clause, what does not depend on the space it is compared in, computed once for all plans. */
interface SharedWork {
  folded: (c: ClauseRecord) => Folded;
  /** bigram counts of a clause's text, and of its heading (the text for an untitled clause) */
  counts: (c: ClauseRecord) => Map<string, number>;
  headingCounts: (c: ClauseRecord) => Map<string, number>;
  /** the programme lists a clause names (programmes.ts) */
  lists: (c: ClauseRecord) => ReturnType<typeof namedLists>;
  /** the comparable form of a clause's heading ('' without one) */
  title: (c: ClauseRecord) => string;
  /** the bigram counts of a document's clauses (made once per document, as the plans above are in every plan's space) */
  frequencies: (clauses: ClauseRecord[]) => Frequencies;
  /** a document's runs of wording (relation.ts documentRuns), made once per document likewise */
  runs: (clauses: ClauseRecord[]) => Set<number>;
  words: (c: ClauseRecord) => Map<string, number>;
  concepts: (c: ClauseRecord) => Map<string, number>;
  /** the words and concepts of a clause's heading (empty without one) */
  titleWords: (c: ClauseRecord) => Map<string, number>;
  titleConcepts: (c: ClauseRecord) => Map<string, number>;
}

/**
 * Kept across calls, keyed by the clause (and the segmenter or concepts) objects: the documents
 * above are the same objects in every plan's space, so the national plan is folded, counted
 * and cut once per build (or worker), not once per plan.
 */
const byClause = {
  folded: new WeakMap<ClauseRecord, Folded>(),
  title: new WeakMap<ClauseRecord, string>(),
  counts: new WeakMap<ClauseRecord, Map<string, number>>(),
  headingCounts: new WeakMap<ClauseRecord, Map<string, number>>(),
  lists: new WeakMap<ClauseRecord, ReturnType<typeof namedLists>>(),
  /** per segmenter */
  words: new WeakMap<Segmenter, WeakMap<ClauseRecord, Map<string, number>>>(),
  /** per concept families */
  concepts: new WeakMap<Concepts, WeakMap<ClauseRecord, Map<string, number>>>(),
  titleWords: new WeakMap<Segmenter, WeakMap<ClauseRecord, Map<string, number>>>(),
  titleConcepts: new WeakMap<Concepts, WeakMap<ClauseRecord, Map<string, number>>>(),
  /** a document's bigram counts, under its first clause, with the clauses they were counted over */
  frequencies: new WeakMap<ClauseRecord, { clauses: ClauseRecord[]; frequencies: Frequencies }>(),
  /** a document's runs of wording, under its first clause */
  runs: new WeakMap<ClauseRecord, Set<number>>(),
};

/**
 * The text words and concept terms are read in: a PDF's line break or space between two Chinese
 * characters of the body (急诊外科、骨\n科, 每半\n年, 县 人民医院), or a space between two digits (2 0 2 5), is taken out, so the word is whole;
 * the break after a run-in title stays, as the title is a phrase of its own. The bigrams need no such
 * care (they are read over letters and digits only).
 */
function wordText(c: ClauseRecord): string {
  // ２０２５ is 2025 to the segmenter, as it is to the bigrams
  const text = normalForm(linkedText(c));
  return withoutDigitGaps(text.slice(0, c.bodyStart)) + withoutDigitGaps(text.slice(c.bodyStart).replace(/(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu, ''));
}

function sharedWork(concepts: Concepts, cut: Segmenter): SharedWork {
  const foldedOf = (c: ClauseRecord) => remembered(byClause.folded, c, () => fold(linkedText(c)));
  const foldedTitle = (c: ClauseRecord) => remembered(byClause.title, c, () => fold(c.title ?? '').chars);
  const words = remembered(byClause.words, cut, () => new WeakMap());
  const conceptCountsOf = remembered(byClause.concepts, concepts, () => new WeakMap());
  const titleWords = remembered(byClause.titleWords, cut, () => new WeakMap());
  const titleConcepts = remembered(byClause.titleConcepts, concepts, () => new WeakMap());
  return {
    counts: (c) => remembered(byClause.counts, c, () => bigramCounts(foldedOf(c).chars)),
    headingCounts: (c) => remembered(byClause.headingCounts, c, () => bigramCounts(c.title != null ? foldedTitle(c) : foldedOf(c).chars)),
    lists: (c) => remembered(byClause.lists, c, () => namedLists(linkedText(c))),
    folded: foldedOf,
    title: foldedTitle,
    frequencies: (clauses) => {
      const known = byClause.frequencies.get(clauses[0]);
      if (known && known.clauses.length === clauses.length && known.clauses.every((c, i) => c === clauses[i])) return known.frequencies;
      const frequencies = bigramFrequencies(clauses.map((c) => foldedOf(c).chars));
      byClause.frequencies.set(clauses[0], { clauses, frequencies });
      return frequencies;
    },
    runs: (clauses) => remembered(byClause.runs, clauses[0], () => documentRuns(clauses.map((c) => foldedOf(c).chars))),
    words: (c) => remembered(words, c, () => counts(cut(wordText(c)))),
    concepts: (c) => remembered(conceptCountsOf, c, () => conceptCounts(wordText(c), concepts)),
    titleWords: (c) => remembered(titleWords, c, () => counts(c.title ? cut(c.title) : [])),
    titleConcepts: (c) => remembered(titleConcepts, c, () => conceptCounts(c.title ?? '', concepts)),
  };
}

interface PlanSpace {
  sources: SourceCandidates[];
  pair: LinkSpace['pair'];
  folded: Map<string, Folded>;
  idf: Idf;
  /** the documents the plan may link to */
  above: Set<string>;
  /** those of them the plan cites */
  cited: () => Set<string>;
}

/** The space of one linking document: its clauses (the sources) against those of the documents above it. */
function planSpace(
  plan: DocumentRecord,
  higher: DocumentRecord[],
  clauses: ClauseRecord[],
  shared: SharedWork,
  parentModel: ParentModel | null,
  wanted: Set<FeatureName>,
): PlanSpace {
  const clauseById = new Map(clauses.map((c) => [c.id, c]));
  let kinds: Map<string, PartKind | null> | undefined;
  // an enumeration item (not among the clauses) stands where the clause holding it stands
  const partOf = (c: ClauseRecord) => {
    kinds ??= partKinds(clauses);
    return kinds.get(c.id) ?? (c.parent ? kinds.get(c.parent) : null) ?? null;
  };
  const position = new Map(clauses.map((c, i) => [c.id, i]));
  const folded = new Map<string, Folded>(clauses.map((c) => [c.id, shared.folded(c)]));
  const idf = idfOver([...Map.groupBy(clauses, (c) => c.doc)].map(([doc, list]) => shared.frequencies(list)));
  const conceptIdf = idfByDocumentFrequency(clauses.map(shared.concepts));
  const conceptVectors = new Map<string, Vector>();
  const conceptsOf = (c: ClauseRecord) => cached(conceptVectors, c.id, () => weigh(shared.concepts(c), conceptIdf));
  const conceptMentions = (c: ClauseRecord) => [...shared.concepts(c).values()].reduce((a, b) => a + b, 0);
  const above = new Set(higher.map((d) => d.id));
  let citedSet: Set<string> | undefined;
  const own = clauses.filter((c) => c.doc === plan.id);
  const cited = () => (citedSet ??= new Set(higher.filter((h) => cites(plan, planText(plan, own), h)).map((h) => h.id)));
  let writtenFromSet: Set<string> | undefined;
  /** the documents the plan cites and is written from: the `cites` feature */
  const citedAndFollowed = () =>
    (writtenFromSet ??= new Set(
      [...cited()].filter((h) => writtenFrom(own.map((c) => folded.get(c.id)!.chars), shared.runs(clauses.filter((c) => c.doc === h)))),
    ));

  // Words: jieba with the linked-to documents' terms, their IDF counted over the linked-to documents'
  // clauses only: a word weighs by how well it tells the targets apart, not by how often the plan
  // itself repeats it (a plan listing its departments says 专科 in every item).
  const wordIdf = idfByDocumentFrequency(clauses.map(shared.words), clauses.map((c) => above.has(c.doc)));
  const wordVectors = new Map<string, Vector>();
  const wordsOf = (c: ClauseRecord) => cached(wordVectors, c.id, () => weigh(shared.words(c), wordIdf));
  // How much of a clause is said in words the documents above never use (公共卫生, 中医药: tasks they do not have; or a plan's own wording).
  let vocabulary: Set<string> | undefined;
  const known = (word: string) => (vocabulary ??= new Set(clauses.filter((t) => above.has(t.doc)).flatMap((t) => [...shared.words(t).keys()]))).has(word);
  const novelty = (c: ClauseRecord) => {
    let all = 0, unknown = 0;
    for (const [w, n] of shared.words(c)) {
      all += n;
      if (!known(w)) unknown += n;
    }
    return all ? unknown / all : 0;
  };
  // The same weighed by TF-IDF, and the share of a clause's word weight a target speaks to.
  const uncovered = (c: ClauseRecord) => [...wordsOf(c)].reduce((sum, [w, v]) => (known(w) ? sum : sum + v * v), 0);
  // What a clause's own heading says it is about, as words and concepts (empty for an untitled clause).
  const titleWordVectors = new Map<string, Vector>();
  const titleWordsOf = (c: ClauseRecord) => cached(titleWordVectors, c.id, () => weigh(shared.titleWords(c), wordIdf));
  const titleConceptVectors = new Map<string, Vector>();
  const titleConceptsOf = (c: ClauseRecord) => cached(titleConceptVectors, c.id, () => weigh(shared.titleConcepts(c), conceptIdf));

  const vectors = new Map<string, Vector>();
  const vectorOf = (c: ClauseRecord) => cached(vectors, c.id, () => weigh(shared.counts(c), idf));
  const titleVectors = new Map<string, Vector>();
  const titleOf = (c: ClauseRecord) => cached(titleVectors, c.id, () => (c.title ? weigh(shared.headingCounts(c), idf) : new Map()));
  const headingVectors = new Map<string, Vector>();
  const headingVector = (id: string | null) => {
    const c = id ? clauseById.get(id) : undefined;
    return c ? cached(headingVectors, c.id, () => weigh(shared.headingCounts(c), idf)) : new Map<string, number>();
  };
  const ancestorVectors = (c: ClauseRecord) => {
    const out: Vector[] = [];
    for (let p = c.parent; p; p = clauseById.get(p)?.parent ?? null) out.push(headingVector(p));
    return out;
  };
  const context = (ancestors: Vector[], target: Vector) => Math.max(0, ...ancestors.map((a) => cosine(a, target)));

  const parentOf = (c: ClauseRecord) => {
    const p = c.parent ? clauseById.get(c.parent) : undefined;
    return p && hasProse(p) ? p : undefined;
  };

  // A target that is a section must say more than its heading: the tasks a reader links to are its
  // children. A clause without children is a task of its own however short (1.建设胸痛中心。 is all
  // heading and all task).
  const sections = new Set(clauses.map((c) => c.parent));
  const hasProse = (c: ClauseRecord) => {
    const letters = folded.get(c.id)!.chars.length;
    return letters - (sections.has(c.id) ? shared.title(c).length : 0) > MIN_PROSE;
  };
  // A source takes part when it says more than a few letters, a section by its heading alone: the
  // heading names the task its clauses carry out together (加强市人民医院专科建设 → 加强专科能力建设).
  const saysEnough = (c: ClauseRecord) => folded.get(c.id)!.chars.length > MIN_PROSE;
  // A section of a shorter heading (人才队伍, 医院管理) takes part too, tersely: only where its heading restates a task's.
  const terse = (c: ClauseRecord) => sections.has(c.id) && !saysEnough(c) && c.title !== null && folded.get(c.id)!.chars.length > 0;

  // A stage of a plan above whose period ended before this plan was issued is over (stages.ts).
  const targets = clauses.filter((c) => above.has(c.doc) && hasProse(c) && !stageOverBy(c, plan.date));
  const index = indexTargets(targets.map(vectorOf));
  const parentVectors = new Map(targets.map((t) => [t.id, headingVector(t.parent)]));
  const contrastOf = wanted.has('contrast') ? siblingContrast(targets, vectorOf) : new Map<string, Vector>();

  // What the source's parent is about, among the targets: a department item under a clause on key
  // specialties carries out what its parent does, though its own wording names other things. The
  // parent (its heading and text) is scored against every target by the parent model, as if it
  // were a source (choosing among each document's targets apart); the child's candidate gets the
  // parent's probability of choosing it.
  const parentChoice = new Map<string, Map<string, number>>();
  const ancestor = (source: ClauseRecord, target: ClauseRecord) => {
    const a = source.parent ? clauseById.get(source.parent) : undefined;
    if (!a || !parentModel) return 0;
    return cached(parentChoice, a.id, () => {
      const ancestors = ancestorVectors(a);
      const p = perDocument(targets, (t) => t.doc, (group) =>
        parentModel(group.map((t) => ({ ...similarities(a, t, cosine(vectorOf(a), vectorOf(t)), ancestors), order: 0, relative: 0, ancestor: 0 }))),
      );
      return new Map(targets.map((t, i) => [t.id, p[i]]));
    }).get(target.id) ?? 0;
  };

  // Only the features asked for (the build's model reads four of them); the others are 0.
  const when = (name: FeatureName, value: () => number) => (wanted.has(name) ? value() : 0);
  const similarities = (source: ClauseRecord, target: ClauseRecord, cos: number, ancestors: Vector[]) => ({
    cosine: cos,
    heading: when('heading', () => cosine(titleOf(source), titleOf(target))),
    context: when('context', () => context(ancestors, parentVectors.get(target.id) ?? headingVector(target.parent))),
    section: when('section', () => context(ancestors, titleOf(target))),
    concept: when('concept', () => cosine(conceptsOf(source), conceptsOf(target))),
    conceptEvidence: when('conceptEvidence', () => {
      const mentions = Math.min(conceptMentions(source), conceptMentions(target));
      return (cosine(conceptsOf(source), conceptsOf(target)) * mentions) / (mentions + CONCEPT_PRIOR);
    }),
    conceptBreadth: when('conceptBreadth', () => {
      const d = shared.concepts(target).size;
      return (cosine(conceptsOf(source), conceptsOf(target)) * d) / (d + 1);
    }),
    words: when('words', () => cosine(wordsOf(source), wordsOf(target))),
    contrast: when('contrast', () => cosine(vectorOf(source), contrastOf.get(target.id) ?? vectorOf(target))),
    parent: when('parent', () => (parentOf(source) ? cosine(vectorOf(parentOf(source)!), vectorOf(target)) : 0)),
    novelty: when('novelty', () => novelty(source)),
    titleWords: when('titleWords', () => cosine(titleWordsOf(source), wordsOf(target))),
    titleConcept: when('titleConcept', () => cosine(titleConceptsOf(source), conceptsOf(target))),
    coverage: when('coverage', () => coverage(wordsOf(source), wordsOf(target))),
    uncovered: when('uncovered', () => uncovered(source)),
    conceptCoverage: when('conceptCoverage', () => coverage(conceptsOf(source), conceptsOf(target))),
    cites: when('cites', () => (citedAndFollowed().has(target.doc) ? 1 : 0)),
    part: when('part', () => (partOf(source) && partOf(source) === partOf(target) ? 1 : 0)),
  });

  const candidatesOf = (source: ClauseRecord): Candidate[] => {
    const sourceChars = folded.get(source.id)!.chars;
    const ancestors = wanted.has('context') || wanted.has('section') ? ancestorVectors(source) : [];
    const candidates: Candidate[] = [];
    for (const [i, cos] of retrieve(index, vectorOf(source))) {
      const target = targets[i];
      if (otherProgramme(shared.lists(target), linkedText(source), sourceChars)) continue;
      candidates.push({ target, features: { ...similarities(source, target, cos, ancestors), order: 0, relative: 0, ancestor: when('ancestor', () => ancestor(source, target)) } });
    }
    return candidates;
  };

  const sources: SourceCandidates[] = [];
  for (const source of clauses) {
    // An attached part's own clause is its cover (the attached plan's title and opening words, a table's caption and
    // header), as a document's preamble is: it names no task, and its children take no link from it.
    if (source.doc !== plan.id || isPartCover(source)) continue;
    if (terse(source)) sources.push({ source, candidates: candidatesOf(source), terse: true });
    if (!saysEnough(source)) continue;
    const items = enumerationItems(source);
    for (const item of items) folded.set(item.id, shared.folded(item));
    sources.push({ source, candidates: candidatesOf(source), items: items.filter(saysEnough).map((item) => ({ source: item, candidates: candidatesOf(item) })) });
  }
  if (wanted.has('order') || wanted.has('relative')) addOrderAndRank(sources, position);

  const byId = new Map(sources.map((s) => [s.source.id, s]));
  const pair = (source: ClauseRecord, target: ClauseRecord): PairFeatures | null => {
    const found = byId.get(source.id)?.candidates.find((c) => c.target.id === target.id);
    if (found) return found.features;
    if (otherProgramme(shared.lists(target), linkedText(source), folded.get(source.id)!.chars)) return null;
    return { ...similarities(source, target, cosine(vectorOf(source), vectorOf(target)), ancestorVectors(source)), order: 0, relative: 0, ancestor: when('ancestor', () => ancestor(source, target)) };
  };
  return { sources, pair, folded, idf, above, cited };
}

/** An attached part's own clause (`<doc>/附件2`): its cover, the part's title and what stands above its first clause. */
const isPartCover = (c: ClauseRecord) => c.part !== null && c.id === `${c.doc}/${c.part}`;

/**
 * A clause's inline enumeration (一是…二是…三是…) may carry out a different national task in each
 * item, and the clause's own choice is then split between them. Each item is also compared on its
 * own, as a clause under the one that holds it (so `ancestor` reads the whole clause) with the
 * clause's text blanked outside the item: the offsets stay the clause's, for the evidence.
 */
function enumerationItems(clause: ClauseRecord): ClauseRecord[] {
  if (clause.enumeration.length < 2) return [];
  return clause.enumeration.map(({ at }, k) => ({
    ...clause,
    id: `${clause.id}#${k + 1}`,
    parent: clause.id,
    title: null,
    text: blanked(clause.text, [[0, at[0]], [at[1], clause.text.length]]),
    cells: [],
    enumeration: [],
  }));
}

/**
 * What sets a target apart from its siblings (the other clauses under the same
 * heading): its vector less the siblings' mean, negative weights dropped. 加强专科能力建设
 * and 加快建设高质量人才队伍 share the section's wording; what is left tells them apart.
 */
function siblingContrast(targets: ClauseRecord[], vectorOf: (c: ClauseRecord) => Vector): Map<string, Vector> {
  const byParent = new Map<string, ClauseRecord[]>();
  for (const t of targets) byParent.set(`${t.doc} ${t.parent}`, [...(byParent.get(`${t.doc} ${t.parent}`) ?? []), t]);
  const out = new Map<string, Vector>();
  for (const group of byParent.values()) {
    if (group.length < 2) continue;
    for (const t of group) {
      const rest = group.filter((s) => s !== t);
      const mean = new Map<string, number>();
      for (const s of rest) for (const [g, w] of vectorOf(s)) mean.set(g, (mean.get(g) ?? 0) + w / rest.length);
      const left = new Map<string, number>();
      for (const [g, w] of vectorOf(t)) if (w > (mean.get(g) ?? 0)) left.set(g, w - (mean.get(g) ?? 0));
      out.set(t.id, unit(left));
    }
  }
  return out;
}

/** The order prior and each candidate's share of its source's best cosine, per pair of documents. */
function addOrderAndRank(sources: SourceCandidates[], position: Map<string, number>) {
  const anchors = new Map<string, Anchor[]>();
  for (const { source, candidates } of sources) {
    const best = Math.max(0, ...candidates.map((c) => c.features.cosine));
    for (const c of candidates) c.features.relative = best > 0 ? c.features.cosine / best : 0;
    for (const doc of new Set(candidates.map((c) => c.target.doc))) {
      const ranked = candidates.filter((c) => c.target.doc === doc).sort((a, b) => b.features.cosine - a.features.cosine);
      const [first, second] = ranked;
      if (first.features.cosine < ANCHOR.cosine || (second && first.features.cosine < ANCHOR.lead * second.features.cosine)) continue;
      const key = `${source.doc} ${doc}`;
      anchors.set(key, [...(anchors.get(key) ?? []), { source: position.get(source.id)!, target: position.get(first.target.id)!, weight: first.features.cosine }]);
    }
  }
  const chains = new Map([...anchors].map(([key, list]) => [key, monotoneChain(list)]));
  for (const { source, candidates } of sources) {
    for (const c of candidates) {
      const chain = chains.get(`${source.doc} ${c.target.doc}`);
      if (!chain) continue;
      const [low, high] = openRange(chain, position.get(source.id)!);
      const at = position.get(c.target.id)!;
      c.features.order = at >= low && at <= high ? 1 : 0;
    }
  }
}

/** The share of a unit vector's squared weight on the keys another vector has. */
function coverage(of: Vector, by: Vector): number {
  let out = 0;
  for (const [k, w] of of) if (by.has(k)) out += w * w;
  return out;
}

/** The vector scaled to unit length (its weights are not counts: no sublinear damping). */
function unit(v: Vector): Vector {
  const norm = Math.sqrt([...v.values()].reduce((s, w) => s + w * w, 0));
  return new Map([...v].map(([k, w]) => [k, norm > 0 ? w / norm : 0]));
}

function counts(words: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const w of words) m.set(w, (m.get(w) ?? 0) + 1);
  return m;
}

function cached<V>(map: Map<string, V>, key: string, make: () => V): V {
  let v = map.get(key);
  if (v === undefined) map.set(key, (v = make()));
  return v;
}

function remembered<K extends object, V>(map: WeakMap<K, V>, key: K, make: () => V): V {
  let v = map.get(key);
  if (v === undefined) map.set(key, (v = make()));
  return v;
}
