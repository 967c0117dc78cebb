/**
 * A TIFF scan's pages as PDF images, so that pdftoppm decodes them and a turned page can be set
 * upright as a .png's or a .jpg's is (image-pdf.ts). Each strip of a page is an image of its own,
 * stacked as the TIFF stacks them, its compressed data put in as it is: the compressions scanners
 * write are all PDF filters (CCITT fax, LZW, Deflate, PackBits, JPEG), so no pixel is decoded here.
 * A tiled TIFF's tiles are placed so on their page (tesseract's reader takes no tiled TIFF).
 */
import type { PdfImage, PiecedPage } from './image-pdf.ts';

const TAG = {
  width: 256,
  height: 257,
  bitsPerSample: 258,
  compression: 259,
  photometric: 262,
  fillOrder: 266,
  stripOffsets: 273,
  samplesPerPixel: 277,
  rowsPerStrip: 278,
  stripByteCounts: 279,
  t4Options: 292,
  predictor: 317,
  colorMap: 320,
  tileWidth: 322,
  tileLength: 323,
  tileOffsets: 324,
  tileByteCounts: 325,
  jpegTables: 347,
};

/** Each page's strips, top to bottom, or its tiles; null when a page is laid out otherwise (planes, a compression PDF lacks). */
export function tiffPages(bytes: Uint8Array): (PdfImage[] | PiecedPage)[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const little = bytes[0] === 0x49;
  const pages: (PdfImage[] | PiecedPage)[] = [];
  const seen = new Set<number>();
  for (let ifd = view.getUint32(4, little); ifd !== 0 && !seen.has(ifd); ifd = view.getUint32(ifd + 2 + 12 * view.getUint16(ifd, little), little)) {
    seen.add(ifd);
    const page = pageStrips(directory(view, ifd, little), bytes);
    if (!page) return null;
    pages.push(page);
  }
  return pages.length > 0 ? pages : null;
}

/** An image file directory: each tag's values. */
function directory(view: DataView, at: number, little: boolean): Map<number, number[]> {
  const sizes: Record<number, number> = { 1: 1, 2: 1, 3: 2, 4: 4, 7: 1, 16: 8 };
  const tags = new Map<number, number[]>();
  for (let k = 0; k < view.getUint16(at, little); k++) {
    const entry = at + 2 + 12 * k;
    const [tag, type, count] = [view.getUint16(entry, little), view.getUint16(entry + 2, little), view.getUint32(entry + 4, little)];
    const size = sizes[type];
    if (!size) continue;
    const from = size * count <= 4 ? entry + 8 : view.getUint32(entry + 8, little);
    const read = (i: number) =>
      size === 1 ? view.getUint8(from + i) : size === 2 ? view.getUint16(from + 2 * i, little) : size === 4 ? view.getUint32(from + 4 * i, little) : Number(view.getBigUint64(from + 8 * i, little));
    tags.set(tag, Array.from({ length: count }, (_, i) => read(i)));
  }
  return tags;
}

function pageStrips(tags: Map<number, number[]>, bytes: Uint8Array): PdfImage[] | PiecedPage | null {
  const one = (tag: number, fallback: number) => tags.get(tag)?.[0] ?? fallback;
  const [width, height] = [one(TAG.width, 0), one(TAG.height, 0)];
  const tiled = tags.has(TAG.tileWidth);
  const offsets = tags.get(tiled ? TAG.tileOffsets : TAG.stripOffsets);
  const counts = tags.get(tiled ? TAG.tileByteCounts : TAG.stripByteCounts);
  const samples = one(TAG.samplesPerPixel, 1);
  const bits = one(TAG.bitsPerSample, 1);
  if (!width || !height || !offsets || !counts || offsets.length !== counts.length || one(TAG.fillOrder, 1) !== 1 || (samples > 1 && one(284, 1) !== 1)) return null;
  const space = colourSpace(one(TAG.photometric, 1), samples, bits, tags.get(TAG.colorMap));
  const filter = stripFilter(one(TAG.compression, 1), one(TAG.predictor, 1), one(TAG.t4Options, 0), one(TAG.photometric, 1), { samples, bits });
  if (!space || !filter) return null;
  const tables = tags.get(TAG.jpegTables);
  const image = (k: number, columns: number, rows: number): PdfImage => {
    const data = bytes.subarray(offsets[k], offsets[k] + counts[k]);
    return { width: columns, height: rows, entries: `${space} /BitsPerComponent ${bits} ${filter(columns, rows)}`, data: tables ? withTables(new Uint8Array(tables), data) : data };
  };
  if (tiled) {
    // Tiles left to right, then down, each a whole tile (padded past the page's right and bottom edges).
    const [tileWidth, tileLength] = [one(TAG.tileWidth, 0), one(TAG.tileLength, 0)];
    const across = Math.ceil(width / tileWidth);
    if (!tileWidth || !tileLength || offsets.length < across * Math.ceil(height / tileLength)) return null;
    return { width, height, pieces: offsets.map((_, k) => ({ ...image(k, tileWidth, tileLength), x: (k % across) * tileWidth, y: Math.floor(k / across) * tileLength })) };
  }
  const rowsPerStrip = Math.min(one(TAG.rowsPerStrip, height), height);
  return offsets.map((_, k) => image(k, width, Math.min(rowsPerStrip, height - k * rowsPerStrip)));
}

/** The colour space, and a /Decode when white is zero. */
function colourSpace(photometric: number, samples: number, bits: number, colorMap?: number[]): string | null {
  if (photometric <= 1 && samples === 1) return `/ColorSpace /DeviceGray${photometric === 0 ? ' /Decode [1 0]' : ''}`;
  if ((photometric === 2 || photometric === 6) && samples === 3) return '/ColorSpace /DeviceRGB'; // 6: YCbCr, in JPEG strips only
  if (photometric === 5 && samples === 4) return '/ColorSpace /DeviceCMYK';
  if (photometric === 3 && samples === 1 && colorMap) {
    const n = 1 << bits;
    const rgb = Array.from({ length: n }, (_, i) => [0, n, 2 * n].map((plane) => (colorMap[plane + i] >> 8).toString(16).padStart(2, '0')).join('')).join('');
    return `/ColorSpace [/Indexed /DeviceRGB ${n - 1} <${rgb}>]`;
  }
  return null;
}

/** The PDF filter (and its parameters) of a strip or tile of so many columns and rows, by the TIFF's compression. */
function stripFilter(compression: number, predictor: number, t4Options: number, photometric: number, { samples, bits }: { samples: number; bits: number }): ((columns: number, rows: number) => string) | null {
  const predicted = (columns: number) => (predictor === 2 ? ` /DecodeParms << /Predictor 2 /Colors ${samples} /BitsPerComponent ${bits} /Columns ${columns} >>` : '');
  // CCITT codes white and black runs, whatever the photometric says: white comes out 0 where the
  // colour space reads 0 as white (WhiteIsZero's /Decode [1 0]), else 1.
  const fax = (k: number, aligned: boolean) => (columns: number, rows: number) =>
    `/Filter /CCITTFaxDecode /DecodeParms << /K ${k} /Columns ${columns} /Rows ${rows} /EncodedByteAlign ${aligned} /BlackIs1 ${photometric === 0} >>`;
  if (compression === 1) return () => '';
  if (compression === 2) return fax(0, true);
  if (compression === 3) return fax(t4Options & 1 ? 1 : 0, (t4Options & 4) !== 0);
  if (compression === 4) return fax(-1, false);
  if (compression === 5) return (columns) => `/Filter /LZWDecode${predicted(columns)}`;
  if (compression === 7) return () => '/Filter /DCTDecode';
  if (compression === 8 || compression === 32946) return (columns) => `/Filter /FlateDecode${predicted(columns)}`;
  if (compression === 32773) return () => '/Filter /RunLengthDecode';
  return null;
}

/** A JPEG strip with the tables the TIFF keeps apart (JPEGTables: SOI, tables, EOI) put before its frame. */
function withTables(tables: Uint8Array, strip: Uint8Array): Uint8Array {
  const joined = new Uint8Array(tables.length - 2 + strip.length - 2);
  joined.set(tables.subarray(0, tables.length - 2));
  joined.set(strip.subarray(2), tables.length - 2);
  return joined;
}
