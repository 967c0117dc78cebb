/**
 * A PNG that PDF cannot take as it is (with an alpha channel, or interlaced) decoded into grey
 * pixels, so a turned one can be set upright (raster.ts) as any other page image: node's zlib
 * inflates it, PNG's row filters and Adam7's passes are undone here, a transparent part is white
 * as on paper. 8 or 16 bits a sample, or 1, 2 or 4 for grey and a palette (a bilevel scan); null for any other PNG.
 */
import { inflateSync } from 'node:zlib';
import { pngChunks } from './image-pdf.ts';
import type { GrayImage } from './raster.ts';

/** Adam7's passes: first column and row, then the steps between. */
const ADAM7 = [
  [0, 0, 8, 8],
  [4, 0, 8, 8],
  [0, 4, 4, 8],
  [2, 0, 4, 4],
  [0, 2, 2, 4],
  [1, 0, 2, 2],
  [0, 1, 1, 2],
];

/** Samples a pixel of each colour type: grey, RGB, palette, grey and alpha, RGBA. */
const SAMPLES: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

export function pngGray(bytes: Uint8Array): GrayImage | null {
  const { header, palette, data } = pngChunks(bytes);
  if (!header || !(header.colour in SAMPLES) || !(DEPTHS[header.colour] ?? [8, 16]).includes(header.depth) || (header.colour === 3 && !palette)) return null;
  const { width, height, depth, colour, interlaced } = header;
  const bits = SAMPLES[colour] * depth; // a pixel's
  const step = Math.max(1, bits / 8); // bytes between a byte and the one its filter predicts it from
  const raw = inflateSync(data);
  const pixels = new Uint8Array(width * height).fill(255);
  let at = 0;
  for (const [x0, y0, dx, dy] of interlaced ? ADAM7 : [[0, 0, 1, 1]]) {
    const [columns, rows] = [Math.ceil((width - x0) / dx), Math.ceil((height - y0) / dy)];
    if (columns <= 0 || rows <= 0) continue;
    const rowBytes = Math.ceil((columns * bits) / 8);
    let above: Uint8Array = new Uint8Array(rowBytes);
    for (let r = 0; r < rows; r++) {
      const row = unfiltered(raw[at], raw.subarray(at + 1, at + 1 + rowBytes), above, step);
      at += 1 + rowBytes;
      for (let c = 0; c < columns; c++) pixels[(y0 + r * dy) * width + x0 + c * dx] = gray(row, c * bits, colour, depth, palette);
      above = row;
    }
  }
  return { width, height, pixels };
}

/** Bits a sample grey and palette images may have besides 8 (a bilevel scan: 1); the others have 8 or 16. */
const DEPTHS: Record<number, number[]> = { 0: [1, 2, 4, 8, 16], 3: [1, 2, 4, 8] };

/** A row with PNG's filter (none, sub, up, average, Paeth) undone, against the row above. */
function unfiltered(filter: number, row: Uint8Array, above: Uint8Array, step: number): Uint8Array {
  const out = new Uint8Array(row.length);
  for (let i = 0; i < row.length; i++) {
    const [a, b, c] = [i >= step ? out[i - step] : 0, above[i], i >= step ? above[i - step] : 0];
    const predicted = filter === 1 ? a : filter === 2 ? b : filter === 3 ? (a + b) >> 1 : filter === 4 ? paeth(a, b, c) : 0;
    out[i] = (row[i] + predicted) & 0xff;
  }
  return out;
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** A pixel's grey (luma of its colour), laid on white as far as it is transparent; `at` its first bit in the row. */
function gray(row: Uint8Array, at: number, colour: number, depth: number, palette: Uint8Array | null): number {
  // A sample of fewer than 8 bits (packed from the byte's high bits), as its index or scaled to 0–255; of 16, its high byte.
  const value = (k: number) => (depth >= 8 ? row[(at + k * depth) >> 3] : (row[(at + k * depth) >> 3] >> (8 - depth - ((at + k * depth) & 7))) & ((1 << depth) - 1));
  const sample = (k: number) => (depth >= 8 ? value(k) : Math.round((value(k) * 255) / ((1 << depth) - 1)));
  const rgb = colour === 3 ? [0, 1, 2].map((k) => palette![3 * value(0) + k] ?? 255) : colour === 2 || colour === 6 ? [sample(0), sample(1), sample(2)] : [sample(0), sample(0), sample(0)];
  const alpha = colour === 4 ? sample(1) : colour === 6 ? sample(3) : 255;
  const luma = 0.299 * rgb[0] + 0.587 * rgb[1] + 0.114 * rgb[2];
  return Math.round((luma * alpha + 255 * (255 - alpha)) / 255);
}
