/**
 * A web page saved as one file (MHTML: Chrome's "single file", IE's .mht): a MIME multipart
 * message whose first text/html part is the page, read like a saved .html page.
 */
import { readHtml } from './html.ts';
import { IngestError, type Extracted } from './types.ts';

export function readMhtml(bytes: Uint8Array): Extracted {
  // Each byte as the character of its value (Node's latin1; WHATWG's 'latin1' is windows-1252, which moves 0x80–0x9F), so an 8-bit body's bytes come back as they are.
  const message = Buffer.from(bytes).toString('latin1');
  const boundary = /boundary="?([^"\r\n;]+)"?/i.exec(message.slice(0, 8192))?.[1];
  if (!boundary) throw new IngestError('web archive (MHTML) without a MIME boundary; skipped');
  for (const part of message.split(`--${boundary}`).slice(1)) {
    const split = part.search(/\r?\n\r?\n/);
    if (split === -1) continue;
    const headers = part.slice(0, split);
    if (!/^content-type:\s*text\/html/im.test(headers)) continue;
    const body = part.slice(split).replace(/^\r?\n\r?\n/, '');
    const encoding = /^content-transfer-encoding:\s*([\w-]+)/im.exec(headers)?.[1].toLowerCase();
    const html =
      encoding === 'base64' ? Buffer.from(body, 'base64') : encoding === 'quoted-printable' ? quotedPrintable(body) : Buffer.from(body, 'latin1');
    const charset = /charset="?([\w-]+)/i.exec(headers)?.[1];
    // The part's charset, where the page itself declares none.
    const declared = charset && !/<meta[^>]+charset/i.test(html.subarray(0, 4096).toString('latin1'));
    return readHtml(declared ? Buffer.concat([Buffer.from(`<meta charset="${charset}">`), html]) : html);
  }
  throw new IngestError('web archive (MHTML) holds no HTML page; skipped');
}

/** Quoted-printable (RFC 2045) → bytes: `=` line ends are soft breaks, `=XX` a byte. */
function quotedPrintable(text: string): Buffer {
  const joined = text.replace(/=\r?\n/g, '');
  const out: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    const hex = joined[i] === '=' ? joined.slice(i + 1, i + 3) : '';
    if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
      out.push(parseInt(hex, 16));
      i += 2;
    } else out.push(joined.charCodeAt(i) & 0xff);
  }
  return Buffer.from(out);
}
