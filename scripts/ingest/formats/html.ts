/**
 * A saved web page → the lines of its article, and the site's disclosure table of the document
 * (发文字号, 成文日期…) where it stands apart. Government sites wrap a plan in navigation,
 * breadcrumbs, "字号 大 中 小", view counters, share buttons, related links and footers: those
 * elements are dropped, the article is the element that holds most of the page's own (non-link)
 * text, and the page's <title> is kept as a hint for the document title.
 */
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import { toText } from 'hast-util-to-text';
import type { Element, Nodes, Root } from 'hast';
import iconv from 'iconv-lite';
import { decode } from '../decode.ts';
import { extracted, IngestError, type Extracted } from './types.ts';
import { DOCUMENT_FIELDS, labelName, labelPattern } from '../../text/disclosure-labels.ts';
import { BREADCRUMB, BUTTONS, FONT_SIZE, shortLineMatching } from '../../text/site-chrome.ts';
import { joinWrapped } from '../../text/wrapped-lines.ts';
import { takesMergedCells } from './merged-cells.ts';
import { documentKind } from '../../structure/metadata.ts';

export function readHtml(bytes: Uint8Array): Extracted {
  const { html, encoding, notes } = decodeHtml(bytes);
  const tree = unified().use(rehypeParse).parse(html);
  const titleElement = find(tree, (e) => e.tagName === 'title');
  // A page Word, WPS or Excel saved holds the whole document, and its <title> is the file's Title property (often a template's or a first draft's), not a site's title for it.
  const pageTitle = titleElement && !savedByOffice(tree) ? toText(titleElement).trim() : '';
  const elsewhere = textElsewhere(tree);
  const attachments = attachmentFiles(tree);
  prune(tree);
  unspaceLabels(tree);
  // The site's disclosure table of the document (发文字号, 成文日期…) says the 文号 and the date; it is not the plan's data.
  const disclosure = disclosureTable(tree);
  const tables = dataTables(tree);
  if (disclosure) tables.delete(disclosure);
  const article = mainElement(tree, tables);
  if (!article) throw new IngestError(elsewhere ?? 'web page has no text; skipped');
  const rows = new Set([...tables].flatMap(flattenTable));
  const lines = toText(article, { whitespace: 'normal' })
    .split('\n')
    // White space at a line's end is none of the text, but a data table's row keeps the tabs of its last cells when they are empty (备注).
    .map((line) => (rows.has(line) ? line : line.replace(/\s+$/, '')))
    .filter((line) => !isFurnitureLine(line));
  const titleHint = titleOf(pageTitle);
  // Sites leave the quotes and brackets out of <title> (某县推进千县工程实施方案 for 某县推进“千县工程”实施方案).
  const compact = (text: string) => text.replace(/[\s\p{P}\p{S}]+/gu, '');
  // A site often shows the title above the article, outside it: then the hint opens the text.
  if (titleHint && !compact(lines.slice(0, 30).join('')).includes(compact(titleHint))) lines.unshift(titleHint, '');
  // So with the disclosure table.
  if (disclosure && !contains(article, disclosure)) lines.unshift(...toText(disclosure, { whitespace: 'normal' }).split('\n').filter((l) => l.trim()), '');
  while (lines.length > 0 && lines[0].trim() === '') lines.shift();
  if (elsewhere && !lines.some((line) => SENTENCE_END.test(line))) throw new IngestError(elsewhere);
  if (lines.every((line) => line.trim() === '')) throw new IngestError('web page has no article text; skipped');
  // A page that opens <html> or <body> and never closes it was cut off (an incomplete download or copy).
  if (attachments.length > 0) notes.push(`web page links its attachments as files of their own, whose text is not in the page: ${attachments.join('; ')}; save them into the corpus to read them`);
  if (/<(?:html|body)[\s>]/i.test(html) && !/<\/(?:html|body)\s*>/i.test(html)) notes.push('web page is truncated (it ends before </body></html>: an incomplete download?); what remains was read');
  return extracted('html', lines, { encoding, titleHint, notes });
}

/** A link to a file of a document format (the page's attachment: .docx, .xlsx, .pdf …). */
const documentFile = /\.(?:docx?|wps|xlsx?|et|pdf|ofd|rtf|zip|rar|7z)(?:[?#]|$)/i;

/**
 * The attachments a page links as files (附件1：重点任务分解表.xlsx, in the article or in a 附件下载
 * or 相关附件 block after it), each as its link's text and address: their text is not the page's,
 * and a plan's task list is often one of them. A link to a file counts where it or the block it
 * stands in says 附件; a site's other downloads do not.
 */
function attachmentFiles(tree: Root): string[] {
  const out: string[] = [];
  const walk = (node: Root | Element, saysAttachment: boolean) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      const href = typeof child.properties.href === 'string' ? child.properties.href.trim() : '';
      const own = toText(child).trim();
      if (child.tagName === 'a' && documentFile.test(href)) {
        if (saysAttachment || own.includes('附件')) out.push(`${own || href} (${href})`);
      } else walk(child, saysAttachment || (!/[。；]/.test(own) && own.includes('附件')));
    }
  };
  walk(tree, false);
  return [...new Set(out)];
}

/** A sentence's end: a page whose article has none holds a title and a date line at most, not a document. */
const SENTENCE_END = /[。；！？]/;

/**
 * Where a saved page's text is when the file holds only the page around it: a frame's own page
 * (an <iframe> or <frame> with its src: the site shows the document in it, and saving the page
 * keeps only the frame), or what a script fetches when the page is shown (its article element
 * empty). Said only when the article has no sentence; null for a page with neither.
 */
function textElsewhere(tree: Root): string | null {
  const frame = find(tree, (e) => (e.tagName === 'iframe' || e.tagName === 'frame') && typeof e.properties.src === 'string' && e.properties.src.trim() !== '');
  if (frame) return `web page holds only the frame around the document: its text is in the page of a frame (${String(frame.properties.src).trim()}), which the saved file does not hold; open that page on its own and save it, or save the document as published (PDF, Word); skipped`;
  if (find(tree, (e) => e.tagName === 'script')) return 'web page holds only the frame around the document: its text is loaded by a script when the page is shown, and the saved file does not hold it; save the page as the browser shows it (Save as → Web page, complete, or print it to PDF), or the document as published (PDF, Word); skipped';
  return null;
}

/**
 * The charset the page declares (BOM, <meta charset>), else the corpus's own detection. A page
 * whose bytes are not in the charset it declares (a scraper or editor saved a gb2312 page as UTF-8
 * and kept its <meta>, or the reverse) is read in the encoding its bytes are in, with a note:
 * Chinese prose in GBK is never valid UTF-8, and bytes that are not valid UTF-8 are not UTF-8.
 */
function decodeHtml(bytes: Uint8Array): { html: string; encoding: string; notes: string[] } {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1];
  if (declared && !(bytes[0] === 0xef && bytes[1] === 0xbb) && iconv.encodingExists(declared)) {
    const declaresUtf8 = /^utf-?8$/i.test(declared);
    // (Bytes all ASCII read the same in whatever charset a page declares.)
    if (bytes.some((byte) => byte >= 0x80) && declaresUtf8 !== isUtf8(bytes)) {
      const decoded = decode(bytes);
      if (decoded.ok) return { html: decoded.text, encoding: decoded.encoding, notes: [`web page declares charset ${declared} but its bytes are ${decoded.encoding}; read as ${decoded.encoding}`] };
    }
    // Pages declaring gb2312 often hold GBK/GB18030 characters: read them as the superset.
    const encoding = /^(gb2312|gbk|x-gbk)$/i.test(declared) ? 'gb18030' : declared;
    return { html: iconv.decode(Buffer.from(bytes), encoding), encoding: encoding.toUpperCase(), notes: [] };
  }
  const decoded = decode(bytes);
  if (!decoded.ok) throw new IngestError(`web page: ${decoded.reason}; skipped`);
  return { html: decoded.text, encoding: decoded.encoding, notes: [] };
}

/** Valid UTF-8, but for a character cut off at the end (a truncated file). */
function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** Elements that are never the article: code, forms, media, the page's own chrome. */
const dropTags = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'canvas', 'form', 'button', 'select', 'input', 'textarea', 'nav', 'header', 'footer', 'aside', 'head', 'menu', 'dialog']);
/** class/id words that name page chrome on Chinese government sites (当前位置, 分享, 相关链接, 字号…). */
const chrome =
  /(?:^|[-_\s])(?:nav\w*|menu\w*|crumbs?|bread\w*|position|location|dqwz|footer|foot|bottom|header|top-?bar|share\w*|bdshare\w*|fenxiang|related|relate|xgwz|xglj|xgxx|print|dayin|font-?size|fontsize|zihao|zh-?size|sidebar|side|search|toolbar|tools|comment\w*|copyright|banner|logo|qrcode|ewm|erweima|pagination|prev|next|sxp|pre-?next|hits|views|visit\w*|counter)(?:$|[-_\s\d])/i;

function prune(node: Root | Element): void {
  node.children = node.children.filter((child) => {
    if (child.type === 'comment' || child.type === 'doctype') return false;
    if (child.type !== 'element') return true;
    if (dropTags.has(child.tagName) || isChrome(child)) return false;
    prune(child);
    return true;
  });
}

function isChrome(element: Element): boolean {
  const { className, id, hidden, style } = element.properties;
  if (hidden !== undefined && hidden !== false) return true;
  if (typeof style === 'string' && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  const names = [...(Array.isArray(className) ? className : []), typeof id === 'string' ? id : ''].map(String);
  return names.some((name) => chrome.test(name));
}

const inline = new Set(['a', 'span', 'font', 'strong', 'b', 'em', 'i', 'u', 'sub', 'sup', 'small', 'big', 'br', 'label', 'abbr', 'code', 'mark', 'o:p']);
const paragraphs = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'dt', 'dd', 'blockquote', 'pre']);

/**
 * The element holding most of the page's own text: every run of text (links left out) scores
 * its nearest container (the parent of a paragraph), half that for the next one up, a third for
 * the one above; the highest score is the article. A data table counts as one paragraph, so a
 * plan whose tasks are a table is not read as that table alone.
 */
function mainElement(tree: Root, tables: Set<Element>): Element | null {
  const score = new Map<Element, number>();
  const walk = (node: Nodes, ancestors: Element[], inLink: boolean) => {
    if (node.type === 'text') {
      const chars = inLink ? 0 : node.value.replace(/\s+/g, '').length;
      if (chars === 0) return;
      const table = ancestors.findIndex((e) => tables.has(e));
      const blocks = (table >= 0 ? ancestors.slice(0, table + 1) : ancestors).filter((e) => !inline.has(e.tagName));
      let at = blocks.length - 1;
      if (at >= 0 && (paragraphs.has(blocks[at].tagName) || tables.has(blocks[at]))) at--;
      for (let weight = 1; weight <= 3 && at >= 0; weight++, at--) score.set(blocks[at], (score.get(blocks[at]) ?? 0) + chars / weight);
      return;
    }
    if (node.type !== 'element' && node.type !== 'root') return;
    const next = node.type === 'element' ? [...ancestors, node] : ancestors;
    for (const child of node.children) walk(child, next, inLink || (node.type === 'element' && node.tagName === 'a'));
  };
  walk(tree, [], false);
  let best: Element | null = null;
  for (const [element, value] of score) if (!best || value > (score.get(best) ?? 0)) best = element;
  return best;
}

/** A data table's cells are short; a layout table's hold whole articles. */
const MAX_CELL_CHARS = 400;

/**
 * The tables that hold data (a 重点任务分解表), not a page's layout: no table inside them, two
 * rows of two cells at least, and no cell longer than a task is written.
 */
function dataTables(tree: Root): Set<Element> {
  const out = new Set<Element>();
  const walk = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'table' && !find(child, (e) => e.tagName === 'table')) {
        const rows = tableRows(child);
        if (rows.length >= 2 && rows.some((cells) => cells.length >= 2) && rows.every((cells) => cells.every((c) => toText(c).length <= MAX_CELL_CHARS))) out.add(child);
      } else walk(child);
    }
  };
  walk(tree);
  return out;
}

const isCell = (e: Element) => e.tagName === 'td' || e.tagName === 'th';

/** A table's rows (in thead, tbody, tfoot or not), each its cells. */
function tableRows(table: Element): Element[][] {
  const rows: Element[][] = [];
  const walk = (node: Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'tr') rows.push(child.children.filter((c): c is Element => c.type === 'element' && isCell(c)));
      else if (!isCell(child)) walk(child);
    }
  };
  walk(table);
  return rows;
}

/**
 * A data table in place as its rows (returned), one line each with its cells apart by a tab, as a Word export
 * gives them (structure/table.ts reads them): a cell's paragraphs and line breaks joined, a cell
 * spanning columns in its first column (the positions it covers left empty); a cell spanning rows
 * (rowspan: a 牵头单位 or 完成时限 over several tasks) in each row it spans that holds cells of its
 * own, as the reader sees it beside each and as the .docx and .xlsx readers give it (merged-cells.ts).
 */
function flattenTable(table: Element): string[] {
  const grid: string[][] = [];
  /** Positions a cell spanning rows covers below its first row, and its text. */
  const below = new Map<string[], Map<number, string>>();
  tableRows(table).forEach((cells, r) => {
    const row = (grid[r] ??= []);
    let column = 0;
    for (const cell of cells) {
      while (row[column] !== undefined) column++;
      const [rows, columns] = [span(cell.properties.rowSpan), span(cell.properties.colSpan)];
      for (let dr = 0; dr < rows; dr++) for (let dc = 0; dc < columns; dc++) (grid[r + dr] ??= [])[column + dc] = '';
      row[column] = joinWrapped(toText(cell, { whitespace: 'normal' }).split(/[\n\t]/));
      for (let dr = 1; dr < rows; dr++) below.set(grid[r + dr], (below.get(grid[r + dr]) ?? new Map()).set(column, row[column]));
      column += columns;
    }
  });
  const hasText = (cells: string[]) => cells.some((cell) => cell && cell.trim() !== '');
  for (const [row, spanned] of below) if (takesMergedCells(Array.from(row, (cell) => cell ?? ''))) for (const [column, text] of spanned) row[column] = text;
  const lines = grid.filter(hasText).map((row) => Array.from(row, (cell) => cell ?? '').join('\t'));
  Object.assign(table, { tagName: 'pre', properties: {}, children: [{ type: 'text', value: lines.join('\n') }] });
  return lines;
}

const span = (value: unknown) => Math.max(1, Math.min(Number(value) || 1, 100));

/** Labels of a government site's disclosure table (政府信息公开) that say what the document is. */
const disclosureLabel = labelPattern(['索引号', ...Object.values(DOCUMENT_FIELDS).flat()]);

/** A table cell whose characters are spaced out to align it with longer ones (索  引  号：, 文　　号：, 序  号). */
const spacedLabel = /^\s*(?:\p{Script=Han}\s+)+\p{Script=Han}\s*[：:]?\s*$/u;

/** Labels spaced for alignment read as the words they are, so a disclosure table's 文号 and a task table's header are found. */
function unspaceLabels(node: Root | Element): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (isCell(child) && spacedLabel.test(toText(child))) child.children = [{ type: 'text', value: toText(child).replace(/\s+/g, '') }];
    else unspaceLabels(child);
  }
}

/** The smallest element naming the most (two at least) of the document's disclosure fields, if the page has one. */
function disclosureTable(tree: Root): Element | null {
  let best = null as { element: Element; labels: number; size: number } | null;
  const walk = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      const text = toText(child);
      const labels = new Set([...text.matchAll(disclosureLabel)].map(labelName)).size;
      if (labels < 2) continue;
      if (!best || labels > best.labels || (labels === best.labels && text.length <= best.size)) best = { element: child, labels, size: text.length };
      walk(child);
    }
  };
  walk(tree);
  return best?.element ?? null;
}

function contains(outer: Element, inner: Element): boolean {
  return outer === inner || outer.children.some((c) => c.type === 'element' && contains(c, inner));
}

function find(node: Root | Element, test: (e: Element) => boolean): Element | null {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (test(child)) return child;
    const inner = find(child, test);
    if (inner) return inner;
  }
  return null;
}

/** Short lines of page chrome left inside the article: 字号 大 中 小, counters, print/close, share, 上一篇. */
const furniture = [
  FONT_SIZE,
  /(?:浏览|阅读|访问|点击)(?:次数|量)?\s*[:：]\s*\d*\s*次?/,
  BUTTONS,
  /^(?:分享到|分享)\s*[:：]?/,
  /^(?:扫一扫|上一篇|下一篇|上一条|下一条|相关(?:链接|文章|阅读|新闻|文件))/,
  BREADCRUMB,
  /^(?:(?:信息)?来源|发布(?:时间|日期)|作者|责任编辑|编辑)\s*[:：].{0,40}$/,
];

const isFurnitureLine = shortLineMatching(furniture);

/** The page was saved by an office program (<meta name=ProgId content=Word.Document>, <meta name=Generator content="Microsoft Word 15">). */
function savedByOffice(tree: Root): boolean {
  return find(tree, (e) => e.tagName === 'meta' && /^(?:progid|generator)$/i.test(String(e.properties.name)) && /word|excel|wps/i.test(String(e.properties.content))) !== null;
}

/**
 * The document's title in a page title such as `关于印发…的通知_政策文件_某县人民政府`: the longest
 * part, when it ends as a document's title ends. A page titled by its site alone (某县人民政府, an old
 * CMS's table layout sets the article's own title in a cell above it) names no document: set above
 * the text, it was read as the plan's red head and issuer.
 */
function titleOf(pageTitle: string): string | null {
  const parts = pageTitle.split(/\s*(?:[_|｜]|\s[-—–]\s)\s*/).map((p) => p.trim()).filter(Boolean);
  const longest = parts.reduce((a, b) => (b.length > a.length ? b : a), '');
  return longest.length >= 4 && documentKind.test(longest) ? longest : null;
}
