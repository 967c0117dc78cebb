/**
 * A tiny element tree for SVG built at build time, in Node, with no DOM.
 * Charts compose `el()` nodes; `render()` turns a tree into markup. Every text
 * child and attribute value goes through `escapeXml`, so document text can never
 * become markup, whatever it contains.
 */

export type AttrValue = string | number | boolean | null | undefined;
export type Attrs = Record<string, AttrValue>;
export type Child = SvgNode | string | number | null | undefined | false | Child[];

export interface SvgNode {
  tag: string;
  attrs: Attrs;
  children: Child[];
}

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escape text for use in XML/HTML text or in a quoted attribute value. */
export function escapeXml(text: string): string {
  return String(text).replace(/[&<>"']/g, (c) => XML_ESCAPES[c]);
}

export function el(tag: string, attrs: Attrs = {}, ...children: Child[]): SvgNode {
  return { tag, attrs, children };
}

/** Round coordinates so the markup stays short and stable across platforms. */
export function num(value: number): number {
  return Math.round(value * 100) / 100;
}

function renderAttrs(attrs: Attrs): string {
  let out = '';
  for (const [name, value] of Object.entries(attrs)) {
    // false/null/undefined drop the attribute; true writes it bare-valued (XML needs a value).
    if (value === false || value === null || value === undefined) continue;
    const text = value === true ? name : typeof value === 'number' ? String(num(value)) : value;
    out += ` ${name}="${escapeXml(text)}"`;
  }
  return out;
}

function renderChild(child: Child): string {
  if (child === null || child === undefined || child === false) return '';
  if (Array.isArray(child)) return child.map(renderChild).join('');
  if (typeof child === 'string') return escapeXml(child);
  if (typeof child === 'number') return String(child);
  return render(child);
}

export function render(node: SvgNode): string {
  const inner = node.children.map(renderChild).join('');
  const attrs = renderAttrs(node.attrs);
  return inner === '' ? `<${node.tag}${attrs}/>` : `<${node.tag}${attrs}>${inner}</${node.tag}>`;
}

/** Shorten a label to `max` characters, with an ellipsis, for space-limited axes. */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : chars.slice(0, max - 1).join('') + '…';
}

/**
 * Rough rendered width of a label, for layout without a DOM: CJK and full-width
 * characters take one em, others about 0.6 em.
 */
export function textWidth(text: string, fontSize = 12): number {
  let ems = 0;
  for (const ch of text) ems += /[\u1100-\uffff]/.test(ch) && !/[\u2000-\u206f]/.test(ch) ? 1 : 0.6;
  return ems * fontSize;
}
