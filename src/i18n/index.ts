/**
 * The interface in two languages. Chinese is the site at `/`, English the same routes under `/en/`;
 * the locale comes from the URL, so a component asks `useStrings(Astro)` and needs no prop.
 * Document text is never translated (it is data); containers of it carry lang="zh-CN".
 */
import { zh } from './zh.ts';
import { en } from './en.ts';
import { htmlLang, localeHref, localeOf, type Locale } from './locale.ts';

export * from './locale.ts';
export type Strings = typeof zh;

const dictionaries: Record<Locale, Strings> = { zh, en };

export function strings(locale: Locale): Strings {
  return dictionaries[locale];
}

export function useStrings(astro: { url: URL }) {
  const locale = localeOf(astro.url);
  return { locale, s: dictionaries[locale], lang: htmlLang[locale], href: (path: string) => localeHref(locale, path) };
}
