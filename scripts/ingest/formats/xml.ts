/**
 * XML of document packages (.docx, OFD), read with fast-xml-parser in document order.
 * A DOCTYPE may declare entities that expand without bound ("billion laughs"); document
 * packages never need one, so such XML is refused before parsing.
 */
import { XMLParser } from 'fast-xml-parser';
import { IngestError } from './types.ts';

/** One element in document order: its tag (namespace prefix removed), attributes and children. */
export interface XmlNode {
  tag: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  /** Text of a text node (tag `#text`). */
  text?: string;
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
  htmlEntities: false,
});

type Ordered = Record<string, unknown> & { ':@'?: Record<string, string> };

export function parseXml(bytes: Uint8Array, name: string): XmlNode {
  const source = new TextDecoder('utf-8').decode(bytes);
  if (/<!DOCTYPE|<!ENTITY/i.test(source)) throw new IngestError(`${name} declares a DOCTYPE (not allowed in a document package); skipped`);
  let ordered: Ordered[];
  try {
    ordered = parser.parse(source) as Ordered[];
  } catch (error) {
    throw new IngestError(`${name} is not well-formed XML (${(error as Error).message.split('\n')[0]}); skipped`);
  }
  return { tag: '#document', attrs: {}, children: ordered.map(toNode) };
}

function toNode(entry: Ordered): XmlNode {
  const tag = Object.keys(entry).find((key) => key !== ':@') ?? '#text';
  if (tag === '#text') return { tag, attrs: {}, children: [], text: String(entry['#text'] ?? '') };
  const children = (entry[tag] as Ordered[] | undefined) ?? [];
  return { tag, attrs: entry[':@'] ?? {}, children: children.map(toNode) };
}

/** Direct children with the tag. */
export const childrenNamed = (node: XmlNode, tag: string): XmlNode[] => node.children.filter((c) => c.tag === tag);
export const childNamed = (node: XmlNode | undefined, tag: string): XmlNode | undefined => node?.children.find((c) => c.tag === tag);

/** Every descendant with the tag, in document order. */
export function descendants(node: XmlNode, tag: string, out: XmlNode[] = []): XmlNode[] {
  for (const child of node.children) {
    if (child.tag === tag) out.push(child);
    else descendants(child, tag, out);
  }
  return out;
}

export function textOf(node: XmlNode): string {
  return node.text ?? node.children.map(textOf).join('');
}
