/**
 * Makes what Pagefind is handed of each reader page, beside the rendering: the page cut to what
 * Pagefind reads (record.ts) with its hidden index terms (src/lib/search-terms.ts), whose
 * segmenting costs about as much as rendering the page. A page's texts come first, when it
 * renders; its HTML once rendered. Loaded by Node itself (types stripped), not by Vite.
 */
import { parentPort } from 'node:worker_threads';
import { pageIndexTerms } from '../lib/search-terms.ts';
import { indexTermsClose, indexTermsOpen } from '../lib/search-query.ts';
import { hiddenBlock, searchRecord } from './record.ts';

/** A page's texts, as it renders; then the page itself, as UTF-8. */
export type RecordRequest = { url: string; texts: string[] } | { url: string; page: Uint8Array };
export interface RecordReply {
  url: string;
  record: string;
}

const termsByUrl = new Map<string, string[]>();
const utf8 = new TextDecoder();

parentPort?.on('message', (request: RecordRequest) => {
  if ('texts' in request) {
    termsByUrl.set(request.url, pageIndexTerms(request.texts));
    return;
  }
  const terms = termsByUrl.get(request.url) ?? [];
  termsByUrl.delete(request.url);
  const record = searchRecord(utf8.decode(request.page), terms.length ? hiddenBlock(`${indexTermsOpen}${terms.join(' ')}${indexTermsClose}`) : '');
  parentPort?.postMessage({ url: request.url, record } satisfies RecordReply);
});
