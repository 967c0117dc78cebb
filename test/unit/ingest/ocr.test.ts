/**
 * A scanned plan (two pages of a seed's PDF as images, no text layer) is read by OCR through
 * Debian's tesseract with chi_sim, and comes through like the text-layer PDF's same pages:
 * title, 文号, date, depth counts, ≤ 8% of the characters lost. Without OCR, a message names
 * the file and says how to enable it. So with a scan published as page images (.png, .jpg, .tif).
 * Needs tesseract-ocr, tesseract-ocr-chi-sim, poppler-utils.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCorpus, type SourceText } from '../../../scripts/ingest/read-corpus.ts';
import { readPdf } from '../../../scripts/ingest/formats/pdf.ts';
import { ocrAvailable, quarterTurnsUpright } from '../../../scripts/ingest/formats/ocr.ts';
import { pngGray } from '../../../scripts/ingest/formats/png-pixels.ts';
import { readPgm, turnClockwise } from '../../../scripts/ingest/formats/raster.ts';
import { structureDocument, type Structured } from '../../../scripts/structure/index.ts';
import { gazette, scanSeed, traditional } from '../../fixtures/formats/make.ts';
import { lostShare } from './lost.ts';

const scan = `test/fixtures/formats/${scanSeed}-scan.pdf`;
let dir: string;
let scanned: SourceText;
/** The same two pages read from the PDF's text layer. */
let textLayer: SourceText;

beforeAll(async () => {
  expect(await ocrAvailable(), 'OCR needs the Debian packages tesseract-ocr, tesseract-ocr-chi-sim and poppler-utils').toBe(true);
  dir = join(mkdtempSync(join(tmpdir(), 'ocr-')), 'corpus');
  mkdirSync(dir);
  copyFileSync(scan, join(dir, 'scan.pdf'));
  const read = await readCorpus(dir);
  expect(read.messages.filter((m) => m.file.endsWith('scan.pdf'))).toEqual([]);
  scanned = read.sources[0];
  const full = await readPdf(new Uint8Array(readFileSync(`test/fixtures/formats/${scanSeed}.pdf`)));
  const lines = full.lines.filter((_, i) => full.pages![i] <= 2);
  textLayer = { ...scanned, id: 'text-layer', lines, text: lines.join('\n'), pages: full.pages!.slice(0, lines.length), format: 'pdf' };
}, 300_000);

const facts = (s: Structured) => ({
  title: s.document.title,
  docNumber: s.document.docNumber,
  date: s.document.date,
  depths: s.clauses.reduce<Record<number, number>>((counts, c) => ({ ...counts, [c.depth]: (counts[c.depth] ?? 0) + 1 }), {}),
});

describe('a scanned PDF', () => {
  it('is read by OCR, page by page', () => {
    expect(scanned.format).toBe('pdf-ocr');
    expect(new Set(scanned.pages)).toEqual(new Set([1, 2]));
  });

  it('has the title, 文号, date and depth counts of the text-layer PDF', () => {
    expect(facts(structureDocument(scanned))).toEqual(facts(structureDocument(textLayer)));
  });

  it('loses at most 8% of the characters', () => {
    expect(lostShare(textLayer.text, scanned.text)).toBeLessThanOrEqual(0.08);
  });

  it('without OCR, is named with how to enable it', async () => {
    const read = await readCorpus(dir, { pdf: { ocr: false } });
    expect(read.sources).toEqual([]);
    expect(read.messages).toEqual([
      expect.objectContaining({ file: expect.stringMatching(/scan\.pdf$/), message: expect.stringMatching(/no page has a text layer.*apt-get install tesseract-ocr tesseract-ocr-chi-sim poppler-utils/) }),
    ]);
  });
});

describe('a scan published as page images', () => {
  let images: string;

  beforeAll(() => {
    // the scan's pages as a researcher may get them, at a scanner's 300 dpi: a PNG of one page, a JPEG of the other
    images = join(mkdtempSync(join(tmpdir(), 'ocr-images-')), 'corpus');
    mkdirSync(images);
    execFileSync('pdftoppm', ['-r', '300', '-gray', '-png', '-f', '1', '-l', '1', scan, join(images, 'page1')]);
    execFileSync('pdftoppm', ['-r', '300', '-gray', '-jpeg', '-f', '2', '-l', '2', scan, join(images, 'page2')]);
  });

  it('is read by OCR: a .png and a .jpg each a document, the first with the title, 文号 and date of the text-layer PDF', async () => {
    const read = await readCorpus(images);
    expect(read.messages).toEqual([]);
    expect(read.sources.map((s) => [basename(s.file), s.format])).toEqual([
      ['page1-1.png', 'image-ocr'],
      ['page2-2.jpg', 'image-ocr'],
    ]);
    const { title, docNumber, date } = facts(structureDocument(read.sources[0]));
    expect({ title, docNumber, date }).toEqual((({ title, docNumber, date }) => ({ title, docNumber, date }))(facts(structureDocument(textLayer))));
  }, 120_000);

  it('without OCR, each is named with how to enable it', async () => {
    const read = await readCorpus(images, { pdf: { ocr: false } });
    expect(read.sources).toEqual([]);
    expect(read.messages.map((m) => m.message)).toEqual([expect.stringMatching(/page image.*apt-get install tesseract-ocr/), expect.stringMatching(/page image.*apt-get install tesseract-ocr/)]);
  });
});

describe('a scan turned sideways or upside down', () => {
  // Pages 1–2 of the seed turned as a scanner may feed them: page 1 a quarter turn anticlockwise,
  // page 2 upside down. Before, tesseract read them as they lay: 、。和筑且蔡 / 岗隐邓疝一信让汉贰…
  const turnedScan = `test/fixtures/formats/${scanSeed}-scan-turned.pdf`;
  let turned: string;

  beforeAll(() => {
    const langs = execFileSync('tesseract', ['--list-langs'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(langs.split('\n'), 'orientation detection needs the Debian package tesseract-ocr-osd (tesseract-ocr depends on it)').toContain('osd');
    turned = join(mkdtempSync(join(tmpdir(), 'ocr-turned-')), 'corpus');
    mkdirSync(turned);
    copyFileSync(turnedScan, join(turned, 'turned.pdf'));
    // the same pages as page images: page 1 as a sideways .png, page 2 as an upside-down .jpg
    execFileSync('pdftoppm', ['-r', '200', '-gray', '-png', '-f', '1', '-l', '1', turnedScan, join(turned, 'page1')]);
    execFileSync('pdftoppm', ['-r', '200', '-gray', '-jpeg', '-f', '2', '-l', '2', turnedScan, join(turned, 'page2')]);
    // and as .tif files, as scanners write them in strips: page 1 LZW, page 2 JPEG (its tables kept apart)
    execFileSync('pdftoppm', ['-r', '200', '-gray', '-tiff', '-tiffcompression', 'lzw', '-f', '1', '-l', '1', turnedScan, join(turned, 'tiff1')]);
    execFileSync('pdftoppm', ['-r', '200', '-gray', '-tiff', '-tiffcompression', 'jpeg', '-f', '2', '-l', '2', turnedScan, join(turned, 'tiff2')]);
    // and as PNGs PDF cannot take as they are: page 1 ink on a transparent page (RGBA), page 2 interlaced
    const page = (n: number) => (execFileSync('pdftoppm', ['-r', '200', '-gray', '-f', String(n), '-l', String(n), turnedScan, join(turned, 'pgm')]), readPgm(readFileSync(join(turned, `pgm-${n}.pgm`)))!);
    const ink = page(1);
    writeFileSync(join(turned, 'rgba1.png'), png(ink.width, ink.height, 6, false, (at) => [0, 0, 0, 255 - ink.pixels[at]]));
    const upsideDown = page(2);
    writeFileSync(join(turned, 'interlaced2.png'), png(upsideDown.width, upsideDown.height, 0, true, (at) => [upsideDown.pixels[at]]));
    // and as a bilevel scan saves them, 1 bit a pixel: page 1 an interlaced .png, page 2 a tiled .tif
    writeFileSync(join(turned, 'bilevel1.png'), png(ink.width, ink.height, 0, true, (at) => [ink.pixels[at] < 160 ? 0 : 1], 1));
    writeFileSync(join(turned, 'tiled2.tif'), tiledTiff(upsideDown));
    for (const n of [1, 2]) rmSync(join(turned, `pgm-${n}.pgm`));
  });

  it('is set upright page by page, and comes through as the upright scan: title, 文号, date, depth counts, ≤ 8% lost', async () => {
    const read = await readCorpus(turned);
    expect(read.messages).toEqual([]);
    const pdf = read.sources.find((s) => s.file.endsWith('turned.pdf'))!;
    expect(pdf.format).toBe('pdf-ocr');
    // OCR may misread a character of the title (襄 as 囊), as it may of an upright scan
    const { title, ...rest } = facts(structureDocument(pdf));
    const { title: upright, ...expected } = facts(structureDocument(textLayer));
    expect(rest).toEqual(expected);
    expect(title?.length).toBe(upright?.length);
    expect(lostShare(upright ?? '', title ?? '')).toBeLessThanOrEqual(0.05);
    expect(lostShare(textLayer.text, pdf.text)).toBeLessThanOrEqual(0.08);
    // and as page images, each page read upright
    const image = (name: string) => read.sources.find((s) => basename(s.file).startsWith(name))!;
    expect([image('page1').format, image('page2').format]).toEqual(['image-ocr', 'image-ocr']);
    const pageText = (page: number) => textLayer.lines.filter((_, i) => textLayer.pages![i] === page).join('\n');
    expect(lostShare(pageText(1), image('page1').text)).toBeLessThanOrEqual(0.08);
    expect(lostShare(pageText(2), image('page2').text)).toBeLessThanOrEqual(0.08);
    // a .tif was read as it lay: 、。和筑且蔡…
    expect([image('tiff1').format, image('tiff2').format]).toEqual(['image-ocr', 'image-ocr']);
    expect(lostShare(pageText(1), image('tiff1').text)).toBeLessThanOrEqual(0.08);
    expect(lostShare(pageText(2), image('tiff2').text)).toBeLessThanOrEqual(0.08);
    // so were an RGBA and an interlaced .png: mm / CN / 长 :    役只旦…
    expect(lostShare(pageText(1), image('rgba1').text)).toBeLessThanOrEqual(0.08);
    expect(lostShare(pageText(2), image('interlaced2').text)).toBeLessThanOrEqual(0.08);
    // a 1-bit interlaced .png was read as it lay; a tiled .tif not at all (tesseract: tiled format is not supported),
    // its message saying it had no text
    expect(lostShare(pageText(1), image('bilevel1').text)).toBeLessThanOrEqual(0.08);
    expect(lostShare(pageText(2), image('tiled2').text)).toBeLessThanOrEqual(0.08);
  }, 300_000);

  it('names a tiled .tif whose compression a PDF lacks as an image tesseract does not read, not as one without text', async () => {
    const { ocrImage } = await import('../../../scripts/ingest/formats/ocr.ts');
    const page = { width: 300, height: 300, pixels: new Uint8Array(300 * 300).fill(255) };
    await expect(ocrImage(tiledTiff(page, 34712), '.tif')).rejects.toThrow(/could not be read by OCR \(of a kind tesseract does not read: Error in pixReadFromTiffStream: tiled format is not supported\)/);
  });

  it('decodes a PNG with an alpha channel, or interlaced, of 1 to 16 bits a sample, to grey pixels on white', () => {
    // 3 × 2 pixels: grey and alpha (a transparent pixel is white, a half-transparent black mid grey), interlaced
    const values = [[0, 255], [0, 0], [0, 128], [200, 255], [100, 255], [50, 255]];
    const decoded = pngGray(png(3, 2, 4, true, (at) => values[at]));
    expect(decoded).toEqual({ width: 3, height: 2, pixels: new Uint8Array([0, 255, 127, 200, 100, 50]) });
    // RGB with alpha, rows filtered as written (none)
    expect(pngGray(png(2, 1, 6, false, (at) => [[255, 0, 0, 255], [0, 0, 255, 0]][at]))?.pixels).toEqual(new Uint8Array([76, 255]));
    // 1 bit a pixel (a bilevel scan), interlaced; 2 bits a palette index
    expect(pngGray(png(3, 2, 0, true, (at) => [[0, 1, 1, 0, 1, 0][at]], 1))?.pixels).toEqual(new Uint8Array([0, 255, 255, 0, 255, 0]));
    expect(pngGray(png(3, 1, 3, true, (at) => [[3, 1, 2][at]], 2, [[255, 255, 255], [0, 0, 0], [255, 0, 0], [128, 128, 128]]))?.pixels).toEqual(new Uint8Array([128, 0, 76]));
  });

  it("turns by tesseract's orientation only when it is sure of it", () => {
    const osd = (rotate: number, confidence: number) => `Page number: 0\nOrientation in degrees: ${(360 - rotate) % 360}\nRotate: ${rotate}\nOrientation confidence: ${confidence}\nScript: Han\n`;
    expect([0, 90, 180, 270].map((rotate) => quarterTurnsUpright(osd(rotate, 12.6)))).toEqual([0, 1, 2, 3]);
    // a page of a few words: a guess, read as it stands
    expect(quarterTurnsUpright(osd(90, 1.2))).toBe(0);
    expect(quarterTurnsUpright('Too few characters. Skipping this page\n')).toBe(0);
  });

  it('turns grey pixels clockwise by quarter turns', () => {
    // 1 2 3        4 1        6 5 4
    // 4 5 6   →    5 2   →    3 2 1
    //              6 3
    const image = { width: 3, height: 2, pixels: new Uint8Array([1, 2, 3, 4, 5, 6]) };
    expect(turnClockwise(image, 1)).toEqual({ width: 2, height: 3, pixels: new Uint8Array([4, 1, 5, 2, 6, 3]) });
    expect(turnClockwise(image, 2)).toEqual({ width: 3, height: 2, pixels: new Uint8Array([6, 5, 4, 3, 2, 1]) });
    expect(turnClockwise(image, 3)).toEqual({ width: 2, height: 3, pixels: new Uint8Array([3, 6, 2, 5, 1, 4]) });
    expect(turnClockwise(turnClockwise(image, 1), 3)).toEqual(image);
  });
});

/**
 * A PNG of 8-bit samples (colour type 0 grey, 4 grey and alpha, 6 RGBA), each row unfiltered,
 * interlaced by Adam7 or not; the samples of the pixel at (y · width + x) as given.
 */
/** A PNG of these samples a pixel, rows unfiltered; samples of fewer than 8 bits packed from each byte's high bits, a palette (colour 3) as RGB triples. */
function png(width: number, height: number, colour: number, interlaced: boolean, samples: (at: number) => number[], depth = 8, palette?: number[][]): Uint8Array {
  const passes = interlaced ? [[0, 0, 8, 8], [4, 0, 8, 8], [0, 4, 4, 8], [2, 0, 4, 4], [0, 2, 2, 4], [1, 0, 2, 2], [0, 1, 1, 2]] : [[0, 0, 1, 1]];
  const rows: number[] = [];
  for (const [x0, y0, dx, dy] of passes)
    for (let y = y0; y < height && x0 < width; y += dy) {
      rows.push(0);
      const values: number[] = [];
      for (let x = x0; x < width; x += dx) values.push(...samples(y * width + x));
      if (depth >= 8) rows.push(...values);
      else for (let k = 0; k < values.length; k += 8 / depth) rows.push(values.slice(k, k + 8 / depth).reduce((byte, v, i) => byte | (v << (8 - depth * (i + 1))), 0));
    }
  const chunk = (type: string, body: Uint8Array) => {
    const out = Buffer.alloc(12 + body.length);
    out.writeUInt32BE(body.length, 0);
    out.write(type, 4, 'latin1');
    out.set(body, 8);
    out.writeUInt32BE(crc32(out.subarray(4, 8 + body.length)), 8 + body.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([depth, colour, 0, 0, interlaced ? 1 : 0], 8);
  const plte = palette ? [chunk('PLTE', new Uint8Array(palette.flat()))] : [];
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), ...plte, chunk('IDAT', deflateSync(Buffer.from(rows))), chunk('IEND', new Uint8Array())]);
}

/** Grey pixels as a tiled TIFF (little-endian, tiles of 256 × 256 padded white past the edges, Deflate, or `compression` said of the same data). */
function tiledTiff({ width, height, pixels }: { width: number; height: number; pixels: Uint8Array }, compression = 8): Uint8Array {
  const tile = 256;
  const [across, down] = [Math.ceil(width / tile), Math.ceil(height / tile)];
  const tiles = Array.from({ length: across * down }, (_, k) => {
    const [x0, y0] = [(k % across) * tile, Math.floor(k / across) * tile];
    const data = new Uint8Array(tile * tile).fill(255);
    for (let y = 0; y < tile && y0 + y < height; y++) data.set(pixels.subarray((y0 + y) * width + x0, (y0 + y) * width + Math.min(x0 + tile, width)), y * tile);
    return deflateSync(data);
  });
  // tag, type (3 short, 4 long), values
  const entries: [number, number, number[]][] = [[256, 4, [width]], [257, 4, [height]], [258, 3, [8]], [259, 3, [compression]], [262, 3, [1]], [277, 3, [1]], [322, 3, [tile]], [323, 3, [tile]], [324, 4, []], [325, 4, tiles.map((t) => t.length)]];
  const arrays = 8 + 2 + 12 * entries.length + 4;
  let at = arrays + 8 * tiles.length;
  entries[8][2] = tiles.map((t) => (at += t.length) - t.length);
  const out = Buffer.alloc(at);
  out.write('II*\0', 0, 'latin1');
  out.writeUInt32LE(8, 4);
  out.writeUInt16LE(entries.length, 8);
  let extra = arrays;
  entries.forEach(([tag, type, values], k) => {
    const entry = 10 + 12 * k;
    out.writeUInt16LE(tag, entry);
    out.writeUInt16LE(type, entry + 2);
    out.writeUInt32LE(values.length, entry + 4);
    if (values.length > 1) {
      out.writeUInt32LE(extra, entry + 8);
      values.forEach((v, i) => out.writeUInt32LE(v, extra + 4 * i));
      extra += 4 * values.length;
    } else if (type === 3) out.writeUInt16LE(values[0], entry + 8);
    else out.writeUInt32LE(values[0], entry + 8);
  });
  tiles.reduce((offset, t) => (out.set(t, offset), offset + t.length), arrays + 8 * tiles.length);
  return out;
}

/** tesseract's TSV of a page: each line's words (text, left, width, and how sure it is: 95 unless said) at a height, read as one block (psm 6). */
function tsv(lines: [top: number, words: [string, number, number, number?][]][]): string {
  const rows = lines.flatMap(([top, words], l) =>
    words.map(([text, left, width, confidence = 95], w) => ['5', '1', '1', '1', String(l + 1), String(w + 1), String(left), String(top), String(width), '25', String(confidence), text].join('\t')),
  );
  return ['level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext', ...rows].join('\n');
}
/** A column's line as tesseract cuts it into words: two characters a word, touching. */
const words = (text: string, left: number): [string, number, number][] => (text.match(/.{1,2}/gu) ?? []).map((word, k) => [word, left + k * 50, 50]);

describe('a scanned page in two columns (a 政府公报)', () => {
  it('reads the left column, then the right, as on a text-layer page; a table row below keeps its gaps as spaces', async () => {
    // Before: tesseract read the page as one block, each left line running into the right one
    // (为贯彻落实国家卫生健康委         (三) 加强人才队伍建设。每).
    const left = ['为贯彻落实国家卫生健康委千县', '工程工作部署，进一步提升县域', '医疗服务能力，结合我县实际，', '制定本方案。'];
    const right = ['（三）加强人才队伍建设。每年', '招聘医学本科以上人才10名，', '选派骨干医师到上级医院进修不', '少于6个月。'];
    const page = tsv([
      [100, words('某县推进千县工程县医院综合能力提升实施方案', 100)],
      ...left.map((text, k): [number, [string, number, number][]] => [150 + 40 * k, [...words(text, 0), ...words(right[k], 760)]]),
      [400, [['1', 0, 25], ['建成胸痛中心', 200, 150], ['2024年底前', 985, 125]]],
    ]);
    const { ocrPageLines } = await import('../../../scripts/ingest/formats/ocr.ts');
    expect(ocrPageLines(page)).toEqual([['某县推进千县工程县医院综合能力提升实施方案', ...left, ...right, `1${' '.repeat(8)}建成胸痛中心${' '.repeat(31)}2024年底前`]]);
  });
});

describe('a PDF whose font has no Unicode map (glyph codes for characters)', () => {
  // The gazette fixture with its fonts' ToUnicode maps taken out: pdf.js then reads the glyph codes
  // as characters (⢏⪩⹁☕妩䷓䈢…), which were published as the plan's text, silently.
  const glyphCodes = () => new Uint8Array(Buffer.from(readFileSync('test/fixtures/formats/gazette.pdf').toString('latin1').replaceAll('/ToUnicode', '/ToUnicodX'), 'latin1'));

  it('is read by OCR like a scan, and comes through as the text-layer PDF', async () => {
    const read = await readPdf(glyphCodes());
    expect(read.format).toBe('pdf-ocr');
    expect(lostShare([gazette.title, ...gazette.paragraphs].join(''), read.lines.join(''))).toBeLessThanOrEqual(0.08);
  });

  it('without OCR, is named as text that does not read', async () => {
    await expect(readPdf(glyphCodes(), { ocr: false })).rejects.toThrow(/^the text does not read \(a font without a Unicode map: glyph codes stand for the characters\) and OCR is not installed/);
  });
});

describe('a PDF in traditional characters (繁體)', () => {
  it('is read from its text layer: a page of names in 繁體 is no font without a Unicode map', async () => {
    const read = await readPdf(new Uint8Array(readFileSync('test/fixtures/formats/traditional.pdf')));
    expect(read.format).toBe('pdf');
    expect(read.notes).toEqual([]);
    // lines as printed (a paragraph wraps), spaces as set: the text is the text, character for character
    const squeezed = (lines: string[]) => lines.join('').replace(/\s+/g, '');
    expect(squeezed(read.lines)).toBe(squeezed([traditional.title, ...traditional.paragraphs, ...traditional.members]));
  });
});

describe("specks in a scan's margins", () => {
  it('are no text: a character or two, signs or read unsure, beyond the column or alone, or signs no line starts with; row numbers, full stops and glued words stay', async () => {
    // The probe's page: the seed's page 1 with a gutter shadow, two punch holes and dirt in the
    // right margin. tesseract set each speck at the end of the line beside it: 三年行动方案的通知   .,
    // 县级各医疗机构:     。, 9 《襄垣县…, 84号）(a hole read 8 before 4号）), 一、总体要求    |.
    const left = 250;
    const page = tsv([
      [100, [...words('三年行动方案的通知', left), ['.', 2288, 15, 75]]],
      [150, [...words('县医改领导小组有关成员单位，县级各医疗机构:', left), ['。', 2392, 24, 0]]],
      [200, [['9', 115, 91, 51], ...words('《襄垣县县级医疗机构综合能力提升三年行动方案》已经县', left + 34)]],
      [250, [['8', 115, 91, 35], ...words('4号），结合我县实际，制定本方案。', left)]],
      [300, [['|', 1200, 10, 17]]],
      [350, [...words('一、总体要求', left), ['|', 2299, 12, 17]]],
      // the widest line's full stop, a word of its own; a table row's number at the column's edge
      [400, [...words('全面贯彻落实“每个县要有1—2所好医院”要求，结合我县人口发展、行政区划', left), ['。', left + 19 * 50, 20, 92]]],
      [450, [['1', left, 25], ['建成胸痛中心', left + 200, 150], ['2024年底前', left + 900, 125]]],
      // specks at a line's start, some glued to its first word, which then has the speck's box
      // (.县 12 px wide in the margin; 全面 read unsure there), or at the column's edge (，”)
      [500, [['.县', 64, 12, 57], ...words('医改领导小组有关成员单位，', left + 50)]],
      [550, [['1', 43, 12, 46], ...words('《襄垣县县级医疗机构》', left + 34)]],
      [600, [['全面', 94, 48, 28], ...words('贯彻落实', left)]],
      [650, [['，”', 191, 65, 6], ...words('务能力基本标准', left + 6)]],
    ]);
    const { ocrPageLines } = await import('../../../scripts/ingest/formats/ocr.ts');
    expect(ocrPageLines(page)[0]).toEqual([
      '三年行动方案的通知',
      '县医改领导小组有关成员单位，县级各医疗机构:',
      '《襄垣县县级医疗机构综合能力提升三年行动方案》已经县',
      '4号），结合我县实际，制定本方案。',
      '一、总体要求',
      '全面贯彻落实“每个县要有1—2所好医院”要求，结合我县人口发展、行政区划。',
      `1${' '.repeat(8)}建成胸痛中心${' '.repeat(27)}2024年底前`,
      '县医改领导小组有关成员单位，',
      '《襄垣县县级医疗机构》',
      '全面贯彻落实',
      '务能力基本标准',
    ]);
  });
});
