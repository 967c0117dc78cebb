/**
 * Extra index terms per clause, so that Pagefind finds every clause containing a query as a substring.
 * (Filled in after measuring Pagefind's segmentation; see test/browser/search.test.ts.)
 */
import type { ClauseRecord } from './data.ts';

export function indexTermsByClause(_clauses: ClauseRecord[]): Map<string, string[]> {
  return new Map();
}
