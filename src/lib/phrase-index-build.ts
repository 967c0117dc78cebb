/** The site's phrase index (src/lib/phrase-index.ts) over the decoded source texts, built once per site build. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDocuments, sourceDir } from './data.ts';
import { buildPhraseIndex } from './phrase-index.ts';

let cached: ReturnType<typeof buildPhraseIndex> | undefined;

export function sitePhraseIndex(): ReturnType<typeof buildPhraseIndex> {
  cached ??= buildPhraseIndex(loadDocuments().map((doc) => ({ id: doc.id, text: readFileSync(join(sourceDir(), `${doc.id}.txt`), 'utf8') })));
  return cached;
}
