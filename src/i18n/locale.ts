/** Which language a URL is in, and the same path in the other one; no dictionaries, so page scripts can import it. */
export type Locale = 'zh' | 'en';

/** The value of <html lang> for a locale. */
export const htmlLang: Record<Locale, string> = { zh: 'zh-CN', en: 'en' };

export function localeOf(url: URL | string): Locale {
  const path = typeof url === 'string' ? url : url.pathname;
  return path === '/en' || path.startsWith('/en/') ? 'en' : 'zh';
}

/** `{n} plans` with n = 3 → `3 plans`. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/**
 * A site path in a locale: `/compare/?a=b` → `/en/compare/?a=b`. Only pages move (their paths end
 * in `/`); data, sources, charts and the search bundle are one set of files for both languages.
 */
export function localeHref(locale: Locale, href: string): string {
  if (locale === 'zh' || !href.startsWith('/') || href.startsWith('//') || localeOf(href) === 'en') return href;
  const path = href.split(/[?#]/, 1)[0];
  return path.endsWith('/') ? `/en${href}` : href;
}

/** The same page in the other language, query and hash kept: `/en/docs/x/?q=1#c-1` ⇄ `/docs/x/?q=1#c-1`. */
export function otherLocaleHref(url: URL): string {
  const rest = `${url.search}${url.hash}`;
  if (localeOf(url) === 'en') return `${url.pathname.replace(/^\/en(?=\/|$)/, '') || '/'}${rest}`;
  return `/en${url.pathname}${rest}`;
}

/** fill() for the browser: a value given as a function adds a node (e.g. a document's name marked lang="zh-CN"). */
export function fillNodes(template: string, values: Record<string, string | number | (() => Node)>): (string | Node)[] {
  return template
    .split(/(\{\w+\})/)
    .filter(Boolean)
    .map((part) => {
      const value = values[part.slice(1, -1)];
      if (!/^\{\w+\}$/.test(part) || value === undefined) return part;
      return typeof value === 'function' ? value() : String(value);
    });
}
