/**
 * A web page's chrome copied with the plan into a text (【打印本页】【关闭窗口】, 扫一扫在手机打开当前页,
 * 分享到：): the page's, not the document's. It stands below the signature, so it closes the body
 * and stays in the closing, where nothing of it is lost.
 */
const button = /[【\[]?\s*(?:打印(?:本页|此页)?|关闭(?:窗口|本页)?|返回顶部|收藏(?:本页)?|保存(?:本页)?|纠错)\s*[】\]]?/.source;
const chrome = [
  new RegExp(`^(?:${button}\\s*)+$`),
  /^(?:分享到|分享)\s*[:：]/,
  /^扫一扫(?:在手机(?:上)?(?:打开|查看|阅读)|分享)/,
];

export function pageChrome(text: string): boolean {
  const line = text.trim();
  return line !== '' && line.length <= 80 && chrome.some((pattern) => pattern.test(line));
}
