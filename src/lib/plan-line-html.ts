/**
 * A plan's line on a national clause's page, as HTML, every value escaped: the plan, its best
 * clause for the national clause, relation and score, how many more, its curation, and the tools
 * to confirm or reject the link. The page's first lines of a province group (PlanList.astro) and
 * those loaded from plans.json when the group opens (national-filter.ts) are this markup, so a
 * researcher curates a link from any line, at any number of plans.
 */
import type { Link } from '../../scripts/publish/schema.ts';
import { fill } from '../i18n/locale.ts';
import { documentGroupAnchor } from './compare-links.ts';
import { curatedBadgeHtml, linkToolsHtml, type LinkWords } from './link-html.ts';
import type { PlanLine } from './national-view.ts';
import { escapeHtml as esc } from './run-html.ts';
import { clauseHref, docHref } from './routes.ts';

/** The interface words of a line, in the page's language (the list carries them for the lines loaded later). */
export interface LineWords {
  relations: Record<Link['relation'], string>;
  /** how many more of the plan's clauses take the clause up (`（另 {n} 条）`) */
  others: string;
  curated: Pick<LinkWords['reader'], 'curatedAdded' | 'curatedConfirmed'>;
}

/** The line of one plan taking up the national clause `target`. */
export function planLineHtml(line: PlanLine, target: string, words: LineWords): string {
  const others = line.others > 0 ? fill(words.others, { n: line.others }) : '';
  return (
    `<li id="${esc(documentGroupAnchor(line.id))}">` +
    `<a href="${esc(docHref(line.id))}">${esc(line.name)}</a>：<a class="hit-title" href="${esc(clauseHref(line.clause))}">${esc(line.label)}</a>` +
    `<span class="line-tail"> ${esc(`${words.relations[line.relation]} ${line.score}${others}`)}</span>` +
    curatedBadgeHtml(line.curated, words.curated) +
    linkToolsHtml(line.clause, target, line.curated) +
    `</li>`
  );
}
