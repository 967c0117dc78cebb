/**
 * What a government website sets around an article (打印本页, 关闭窗口…), read by the web-page reader,
 * which leaves it out of the text, and by the structure stage, which ends a plan's body where a text
 * copied from such a page carries it.
 */
const button = /(?:打印(?:本页|此页)?|关闭(?:窗口|本页)?|返回顶部|收藏(?:本页)?|保存(?:本页)?|纠错)/.source;

/** A line of the page's buttons, bracketed or not: 【打印本页】  【关闭窗口】. */
export const BUTTONS = new RegExp(`^(?:[【\\[]?\\s*${button}\\s*[】\\]]?\\s*)+$`);

/** The page's text-size switch, 字号 大 中 小 or 【字体：大 中 小】 (share buttons may follow it on its line). */
export const FONT_SIZE = /^[【\[]?\s*(?:字[号体]|文字)\s*[:：]?\s*(?:[【\[]?\s*[大中小]\s*[】\]]?\s*)+[】\]]?/;

/** Where the page stands on its site: 当前位置：…, 您的位置：…, 首页 > 新闻中心 > …. */
export const BREADCRUMB = /^(?:当前位置|您(?:当前|现在)?的?位置|(?:网站)?首页\s*[>›»＞])/;

/** A test for a short line (80 characters at most, as chrome is) that one of the patterns matches. */
export const shortLineMatching =
  (patterns: readonly RegExp[]) =>
  (line: string): boolean => {
    const text = line.trim();
    return text !== '' && text.length <= 80 && patterns.some((pattern) => pattern.test(text));
  };

/** A page's breadcrumb line (首页 > 新闻中心 > 部门动态, 您的位置：…). */
export const breadcrumb = shortLineMatching([BREADCRUMB]);

/**
 * A web copy's lines without the site's masthead (同心县人民政府 over 首页 > 新闻中心 > …): the first line, where a breadcrumb
 * comes next, names the site, not the document's issuer nor its title.
 */
export function withoutMasthead(lines: string[]): string[] {
  const filled = lines.flatMap((line, k) => (line.trim() ? [k] : []));
  return filled.length > 1 && breadcrumb(lines[filled[1]]) ? lines.map((line, k) => (k === filled[0] ? '' : line)) : lines;
}
