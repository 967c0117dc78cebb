/**
 * Highlighted runs (highlight.ts) as HTML, every character of a document escaped and a Markdown
 * source's `**…**` shown bold (its marks kept, hidden; lines: markdown-html.ts): the markup
 * RunText.astro made with components, as pure functions. A clause's text is most of a reader
 * page and reads the same in both languages (but for its fields' tooltips), so it is rendered once per build and language and reused: at a
 * thousand plans, a component instance per paragraph cost more than the text itself.
 */
import type { ClauseRecord } from './data.ts';
import { clauseLayout, type Piece, type Run } from './highlight.ts';
import type { FieldWords } from './fields.ts';
import { zh } from '../i18n/zh.ts';
import { clauseAnchor } from './routes.ts';
import { strongPairs } from '../../scripts/text/strong-emphasis.ts';

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => entities[c]);

/** A Markdown mark as written (`**`, `## `), kept in the page — what the search index reads — but not shown. */
export const markHtml = (mark: string): string => (mark ? `<span class="md-mark" hidden>${escapeHtml(mark)}</span>` : '');

/**
 * `text`, standing at `at` in a line whose bold pairs are `pairs`, as HTML: the words of a pair in
 * <strong>, its marks hidden, every character escaped. A piece of a line renders on its own, so
 * a pair across a field's <mark> is cut at its edges instead of crossing them.
 */
export function inlineHtml(text: string, at = 0, pairs = strongPairs(text)): string {
  if (pairs.length === 0) return escapeHtml(text);
  const end = at + text.length;
  const points = [at, ...pairs.flatMap((p) => [p.open, p.from, p.to, p.close]).filter((c) => c > at && c < end), end];
  let html = '';
  for (let i = 0; i + 1 < points.length; i++) {
    const [s, e] = [points[i]!, points[i + 1]!];
    const part = text.slice(s - at, e - at);
    const pair = pairs.find((p) => p.open <= s && e <= p.close);
    html += !pair ? escapeHtml(part) : s >= pair.from && e <= pair.to ? `<strong>${escapeHtml(part)}</strong>` : markHtml(part);
  }
  return html;
}

/** A field is a focusable <mark> described by a tooltip holding its normalised value; shared wording is underlined. Tooltip ids are `${tipPrefix}-${index}`. */
export function runsHtml(runs: Run[], tipPrefix: string): string {
  const pairs = strongPairs(runs.map((run) => run.pieces.map((p) => p.text).join('')).join(''));
  let at = 0;
  const piecesHtml = (pieces: Piece[]) =>
    pieces
      .map((p) => {
        const html = inlineHtml(p.text, at, pairs);
        at += p.text.length;
        return p.evidence ? `<span class="ev">${html}</span>` : html;
      })
      .join('');
  return runs
    .map((run, index) => {
      if (!run.field) return piecesHtml(run.pieces);
      const id = escapeHtml(`${tipPrefix}-${index}`);
      return `<span class="field"><mark class="f f-${escapeHtml(run.field.kind)}" tabindex="0" aria-describedby="${id}">${piecesHtml(run.pieces)}</mark><span class="tip" role="tooltip" id="${id}" data-pagefind-ignore>${escapeHtml(run.field.label)}</span></span>`;
    })
    .join('');
}

export interface RenderedClause {
  /** The heading's words as they stand in the text (clauseLayout's `lead`), and as HTML. */
  lead: Run[];
  leadHtml: string;
  /** The inside of the clause's text block: paragraphs and enumeration lists. */
  bodyHtml: string;
}

/**
 * A clause's text as HTML with its fields' tooltips in the page's words. Not remembered: a build
 * renders each clause once per language, and keeping every clause's HTML for the whole build
 * only made the garbage collector's work grow with the corpus.
 */
export function renderedClause(clause: ClauseRecord, w: FieldWords = zh.fields): RenderedClause {
  const anchor = clauseAnchor(clause.id);
  const { lead, blocks } = clauseLayout(clause, w);
  const bodyHtml = blocks
    .map((block, b) =>
      block.kind === 'paragraph'
        ? `<p>${runsHtml(block.runs, `${anchor}-${b}`)}</p>`
        : `<ul class="enumeration">${block.items.map((item, i) => `<li>${runsHtml(item.runs, `${anchor}-${b}-${i}`)}</li>`).join('')}</ul>`,
    )
    .join('');
  return { lead, leadHtml: runsHtml(lead, `${anchor}-h`), bodyHtml };
}
