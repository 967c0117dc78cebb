/**
 * The reader's clauses — each with its permalink line, its links to higher-level clauses with
 * their shared wording, its suggested links, the curation tools' placeholders, its children —
 * and its outline, as HTML from pure functions, every value escaped. A reader page has hundreds
 * of these, and at a thousand plans a component instance for each cost more than the markup.
 */
import type { Strings } from '../i18n/index.ts';
import { fill } from '../i18n/locale.ts';
import { canLinkFrom } from './curation-data.ts';
import { childrenOf, clauseById, documentById, type ClauseRecord } from './data.ts';
import { formatScore } from './fields.ts';
import { clauseName, clauseReference, docLabel } from './labels.ts';
import { nationalClauseHref } from './compare-links.ts';
import { originalHref, pagesLabel } from './original.ts';
import { cellRuns, inOutline, partBlocks } from './parts.ts';
import { escapeHtml as esc, renderedClause, runsHtml } from './run-html.ts';
import { linkMarksHtml, linkToolsHtml } from './link-html.ts';
import { clauseAnchor, clauseHref, docOfClause, sourceHref } from './routes.ts';

/** The page's words and the value of its lang attribute (useStrings). */
export interface PageWords {
  s: Strings;
  lang: string;
}

/** Where a clause stands: its source lines and, for a paged original, its pages. */
function sourcePlaceHtml(clause: ClauseRecord, s: Strings): string {
  const r = s.reader;
  const { line, endLine, pages } = clause.source;
  const original = documentById(clause.doc)?.source.original;
  const lines = line === endLine ? fill(r.lines, { a: line }) : fill(r.lineRange, { a: line, b: endLine });
  return (
    `<a class="source-lines" href="${esc(sourceHref(clause.doc))}">${esc(fill(r.sourceLines, { lines }))}</a>` +
    (pages ? `<a class="source-pages" href="${esc(original ? originalHref(original, pages[0]) : sourceHref(clause.doc))}">${esc(fill(r.originalPages, { pages: pagesLabel(pages, s.pages) }))}</a>` : '')
  );
}

/** A clause's permalink, copy button, source lines and, for a paged original, its pages. */
export function clauseMetaHtml(clause: ClauseRecord, { s, lang }: PageWords): string {
  const r = s.reader;
  const href = esc(clauseHref(clause.id));
  return (
    `<p class="clause-meta" data-pagefind-ignore lang="${esc(lang)}">` +
    `<a class="permalink" href="${href}" aria-label="${esc(fill(r.permalink, { id: clause.id }))}">§ <span lang="zh-CN">${esc(clause.id)}</span></a>` +
    `<button type="button" class="copy-link" data-copy="${href}" hidden>${esc(r.copyLink)}</button>` +
    sourcePlaceHtml(clause, s) +
    `</p>`
  );
}

/**
 * Table rows (each a clause) as the table they came from, in an attached part or the body: one column
 * per header, units, deadlines and metrics highlighted in their cells, each row with its
 * permalink, source lines and pages, and its links in a row of their own under it, across the
 * table (in a column of their own they made every row as tall as a page).
 */
export function rowsTableHtml(headers: string[], rows: ClauseRecord[], words: PageWords): string {
  const { s, lang } = words;
  const r = s.reader;
  const head = headers.map((header) => `<th scope="col">${esc(header)}</th>`).join('') + `<th scope="col" data-pagefind-ignore lang="${esc(lang)}">${esc(r.rowSource)}</th>`;
  const body = rows.map((row) => {
    const anchor = clauseAnchor(row.id);
    // The row's anchor is a heading no one sees, so that Pagefind gives each row a sub-result of its own.
    const level = Math.min(row.depth + 1, 6);
    const heading = `<h${level} id="${esc(anchor)}" class="row-heading visually-hidden" aria-hidden="true">${esc(clauseName(row))}</h${level}>`;
    const cells = cellRuns(row, s.fields).map((runs, k) => `<td class="col-${esc(row.cells[k].column)}">${k === 0 ? heading : ''}${runsHtml(runs, `${anchor}-${k}`)}</td>`).join('');
    const links = clauseLinksHtml(row, words);
    return (
      `<tr>${cells}` +
      `<td class="row-meta" data-pagefind-ignore lang="${esc(lang)}">` +
      `<a class="permalink" href="${esc(clauseHref(row.id))}" aria-label="${esc(fill(r.rowPermalink, { id: row.id }))}">§</a>` +
      sourcePlaceHtml(row, s) +
      `</td></tr>` +
      (links ? `<tr class="row-links"><td colspan="${headers.length + 1}">${links}</td></tr>` : '')
    );
  });
  return `<div class="table-scroll" role="region" aria-label="${esc(headers.join(' | '))}" tabindex="0"><table class="part-table"><thead><tr>${head}</tr></thead><tbody>${body.join('')}</tbody></table></div>`;
}

/** The wording a link or suggestion shares with its target: 共同措辞：a、b. */
const evidenceHtml = (label: string, evidence: { text: string }[]) =>
  evidence.length > 0 ? `<span class="evidence">${esc(label)}<span lang="zh-CN">${evidence.map((e, i) => `${i > 0 ? '、' : ''}<mark class="ev-mark">${esc(e.text)}</mark>`).join('')}</span></span>` : '';

/** Where a link taken from the clause above (its `inheritedFrom`) comes from. */
function inheritedHtml(label: string, parentId: string | null | undefined): string {
  const parent = parentId ? clauseById(parentId) : undefined;
  return parent ? `<span class="inherited">${esc(label)}<a href="${esc(clauseHref(parent.id))}" lang="zh-CN">${esc(clauseReference(parent))}</a></span>` : '';
}

/** Where a higher-level clause is read: a national clause on its own page, any other in its reader. */
const targetHref = (target: string) => (documentById(docOfClause(target))?.level === 'national' ? nationalClauseHref(target) : clauseHref(target));

/**
 * A clause's links to higher-level clauses (target, relation, score, shared wording), its
 * suggested links (可能对应: a clause with no link, its best candidates, shown apart, each with
 * the shared wording and, with JavaScript, a button to accept it), and the placeholder of its
 * add-a-link picker (the form is the page's template, src/components/curation/CurationClient.astro).
 */
export function clauseLinksHtml(clause: ClauseRecord, { s, lang }: PageWords): string {
  const r = s.reader;
  const c = s.curation;
  let html = '';
  if (clause.links.length > 0) {
    html += `<div class="links" data-pagefind-ignore lang="${esc(lang)}"><p class="links-title">${esc(r.linksTitle)}</p><ul aria-label="${esc(r.linksTitle)}">`;
    for (const link of clause.links) {
      const target = clauseById(link.target);
      const targetDoc = documentById(docOfClause(link.target));
      html +=
        `<li class="link rel-${esc(link.relation)}">` +
        `<a href="${esc(targetHref(link.target))}" lang="zh-CN">${esc(target ? clauseReference(target) : link.target)}</a>` +
        `<span class="link-doc" lang="zh-CN">（${esc(targetDoc ? docLabel(targetDoc) : docOfClause(link.target))}）</span>` +
        linkMarksHtml(link, s) +
        (link.note ? `<span class="curation-note">${esc(fill(r.note, { note: link.note }))}</span>` : '') +
        linkToolsHtml(clause.id, link.target, link.curated) +
        evidenceHtml(r.evidence, link.evidence) +
        inheritedHtml(r.inherited, link.inheritedFrom) +
        `</li>`;
    }
    html += `</ul></div>`;
  }
  const suggestions = clause.suggestions ?? [];
  if (suggestions.length > 0) {
    html += `<div class="suggestions" data-pagefind-ignore lang="${esc(lang)}"><p class="suggestions-title">${esc(c.suggested)} <span class="hint">${esc(c.suggestedHint)}</span></p><ul aria-label="${esc(c.suggested)}">`;
    for (const suggestion of suggestions) {
      const target = clauseById(suggestion.target);
      html +=
        `<li class="suggestion">` +
        `<a href="${esc(targetHref(suggestion.target))}" lang="zh-CN">${esc(target ? clauseReference(target) : suggestion.target)}</a>` +
        `<span class="score" title="${esc(c.probability)}">${esc(fill(c.likelihood, { score: formatScore(suggestion.score) }))}</span>` +
        evidenceHtml(r.evidence, suggestion.evidence) +
        linkToolsHtml(clause.id, suggestion.target, null) +
        `</li>`;
    }
    html += `</ul></div>`;
  }
  if (canLinkFrom(clause)) html += `<details class="curation-add" data-curation-add data-source="${esc(clause.id)}" hidden data-pagefind-ignore lang="${esc(lang)}"></details>`;
  return html;
}

/**
 * One clause and, nested inside, its children (ClauseSection.astro's markup). The heading carries
 * the clause's anchor id, so Pagefind splits the page into one sub-result per clause and search
 * results land on it. Pagefind (1.6) takes a heading's sub-result title only from text directly in
 * it or in a few inline tags: text inside <mark> is dropped, so 方案（<mark>3月22日</mark>） was
 * titled 方案（）. When the heading highlights a field, the marked version is left out of the index
 * entirely (ignore="all": plain data-pagefind-ignore still lets nested spans into the title) and a
 * hidden plain copy, the same characters without tooltips, is indexed instead.
 */
export function clauseSectionHtml(clause: ClauseRecord, words: PageWords): string {
  const anchor = esc(clauseAnchor(clause.id));
  const heading = `h${Math.min(clause.depth + 1, 6)}`;
  // The text is the same in both languages, the tooltips in the page's: rendered once per build and language (run-html.ts).
  const { lead, leadHtml, bodyHtml } = renderedClause(clause, words.s.fields);
  const plainLead = lead.map((run) => run.pieces.map((p) => p.text).join('')).join('');
  const headingText =
    lead.length === 0
      ? esc(clauseName(clause))
      : lead.some((run) => run.field)
        ? `<span data-pagefind-ignore="all">${leadHtml}</span><span class="index-heading" hidden>${esc(plainLead)}</span>`
        : leadHtml;
  return (
    `<section class="clause depth-${clause.depth}" aria-labelledby="${anchor}">` +
    `<${heading} id="${anchor}" class="clause-heading">${clause.marker ? `<span class="marker">${esc(clause.marker)}</span>` : ''}${headingText}</${heading}>` +
    clauseMetaHtml(clause, words) +
    `<div class="clause-text">${bodyHtml}</div>` +
    clauseLinksHtml(clause, words) +
    childrenHtml(clause, words) +
    `</section>`
  );
}

/**
 * A clause's children: rows of a table (a task list set out in columns under a header, in the
 * body as in an attached part) gathered into that table, every other child a clause of its own.
 */
function childrenHtml(clause: ClauseRecord, words: PageWords): string {
  return partBlocks(childrenOf(clause.id))
    .map((block) => (block.kind === 'table' ? rowsTableHtml(block.headers, block.rows, words) : clauseSectionHtml(block.clause, words)))
    .join('');
}

/** The clause tree as nested links to the clause anchors (Outline.astro's markup). */
export function outlineHtml(clauses: ClauseRecord[]): string {
  const items = clauses.map((clause) => {
    const children = childrenOf(clause.id).filter(inOutline);
    return `<li><a href="#${esc(clauseAnchor(clause.id))}">${esc(clause.marker ?? '')}${esc(clauseName(clause))}</a>${children.length > 0 ? outlineHtml(children) : ''}</li>`;
  });
  return `<ol class="outline-list" lang="zh-CN">${items.join('')}</ol>`;
}
