/**
 * Lines a Markdown source wrote (a preamble, a closing, an attached part's introduction) as HTML
 * for display: `# 标题` a bold heading line, `**重点**` bold, `> 引文` a quote, `- 项` a bullet,
 * `---` a rule. Only marks that are Markdown beyond doubt are read (附件#1, 5*3 stay as written),
 * and no renderer sees the text: every character is escaped here, and each mark stays in the
 * page, hidden, so that the page's text — what the search index reads — is the text as written.
 */
import { inlineHtml, markHtml } from './run-html.ts';

export type MarkdownLine =
  | { kind: 'heading'; depth: number; html: string }
  | { kind: 'quote' | 'item' | 'paragraph' | 'rule'; html: string };

// Block marks at a line's start (up to three spaces in, as Markdown allows), each followed by a space.
const rule = /^ {0,3}(?:-{3,}|\*{3,})[ \t]*$/;
const heading = /^( {0,3}(#{1,6})[ \t]+)(.*?)((?:[ \t]+#+)?[ \t]*)$/;
const quote = /^( {0,3}>[ \t]+)(.*)$/;
// Not `- 2 -`: a page's number in a printed plan's footer, no list of one.
const item = /^( {0,3}[-*][ \t]+)(?=\S)(?!\d+[ \t]*-[ \t]*$)(.*)$/;

/** One line as HTML: what kind of block its mark makes it, and its content with the mark hidden. */
export function markdownLine(line: string): MarkdownLine {
  if (rule.test(line)) return { kind: 'rule', html: markHtml(line) };
  const h = heading.exec(line);
  if (h) return { kind: 'heading', depth: h[2]!.length, html: `${markHtml(h[1]!)}<strong>${inlineHtml(h[3]!)}</strong>${markHtml(h[4]!)}` };
  for (const [kind, pattern] of [['quote', quote], ['item', item]] as const) {
    const m = pattern.exec(line);
    if (m) return { kind, html: markHtml(m[1]!) + inlineHtml(m[2]!) };
  }
  return { kind: 'paragraph', html: inlineHtml(line) };
}

/** Consecutive items make one list, consecutive quote lines one quote. */
const groups = { item: ['<ul class="md-list">', '<li>', '</li>', '</ul>'], quote: ['<blockquote class="md-quote">', '<p>', '</p>', '</blockquote>'] } as const;

/** The non-blank lines of a text as HTML blocks. */
export function markdownLinesHtml(lines: string[]): string {
  let html = '';
  let open: keyof typeof groups | null = null;
  for (const line of lines.filter((l) => l.trim())) {
    const block = markdownLine(line);
    const group = block.kind === 'item' || block.kind === 'quote' ? block.kind : null;
    if (open && open !== group) html += groups[open][3];
    if (group && open !== group) html += groups[group][0];
    open = group;
    if (group) html += groups[group][1] + block.html + groups[group][2];
    else if (block.kind === 'heading') html += `<p class="md-heading md-h${block.depth}">${block.html}</p>`;
    else if (block.kind === 'rule') html += `<div class="md-rule" role="separator">${block.html}</div>`;
    else html += `<p>${block.html}</p>`;
  }
  return open ? html + groups[open][3] : html;
}
