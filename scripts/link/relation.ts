import type { DocumentRecord, Link } from '../publish/schema.ts';
import { fold } from './ngrams.ts';
import { shingleHashes } from '../text/shingles.ts';

/** Levels from the top; a link goes from a document to one strictly above it. */
export const RANK: Record<string, number> = { national: 0, provincial: 1, municipal: 2, county: 3 };

export function isAbove(higher: DocumentRecord, lower: DocumentRecord): boolean {
  if (!higher.level || !lower.level) return false;
  return RANK[higher.level] < RANK[lower.level] && governs(higher, lower);
}

/**
 * A plan below the national level governs only its own region: a province's plan the
 * plans of that province, a city's plan those of that city. The region must be known on
 * both sides (from the text or a sidecar); otherwise every county plan would be compared
 * with every city plan of the corpus.
 */
function governs(higher: DocumentRecord, lower: DocumentRecord): boolean {
  const same = (key: keyof DocumentRecord['region']) => !!higher.region[key] && higher.region[key] === lower.region[key];
  if (higher.level === 'national') return true;
  if (higher.level === 'provincial') return same('province');
  return same('city');
}

const docNumberKey = (n: string | null) => (n ? fold(n).chars : '');
/** Titles shorter than this are too generic to identify a document by containment. */
const MIN_TITLE = 6;

/** Does a citation name this document, by 文号 or by title (dashes, quotes and spacing aside)? */
export function citationNames(cite: DocumentRecord['cites'][number], doc: DocumentRecord): boolean {
  if (cite.doc) return cite.doc === doc.id;
  if (cite.docNumber && doc.docNumber && docNumberKey(cite.docNumber) === docNumberKey(doc.docNumber)) return true;
  const title = fold(doc.title ?? '').chars;
  return title.length >= MIN_TITLE && !!cite.title && fold(cite.title).chars.includes(title);
}

/** Programme names a plan gives itself in quotes in its title, e.g. “千县工程”. */
export function programmeNames(doc: DocumentRecord): string[] {
  return [...(doc.title ?? '').matchAll(/[“"「]([^”"」]{2,12})[”"」]/g)].map((m) => m[1]);
}

/** What a plan says, for finding a programme name in it: its title, preamble and clauses. */
export const planText = (plan: DocumentRecord, clauses: { text: string }[]) => [plan.title ?? '', plan.preamble, clauses.map((c) => c.text + '\n').join('')].join('\n');

const unspaced = (text: string) => text.replace(/\s+/g, '');

/** A 《》 longer than this (letters and digits) is a lost 》, not a title. */
const MAX_QUOTED = 120;

/**
 * Titles the text sets in 《》, folded to letters and digits: a PDF breaks a title where its
 * line ends, inside its years too (《…工作方案（2021-\n2025年）》), and spacing or a dash's
 * width never makes two spellings of a title differ.
 */
export function quotedTitles(text: string): string[] {
  return [...text.matchAll(/《([^《》]+)》/g)].map((m) => fold(m[1]).chars).filter((t) => t.length <= MAX_QUOTED);
}

/** Does the text name the document by its title in 《》 (a 关于印发《X》的通知 around it, or none)? */
function namesTitle(text: string, doc: DocumentRecord): boolean {
  const title = fold(doc.title ?? '').chars;
  return title.length >= MIN_TITLE && quotedTitles(text).some((quoted) => quoted.includes(title));
}

/**
 * The lower document cites the higher one when a citation resolves to it, when
 * its text names the higher plan by its title in 《》 (a sentence may cite it
 * without its 文号, 按照《…》要求), or when it names the higher plan's own
 * programme name — spacing aside, as text pulled out of a PDF may break either
 * with a space or a line (千县 工程).
 */
export function cites(lower: DocumentRecord, lowerText: string, higher: DocumentRecord): boolean {
  if ([...lower.cites, ...lower.citesByTitle].some((c) => citationNames(c, higher))) return true;
  if (namesTitle(lowerText, higher)) return true;
  const names = programmeNames(higher).map(unspaced).filter(Boolean);
  if (!names.length) return false;
  const text = unspaced(lowerText);
  return names.some((name) => text.includes(name));
}

/** Letters a clause must share in one run with a document to have taken its wording, not a stock phrase. */
const TAKEN_RUN = 8;
/** Clauses shorter than this (in letters and digits) say too little to tell. */
const MIN_CLAUSE = 10;
/**
 * A plan written from a document takes its wording in at least this share of its clauses: the annotated
 * plans citing the national plan 0.53 and 0.60, those in their own words 0.13 and 0.20.
 */
const WRITTEN_FROM = 1 / 3;

/** A document's runs of TAKEN_RUN letters (as shingle hashes), from its clauses' comparable texts (ngrams.ts fold). */
export function documentRuns(texts: string[]): Set<number> {
  const runs = new Set<number>();
  for (const t of texts) for (const h of shingleHashes(t, TAKEN_RUN)) runs.add(h);
  return runs;
}

/**
 * Is a plan written from the document: do enough of its clauses repeat a run of its wording? A plan may
 * name the programme (“千县工程”) and say its tasks in words of its own, or of a later day; the learned
 * model reads a citing plan as one that takes the document's wording (features.ts `cites`).
 */
export function writtenFrom(planTexts: string[], runs: Set<number>): boolean {
  const measured = planTexts.filter((t) => t.length >= MIN_CLAUSE);
  if (!measured.length) return false;
  const taking = measured.filter((t) => shingleHashes(t, TAKEN_RUN).some((h) => runs.has(h)));
  return taking.length >= WRITTEN_FROM * measured.length;
}

/**
 * cites > dates: a plan that cites the higher one (the link space knows: its `cites`) cites it;
 * otherwise a plan dated after the higher plan implements it, one dated before only precedes it,
 * however alike the wording. Without a date on either side, the years do where they differ: the
 * year of the date, else the first year of the plan's period (a plan for 2024—2026 came after a
 * plan of 2021). Neither: null, the caller decides.
 */
export function relation(lower: DocumentRecord, higher: DocumentRecord, citing: boolean): Link['relation'] | null {
  if (citing) return 'cites';
  if (lower.date && higher.date) return lower.date < higher.date ? 'precedes' : 'implements';
  const [a, b] = [yearOf(lower), yearOf(higher)];
  if (a === null || b === null || a === b) return null;
  return a < b ? 'precedes' : 'implements';
}

const yearOf = (d: DocumentRecord) => (d.date ? Number(d.date.slice(0, 4)) : d.period.start);
