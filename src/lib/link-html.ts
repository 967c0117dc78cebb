/**
 * What a link shows wherever it is read — the reader, the comparison table, a national clause's
 * page: its relation, its score, whether a researcher confirmed or added it (so curated and
 * computed links read apart everywhere), and the placeholder of its curation tools. Pure
 * functions, every value escaped, safe in the browser as at build time.
 */
import type { Link } from '../../scripts/publish/schema.ts';
import type { Strings } from '../i18n/index.ts';
import { fill } from '../i18n/locale.ts';
import { formatScore } from './fields.ts';
import { escapeHtml as esc } from './run-html.ts';

/** The words a link's marks need, in the page's language. */
export type LinkWords = Pick<Strings, 'reader' | 'relation'>;

/** Confirm or reject one link, in the browser (src/components/curation/client.ts fills it): hidden until the script runs. */
export function linkToolsHtml(source: string, target: string, curated: Link['curated']): string {
  return `<span class="curation-tools" data-curation-pair data-source="${esc(source)}" data-target="${esc(target)}" data-curated="${esc(curated ?? 'computed')}" hidden></span>`;
}

/** A researcher's mark on a link: 人工确认 or 人工添加 ('' for a computed link). */
export function curatedBadgeHtml(curated: Link['curated'], r: Pick<LinkWords['reader'], 'curatedAdded' | 'curatedConfirmed'>): string {
  return curated ? `<span class="badge curated">${esc(curated === 'added' ? r.curatedAdded : r.curatedConfirmed)}</span>` : '';
}

/**
 * The link's relation and score, then its curation; with `inherited`, a mark for a link taken from
 * the clause above (the reader says so in a sentence of its own instead).
 */
export function linkMarksHtml(link: Pick<Link, 'relation' | 'score' | 'curated' | 'inheritedFrom'>, { reader: r, relation }: LinkWords, { inherited = false } = {}): string {
  return (
    `<span class="badge">${esc(relation[link.relation])}</span>` +
    `<span class="score" title="${esc(r.scoreTitle)}">${esc(fill(r.score, { score: formatScore(link.score) }))}</span>` +
    curatedBadgeHtml(link.curated, r) +
    (inherited && link.inheritedFrom ? `<span class="badge inherited">${esc(r.inheritedBadge)}</span>` : '')
  );
}
