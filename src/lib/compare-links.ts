/**
 * URLs of the comparison views (/compare/, /national/<slug>/), in one place so every
 * page links the same way. Reader URLs live in routes.ts.
 */
import { docsQuery } from './compare-choice.ts';

/**
 * Path segment for a national clause page: `national-qianxian-2021/2.1.3` →
 * `national-qianxian-2021-2-1-3`. A split paragraph's `~n` suffix becomes `_n`
 * so `2.1~2` cannot collide with `2.1.2`.
 */
export function nationalClauseSlug(clauseId: string): string {
  const slash = clauseId.indexOf('/');
  if (slash <= 0) throw new Error(`not a clause id: ${clauseId}`);
  const doc = clauseId.slice(0, slash);
  const path = clauseId.slice(slash + 1).replace(/\./g, '-').replace('~', '_');
  return `${doc}-${path}`;
}

/** The page listing every clause that links to one national clause. */
export function nationalClauseHref(clauseId: string): string {
  return `/national/${nationalClauseSlug(clauseId)}/`;
}

/** Anchor, on a national clause page, of the group of one document's clauses. */
export function documentGroupAnchor(docId: string): string {
  return `doc-${docId}`;
}

/** The side-by-side view for a choice of plans, optionally scrolled to a national clause's row. */
export function compareHref(docIds: readonly string[], nationalClauseId?: string): string {
  const query = docsQuery(docIds);
  const hash = nationalClauseId ? `#${nationalClauseSlug(nationalClauseId)}` : '';
  return `/compare/${query}${hash}`;
}
