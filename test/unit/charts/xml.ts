/**
 * A strict little XML parser for the tests: it reads the markup the chart modules
 * write and throws on anything malformed (unclosed or mismatched tags, a bare `<` or
 * `&` in text), so parsing itself checks that the output is well-formed SVG.
 */

export interface XmlElement {
  tag: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  parent: XmlElement | null;
}
export type XmlNode = XmlElement | string;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  if (/&(?!(amp|lt|gt|quot|apos|#\d+);)/.test(text)) throw new Error(`bare & in: ${text}`);
  return text.replace(/&(amp|lt|gt|quot|apos|#(\d+));/g, (_, name: string, code?: string) =>
    code ? String.fromCodePoint(Number(code)) : ENTITIES[name],
  );
}

export function parseXml(markup: string): XmlElement {
  const root: XmlElement = { tag: '#root', attrs: {}, children: [], parent: null };
  let current = root;
  const token = /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|([^<]+)|(<)/g;
  let match: RegExpExecArray | null;
  while ((match = token.exec(markup))) {
    const [, closing, tag, attrText, selfClosing, text, stray] = match;
    if (stray) throw new Error(`unexpected < at ${match.index}: ${markup.slice(match.index, match.index + 40)}`);
    if (text !== undefined) {
      current.children.push(decode(text));
    } else if (closing) {
      if (current.tag !== tag) throw new Error(`</${tag}> closes <${current.tag}>`);
      current = current.parent!;
    } else {
      const attrs: Record<string, string> = {};
      for (const [, name, value] of attrText.matchAll(/([\w:-]+)="([^"]*)"/g)) attrs[name] = decode(value);
      const element: XmlElement = { tag, attrs, children: [], parent: current };
      current.children.push(element);
      if (!selfClosing) current = element;
    }
  }
  if (current !== root) throw new Error(`<${current.tag}> never closed`);
  const elements = root.children.filter((c): c is XmlElement => typeof c !== 'string');
  if (elements.length !== 1) throw new Error(`expected one root element, got ${elements.length}`);
  elements[0].parent = null;
  return elements[0];
}

/** Every descendant element matching a tag and/or a class name. */
export function findAll(node: XmlElement, { tag, cls }: { tag?: string; cls?: string }): XmlElement[] {
  const out: XmlElement[] = [];
  const visit = (el: XmlElement) => {
    for (const child of el.children) {
      if (typeof child === 'string') continue;
      const classes = (child.attrs.class ?? '').split(/\s+/);
      if ((!tag || child.tag === tag) && (!cls || classes.includes(cls))) out.push(child);
      visit(child);
    }
  };
  visit(node);
  return out;
}

export function textOf(node: XmlElement, { skipTitles = true } = {}): string {
  return node.children
    .map((c) => (typeof c === 'string' ? c : skipTitles && c.tag === 'title' ? '' : textOf(c, { skipTitles })))
    .join('');
}

/** The `<title>` directly inside an element (its tooltip and accessible description). */
export function titleOf(node: XmlElement): string | undefined {
  const title = node.children.find((c): c is XmlElement => typeof c !== 'string' && c.tag === 'title');
  return title ? textOf(title, { skipTitles: false }) : undefined;
}

/** Translation of a `translate(x,y)` transform, or [0, 0]. */
export function translation(node: XmlElement): [number, number] {
  const m = /translate\(([-\d.]+),\s*([-\d.]+)\)/.exec(node.attrs.transform ?? '');
  return m ? [Number(m[1]), Number(m[2])] : [0, 0];
}
