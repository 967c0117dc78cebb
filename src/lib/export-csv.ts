/**
 * CSV exports of what a view shows (the comparison, the search results): pure functions from
 * plain rows to the file. UTF-8 with a BOM so that Excel reads the Chinese; the first line names
 * the view's address and the time of export, the second the columns (so `skiprows=1` in pandas,
 * `skip = 1` in R). Column names follow the published tables (docs/data.md).
 */
import { stringify } from 'csv-stringify/browser/esm/sync';

/** One plan clause linked to a national clause, as the comparison shows it. */
export interface ComparedClause {
  clause: string;
  label: string;
  relation: string;
  score: number;
  curated: string | null;
  text: string;
}

/** One national clause × one shown plan; `hits` is empty where the plan has no clause for it. */
export interface CompareCell {
  national: string;
  nationalLabel: string;
  nationalText: string;
  doc: string;
  docTitle: string;
  hits: ComparedClause[];
}

export interface SearchHit {
  doc: string;
  docTitle: string;
  /** Whether the document holds every search word (Pagefind also returns partial matches). */
  exact: boolean;
  /** Clause id, or null for a match that spans clauses. */
  clause: string | null;
  clauseTitle: string;
  excerpt: string;
  url: string;
}

export const compareColumns = ['national', 'nationalLabel', 'nationalText', 'doc', 'docTitle', 'clause', 'clauseLabel', 'relation', 'score', 'curated', 'clauseText'] as const;
export const searchColumns = ['doc', 'docTitle', 'exact', 'clause', 'clauseTitle', 'excerpt', 'url'] as const;

/** The file: BOM, `view,<address>,exported,<ISO time>`, the column names, the rows. */
export function csvFile(viewUrl: string, exported: string, columns: readonly string[], rows: (string | number | boolean | null)[][]): string {
  return '\uFEFF' + stringify([['view', viewUrl, 'exported', exported], [...columns], ...rows], { cast: { boolean: (value) => String(value) } });
}

/** One line per linked clause; a plan without one still gets its line, with the clause columns empty. */
export function compareRows(cells: CompareCell[]): (string | number | null)[][] {
  return cells.flatMap((cell) => {
    const national = [cell.national, cell.nationalLabel, cell.nationalText, cell.doc, cell.docTitle];
    if (!cell.hits.length) return [[...national, null, null, null, null, null, null]];
    return cell.hits.map((hit) => [...national, hit.clause, hit.label, hit.relation, hit.score, hit.curated, hit.text]);
  });
}

export function searchRows(hits: SearchHit[]): (string | boolean | null)[][] {
  return hits.map((hit) => [hit.doc, hit.docTitle, hit.exact, hit.clause, hit.clauseTitle, hit.excerpt, hit.url]);
}

/** A file name for the view: `qianxian-compare-2026-12-01.csv`. */
export function csvFileName(view: string, day: string): string {
  return `qianxian-${view}-${day}.csv`;
}
