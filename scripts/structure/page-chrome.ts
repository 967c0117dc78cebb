/**
 * A web page's chrome copied with the plan into a text (【打印本页】【关闭窗口】, 扫一扫在手机打开当前页,
 * 分享到：): the page's, not the document's. It stands below the signature, so it closes the body
 * and stays in the closing, where nothing of it is lost. Stricter than the web-page reader's list:
 * in a text, a line opening with 分享 or 扫一扫 may be prose.
 */
import { BUTTONS, FONT_SIZE, shortLineMatching } from '../text/site-chrome.ts';

export const pageChrome = shortLineMatching([BUTTONS, /^(?:分享到|分享)\s*[:：]/, /^扫一扫(?:在手机(?:上)?(?:打开|查看|阅读)|分享)/, FONT_SIZE]);

/**
 * The page's list of related links below the article (相关链接：, 友情链接, 相关文章…, a line of its own): what
 * follows it, numbered or not, is the page's list, never the plan's clauses.
 */
export const relatedLinks = (line: string) => /^(?:相关(?:链接|文章|阅读|新闻|文件)|友情链接)\s*[:：]?$/.test(line.trim());

/**
 * An article's credits below it, as a WeChat account or a news site sets them (来源：某县卫生健康局, 编辑：…,
 * 审核：…, 责任编辑：…): a short label and a name, the page's, not the plan's.
 */
export const articleCredits = shortLineMatching([/^(?:来\s*源|(?:责任)?编\s*辑|审\s*核|审\s*稿|校\s*对|[初复终]\s*审|撰\s*稿|供\s*稿|作\s*者|文\s*字|图\s*片|摄\s*影|排\s*版|美\s*编)\s*[:：][^。；！？]{1,30}$/]);
