/**
 * Office and OFD packages are zips of XML. A zip bomb posing as one must not fill memory:
 * only the entries asked for are inflated, their declared sizes are checked first, and the
 * inflated bytes are counted as they stream, so a size that lies stops at the cap too.
 */
import { Unzip, UnzipInflate, type UnzipFile } from 'fflate';
import { IngestError } from './types.ts';

/** Uncompressed bytes one package may inflate in all. */
export const MAX_UNZIPPED_BYTES = 64 * 1024 * 1024;

export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** The entries whose names `want` accepts, inflated; an IngestError when the package is corrupt or too large. */
export function unzipEntries(bytes: Uint8Array, want: (name: string) => boolean, cap = MAX_UNZIPPED_BYTES): Map<string, Uint8Array> {
  const entries = new Map<string, Uint8Array>();
  let total = 0;
  let refusal: IngestError | undefined;
  const tooLarge = () =>
    new IngestError(`archive inflates to more than ${cap / 1024 / 1024} MB (a zip bomb, or not a document package); skipped`);
  const unzip = new Unzip((file: UnzipFile) => {
    if (refusal || !want(file.name)) return;
    if (file.originalSize !== undefined && total + file.originalSize > cap) {
      refusal = tooLarge();
      return;
    }
    const chunks: Uint8Array[] = [];
    file.ondata = (error, chunk, final) => {
      if (refusal) return;
      if (error) {
        refusal = new IngestError(`corrupt archive (${file.name}: ${error.message}); skipped`);
        return;
      }
      total += chunk.length;
      if (total > cap) {
        refusal = tooLarge();
        file.terminate();
        return;
      }
      chunks.push(chunk);
      if (final) entries.set(file.name, concat(chunks));
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    unzip.push(bytes, true);
  } catch (error) {
    refusal ??= new IngestError(`corrupt archive (${(error as Error).message}); skipped`);
  }
  if (refusal) throw refusal;
  return entries;
}

function concat(chunks: Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
