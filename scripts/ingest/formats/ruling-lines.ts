/**
 * Ruling lines from drawn paths, whatever drew them: a table's borders are stroked lines, stroked
 * rectangles (one per cell) or thin filled rectangles (Chromium, Word). PDF (pdf-rules.ts) and OFD
 * (ofd.ts) read their own path syntax into polygons in the runs' coordinates; this keeps the
 * axis-aligned lines among them.
 */

/** An axis-aligned line: horizontal (y0 = y1) or vertical (x0 = x1), x0 ≤ x1 and y0 ≤ y1. */
export interface Segment {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export type Point = [number, number];

/**
 * The ruling lines of a path's polygons: every axis-aligned edge when it is stroked; when it is
 * only filled, a rectangle thinner than `hairline` as the line along its middle (a wider fill is a
 * shaded area, not a rule).
 */
export function rulesOfPath(polygons: Point[][], { stroked, filled, hairline }: { stroked: boolean; filled: boolean; hairline: number }): Segment[] {
  if (stroked) return polygons.flatMap(edges);
  return filled ? polygons.flatMap((polygon) => thinFill(polygon, hairline)) : [];
}

/** The axis-aligned edges of a stroked polyline. */
function edges(points: Point[]): Segment[] {
  const out: Segment[] = [];
  for (let k = 1; k < points.length; k++) {
    const [[xa, ya], [xb, yb]] = [points[k - 1], points[k]];
    if (Math.abs(ya - yb) < 0.5 || Math.abs(xa - xb) < 0.5) out.push(segment(xa, ya, xb, yb));
  }
  return out;
}

function thinFill(points: Point[], hairline: number): Segment[] {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  if (points.length > 6 || !edges(points).length) return [];
  if (y1 - y0 <= hairline && x1 - x0 > y1 - y0) return [segment(x0, (y0 + y1) / 2, x1, (y0 + y1) / 2)];
  if (x1 - x0 <= hairline && y1 - y0 > x1 - x0) return [segment((x0 + x1) / 2, y0, (x0 + x1) / 2, y1)];
  return [];
}

function segment(xa: number, ya: number, xb: number, yb: number): Segment {
  const horizontal = Math.abs(ya - yb) <= Math.abs(xa - xb);
  const [y, x] = [(ya + yb) / 2, (xa + xb) / 2];
  return horizontal
    ? { x0: Math.min(xa, xb), x1: Math.max(xa, xb), y0: y, y1: y }
    : { x0: x, x1: x, y0: Math.min(ya, yb), y1: Math.max(ya, yb) };
}
