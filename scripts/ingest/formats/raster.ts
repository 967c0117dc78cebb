/**
 * A grey page image as pdftoppm renders it for OCR (binary PGM, P5, 8 bits), and the quarter
 * turns that set a sideways or upside-down scan upright: plain arithmetic on the pixels, no
 * image library.
 */

export interface GrayImage {
  width: number;
  height: number;
  /** One byte a pixel, row after row from the top. */
  pixels: Uint8Array;
}

/** A binary PGM (P5, 8 bits); null for any other file. */
export function readPgm(bytes: Uint8Array): GrayImage | null {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(new TextDecoder('latin1').decode(bytes.subarray(0, 64)));
  if (!header || +header[3] > 255) return null;
  const [width, height] = [+header[1], +header[2]];
  const pixels = bytes.subarray(header[0].length, header[0].length + width * height);
  return pixels.length === width * height ? { width, height, pixels } : null;
}

export function writePgm({ width, height, pixels }: GrayImage): Uint8Array {
  const header = new TextEncoder().encode(`P5\n${width} ${height}\n255\n`);
  const bytes = new Uint8Array(header.length + pixels.length);
  bytes.set(header);
  bytes.set(pixels, header.length);
  return bytes;
}

/** The image turned clockwise by that many quarter turns (0 to 3). */
export function turnClockwise(image: GrayImage, quarters: number): GrayImage {
  const { width: w, height: h, pixels } = image;
  const turns = ((quarters % 4) + 4) % 4;
  if (turns === 0) return image;
  const out = new Uint8Array(pixels.length);
  // Where the pixel at (x, y) goes: a quarter turn sends it to (h-1-y, x) of an image h wide.
  const place =
    turns === 1 ? (x: number, y: number) => x * h + (h - 1 - y) : turns === 2 ? (x: number, y: number) => (h - 1 - y) * w + (w - 1 - x) : (x: number, y: number) => (w - 1 - x) * h + y;
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) out[place(x, y)] = pixels[y * w + x];
  return turns === 2 ? { width: w, height: h, pixels: out } : { width: h, height: w, pixels: out };
}
