/**
 * What the reader's reuse panel shows and its toggle marks, for one document: computed once per
 * document and shared by its Chinese and English pages.
 */
import { clauseById, clausesOf, documentById, loadDocuments, type DocumentRecord } from './data.ts';
import { docLabel } from './labels.ts';
import { headingEnd } from './highlight.ts';
import { reuseOf } from './reuse-data.ts';
import { reuseSummary, whitespaceOffsets, type ReuseSummary } from './reuse.ts';
import { clauseAnchor, clauseNumber } from './routes.ts';
import type { ReuseLevel } from './reuse.ts';
import type { Strings } from '../i18n/index.ts';

const summaries = new Map<string, ReuseSummary>();
let docsById: Map<string, DocumentRecord> | undefined;

export function docReuseSummary(docId: string): ReuseSummary {
  let summary = summaries.get(docId);
  if (!summary) {
    docsById ??= new Map(loadDocuments().map((d) => [d.id, d]));
    summaries.set(docId, (summary = reuseSummary(clausesOf(docId), reuseOf(docId), docsById)));
  }
  return summary;
}

/**
 * The passages for the toggle's script (src/components/reuse/ReuseMarks.astro), compactly (a
 * plan shares hundreds): each marked clause's anchor, heading end and white-space offsets;
 * passages as [clause index, start, end, partner index, partner's clause number].
 */
export function reuseMarks(summary: ReuseSummary): { clauses: [string, number, number[]][]; spans: [number, number, number, number, string][] } {
  const marked = [...new Set(summary.spans.map((s) => s.clause))];
  const clauseIndex = new Map(marked.map((id, i) => [id, i]));
  return {
    clauses: marked.map((id) => {
      const clause = clauseById(id)!;
      return [clauseAnchor(id), headingEnd(clause), whitespaceOffsets(clause.text)];
    }),
    spans: summary.spans.map((s) => [clauseIndex.get(s.clause)!, s.start, s.end, s.partner, clauseNumber(s.target)]),
  };
}

/** Short labels, in the summary line: 国家方案 14%, 其他县 3%, 自有 83% (a county's county partners are other counties). */
export const reuseLevelLabel = (t: Strings['reuse'], doc: Pick<DocumentRecord, 'level'>, level: ReuseLevel): string =>
  level === 'county' ? (doc.level === 'county' ? t.otherCounties : t.county) : t[level];

/** A partner as the panel names it. */
export const partnerName = (id: string): string => docLabel(documentById(id) ?? { id, title: null });
