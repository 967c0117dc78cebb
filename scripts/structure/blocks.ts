/**
 * Source lines → logical blocks (paragraphs). PDF extraction breaks lines in
 * mid-sentence, adds blank lines between the fragments of one paragraph and starts
 * pages with a stray space; a block is what the author wrote as one paragraph.
 */
import { runningHeads } from '../text/running-heads.ts';
import { continuedKind, isBareMarker, numeral, readMarker, type Marker, type MarkerKind } from './markers.ts';
import { collapseWhitespace, displayWidth, lettersOf } from './text-width.ts';
import { halfWidthDigits } from '../text/half-width.ts';
import { isLetterSpaced, spacedLetters } from '../text/letter-spacing.ts';
import { wholeDocNumber } from './doc-number.ts';
import { drawnRule, headerlessRow, headerlessRowGoesOn, rowCells, spacedHeader, spacedRow, type HeaderlessRow, type SpacedColumns } from './table.ts';
import { splitBodies } from './issuer.ts';
import { dateLine, monthLine } from './date-line.ts';
import { isMemberLine, membersLineText } from './members.ts';
import { endsAsHeading, isBracketHeading, isNarrowSpacedHeading, isSpacedHeading } from './heading.ts';
import { documentKind, gazetteIssue } from './metadata.ts';
import { disclosureFieldAtStart } from '../text/disclosure-labels.ts';
import { boldRunIn } from './markdown.ts';
import { pageChrome } from './page-chrome.ts';
import { breadcrumb } from '../text/site-chrome.ts';
import { noteLines, readNotes, type Note } from './notes.ts';
import { isPartHeadingAlone } from './part-heading.ts';

export interface Block {
  /** The paragraph's text, fragments joined and PDF white space removed. */
  text: string;
  /** First and last source line (1-based). */
  line: number;
  endLine: number;
  /** Markdown ATX heading level when written as `## …`, else 0. */
  markdownDepth: number;
  /** A Markdown thematic break (`---`): markup only. */
  rule: boolean;
  marker: Marker | null;
  /** The cells of a table row (tab-separated or Markdown `|`): a line of its own, never joined. */
  cells?: string[];
  /** A numbered line set out in columns without a header (table.ts headerlessRow): its cells after the marker, and what each holds. */
  numberedRow?: HeaderlessRow;
}

/** A line that ends its sentence: at a stop, or at a note in brackets after one (…纳入年度考核。（责任股室：医政医管股；完成时间：每月）). */
const terminal = /(?:[。！？；：!?;:][”’"）)〕】」』]*|[。！？；!?;][”’"]*[（(][^（）()]*[）)])$/;
const sentencePunctuation = /[。！？；!?;]/;
const markdownHeading = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
/**
 * Lines that open a document's closing matter: attachments, distribution, the printing note. An
 * attached tables' list or heading is `附表：…`, `附表1` or `附表1：title`; a sentence may open
 * with 附表 (附表所列…, 附表1所列指标…).
 */
const closingLabel = /^(?:附\s*件|附\s*表(?=\s*(?:[\d０-９]{1,2})?(?:[：:．.、\s]|$))|抄\s*送|抄\s*报|分\s*送|主\s*送)\s*/.source;
export const closingMatter = new RegExp(`${closingLabel}[：:\\d]?|印\\s*发\\s*$`);
/** `抄送：`, `附件：`: a label and its colon, which a sentence cut at a page break never goes on with. */
const closingLabelColon = new RegExp(`${closingLabel}[：:]`);
const wholeLineBold = /^(\*\*|__)(.+?)\1$/;
const leadingBold = /^(\*\*|__)(.+?)\1/;

/**
 * `**（一）加强专科建设。**正文…`: a numbered run-in heading in bold, as converters write Word's. The
 * bold's delimiters are markup, as a whole bold line's are; kept, they would hide the marker and the
 * clause would run into the one before. A line that only opens with bold keeps its delimiters.
 */
export function withoutBoldMarker(text: string): string {
  const bold = leadingBold.exec(text);
  if (!bold) return text;
  const plain = bold[2] + text.slice(bold[0].length);
  const marker = readMarker(plain);
  return marker && marker.raw.length <= bold[2].trimEnd().length ? plain : text;
}
const thematicBreak = /^(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})$/;

/**
 * A page number printed in the margin (`- 3 -`, `—12—`, `·3·`, `第3页`, `共12页 第3页`, `3/12`): page furniture, not prose.
 * A browser prints a web page's address before its page count (`http://www.….html 1/2`), a footer as the page number is.
 */
export const pageNumber =
  /^(?:(?:https?|file):\/\/\S+\s+)?(?:[-－—–]\s*\d{1,3}\s*[-－—–]|[·•]\s*\d{1,3}\s*[·•]|第\s*\d{1,3}\s*页(?:\s*[,，/]?\s*共\s*\d{1,3}\s*页)?|共\s*\d{1,3}\s*页\s*[,，/]?\s*第\s*\d{1,3}\s*页|\d{1,3}\s*[/／]\s*\d{1,3})$/;
/** Lines between which a page has room: the page numbers of a lone number (`2`, … `3`) are that far apart, a table's row numbers are not. */
const minLinesPerPage = 10;

/**
 * Page-number lines (0-based): the written forms, and bare numbers alone on a line that count on
 * by one from a bare number a page before or after them.
 */
export function pageNumberLines(lines: string[]): Set<number> {
  // ASCII digits for full-width ones (— ４ —)
  const written = lines.map((line) => halfWidthDigits(line.trim()));
  const found = new Set(written.flatMap((line, at) => (pageNumber.test(line) ? [at] : [])));
  const bare = written.flatMap((line, at) => (/^\d{1,3}$/.test(line) ? [{ at, n: Number(line) }] : []));
  const textLinesBetween = (from: number, to: number) => lines.slice(from + 1, to).filter((l) => l.trim()).length;
  const counts = (a: { at: number; n: number }, b: { at: number; n: number } | undefined) => !!b && b.n === a.n + 1 && textLinesBetween(a.at, b.at) >= minLinesPerPage;
  bare.forEach((number, k) => {
    if (counts(number, bare[k + 1]) || (k > 0 && counts(bare[k - 1], number))) found.add(number.at);
  });
  return found;
}

/**
 * Running headers and footers left in a text pulled out of a PDF (the PDF reader drops them by
 * their place on the page; a text has only its page numbers to go by): the pages are the
 * non-blank lines between page numbers, and a running line (running-heads.ts) is a short line, not
 * a sentence or a table row. Line indices (0-based).
 */
export function runningHeadLines(lines: string[], pageNumbers: Set<number>): Set<number> {
  const pages: { at: number; text: string }[][] = [[]];
  lines.forEach((line, at) => {
    const text = line.trim();
    if (pageNumbers.has(at)) pages.push([]);
    else if (text) pages.at(-1)!.push({ at, text });
  });
  const short = (text: string) => lettersOf(text).length <= 40 && !/[。；，\t]/.test(text);
  const titled = titleHeads(pages);
  if (pages.length < 3) return titled; // two page breaks at least
  const running = runningHeads(pages.map((page) => page.map((l) => l.text)));
  // atop the first page, the title (its first line, where the width broke it) or the 文号 a header says again is the cover's own
  const titleStart = (p: number, i: number, text: string) => p === 0 && i === 0 && !!pages[0][1] && isTitle(text + pages[0][1].text);
  const cover = (p: number, i: number, text: string) => firstPageTitle(p, text) || titleStart(p, i, text) || (p === 0 && wholeDocNumber(text) !== null);
  return new Set([...titled, ...pages.flatMap((page, p) => page.filter((l, i) => running[p][i] && short(l.text) && !cover(p, i, l.text)).map((l) => l.at))]);
}

/**
 * A page's first line that says the document's title again, as its opening lines give it (a title the
 * width broke in two is one line here): a running header even where it heads one page alone, as a
 * header left off the first page does in a text of two pages. Line indices (0-based).
 */
function titleHeads(pages: { at: number; text: string }[][]): Set<number> {
  const opening = pages[0].slice(0, Math.max(0, pages[0].findIndex((l) => /[。；，]/.test(l.text))));
  const titles = new Set(opening.flatMap((_, i) => [1, 2, 3].map((n) => lettersOf(opening.slice(i, i + n).map((l) => l.text).join('')))));
  return new Set(pages.slice(1).flatMap((page) => (page[0] && lettersOf(page[0].text).length <= 40 && !readMarker(page[0].text) && titles.has(lettersOf(page[0].text)) ? [page[0].at] : [])));
}

/**
 * Paragraphs of the text, and the page furniture between them — page numbers and running
 * headers — which never breaks a paragraph (a sentence often runs on across the page) and is kept apart.
 */
/**
 * A line of a table of contents: a heading, a leader of dots (……, ·····, ....) and its page number (in either width), or
 * the rest of an entry the width broke inside its leader (………1).
 */
export const tocEntry = /\S\s*(?:[…⋯·・.．]\s*){4,}[0-9０-９]{1,3}$|^(?:[…⋯·・.．]\s*){2,}[0-9０-９]{1,3}$/;
/** An entry's leader the width broke before its page number (一、总体要求……………… / …1). */
const leaderEnd = /(?:[…⋯·・.．]\s*){4,}$/;
const pageAlone = /^(?:[…⋯·・.．]\s*)*[0-9０-９]{1,3}$/;
/** An entry under a 目录 heading: its page number after a leader, a gap of spaces or a tab (Word's own, as a .doc's text keeps it). */
const pagedEntry = /\S(?:\s*(?:[…⋯·・.．]\s*){4,}|\s{2,}|\u3000+|\t)[0-9０-９]{1,3}$/;

export function readBlocks(lines: string[]): { blocks: Block[]; pageNumbers: { line: number; text: string }[]; pageHeads: { line: number; text: string }[]; notes: Note[] } {
  const pageNumbers: { line: number; text: string }[] = [];
  const pageHeads: { line: number; text: string }[] = [];
  const numbers = pageNumberLines(lines);
  const heads = runningHeadLines(lines, numbers);
  // Notes, like the page furniture, are published apart and never break a paragraph.
  const notes = readNotes(lines, new Set([...numbers, ...heads]));
  const noted = new Set(noteLines(notes).map((line) => line - 1));
  const lineWidth = widthMeasure(lines);
  const wrapWidth = hardWrapWidth(lines, lineWidth);
  const lastValue = new Map<MarkerKind, number>();
  const blocks: Block[] = [];
  let current: (Block & { fragments: string[]; lastWidth: number }) | null = null;
  let inTable = false;
  /** The number of cells of the tab-separated table's header. */
  let tableWidth = 0;
  let spaced: SpacedColumns | null = null;
  let spacedCells: string[] | null = null;
  /** Inside a table of contents: after a 目录 line, while its entries go on. */
  let contents = false;
  /** The first line of a contents entry the width broke, while its rest is to come. */
  let entryStart: Block | null = null;
  /** The first entry of a table of contents (white space removed): the heading the text starts over with. */
  let firstEntry: string | null = null;
  const compactLines = lines.map(lettersOf);
  // The next non-blank line after each line, for the look-ahead of tables and signatures.
  const nextLine: string[] = [];
  for (let i = lines.length - 1, next = ''; i >= 0; i--) {
    nextLine[i] = next;
    if (lines[i].trim()) next = lines[i];
  }

  const flush = () => {
    if (!current) return;
    const { fragments, lastWidth: _, ...block } = current;
    blocks.push({ ...block, text: paragraphText(fragments.join('\n'), block.marker) });
    current = null;
  };

  lines.forEach((raw, index) => {
    const line = index + 1;
    // A converter's blockquote mark (`> （二）加强人才队伍建设。…`, Word's indented paragraph) is markup, as `#` is: it hides no marker.
    const written = raw.trim().replace(/^>\s?/, '');
    const text = wholeLineBold.test(written) ? written : withoutBoldMarker(written);
    if (text === '') return;
    if (numbers.has(index)) {
      pageNumbers.push({ line, text });
      return;
    }
    if (heads.has(index)) {
      pageHeads.push({ line, text: raw.trim() });
      return;
    }
    if (noted.has(index)) return;

    // A table of contents' entry (一、总体要求 ………… 1) is a line of its own and numbers no clause: the
    // heading it lists is read where the text gives it.
    // Under a 目录 heading, an entry may stand apart from its page number by spaces alone (一、总体要求      1).
    const listed = (entry: string, inContents: boolean) => tocEntry.test(entry) || (inContents && pagedEntry.test(entry));
    const inContents = contents;
    const key = compactLines[index];
    // A web copy's entry may give no page number at all: a heading said again below, until the list starts over.
    const unpaged = inContents && key !== firstEntry && !sentencePunctuation.test(text) && compactLines.indexOf(key, index + 1) !== -1;
    if (inContents) firstEntry ??= key;
    // 目录, as a Markdown heading or bold too (## 目录, **目  录**)
    const contentsHeading = key.replace(/^#{1,6}|^(\*\*|__)(.*)\1$/, '$2') === '目录';
    contents = contents ? pagedEntry.test(text) || unpaged : contentsHeading;
    if (contentsHeading) firstEntry = null;
    if (listed(text, inContents) || unpaged || (entryStart && pageAlone.test(text))) {
      const start = entryStart;
      entryStart = null;
      flush();
      // The rest of an entry the width broke, with its page number: one entry with its start.
      if (start && blocks.at(-1) === start) Object.assign(start, { text: collapseWhitespace(`${start.text}\n${text}`), endLine: line });
      else blocks.push({ text: collapseWhitespace(text), line, endLine: line, markdownDepth: 0, rule: false, marker: null });
      return;
    }
    // An entry the width broke (一、推进县级医院…总体要求 / 和主要目标 ……… 1): its first line, no sentence, over
    // an unnumbered rest that ends in the page number. It numbers no clause, as the entry does not.
    const next = nextLine[index].trim();
    // The 目录 heading above the entries is none (a gazette's issue lists its documents under it).
    if (!contentsHeading && !sentencePunctuation.test(text) && !readMarker(next) && (listed(next, inContents || contents) || (leaderEnd.test(text) && pageAlone.test(next)))) {
      flush();
      entryStart = { text: collapseWhitespace(text), line, endLine: line, markdownDepth: 0, rule: false, marker: null };
      blocks.push(entryStart);
      contents ||= inContents;
      return;
    }
    entryStart = null;
    // A 三线表's rule (━━━, ───) is a line of its own, and the table goes on past it.
    if ((spaced || inTable) && drawnRule.test(text)) {
      flush();
      blocks.push({ text, line, endLine: line, markdownDepth: 0, rule: false, marker: null });
      return;
    }
    // A table set out with spaces goes on while its lines fit its columns, and past a heading over the rows
    // below it (一、专科能力建设 across the table, one short piece), the heading a line of its own.
    // An attached part's heading (附件2) after a table is no row of it, whatever column it stands in.
    if (spaced && isPartHeadingAlone(text)) spaced = null;
    if (spaced && !(spacedCells = spacedRow(raw, spaced))) {
      const rowNext = spacedRow(nextLine[index], spaced);
      if (rowNext && rowNext.filter(Boolean).length >= 2 && text.length <= 30 && !/\S(?:\s{2,}|\u3000)\S/.test(text)) {
        flush();
        const marker = readMarker(text);
        blocks.push({ text: paragraphText(text, marker), line, endLine: line, markdownDepth: 0, rule: false, marker });
        return;
      }
      spaced = null;
    }
    if (!spaced && !inTable && (spaced = spacedHeader(raw))) spacedCells = spacedRow(raw, spaced);
    const tabCells = spaced ? null : rowCells(raw, inTable);
    if (tabCells && !inTable) tableWidth = tabCells.length;
    // `（一）\t加强组织领导。…` after a table: the plan's numbering with a tab as white space, not a row of few cells.
    const cells = spaced ? spacedCells : tabCells && inTable && isBareMarker(tabCells[0]) && tabCells.length < tableWidth - 1 ? null : tabCells;
    // A cell the export broke over lines goes on in a line without tabs: the table goes on if the next line has one.
    inTable = !spaced && (cells !== null || (inTable && nextLine[index].includes('\t')));
    if (cells) {
      flush();
      blocks.push({ text: cells.join('\t'), line, endLine: line, markdownDepth: 0, rule: false, marker: null, cells });
      return;
    }
    if (thematicBreak.test(text)) {
      flush();
      blocks.push({ text, line, endLine: line, markdownDepth: 0, rule: true, marker: null });
      return;
    }
    // A Markdown heading, or a whole line in bold (`**一、总体要求**`): a paragraph of its own.
    const heading = markdownHeading.exec(text) ?? wholeLineBold.exec(text);
    if (heading) {
      flush();
      const body = heading[2];
      const marker = readMarker(body);
      if (marker) lastValue.set(marker.kind, marker.value);
      const markdownDepth = heading[1].startsWith('#') ? heading[1].length : 0;
      blocks.push({ text: paragraphText(body, marker), line, endLine: line, markdownDepth, rule: false, marker });
      return;
    }

    const marker = readMarker(text, (k) => lastValue.get(k));
    // A numbered line set out in columns without a header is a row; lines under its cells go on in them.
    const rowAbove = blocks.at(-1)?.numberedRow;
    const row = marker ? text === raw.trim() && headerlessRow(withMarkerBlanked(raw, marker)) : !current && rowAbove && headerlessRowGoesOn(raw, rowAbove);
    if (row) {
      const above = marker ? null : blocks.pop()!;
      const rowMarker = marker ?? above!.marker!;
      flush();
      if (marker) lastValue.set(marker.kind, marker.value);
      const cellText = row.cells.join('\t');
      const prefix = readMarker(rowMarker.raw + cellText)?.length === rowMarker.raw.length ? rowMarker.raw : `${rowMarker.raw} `;
      blocks.push({ text: prefix + cellText, line: above?.line ?? line, endLine: line, markdownDepth: 0, rule: false, marker: rowMarker, numberedRow: row });
      return;
    }
    const kind = marker && continuedKind(marker, (k) => lastValue.get(k));
    const plausible = marker !== null && (marker.value === 1 || marker.value === (lastValue.get(kind!) ?? 0) + 1);
    const width = lineWidth(text);
    // A signature (issuer names above a date) never continues the line before it.
    const signs = () => splitBodies(text).length > 0 && (dateLine(nextLine[index]) !== null || monthLine(nextLine[index]));
    if (current && continues(current, text, marker, plausible, wrapWidth) && !signs()) {
      current.fragments.push(text);
      current.endLine = line;
      current.lastWidth = width;
      // A bare `一、` is a marker once its heading joins it.
      if (!current.marker && (current.marker = readMarker(current.fragments.join('')))) lastValue.set(current.marker.kind, current.marker.value);
      return;
    }
    flush();
    if (marker) lastValue.set(kind!, marker.value);
    current = { text: '', line, endLine: line, markdownDepth: 0, rule: false, marker, fragments: [text], lastWidth: width };
  });
  flush();
  return { blocks, pageNumbers, pageHeads, notes };
}

/** The source line with its marker turned to spaces, so that each column keeps its place (`1．胸痛中心建设  …` → `   胸痛中心建设  …`). */
function withMarkerBlanked(raw: string, marker: Marker): string {
  const at = raw.length - raw.trimStart().length + marker.raw.length;
  return ' '.repeat(displayWidth(raw.slice(0, at))) + raw.slice(at);
}

/**
 * A paragraph's text without the white space of PDF extraction, except the space a marker is read
 * by (`一 总体要求` numbers a heading, `一总体要求` does not), the gap between a member's name and
 * post (members.ts) and the gap after a spaced run-in heading (`（一）胸痛中心  2023年…`), one space each.
 */
function paragraphText(written: string, marker: Marker | null): string {
  const members = written.includes('\n') ? null : membersLineText(written);
  if (members) return members;
  const runIn = marker && spacedRunIn(written, marker);
  if (runIn) return `${paragraphText(runIn.head, marker)} ${collapseWhitespace(runIn.body)}`;
  const text = collapseWhitespace(written);
  // (the numbering it was read in goes on, so a slip like `（三加强` reads again)
  if (!marker || readMarker(text, (kind) => (kind === marker.kind ? marker.value - 1 : undefined))) return text;
  return `${marker.raw} ${collapseWhitespace(written.trimStart().slice(marker.raw.length))}`;
}

/** White space wide enough to set a heading off: two spaces or more, or a full-width space. */
const wideGap = /\s*\u3000\s*|[ \t]{2,}/g;
/** A space between two Chinese characters (not one beside a figure or ASCII word, `2023 年`, `ICU 床位`). */
const spaceInChinese = /(?<=[^\x00-\x7f]) (?=[^\x00-\x7f])/g;

/**
 * A numbered line whose short heading is set off by white space, not a stop: `（一）胸痛中心  2023年底前
 * 通过国家级认证。` The heading and body are split at the gap (which keeps one space, so the clause's
 * heading can be read from its text: heading.ts). Only the one gap on the line: justified text cut
 * from a PDF spreads gaps along its lines. Without a wide gap, one space may end the heading
 * (`（三）加强人才队伍建设 实施“369人才工程”…`): the line's first, and its only one between Chinese
 * characters, since a PDF also joins the lines of a phrase with a space; not before a figure spaced as
 * PDF text spaces figures (`能力 2023 年`).
 */
function spacedRunIn(written: string, marker: Marker): { head: string; body: string } | null {
  const text = written.trimStart();
  const line = text.split('\n')[0];
  const gaps = [...line.slice(marker.length).matchAll(wideGap)];
  const split = (at: number, width: number) => ({ head: text.slice(0, at), body: text.slice(at + width) });
  const words = (part: { head: string; body: string }) => [collapseWhitespace(part.head.slice(marker.length)), collapseWhitespace(part.body.split('\n')[0])] as const;
  if (gaps.length === 1) {
    const part = split(marker.length + gaps[0].index!, gaps[0][0].length);
    return isSpacedHeading(...words(part)) ? part : null;
  }
  if (gaps.length > 0) return null;
  const rest = line.slice(marker.length);
  const space = rest.indexOf(' ');
  const inChinese = [...rest.matchAll(spaceInChinese)].map((m) => m.index);
  if (space <= 0 || inChinese.some((at) => at !== space) || !/[^\x00-\x7f]/.test(rest[space - 1]) || /^ [\x21-\x7e]+ /.test(rest.slice(space))) return null;
  const part = split(marker.length + space, 1);
  return isNarrowSpacedHeading(...words(part)) ? part : null;
}

/** 第四条 (第三章, 第二节) as a sentence cites it: the words that go on after it (规定, 所列, 的, 第一款…), no space. */
const articleReference = /^第[一二三四五六七八九十百零〇两\d]+[条章节](?:规定|所|的|中|之|第|和|、|至)/;

/** A note of how the document is published, whom to call or how many copies were printed: （此件主动公开）, （联系人：…）, （共印30份）; also a line labelled so, 联系人：…, 公开方式：主动公开. */
export const documentNote = /^[（(]\s*(?:此\s*件|联\s*系\s*人|联系电话|共\s*印)[^（）()]*[）)]$|^(?:联\s*系\s*人|联系电话|公开方式|公开属性)[：:][^（）()\n]{1,60}$/;

const sentenceClosed = /[。！？!?][”’"）)〕】」』]*$/;

/** `三、四级…`, `一、二类…`: a numeral, 、 and the next numeral before a grade or class word — a range, no heading. */
function opensGradeRange(line: string, marker: Marker): boolean {
  const second = /^([一二三四五六七八九])[级类期档线]/.exec(line.slice(marker.length).replace(/\s+/g, ''));
  return marker.kind === 'chapter' && marker.raw.endsWith('、') && second !== null && numeral(second[1]) === marker.value + 1;
}

/** A numbered first line without punctuation that closes, at its end, the bracket it opened, over a line that does not go on with a stop. */
function endsBracketedHeading(current: { fragments: string[]; marker: Marker | null }, next: string): boolean {
  const line = current.fragments[0];
  if (current.fragments.length !== 1 || !current.marker) return false;
  const heading = line.trim().slice(current.marker.raw.length);
  return /^[^（(）)]+[（(][^（(）)]+[）)]$/.test(heading) && !/[。！？；，、：!?;:,]/.test(heading) && !/^[，。、；：:,）)”]/.test(next.trim());
}

/** A web page's line around its text: 索引号：…, 您当前的位置：首页 > …, 网站首页 | 政务公开 | … */
const pageFurniture = (line: string) =>
  disclosureFieldAtStart.test(line) || breadcrumb(line) || /(?:\s[|｜>＞]\s[^|｜>＞]+){2}/.test(line.trim()) || pageChrome(line);

/** The kinds of marker that title a part of the outline: 第一部分, 第一章, 第一节. */
const OUTLINE_TITLES = new Set<Marker['kind']>(['part', 'part-chapter', 'part-section']);

/**
 * A numbered line that is a heading and no more: no list or clause punctuation after its marker, ending as headings end
 * (…的总体要求和主要目标, …医共体建设), and the next line no rest of its phrase (…提升工作 / 的统筹协调和监督管理。).
 */
function saysOnlyHeading(current: { fragments: string[]; marker: Marker | null }, next: string): boolean {
  const heading = current.marker && current.fragments.length === 1 && current.fragments[0].slice(current.marker.length).trim();
  return !!heading && !/[，、：:,]/.test(heading) && endsAsHeading(heading) && !/^[，。、；：:,）)”的等及和与]/.test(next.trim());
}

/** Does the next line continue the paragraph being read? */
function continues(
  current: { fragments: string[]; marker: Marker | null; lastWidth: number },
  next: string,
  nextMarker: Marker | null,
  plausibleMarker: boolean,
  wrapWidth: number | null,
): boolean {
  const last = current.fragments[current.fragments.length - 1];
  // `一、` alone on its line goes on in its heading on the next line.
  if (current.fragments.length === 1 && isBareMarker(last)) return !nextMarker;
  // No paragraph opens with a comma, a stop or a closing bracket: a line that does goes on with the sentence before it.
  if (/^[，。、；：？！）」』》,;:?!)]/.test(next.trim())) return true;
  // Half-width digits and spaces make full lines a few columns narrower than the page; a paragraph's
  // first line is narrower again by its indent of two characters, which PDF extraction drops — when it
  // stops in mid-clause (an addressee line ending in ： stands flush left and alone).
  const indentedFirst = wrapWidth !== null && current.fragments.length === 1 && current.lastWidth >= wrapWidth - 10 && !terminal.test(last);
  const wrapped = (wrapWidth !== null && current.lastWidth >= wrapWidth - 6) || indentedFirst;
  // A gazette's issue line stands alone, and so does a title set across its columns, far wider than the column's lines;
  // so does a web page's furniture copied with its text: a disclosure field, the breadcrumb, the site's menu.
  if (gazetteIssue.test(last) || gazetteIssue.test(next) || pageFurniture(last) || pageFurniture(next)) return false;
  if (wrapWidth !== null && current.fragments.length === 1 && current.lastWidth > wrapWidth * 1.5 && isTitle(last)) return false;
  // Was the line before cut in mid-sentence (at the page width, or by a page break after a long line)?
  const cutMidSentence = !terminal.test(last) && (wrapped || (wrapWidth === null && current.lastWidth > 40));
  // Closing matter (附件, 附表, 抄送 …) opens a paragraph, but `详见\n附件1` goes on; `抄送：` never does.
  if (isPartHeadingAlone(next)) return false;
  // A members list gives each role a line of its own (`组长：…`, `成员：…`), however the format wraps them, and each
  // person set in columns below a role (`王　敏　　县医保局局长`) too.
  if (isMemberLine(next) || (membersLineText(last) !== null && membersLineText(next) !== null)) return false;
  // A heading in 【】 alone on its line (a web article's 【目标】) is a paragraph of its own.
  if (isBracketHeading(next) || (current.fragments.length === 1 && isBracketHeading(last))) return false;
  // A bold run-in heading after a closed sentence opens a paragraph, as a number does (…万元。 / **严格考核评估。**…).
  if (terminal.test(last) && boldRunIn.test(next.trim())) return false;
  // Such a note stands alone, and so does a date (a signature's, below the names that sign).
  if (documentNote.test(next.trim()) || dateLine(next) !== null) return false;
  if (closingMatter.test(next)) return cutMidSentence && !closingLabelColon.test(next);
  // `三、四级手术…` opening a line after a full one, or after one cut in mid-phrase (…出院患者 / 三、四级手术…), is grades
  // the sentence goes on with, not heading 三, unless the sentence before was closed (a clause closed by ； goes on:
  // `…重点专科4个；` / `三、四级手术…`).
  if (nextMarker && (wrapped || !terminal.test(last)) && !sentenceClosed.test(last) && opensGradeRange(next, nextMarker)) return true;
  // A marker starts a new paragraph, unless the sentence before was cut and the number
  // does not follow on: the `3` of `设置 3\n个一级学科`; or the number is a reference the sentence goes on
  // with, whatever its number (按照本办法\n第四条规定执行, 第三章所列, 第二条第一款).
  if (nextMarker) return cutMidSentence && (!plausibleMarker || articleReference.test(next));
  // A bracket left open goes on in the line that closes it: `王某（市…管委会` / `副主任）`; so does a title in 《》,
  // set in a larger font than the body (`关于印发《某县…能力提升三` / `年行动计划（2024—2026年）》的通知`).
  if (leavesBracketOpen(current.fragments.join('')) && /^[^（(）)]*[）)]/.test(next)) return true;
  if (leavesTitleOpen(current.fragments.join('')) && /^[^《》]*》/.test(next)) return true;
  // A numbered line with no punctuation that ends in the bracket it opened is a heading with its period, however
  // wide (`（二）组织实施阶段（２０２３年９月—２０２５年１２月）`, its full-width digits as wide as the page).
  if (endsBracketedHeading(current, next)) return false;
  // A part's, chapter's or section's heading (第一节　深化紧密型县域医共体建设) is a line of its own however near the page
  // width, when it says no more than a heading: no punctuation, ending as headings end, and the next line no rest of its phrase.
  if (current.marker && OUTLINE_TITLES.has(current.marker.kind) && !sentencePunctuation.test(last) && saysOnlyHeading(current, next)) return false;
  // A line cut at the page width goes on, whatever its last character.
  if (wrapWidth !== null) return wrapped;
  if (terminal.test(last) || isTitle(current.fragments.join(''))) return false;
  // Without hard wrapping a line is a paragraph, cut only by a page break: a short line
  // (a heading, a cover line) ends, and so does a numbered line ending in a bracket
  // (`（一）组织实施阶段（2023年9月—2025年12月）`).
  if (current.fragments.length === 1 && current.marker && !sentencePunctuation.test(last) && /[）)”]$/.test(last)) return false;
  // So does a long numbered heading, no punctuation in it and ending as headings end (…的总体要求和主要目标), over a paragraph
  // — not over the rest of its sentence, which no paragraph opens with (…提升工作 / 的统筹协调和监督管理。).
  if (saysOnlyHeading(current, next)) return false;
  return current.lastWidth > 40;
}

/**
 * A document's title (…实施方案, …（2024—2025年）): no sentence or list punctuation, ending as titles
 * end. In a text whose lines are paragraphs it is a line of its own, never run into the paragraph
 * below it (an attached plan's title and its opening paragraph).
 */
/** The title atop the first page, said again over the pages after it, is the title there, not a running header. */
export const firstPageTitle = (page: number, text: string) => page === 0 && isTitle(text);

export const isTitle = (written: string) => {
  // letters a PDF spaced out (`重 点 任 务 清 单`) are the words they spell
  const text = lettersOf(written);
  return !/[。！？；，、：:,;!?]/.test(text) && documentKind.test(text) && !leavesBracketOpen(text) && (text.match(/《/g)?.length ?? 0) === (text.match(/》/g)?.length ?? 0) && !citesAsItOpens(text);
};

/** A title ends in 》 only when it is the name in 《》 or the notice issuing it (关于印发《…》); `为抓好《…方案》` opens a sentence. */
const citesAsItOpens = (text: string) => text.endsWith('》') && !/^(?:[^《》]*?(?:印发|转发|下发|发布|颁布))?《[^《》]+》$/.test(text);

const leavesBracketOpen = (text: string) => (text.match(/[（(]/g)?.length ?? 0) > (text.match(/[）)]/g)?.length ?? 0);
const leavesTitleOpen = (text: string) => (text.match(/《/g)?.length ?? 0) > (text.match(/》/g)?.length ?? 0);

/**
 * How wide a line is set: its display width, without the spaces a letter-spaced text puts between every two
 * letters (`加 强 组 织 领 导`, as some PDFs' text comes out), which would make its lines as uneven as their letters.
 */
function widthMeasure(lines: string[]): (line: string) => number {
  return isLetterSpaced(lines.join('\n')) ? (line) => displayWidth(line.replace(spacedLetters, '')) : displayWidth;
}

/**
 * The page width a hard-wrapped text was cut at, or null when lines are whole paragraphs.
 * Most lines of a wrapped text share one width (give or take a few half-width digits). A short text
 * (a one-page list) has too few lines for the share alone: there its full lines must also stop in
 * mid-sentence, as lines the width cut do and whole paragraphs of one width do not.
 */
function hardWrapWidth(lines: string[], lineWidth: (line: string) => number): number | null {
  // a table's rows are not set at the page width
  const measured = lines.flatMap((l) => (rowCells(l, true) ? [] : [{ text: l.trim(), width: lineWidth(l.trim()) }])).filter((l) => l.width > 0);
  if (measured.length < 8) return null;
  const counts = new Map<number, number>();
  for (const { width } of measured) counts.set(width, (counts.get(width) ?? 0) + 1);
  const [mode] = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0];
  const full = measured.filter((l) => Math.abs(l.width - mode) <= 4);
  if (mode < 30 || full.length / measured.length < 0.4) return null;
  if (measured.length >= 20) return mode;
  const cut = full.filter((l) => !terminal.test(l.text)).length;
  return full.length >= 5 && cut / full.length >= 0.8 ? mode : null;
}
