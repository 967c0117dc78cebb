/**
 * Bytes → text. Policy texts arrive as UTF-8 (with or without BOM), UTF-16 with BOM,
 * or GB18030/GBK from older Windows tools. Detection is chardet's job and decoding
 * iconv-lite's: both are maintained libraries that know far more encodings than we would.
 */
import chardet from 'chardet';
import iconv from 'iconv-lite';

export type Decoded =
  | { ok: true; text: string; encoding: string }
  | { ok: false; reason: string; line: number | null };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Encodings we accept from detection, all decoded as their superset GB18030. */
const chineseLegacy = new Set(['GB18030', 'GBK', 'GB2312', 'Big5', 'EUC-TW']);

export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'empty file', line: null };

  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return decodeUtf8(bytes.subarray(3), 'UTF-8 (BOM)');
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return checked(iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le'), 'UTF-16LE');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return checked(iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be'), 'UTF-16BE');

  const nul = bytes.indexOf(0);
  if (nul !== -1) return { ok: false, reason: 'binary file (NUL byte)', line: lineAt(bytes, nul) };

  const asUtf8 = decodeUtf8(bytes, 'UTF-8');
  // Valid UTF-8 stands, refused or not (an empty text is empty in any encoding).
  if (asUtf8.ok || !asUtf8.reason.startsWith('invalid UTF-8')) return asUtf8;

  const detected = chardet.detect(bytes);
  if (detected && chineseLegacy.has(detected)) {
    const encoding = detected === 'Big5' || detected === 'EUC-TW' ? 'big5' : 'gb18030';
    return checked(iconv.decode(Buffer.from(bytes), encoding), detected === 'Big5' ? 'Big5' : 'GB18030');
  }
  return {
    ok: false,
    reason: `not UTF-8 and not a Chinese legacy encoding (detected: ${detected ?? 'unknown'})`,
    line: asUtf8.line,
  };
}

function decodeUtf8(bytes: Uint8Array, label: string): Decoded {
  try {
    return checked(utf8.decode(bytes), label);
  } catch {
    return { ok: false, reason: 'invalid UTF-8', line: lineAt(bytes, firstInvalidUtf8(bytes)) };
  }
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
