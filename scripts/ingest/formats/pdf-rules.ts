/**
 * The ruling lines a PDF page draws (a table's borders): the paths of the page's operator list,
 * mapped through the graphics state's matrix into the coordinates of the text runs (x to the
 * right, y downwards as -y of PDF space).
 */
import { OPS, Util } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { rulesOfPath, type Point, type Segment } from './ruling-lines.ts';

type Matrix = [number, number, number, number, number, number];

/** pdf.js's path codes in constructPath's data (DrawOPS, not exported). */
const MOVE_TO = 0;
const LINE_TO = 1;
const CURVE_TO = 2;
const QUADRATIC_CURVE_TO = 3;
const CLOSE_PATH = 4;

const STROKES = new Set([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
const FILLS = new Set([OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);

/** A filled rectangle thinner than this (pt) is a rule, not a shaded area. */
const HAIRLINE = 3;

/** The page's ruling lines from its operator list. */
export function ruleSegments(fnArray: number[], argsArray: unknown[]): Segment[] {
  const segments: Segment[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  fnArray.forEach((fn, i) => {
    const args = argsArray[i] as unknown[];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform) ctm = Util.transform(ctm, args as Matrix) as Matrix;
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push(ctm);
      if (Array.isArray(args[0])) ctm = Util.transform(ctm, args[0] as Matrix) as Matrix;
    } else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.constructPath) {
      const [paint, data] = args as [number, ArrayLike<number>[] | undefined];
      const path = data?.[0];
      if (!path || !(STROKES.has(paint) || FILLS.has(paint))) return;
      segments.push(...rulesOfPath(polygons(path, ctm), { stroked: STROKES.has(paint), filled: FILLS.has(paint), hairline: HAIRLINE }));
    }
  });
  return segments;
}

/** The straight sub-paths of a path, in run coordinates; curves end the sub-path they are in. */
function polygons(path: ArrayLike<number>, ctm: Matrix): Point[][] {
  const out: Point[][] = [];
  let current: Point[] = [];
  const place = (x: number, y: number): Point => {
    const point: Point = [x, y];
    Util.applyTransform(point, ctm); // in place
    return [point[0], -point[1]];
  };
  for (let i = 0; i < path.length; ) {
    const code = path[i++];
    if (code === MOVE_TO) {
      if (current.length > 1) out.push(current);
      current = [place(path[i], path[i + 1])];
      i += 2;
    } else if (code === LINE_TO) {
      current.push(place(path[i], path[i + 1]));
      i += 2;
    } else if (code === CURVE_TO || code === QUADRATIC_CURVE_TO) {
      if (current.length > 1) out.push(current);
      i += code === CURVE_TO ? 6 : 4;
      current = [place(path[i - 2], path[i - 1])];
    } else if (code === CLOSE_PATH) {
      if (current.length > 1) out.push([...current, current[0]]);
      current = [];
    } else break;
  }
  if (current.length > 1) out.push(current);
  return out;
}
