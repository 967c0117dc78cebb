/**
 * Page images (.jpg, .png; a .tif by tiff.ts) as a PDF, so that poppler's pdftoppm decodes it into grey
 * pixels a turned scan can be set upright from: JPEG data goes in as it is (DCTDecode), PNG data
 * too (FlateDecode with PNG's predictors), so no image is decoded here.
 */
import { deflateSync } from 'node:zlib';
import type { GrayImage } from './raster.ts';

/** An image as a PDF image XObject holds it. */
export interface PdfImage {
  width: number;
  height: number;
  /** The image dictionary's entries beyond its size: colour space, bits, filter. */
  entries: string;
  data: Uint8Array;
}

/**
 * A page made of pieces (a tiled TIFF's tiles), each at its place in pixels from the top left; the
 * page is `width` × `height` pixels, and what a piece holds beyond it (a tile's padding) is cut off.
 */
export interface PiecedPage {
  width: number;
  height: number;
  pieces: (PdfImage & { x: number; y: number })[];
}

/**
 * A PDF of one page for each image, showing it at this resolution, so pdftoppm -r dpi renders its
 * pixels back. A page may be given as strips (a TIFF's), stacked top to bottom, each as wide as the
 * page, or as pieces placed on it (a tiled TIFF's).
 */
export function imagePdf(pages: (PdfImage | PdfImage[] | PiecedPage)[], dpi = 300): Uint8Array {
  const pieced = pages.map(asPieces);
  // Objects: 1 the catalog, 2 the page tree, then each page's page, its pieces' images and its content.
  const pageIds: number[] = [];
  pieced.reduce((id, page) => (pageIds.push(id), id + 2 + page.pieces.length), 3);
  const objects: (string | [string, Uint8Array])[] = ['<< /Type /Catalog /Pages 2 0 R >>', `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`];
  const points = (pixels: number) => +((pixels * 72) / dpi).toFixed(3);
  pieced.forEach((page, k) => {
    const id = pageIds[k];
    const [w, h] = [points(page.width), points(page.height)];
    const shown = page.pieces.map((piece, s) => `q ${points(piece.width)} 0 0 ${points(piece.height)} ${points(piece.x)} ${points(page.height - piece.y - piece.height)} cm /Im${s} Do Q`);
    const content = new TextEncoder().encode(shown.join('\n'));
    const images = page.pieces.map((_, s) => `/Im${s} ${id + 1 + s} 0 R`).join(' ');
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${w} ${h}] /Resources << /XObject << ${images} >> >> /Contents ${id + 1 + page.pieces.length} 0 R >>`);
    for (const { width, height, entries, data } of page.pieces) objects.push([`<< /Type /XObject /Subtype /Image /Width ${width} /Height ${height} ${entries} /Length ${data.length} >>`, data]);
    objects.push([`<< /Length ${content.length} >>`, content]);
  });
  const parts: Uint8Array[] = [];
  let length = 0;
  const add = (part: string | Uint8Array) => {
    const bytes = typeof part === 'string' ? new TextEncoder().encode(part) : part;
    parts.push(bytes);
    length += bytes.length;
  };
  add('%PDF-1.4\n');
  const offsets = objects.map((object, k) => {
    const at = length;
    if (typeof object === 'string') add(`${k + 1} 0 obj\n${object}\nendobj\n`);
    else {
      add(`${k + 1} 0 obj\n${object[0]}\nstream\n`);
      add(object[1]);
      add('\nendstream\nendobj\n');
    }
    return at;
  });
  const xref = length;
  add(`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((at) => `${String(at).padStart(10, '0')} 00000 n \n`).join('')}`);
  add(`trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  const pdf = new Uint8Array(length);
  parts.reduce((at, part) => (pdf.set(part, at), at + part.length), 0);
  return pdf;
}

/** An image, or strips stacked top to bottom, as pieces placed on their page. */
function asPieces(page: PdfImage | PdfImage[] | PiecedPage): PiecedPage {
  if ('pieces' in page) return page;
  const strips = Array.isArray(page) ? page : [page];
  let y = 0;
  const pieces = strips.map((strip) => ({ ...strip, x: 0, y: (y += strip.height) - strip.height }));
  return { width: strips[0].width, height: y, pieces };
}

/** A JPEG's size and colours from its frame header (SOFn); null when it has none. */
export function jpegImage(bytes: Uint8Array): PdfImage | null {
  const colourSpaces: Record<number, string> = { 1: '/DeviceGray', 3: '/DeviceRGB', 4: '/DeviceCMYK' };
  for (let at = 2; at + 9 < bytes.length; ) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1];
    const size = (bytes[at + 2] << 8) | bytes[at + 3];
    // SOF0–SOF15 but DHT (C4), JPG (C8) and DAC (CC)
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
      const colours = colourSpaces[bytes[at + 9]];
      const [height, width] = [(bytes[at + 5] << 8) | bytes[at + 6], (bytes[at + 7] << 8) | bytes[at + 8]];
      return colours ? { width, height, entries: `/ColorSpace ${colours} /BitsPerComponent 8 /Filter /DCTDecode`, data: bytes } : null;
    }
    at += 2 + size;
  }
  return null;
}

/**
 * A PNG's pixels as PDF takes them (its zlib data with PNG's row filters is FlateDecode with
 * predictor 15): grey, RGB or a palette, not interlaced. Null for one with an alpha channel or
 * interlaced, which PDF cannot take as it is.
 */
export function pngImage(bytes: Uint8Array): PdfImage | null {
  const { header, palette, data } = pngChunks(bytes);
  if (!header || header.interlaced) return null;
  const { width, height, depth, colour } = header;
  const colours = colour === 0 ? 1 : colour === 2 ? 3 : colour === 3 && palette ? 1 : 0;
  if (colours === 0) return null;
  const hex = palette ? [...palette].map((b) => b.toString(16).padStart(2, '0')).join('') : '';
  const space = colour === 0 ? '/DeviceGray' : colour === 2 ? '/DeviceRGB' : `[/Indexed /DeviceRGB ${palette!.length / 3 - 1} <${hex}>]`;
  return {
    width,
    height,
    entries: `/ColorSpace ${space} /BitsPerComponent ${depth} /Filter /FlateDecode /DecodeParms << /Predictor 15 /Colors ${colours} /BitsPerComponent ${depth} /Columns ${width} >>`,
    data,
  };
}

export interface PngChunks {
  header: { width: number; height: number; depth: number; colour: number; interlaced: boolean } | null;
  palette: Uint8Array | null;
  /** The IDAT chunks' zlib data, joined. */
  data: Uint8Array;
}

/** What a PNG's chunks say: its header (IHDR), palette (PLTE) and compressed pixels. */
export function pngChunks(bytes: Uint8Array): PngChunks {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let header: PngChunks['header'] = null;
  let palette: Uint8Array | null = null;
  const data: Uint8Array[] = [];
  for (let at = 8; at + 8 <= bytes.length; ) {
    const size = view.getUint32(at);
    const type = new TextDecoder('latin1').decode(bytes.subarray(at + 4, at + 8));
    const body = bytes.subarray(at + 8, at + 8 + size);
    if (type === 'IHDR') header = { width: view.getUint32(at + 8), height: view.getUint32(at + 12), depth: body[8], colour: body[9], interlaced: body[12] !== 0 };
    if (type === 'PLTE') palette = body;
    if (type === 'IDAT') data.push(body);
    at += 12 + size;
  }
  const joined = new Uint8Array(data.reduce((n, d) => n + d.length, 0));
  data.reduce((at, d) => (joined.set(d, at), at + d.length), 0);
  return { header, palette, data: joined };
}

/** Grey pixels as a PDF image (Flate-compressed). */
export function grayImage({ width, height, pixels }: GrayImage): PdfImage {
  return { width, height, entries: '/ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode', data: deflateSync(pixels) };
}
