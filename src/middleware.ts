// English pages (/en/…) keep their links in English; see src/i18n/links.ts. Reader pages go to
// the search index as they are rendered (src/search-index/).
import { defineMiddleware } from 'astro:middleware';
import { localeOf } from './i18n/index.ts';
import { localizeLinks } from './i18n/links.ts';
import { indexPage, isIndexedPage } from './search-index/index.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (isIndexedPage(context.url.pathname)) {
    // As bytes: the page is decoded on the index's worker thread, and served as rendered.
    const page = new Uint8Array(await response.arrayBuffer());
    indexPage(context.url.pathname, page);
    return new Response(page, { status: response.status, headers: response.headers });
  }
  const locale = localeOf(context.url);
  if (locale === 'zh' || !(response.headers.get('content-type') ?? 'text/html').includes('text/html')) return response;
  return new Response(localizeLinks(await response.text(), locale), { status: response.status, headers: response.headers });
});
