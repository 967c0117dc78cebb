/**
 * OFD (GB/T 33190, China's fixed-layout e-document) → lines with their pages. An OFD file is a
 * zip of XML: OFD.xml names each document's root, Document.xml lists the pages, and each page's
 * Content.xml holds text objects placed by coordinates; they are set into lines like PDF text,
 * and a table its path objects rule into rows.
 */
import { posix } from 'node:path';
import { removeFurniture, type PageLine } from './page-lines.ts';
import { quarterTurn, turnedPageLines, type TurnedRun } from './page-turns.ts';
import { rulesOfPath, type Point, type Segment } from './ruling-lines.ts';
import { withoutWatermarks } from './watermarks.ts';
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

  const read: { runs: TurnedRun[]; rules: Segment[] }[] = [];
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
      const content = xml(path);
      read.push({ runs: descendants(content, 'TextObject').flatMap(textRuns), rules: descendants(content, 'PathObject').flatMap(pathRules) });
    }
  }
  // A ruled table's cells are set into rows; the rest of the page into lines, a watermark (known only across pages) left out.
  const texts = withoutWatermarks(read.map((page) => page.runs));
  const pages: PageLine[][] = read.map(({ rules }, k) => turnedPageLines(texts[k], rules, MM));
  if (pages.every((lines) => lines.length === 0)) throw new IngestError('OFD file has no text objects (a scan?); skipped');
  const { lines, pages: linePages } = paged(removeFurniture(pages));
  return extracted('ofd', lines, { pages: linePages, titleHint });
}

/** OFD's unit, the millimetre, in points. */
const MM = 72 / 25.4;

/** A graphic object's CTM and Boundary: its own coordinates → the page's. */
function placement(object: XmlNode): (x: number, y: number) => Point {
  const [bx = 0, by = 0] = numbers(object.attrs.Boundary);
  const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = numbers(object.attrs.CTM);
  return (x, y) => [bx + a * x + c * y + e, by + b * x + d * y + f];
}

/**
 * The ruling lines of a path object: its AbbreviatedData (`M 0 0 L 150 0 C`: S/M move, L line,
 * Q/B/A curves and arcs, C close) placed on the page. OFD strokes a path unless it says
 * Stroke="false", and fills it only when it says Fill="true".
 */
function pathRules(object: XmlNode): Segment[] {
  const place = placement(object);
  const tokens = textOf(childNamed(object, 'AbbreviatedData') ?? { tag: '', attrs: {}, children: [] }).trim().split(/\s+/);
  const polygons: Point[][] = [];
  let current: Point[] = [];
  const arity: Record<string, number> = { S: 2, M: 2, L: 2, Q: 4, B: 6, A: 7, C: 0 };
  for (let i = 0; i < tokens.length; ) {
    const command = tokens[i++];
    if (!(command in arity)) break;
    const args = tokens.slice(i, i + arity[command]).map(Number);
    i += arity[command];
    const end = place(args.at(-2) ?? 0, args.at(-1) ?? 0);
    if (command === 'L') current.push(end);
    else if (command === 'C') {
      if (current.length > 1) polygons.push([...current, current[0]]);
      current = current.slice(0, 1);
    } else {
      // a move starts a sub-path; a curve or an arc ends the straight one it was in
      if (current.length > 1) polygons.push(current);
      current = command === 'A' ? [place(args[5], args[6])] : [end];
    }
  }
  if (current.length > 1) polygons.push(current);
  return rulesOfPath(polygons, { stroked: object.attrs.Stroke !== 'false', filled: object.attrs.Fill === 'true', hairline: 3 / MM });
}

/**
 * The text codes of a text object, placed on the page (OFD's y grows downwards, in mm), and the
 * quarter turn they go in. A code's
 * X and Y are in the object's own space: its CTM (a b c d e f, as writers that keep a font's point
 * sizes use it: `0.3527 0 0 0.3527 …`) maps them, and its Size and DeltaX, into the Boundary,
 * whose corner is on the page. A code without X or Y goes on where the code before it ended.
 */
function textRuns(object: XmlNode): TurnedRun[] {
  const place = placement(object);
  const [a = 1, b = 0, c = 0, d = 1] = numbers(object.attrs.CTM);
  // A CTM that turns the text (a landscape table set sideways) turns the run; OFD's y grows downwards, PDF's (quarterTurn's) upwards.
  const turn = quarterTurn(a, -b, -c, d);
  const scale = Math.sqrt(Math.abs(a * d - b * c)) || 1;
  const size = Number(object.attrs.Size) || 3.5 / scale;
  let [nextX, nextY] = [0, 0];
  return childrenNamed(object, 'TextCode').map((code) => {
    const text = textOf(code);
    const [x, y] = [code.attrs.X === undefined ? nextX : Number(code.attrs.X), code.attrs.Y === undefined ? nextY : Number(code.attrs.Y)];
    const chars = [...text];
    // Without DeltaX the characters stand at their widths: an em for a Chinese character or punctuation mark (“”—…), about half for Latin letters and digits.
    const advance = code.attrs.DeltaX
      ? expandDeltas(code.attrs.DeltaX, chars.length - 1).reduce((sum, delta) => sum + delta, 0)
      : chars.slice(0, -1).reduce((sum, char) => sum + (char.charCodeAt(0) < 0x2000 ? size / 2 : size), 0);
    [nextX, nextY] = [x + advance + size, y];
    const [pageX, pageY] = place(x, y);
    return { run: { text, x: pageX, y: pageY, width: (advance + size) * scale, size: size * scale }, turn };
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
