/**
 * The comparison table drawn in the browser for the plans chosen, from their own data files
 * (/data/docs/<id>.json) and the national plan's: the same rows, cells and marks as the
 * table the build writes for a small corpus. Every document text goes in as a text node.
 */
import type { ClauseRecord, DocumentRecord } from '../../scripts/publish/schema.ts';
import { compareModel, coveredRows, excerptSegments, highlightSegments, planShortName, precedesNational, type LinkedClause, type Segment } from './compare.ts';
import { nationalClauseHref, nationalClauseSlug } from './compare-links.ts';
import { formatScore, relationLabel } from './fields.ts';
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

function hitNode({ clause, link }: LinkedClause): HTMLElement {
  return h(
    'article',
    { class: `hit rel-${link.relation}` },
    h('a', { class: 'hit-title', href: clauseHref(clause.id) }, clauseReference(clause)),
    h(
      'p',
      { class: 'hit-meta' },
      h('span', { class: 'badge' }, relationLabel[link.relation]),
      h('span', { class: 'score' }, `得分 ${formatScore(link.score)}`),
      link.curated && h('span', { class: 'badge curated' }, link.curated === 'added' ? '人工添加' : '人工确认'),
    ),
    link.relation === 'precedes' && h('p', { class: 'precedes-note' }, '此方案早于国家方案，为先行对应，并非落实。'),
    h('p', { class: 'hit-text' }, ...segmentNodes(excerptSegments(clause.text, link.evidence.map((e) => e.source)))),
  );
}

/** The table for the national documents and the chosen plans. */
export function compareTable(national: DocData[], chosen: DocData[]): HTMLTableElement {
  const documents = [...national, ...chosen].map((d) => d.document);
  const clauses = [...national, ...chosen].flatMap((d) => d.clauses);
  const { plans, rows, unlinked } = compareModel(documents, clauses);
  const nationalIds = new Set(rows.map((r) => r.national.id));
  const gap = () => [h('span', { 'aria-hidden': 'true' }, '—'), h('span', { class: 'visually-hidden' }, '未涉及')];
  return h(
    'table',
    { class: 'compare-table' },
    h('caption', { id: 'compare-caption' }, '国家方案条款与所选方案对应条款'),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col', class: 'national-col' }, '国家方案条款'),
        ...plans.map((plan) =>
          h(
            'th',
            { scope: 'col', 'data-doc': plan.id },
            h('a', { href: docHref(plan.id) }, planShortName(plan)),
            h('span', { class: 'plan-title' }, `${docLabel(plan)}${plan.date ? `（${plan.date}）` : ''}`),
            h('span', { class: 'coverage' }, `涉及 ${coveredRows({ rows }, plan.id)}/${rows.length} 条国家条款`),
            precedesNational(plan, clauses, nationalIds) && h('span', { class: 'precedes-flag' }, '早于国家方案'),
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
            h('a', { href: nationalClauseHref(row.national.id) }, clauseReference(row.national)),
            h('span', { class: 'coverage' }, `${covered}/${plans.length} 个方案涉及`),
            h('details', {}, h('summary', {}, '条文'), h('p', {}, ...segmentNodes(highlightSegments(row.national.text, targetSpans))), h('p', {}, h('a', { href: clauseHref(row.national.id) }, '在国家方案中阅读'))),
          ),
          ...plans.map((plan) =>
            row.cells[plan.id].length ? h('td', { 'data-doc': plan.id }, ...row.cells[plan.id].map(hitNode)) : h('td', { 'data-doc': plan.id, class: 'gap' }, ...gap()),
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
        h('th', { scope: 'row', class: 'national-col' }, '未对应国家条款的条款', h('span', { class: 'coverage' }, '各方案自有的内容')),
        ...plans.map((plan) =>
          h(
            'td',
            { 'data-doc': plan.id },
            unlinked[plan.id].length === 0
              ? h('span', {}, '无')
              : h('details', {}, h('summary', {}, `${unlinked[plan.id].length} 条`), h('ul', {}, ...unlinked[plan.id].map((c) => h('li', {}, h('a', { href: clauseHref(c.id) }, clauseReference(c)))))),
          ),
        ),
      ),
    ),
  ) as HTMLTableElement;
}
