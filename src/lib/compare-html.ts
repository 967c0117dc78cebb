/**
 * The comparison table as HTML from pure functions, every value escaped: a row per national
 * clause, a column per plan, in each cell the plan's clauses linked to that clause (their
 * relation, score, curation and the wording they share), gaps marked, and last the clauses linked
 * to none. The build writes it for a small corpus (src/pages/compare/index.astro); in a large one
 * the picker draws it in the browser for the chosen plans from their data files
 * (ComparePicker.astro). Both are this markup, so the curation tools and the CSV export
 * (src/components/export/read-view.ts, whose header is the attribute contract) read either.
 */
import type { ClauseRecord, DocumentRecord } from '../../scripts/publish/schema.ts';
import type { Strings } from '../i18n/index.ts';
import { fill } from '../i18n/locale.ts';
import { compareModel, coveredRows, excerptSegments, highlightSegments, planShortName, precedesNational, type LinkedClause, type Segment } from './compare.ts';
import { nationalClauseHref, nationalClauseSlug } from './compare-links.ts';
import { clauseReference, docLabel } from './labels.ts';
import { linkMarksHtml, linkToolsHtml, type LinkWords } from './link-html.ts';
import { escapeHtml as esc } from './run-html.ts';
import { clauseHref, docHref } from './routes.ts';

/** A page's path as linked from this page (the English pages drawn in the browser prefix /en). */
type Page = (href: string) => string;

/** The words the table needs, in the page's language, and how a page link is written in it. */
export interface CompareWords {
  s: LinkWords & Pick<Strings, 'compare'>;
  page: Page;
}

/** Text with its shared wording marked. */
export const segmentsHtml = (segments: Segment[]): string => segments.map((s) => (s.shared ? `<mark class="shared">${esc(s.text)}</mark>` : esc(s.text))).join('');

/**
 * One plan clause linked to a higher-level clause: its name (a link to the reader anchor), its
 * link's marks and curation tools, and its text around the shared wording (cut beyond `maxLength`).
 * Its data attributes are what the CSV export reads.
 */
export function linkedClauseHtml({ clause, link }: LinkedClause, { s, page = (href) => href }: { s: LinkWords; page?: Page }, { maxLength = 160 } = {}): string {
  const r = s.reader;
  const label = clauseReference(clause);
  const segments = excerptSegments(clause.text, link.evidence.map((e) => e.source), { maxLength });
  return (
    `<article class="hit rel-${esc(link.relation)}" data-clause="${esc(clause.id)}" data-label="${esc(label)}" data-relation="${esc(link.relation)}" data-score="${link.score}" data-curated="${esc(link.curated ?? '')}" data-text="${esc(clause.text)}">` +
    `<a class="hit-title" href="${esc(page(clauseHref(clause.id)))}" lang="zh-CN">${esc(label)}</a>` +
    `<p class="hit-meta">${linkMarksHtml(link, s, { inherited: true })}${linkToolsHtml(clause.id, link.target, link.curated)}</p>` +
    (link.relation === 'precedes' ? `<p class="precedes-note">${esc(r.precedes)}</p>` : '') +
    `<p class="hit-text" lang="zh-CN">${segmentsHtml(segments)}</p>` +
    `</article>`
  );
}

/** The table of the national documents' clauses against the plans among `documents`, under `caption`. */
export function compareTableHtml(documents: readonly DocumentRecord[], clauses: readonly ClauseRecord[], words: CompareWords, caption: string): string {
  const { s, page } = words;
  const t = s.compare;
  const { plans, rows, unlinked } = compareModel(documents, clauses);
  const nationalIds = new Set(rows.map((r) => r.national.id));
  const link = (href: string, text: string, lang = 'zh-CN') => `<a href="${esc(page(href))}"${lang ? ` lang="${lang}"` : ''}>${esc(text)}</a>`;
  const coverage = (text: string) => `<span class="coverage">${esc(text)}</span>`;

  const head = plans.map(
    (plan) =>
      `<th scope="col" data-doc="${esc(plan.id)}" data-doc-title="${esc(docLabel(plan))}">` +
      link(docHref(plan.id), planShortName(plan)) +
      `<span class="plan-title" lang="zh-CN">${esc(docLabel(plan) + (plan.date ? fill(t.dated, { date: plan.date }) : ''))}</span>` +
      coverage(fill(t.covered, { a: coveredRows({ rows }, plan.id), b: rows.length })) +
      (precedesNational(plan, clauses, nationalIds) ? `<span class="precedes-flag">${esc(t.precedes)}</span>` : '') +
      `</th>`,
  );
  const body = rows.map((row) => {
    const targetSpans = Object.values(row.cells).flat().flatMap((hit) => hit.link.evidence.map((e) => e.target));
    const covered = plans.filter((p) => row.cells[p.id].length > 0).length;
    const label = clauseReference(row.national);
    const cells = plans.map((plan) =>
      row.cells[plan.id].length > 0
        ? `<td data-doc="${esc(plan.id)}">${row.cells[plan.id].map((hit) => linkedClauseHtml(hit, words)).join('')}</td>`
        : `<td data-doc="${esc(plan.id)}" class="gap"><span aria-hidden="true">—</span><span class="visually-hidden">${esc(t.gap)}</span></td>`,
    );
    return (
      `<tr id="${esc(nationalClauseSlug(row.national.id))}" data-national="${esc(row.national.id)}" data-national-label="${esc(label)}">` +
      `<th scope="row" class="national-col">` +
      link(nationalClauseHref(row.national.id), label) +
      coverage(fill(t.rowCovered, { a: covered, b: plans.length })) +
      `<details><summary>${esc(t.text)}</summary>` +
      `<p lang="zh-CN" data-national-text>${segmentsHtml(highlightSegments(row.national.text, targetSpans))}</p>` +
      `<p>${link(clauseHref(row.national.id), t.readNational, '')}</p></details>` +
      `</th>${cells.join('')}</tr>`
    );
  });
  const unlinkedCells = plans.map((plan) => {
    const own = unlinked[plan.id];
    return (
      `<td data-doc="${esc(plan.id)}">` +
      (own.length === 0
        ? `<span>${esc(t.none)}</span>`
        : `<details><summary>${esc(fill(t.count, { n: own.length }))}</summary><ul lang="zh-CN">${own.map((c) => `<li>${link(clauseHref(c.id), clauseReference(c), '')}</li>`).join('')}</ul></details>`) +
      `</td>`
    );
  });
  return (
    `<table class="compare-table"><caption id="compare-caption">${esc(caption)}</caption>` +
    `<thead><tr><th scope="col" class="national-col">${esc(t.nationalCol)}</th>${head.join('')}</tr></thead>` +
    `<tbody>${body.join('')}</tbody>` +
    `<tbody class="unlinked"><tr id="unlinked"><th scope="row" class="national-col">${esc(t.unlinked)}${coverage(t.unlinkedNote)}</th>${unlinkedCells.join('')}</tr></tbody>` +
    `</table>`
  );
}
