/**
 * Every page link of an English page stays English: the rendered HTML's <a href> and <form action>
 * pointing at a site page get the /en prefix (localeHref), so the components that write `/docs/…`
 * need no locale. Tags carrying hreflang (the language switch) are left alone.
 */
import { localeHref, type Locale } from './index.ts';

const linkTag = /<(?:a|form)\b[^>]*>/g;
const pageAttribute = /(\s(?:href|action)=)"(\/[^"]*)"/g;

export function localizeLinks(html: string, locale: Locale): string {
  if (locale === 'zh') return html;
  return html.replace(linkTag, (tag) => (tag.includes('hreflang=') ? tag : tag.replace(pageAttribute, (_, attr: string, href: string) => `${attr}"${localeHref(locale, href)}"`)));
}
