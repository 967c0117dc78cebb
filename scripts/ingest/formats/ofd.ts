/**
 * OFD (GB/T 33190, China's fixed-layout e-document) → lines with their pages. An OFD file is a
 * zip of XML: OFD.xml names each document's root, Document.xml lists the pages, and each page's
 * Content.xml holds text objects placed by coordinates; they are set into lines like PDF text.
 */
import { posix } from 'node:path';
import { removeFurniture, pageLines, type Run } from './page-lines.ts';
import { unzipEntries } from './zip.ts';
import { childNamed, childrenNamed, descendants, parseXml, textOf, type XmlNode } from './xml.ts';
import { extracted, IngestError, paged, type Extracted } from './types.ts';

export function readOfd(bytes: Uint8Array): Extracted {
  const entries = unzipEntries(bytes, (name) => name.toLowerCase().endsWith('.xml'));
  const xml = (path: string): XmlNode => {
    const data = entries.get(path.replace(/^\/+/, ''));
    if (!data) throw new IngestError(`OFD package lacks ${path}; skipped`);
    return parseXml(data, path);
  };
  const ofd = childNamed(xml('OFD.xml'), 'OFD');
  if (!ofd) throw new IngestError('not an OFD file (OFD.xml has no OFD element); skipped');

  const pages: string[][] = [];
  let titleHint: string | null = null;
  for (const body of childrenNamed(ofd, 'DocBody')) {
    titleHint ??= textOf(childNamed(childNamed(body, 'DocInfo'), 'Title') ?? { tag: '', attrs: {}, children: [] }).trim() || null;
    const rootPath = textOf(childNamed(body, 'DocRoot') ?? { tag: '', attrs: {}, children: [] }).trim();
    if (!rootPath) continue;
    const document = xml(rootPath);
    const base = posix.dirname(rootPath.replace(/^\/+/, ''));
    for (const page of descendants(document, 'Page')) {
      const location = page.attrs.BaseLoc;
      if (!location) continue;
      const path = location.startsWith('/') ? location : posix.join(base, location);
      pages.push(pageLines(descendants(xml(path), 'TextObject').flatMap(textRuns)));
    }
  }
  if (pages.every((lines) => lines.length === 0)) throw new IngestError('OFD file has no text objects (a scan?); skipped');
  const { lines, pages: linePages } = paged(removeFurniture(pages));
  return extracted('ofd', lines, { pages: linePages, titleHint });
}

/**
 * The text codes of a text object, placed on the page (OFD's y grows downwards, in mm). A code's
 * X and Y are in the object's own space: its CTM (a b c d e f, as writers that keep a font's point
 * sizes use it: `0.3527 0 0 0.3527 …`) maps them, and its Size and DeltaX, into the Boundary,
 * whose corner is on the page. A code without X or Y goes on where the code before it ended.
 */
function textRuns(object: XmlNode): Run[] {
  const [bx = 0, by = 0] = numbers(object.attrs.Boundary);
  const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = numbers(object.attrs.CTM);
  const scale = Math.sqrt(Math.abs(a * d - b * c)) || 1;
  const size = Number(object.attrs.Size) || 3.5 / scale;
  let [nextX, nextY] = [0, 0];
  return childrenNamed(object, 'TextCode').map((code) => {
    const text = textOf(code);
    const [x, y] = [code.attrs.X === undefined ? nextX : Number(code.attrs.X), code.attrs.Y === undefined ? nextY : Number(code.attrs.Y)];
    const advance = expandDeltas(code.attrs.DeltaX, [...text].length - 1).reduce((sum, delta) => sum + delta, 0);
    [nextX, nextY] = [x + advance + size, y];
    return { text, x: bx + a * x + c * y + e, y: by + b * x + d * y + f, width: (advance + size) * scale, size: size * scale };
  });
}

const numbers = (value: string | undefined): number[] => (value ?? '').trim().split(/\s+/).filter(Boolean).map(Number);

/** The first `count` advances of DeltaX "3 3 g 4 2.5" → [3, 3, 2.5, 2.5, 2.5, 2.5] (`g n d` repeats d n times). */
function expandDeltas(value: string | undefined, count: number): number[] {
  const tokens = (value ?? '').trim().split(/\s+/).filter(Boolean);
  const out: number[] = [];
  for (let i = 0; i < tokens.length && out.length < count; i++) {
    if (tokens[i] === 'g') {
      const repeat = Math.min(Number(tokens[i + 1]) || 0, count - out.length);
      for (let k = 0; k < repeat; k++) out.push(Number(tokens[i + 2]) || 0);
      i += 2;
    } else out.push(Number(tokens[i]) || 0);
  }
  return out;
}
