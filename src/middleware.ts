// English pages (/en/…) keep their links in English; see src/i18n/links.ts.
import { defineMiddleware } from 'astro:middleware';
import { localeOf } from './i18n/index.ts';
import { localizeLinks } from './i18n/links.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const locale = localeOf(context.url);
  if (locale === 'zh' || !(response.headers.get('content-type') ?? 'text/html').includes('text/html')) return response;
  return new Response(localizeLinks(await response.text(), locale), { status: response.status, headers: response.headers });
});
