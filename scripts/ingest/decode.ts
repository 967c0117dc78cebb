/**
 * Bytes → text. Policy texts arrive as UTF-8 (with or without BOM), UTF-16 with BOM,
 * or GB18030/GBK from older Windows tools. Detection is chardet's job and decoding
 * iconv-lite's: both are maintained libraries that know far more encodings than we would.
 */
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { common, commonShare } from '../text/common-characters.ts';

export type Decoded =
  | { ok: true; text: string; encoding: string }
  | { ok: false; reason: string; line: number | null };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Legacy Chinese encodings chardet may report; each text is read as GB18030 or Big5, whichever reads as Chinese. */
const chineseLegacy = new Set(['GB18030', 'GBK', 'GB2312', 'Big5', 'EUC-TW']);

export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'empty file', line: null };

  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return decodeUtf8(bytes.subarray(3), 'UTF-8 (BOM)');
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return checked(iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le'), 'UTF-16LE');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return checked(iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be'), 'UTF-16BE');

  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return checked(iconv.decode(Buffer.from(bytes), utf16), utf16 === 'utf-16le' ? 'UTF-16LE (no BOM)' : 'UTF-16BE (no BOM)');

  // A binary file is full of zero bytes; a text a tool damaged has a stray one or two, which
  // stay in the text (structure/lint.ts names their lines) rather than losing the document.
  const nul = bytes.indexOf(0);
  if (nul !== -1 && nulCount(bytes) * 1000 > bytes.length) return { ok: false, reason: 'binary file (NUL byte)', line: lineAt(bytes, nul) };

  const asUtf8 = decodeUtf8(bytes, 'UTF-8');
  // Valid UTF-8 stands, refused or not (an empty text is empty in any encoding).
  if (asUtf8.ok || !asUtf8.reason.startsWith('invalid UTF-8')) return asUtf8;

  const detected = chardet.detect(bytes);
  if (detected && chineseLegacy.has(detected)) {
    // Short GBK texts are often taken for Big5 (and the reverse): decode both ways and keep
    // the one that reads as Chinese, i.e. holds more of the commonest characters.
    const readings = (['gb18030', 'big5'] as const).map((encoding) => ({ encoding, text: iconv.decode(Buffer.from(bytes), encoding) }));
    const best = readings.reduce((a, b) => (commonShare(b.text) > commonShare(a.text) ? b : a));
    const label = best.encoding === 'big5' ? 'Big5' : 'GB18030';
    const mixed = withUtf8Lines(bytes, best.encoding);
    return mixed ? checked(mixed, `${label} + UTF-8`) : checked(best.text, label);
  }
  // GBK and UTF-8 lines together can make detection see neither: the lines read each their way, if they then read as Chinese.
  const mixed = withUtf8Lines(bytes, 'gb18030');
  if (mixed && commonShare(mixed) >= 0.3) return checked(mixed, 'GB18030 + UTF-8');
  return {
    ok: false,
    reason: `not UTF-8 and not a Chinese legacy encoding (detected: ${detected ?? 'unknown'})`,
    line: asUtf8.line,
  };
}

/**
 * UTF-16 saved without a BOM (Notepad's "Unicode" copied through some tools): zero bytes in
 * every other place (line ends, digits and Latin letters; 一 U+4E00 and the full-width space U+3000
 * have one too), never two together, as in a binary file. Of the two byte orders, the one that
 * reads as text (line ends, ASCII, the commonest Chinese characters) wins; null when neither does.
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length % 2 !== 0) return null;
  let zeros = 0;
  for (let i = 0; i < bytes.length; i += 2) {
    if (bytes[i] === 0 && bytes[i + 1] === 0) return null;
    if (bytes[i] === 0 || bytes[i + 1] === 0) zeros++;
  }
  if (zeros < 4) return null;
  const readings = (['utf-16le', 'utf-16be'] as const).map((encoding) => {
    const text = iconv.decode(Buffer.from(bytes), encoding);
    const plain = text.match(/[\t\n\r\x20-\x7e\u3000-\u3002\uff08\uff09\uff0c\uff1a\uff1b]/g)?.length ?? 0;
    return { encoding, score: (plain + [...text].filter((c) => common.has(c)).length) / text.length, lines: text.includes('\n') };
  });
  const best = readings.reduce((a, b) => (b.score > a.score ? b : a));
  return best.lines && best.score >= 0.3 ? best.encoding : null;
}

/**
 * A legacy-encoded file with lines in UTF-8 (a GBK file someone added to in a UTF-8 editor, or
 * the reverse): each line in the reading that reads as Chinese. Null when no line reads better as
 * UTF-8. Lines split at 0x0A, which no GBK, GB18030 or Big5 character contains.
 */
function withUtf8Lines(bytes: Uint8Array, legacy: 'gb18030' | 'big5'): string | null {
  const lines: string[] = [];
  let switched = false;
  for (let start = 0; start <= bytes.length; ) {
    const end = bytes.indexOf(0x0a, start);
    const line = bytes.subarray(start, end === -1 ? bytes.length : end + 1);
    const old = iconv.decode(Buffer.from(line), legacy);
    let text = old;
    try {
      const asUtf8 = utf8.decode(line);
      if (asUtf8 !== old && commonShare(asUtf8) > commonShare(old)) [text, switched] = [asUtf8, true];
    } catch {
      // not UTF-8: the legacy reading
    }
    lines.push(text);
    if (end === -1) break;
    start = end + 1;
  }
  return switched ? lines.join('') : null;
}

function nulCount(bytes: Uint8Array): number {
  let n = 0;
  for (const b of bytes) if (b === 0) n++;
  return n;
}

/**
 * UTF-8, and a file cut through its last character (an incomplete download) read as UTF-8 all the
 * same, the cut character a visible � (structure/lint.ts names its line): before, that one bad
 * sequence made the whole file fail as UTF-8 and its last line read as GB18030 (瀵圭収浜岀…).
 */
function decodeUtf8(bytes: Uint8Array, label: string): Decoded {
  const whole = bytes.length - cutCharacter(bytes);
  try {
    return checked(utf8.decode(bytes.subarray(0, whole)) + (whole < bytes.length ? '\ufffd' : ''), label);
  } catch {
    return { ok: false, reason: 'invalid UTF-8', line: lineAt(bytes, firstInvalidUtf8(bytes)) };
  }
}

/** How many bytes at the end begin a UTF-8 character that the file ends before finishing (0 to 3). */
function cutCharacter(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const b = bytes[bytes.length - back];
    if (b >> 6 === 2) continue; // a continuation byte: the lead is further back
    const size = b >> 5 === 6 ? 2 : b >> 4 === 14 ? 3 : b >> 3 === 30 ? 4 : 1;
    return size > back ? back : 0;
  }
  return 0;
}

/** Refuse text that decoded but is mostly control characters: a binary file in disguise. */
function checked(text: string, encoding: string): Decoded {
  const controls = text.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0;
  if (text.trim() === '') return { ok: false, reason: 'empty file (only whitespace)', line: null };
  if (controls > Math.max(8, text.length * 0.01)) {
    const at = text.search(/[\u0000-\u0008\u000e-\u001f\ufffd]/);
    return { ok: false, reason: `binary or undecodable content (${controls} control characters)`, line: text.slice(0, at).split(/\r\n|\r|\n/).length };
  }
  return { ok: true, text, encoding };
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const size = b < 0x80 ? 1 : b >> 5 === 6 ? 2 : b >> 4 === 14 ? 3 : b >> 3 === 30 ? 4 : 0;
    if (size === 0) return i;
    for (let k = 1; k < size; k++) if (i + k >= bytes.length || bytes[i + k] >> 6 !== 2) return i;
    i += size;
  }
  return bytes.length;
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
