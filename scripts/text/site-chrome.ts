/**
 * What a government website sets around an article (打印本页, 关闭窗口…), read by the web-page reader,
 * which leaves it out of the text, and by the structure stage, which ends a plan's body where a text
 * copied from such a page carries it.
 */
const button = /(?:打印(?:本页|此页)?|关闭(?:窗口|本页)?|返回顶部|收藏(?:本页)?|保存(?:本页)?|纠错)/.source;

/** A line of the page's buttons, bracketed or not: 【打印本页】  【关闭窗口】. */
export const BUTTONS = new RegExp(`^(?:[【\\[]?\\s*${button}\\s*[】\\]]?\\s*)+$`);

/** A test for a short line (80 characters at most, as chrome is) that one of the patterns matches. */
export const shortLineMatching =
  (patterns: readonly RegExp[]) =>
  (line: string): boolean => {
    const text = line.trim();
    return text !== '' && text.length <= 80 && patterns.some((pattern) => pattern.test(text));
  };
