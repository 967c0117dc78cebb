/**
 * The part of a rendered page Pagefind reads: the element marked `data-pagefind-body`, less the
 * parts marked `data-pagefind-ignore`, in a page that keeps the language and title. A reader page
 * is mostly what Pagefind skips (outline, tooltips, link lists, suggestions, the field table,
 * the reuse and citation data): Pagefind would parse all of it to throw it away, and the page
 * crosses to its process as JSON. What Pagefind records from the two is the same (a test indexes
 * both). An ignored part that holds filters, metadata or sort keys stays: Pagefind's default
 * `data-pagefind-ignore` still reads those.
 *
 * Written for HTML as Astro renders it: text is escaped, so `<` only opens a tag; attribute
 * values may hold `>` inside their quotes.
 */
const tagPattern = /<(\/?)([a-zA-Z][\w-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const voidElements = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const readByPagefind = /data-pagefind-(?:filter|meta|sort)\b/;
const hasAttribute = (attributes: string, name: string) => new RegExp(`\\s${name}(?:[\\s=/]|$)`).test(attributes);

interface Tag {
  closing: boolean;
  name: string;
  attributes: string;
  start: number;
  end: number;
}

function* tags(html: string, from = 0): Generator<Tag> {
  const pattern = new RegExp(tagPattern);
  pattern.lastIndex = from;
  for (let match = pattern.exec(html); match; match = pattern.exec(html)) {
    yield { closing: match[1] === '/', name: match[2].toLowerCase(), attributes: match[3], start: match.index, end: pattern.lastIndex };
  }
}

/** Where the element opened by `open` ends (after its closing tag); the end of the text if it never closes. */
function elementEnd(html: string, open: Tag): number {
  if (voidElements.has(open.name) || open.attributes.endsWith('/')) return open.end;
  let depth = 1;
  for (const tag of tags(html, open.end)) {
    if (tag.name !== open.name) continue;
    depth += tag.closing ? -1 : 1;
    if (depth === 0) return tag.end;
  }
  return html.length;
}

/** The body element's HTML with the ignored parts cut out. */
function bodyWithoutIgnored(html: string, body: Tag, bodyEnd: number): string {
  const kept: string[] = [];
  let copiedTo = body.start;
  const pattern = new RegExp(tagPattern);
  pattern.lastIndex = body.end;
  for (let match = pattern.exec(html); match && match.index < bodyEnd; match = pattern.exec(html)) {
    if (match[1] === '/' || !hasAttribute(match[3], 'data-pagefind-ignore')) continue;
    const open: Tag = { closing: false, name: match[2].toLowerCase(), attributes: match[3], start: match.index, end: pattern.lastIndex };
    const end = elementEnd(html, open);
    if (readByPagefind.test(html.slice(open.end, end))) continue;
    kept.push(html.slice(copiedTo, open.start));
    copiedTo = end;
    pattern.lastIndex = end;
  }
  kept.push(html.slice(copiedTo, bodyEnd));
  return kept.join('');
}

/** Text Pagefind indexes and nobody sees, as HTML to append to a record. */
export const hiddenBlock = (text: string) => `<p hidden>${text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'))}</p>`;

/**
 * The page Pagefind is handed for `html`, with `append` (HTML) at the end of its body element;
 * the page itself when nothing in it is marked as the body.
 */
export function searchRecord(html: string, append = ''): string {
  let lang = '';
  let title = '';
  for (const tag of tags(html)) {
    if (tag.closing) continue;
    if (tag.name === 'html') lang = /\slang="([^"]*)"/.exec(tag.attributes)?.[1] ?? '';
    else if (tag.name === 'title') title = html.slice(tag.end, html.indexOf('</title>', tag.end));
    else if (hasAttribute(tag.attributes, 'data-pagefind-body')) {
      const close = `</${tag.name}>`;
      const end = elementEnd(html, tag);
      const contentEnd = html.startsWith(close, end - close.length) ? end - close.length : end;
      const body = bodyWithoutIgnored(html, tag, contentEnd) + append + close;
      return `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
    }
  }
  return html;
}
