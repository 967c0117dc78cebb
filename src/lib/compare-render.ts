/**
 * The comparison table drawn in the browser for the plans chosen, from their own data files
 * (/data/docs/<id>.json) and the national plan's: the same rows, cells and marks as the
 * table the build writes for a small corpus. Every document text goes in as a text node.
 */
import type { ClauseRecord, DocumentRecord } from '../../scripts/publish/schema.ts';
import { compareModel, coveredRows, excerptSegments, highlightSegments, planShortName, precedesNational, type LinkedClause, type Segment } from './compare.ts';
import { nationalClauseHref, nationalClauseSlug } from './compare-links.ts';
import { formatScore } from './fields.ts';
import { zh } from '../i18n/zh.ts';
import { fill } from '../i18n/locale.ts';
import { clauseReference, docLabel } from './labels.ts';
import { clauseHref, docHref } from './routes.ts';

export interface DocData {
  document: DocumentRecord;
  clauses: ClauseRecord[];
}

type Child = Node | string | null | false;

function h(tag: string, attrs: Record<string, string | undefined> = {}, ...children: Child[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) if (value !== undefined) node.setAttribute(name, value);
  node.append(...children.filter((c): c is Node | string => c !== null && c !== false));
  return node;
}

const segmentNodes = (segments: Segment[]) => segments.map((s) => (s.shared ? h('mark', { class: 'shared' }, s.text) : s.text));

/** The words the table needs, in the page's language, and how a page link is written in it. */
export interface TableText {
  s: Pick<typeof zh, 'compare' | 'reader' | 'relation'>;
  page: (href: string) => string;
}

function hitNode({ clause, link }: LinkedClause, { s: { reader: r, relation }, page }: TableText): HTMLElement {
  return h(
    'article',
    { class: `hit rel-${link.relation}` },
    h('a', { class: 'hit-title', href: page(clauseHref(clause.id)), lang: 'zh-CN' }, clauseReference(clause)),
    h(
      'p',
      { class: 'hit-meta' },
      h('span', { class: 'badge' }, relation[link.relation]),
      h('span', { class: 'score' }, fill(r.score, { score: formatScore(link.score) })),
      link.curated && h('span', { class: 'badge curated' }, link.curated === 'added' ? r.curatedAdded : r.curatedConfirmed),
      link.inheritedFrom && h('span', { class: 'badge inherited' }, r.inheritedBadge),
    ),
    link.relation === 'precedes' && h('p', { class: 'precedes-note' }, r.precedes),
    h('p', { class: 'hit-text', lang: 'zh-CN' }, ...segmentNodes(excerptSegments(clause.text, link.evidence.map((e) => e.source)))),
  );
}

/** The table for the national documents and the chosen plans. */
export function compareTable(national: DocData[], chosen: DocData[], text: TableText = { s: zh, page: (href) => href }): HTMLTableElement {
  const { s: { compare: t }, page } = text;
  const documents = [...national, ...chosen].map((d) => d.document);
  const clauses = [...national, ...chosen].flatMap((d) => d.clauses);
  const { plans, rows, unlinked } = compareModel(documents, clauses);
  const nationalIds = new Set(rows.map((r) => r.national.id));
  const gap = () => [h('span', { 'aria-hidden': 'true' }, '—'), h('span', { class: 'visually-hidden' }, t.gap)];
  return h(
    'table',
    { class: 'compare-table' },
    h('caption', { id: 'compare-caption' }, t.captionChosen),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col', class: 'national-col' }, t.nationalCol),
        ...plans.map((plan) =>
          h(
            'th',
            { scope: 'col', 'data-doc': plan.id },
            h('a', { href: page(docHref(plan.id)), lang: 'zh-CN' }, planShortName(plan)),
            h('span', { class: 'plan-title', lang: 'zh-CN' }, `${docLabel(plan)}${plan.date ? fill(t.dated, { date: plan.date }) : ''}`),
            h('span', { class: 'coverage' }, fill(t.covered, { a: coveredRows({ rows }, plan.id), b: rows.length })),
            precedesNational(plan, clauses, nationalIds) && h('span', { class: 'precedes-flag' }, t.precedes),
          ),
        ),
      ),
    ),
    h(
      'tbody',
      {},
      ...rows.map((row) => {
        const targetSpans = Object.values(row.cells).flat().flatMap((hit) => hit.link.evidence.map((e) => e.target));
        const covered = plans.filter((p) => row.cells[p.id].length > 0).length;
        return h(
          'tr',
          { id: nationalClauseSlug(row.national.id), 'data-national': row.national.id },
          h(
            'th',
            { scope: 'row', class: 'national-col' },
            h('a', { href: page(nationalClauseHref(row.national.id)), lang: 'zh-CN' }, clauseReference(row.national)),
            h('span', { class: 'coverage' }, fill(t.rowCovered, { a: covered, b: plans.length })),
            h('details', {}, h('summary', {}, t.text), h('p', { lang: 'zh-CN' }, ...segmentNodes(highlightSegments(row.national.text, targetSpans))), h('p', {}, h('a', { href: page(clauseHref(row.national.id)) }, t.readNational))),
          ),
          ...plans.map((plan) =>
            row.cells[plan.id].length ? h('td', { 'data-doc': plan.id }, ...row.cells[plan.id].map((hit) => hitNode(hit, text))) : h('td', { 'data-doc': plan.id, class: 'gap' }, ...gap()),
          ),
        );
      }),
    ),
    h(
      'tbody',
      { class: 'unlinked' },
      h(
        'tr',
        { id: 'unlinked' },
        h('th', { scope: 'row', class: 'national-col' }, t.unlinked, h('span', { class: 'coverage' }, t.unlinkedNote)),
        ...plans.map((plan) =>
          h(
            'td',
            { 'data-doc': plan.id },
            unlinked[plan.id].length === 0
              ? h('span', {}, t.none)
              : h('details', {}, h('summary', {}, fill(t.count, { n: unlinked[plan.id].length })), h('ul', { lang: 'zh-CN' }, ...unlinked[plan.id].map((c) => h('li', {}, h('a', { href: page(clauseHref(c.id)) }, clauseReference(c)))))),
          ),
        ),
      ),
    ),
  ) as HTMLTableElement;
}
