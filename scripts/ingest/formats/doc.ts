/**
 * Old Word .doc and WPS .wps (OLE compound files) → lines, through word-extractor. The text
 * is read as stored: Word's automatic numbering of these files is not in it (see README).
 */
import WordExtractor from 'word-extractor';
import { extracted, IngestError, type Extracted } from './types.ts';

export async function readDoc(bytes: Uint8Array): Promise<Extracted> {
  let body: string;
  try {
    body = (await new WordExtractor().extract(Buffer.from(bytes))).getBody();
  } catch (error) {
    throw new IngestError(`not a readable Word/WPS file (corrupt or another format: ${(error as Error).message}); skipped`);
  }
  // Word stores table cells ending in \x07 and a few other controls; they are layout, not text.
  const lines = body.replace(/[\x00-\x08\x0b\x0c\x0e-\x1f]/g, '\t').split(/\r\n|\r|\n/);
  if (lines.every((line) => line.trim() === '')) throw new IngestError('Word/WPS file has no text; skipped');
  return extracted('doc', lines);
}
