/**
 * Computes a reader page's hidden index terms (src/lib/search-terms.ts) beside the rendering: the
 * segmenting costs about as much as rendering the page, and the terms only go to the index.
 * Loaded by Node itself (types stripped), not by Vite: it imports nothing but search-terms.ts.
 */
import { parentPort } from 'node:worker_threads';
import { pageIndexTerms } from '../lib/search-terms.ts';

export interface TermsRequest {
  url: string;
  texts: string[];
}
export interface TermsReply {
  url: string;
  terms: string[];
}

parentPort?.on('message', ({ url, texts }: TermsRequest) => parentPort?.postMessage({ url, terms: pageIndexTerms(texts) } satisfies TermsReply));
