/**
 * Document metadata read from the cover matter of a Chinese official document:
 * 文号, issuer, date, title, level, region, period and the documents it cites.
 */
import { normalForm } from '../text/normal-form.ts';
import { withoutDigitGaps } from '../text/half-width.ts';
import type { DocumentRecord } from '../publish/schema.ts';
import { provinceByAbbreviation } from './provinces.ts';
import { parseChineseNumeral } from '../text/chinese-numerals.ts';
import { fiveYearPlanYears, readDate } from '../text/dates.ts';
import { dateLine } from './date-line.ts';
import { withoutMarkdownMarks } from './markdown.ts';
import { documentIssuers, isBody, isBodyOrHead, reportedPlans } from './issuer.ts';
import { docNumbersIn, nameThenDocNumber, wholeDocNumber } from './doc-number.ts';
import { coreTitleKey, editionKey } from '../citations/keys.ts';

/**
 * The document's own 文号: a line of the cover matter that holds only a 文号, or ends with one
 * after the issuer's name or red head (某某县人民政府办公室　　某政办发〔2022〕35号, 某某县卫生健康局文件 某卫发〔2022〕12号), or begins with one before its
 * 签发人 or a bracketed note (某政办发〔2022〕35号　　签发人：张三), each set apart by spaces. A joint
 * document's line gives each issuer's (某卫发〔2024〕3号    某财社〔2024〕5号, its 签发人 after them too), the first the lead's;
 * above the cover letter's first sentence a 文号 may stand in brackets (a gazette's, under the title).
 */
export function ownDocNumbers(preambleLines: string[]): string[] {
  let head = true;
  for (const line of preambleLines) {
    const before = line.trim().split(/\s+(?=签\s*发\s*人|[（(])/)[0];
    const bracketed = head ? /^[（(](.+)[）)]$/.exec(line.trim())?.[1] : undefined;
    const own = nameThenDocNumber(line, isBodyOrHead)?.docNumber ?? wholeDocNumber(line) ?? wholeDocNumber(before) ?? (bracketed && wholeDocNumber(bracketed));
    if (own) return [own];
    const joint = docNumbersIn(before.replace(/\s+/g, ''));
    if (joint.length > 1 && joint.reduce((sum, n) => sum + n.length, 0) === before.replace(/\s+/g, '').length) return joint.map((n) => n.docNumber);
    if (/[。；]/.test(line)) head = false;
  }
  return [];
}

export const ownDocNumber = (preambleLines: string[]): string | null => ownDocNumbers(preambleLines)[0] ?? null;

/**
 * A 文号 on a line of its own in the closing matter (某卫发〔2024〕3号, bracketed or not, after the
 * signature, as a web copy or a page footer prints it): the document's own when its cover gives none.
 */
export function closingDocNumbers(closingLines: string[]): string[] {
  for (const line of closingLines) {
    const own = wholeDocNumber(line.trim().replace(/^[（(](.*)[）)]$/, '$1'));
    if (own) return [own];
  }
  return [];
}

/**
 * The signing date: a cover line that is only a date, or only a bracketed date (a gazette prints
 * （2023年11月20日） under the title); else the closing's 印发 date; else the date of a bracketed
 * note of the meeting that adopted it (（2023年12月1日县人民政府第15次常务会议审议通过）).
 */
export function documentDate(preambleLines: string[], closingLines: string[]): string | null {
  for (const line of preambleLines) {
    const date = dateLine(line.trim().replace(/^[（(](.*)[）)]$/, '$1'));
    if (date) return date;
  }
  for (const line of closingLines) {
    const date = dateLine(line) ?? readDate(line);
    if (date) return date;
  }
  for (const line of preambleLines) {
    const adopted = /^[（(]\s*(\S+?日)[^（）()]*(?:通过|印发|发布)[）)]$/.exec(line.trim());
    const date = adopted && dateLine(adopted[1]);
    if (date) return date;
  }
  // A web article's posting line: its date and time of day (原创　某某健康　2024年04月18日 09:30　湖北), the lines run
  // together as the page width may cut them.
  const cover = normalForm(preambleLines.join('').replace(/\s+/g, ''));
  const posted = /((?:19|20)\d{2}年\d{1,2}月\d{1,2}日|(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2})\d{1,2}[:：]\d{2}/.exec(cover);
  return posted && dateLine(posted[1]);
}

/**
 * 关于印发…的通知 (关于报送《…》的报告, a report submitting one), or 印发…的通知 without 关于 (某某县人民政府办公室印发…的通知, as 国务院办公厅印发… is
 * written): there the verb opens a line or follows the issuer's name alone, and the words up to 的通知
 * are no sentence — not 根据省卫生健康委印发《…》的通知要求 in an opening paragraph.
 */
const noticeVerb = /关于(?:印发|转发|下发|报送|呈报|上报)|(?:印发|转发|下发)(?=[^。，；：\n]*(?:\n[^。，；：\n]*){0,3}的(?:通知|函))/g;

/**
 * The cover letter's own 关于印发…的通知, not one a sentence cites inside 《》: its
 * position in the cover lines joined by \n (white space removed), or -1.
 */
function noticeAt(joined: string): number {
  for (const m of joined.matchAll(noticeVerb)) {
    const before = joined.slice(0, m.index);
    const issuerBefore = before.slice(before.lastIndexOf('\n') + 1);
    if (!m[0].startsWith('关于') && issuerBefore !== '' && !isBody(issuerBefore)) continue;
    if ((before.match(/《/g)?.length ?? 0) === (before.match(/》/g)?.length ?? 0)) return m.index;
  }
  return -1;
}

const coverLines = (preambleLines: string[]) => preambleLines.map((l) => withoutMarkdownMarks(l).replace(/\s+/g, '')).filter(Boolean);

/** What a notice issues (or a report submits): `《X》`, or the innermost title of a forwarded notice, or the words up to 的通知. */
function issuedTitle(notice: string): string | null {
  const rest = notice.replace(/^(?:关于)?(?:印发|转发|下发|报送|呈报|上报)/, '').replace(/\n/g, '');
  if (rest.startsWith('《')) {
    let depth = 0;
    for (let i = 0; i < rest.length; i++) {
      if (rest[i] === '《') depth++;
      else if (rest[i] === '》' && --depth === 0) {
        const quoted = rest.slice(1, i);
        // 转发《某市…关于印发《某某方案》的通知》: the plan is the innermost title.
        return /《([^《》]+)》/.exec(quoted)?.[1] ?? quoted;
      }
    }
  }
  const words = /^(.+?)的(?:通知|函)/.exec(rest)?.[1] ?? null;
  // 转发市卫健委《某某方案》的通知: a forwarded document's title closes the words, its issuer before it.
  return (words && /《([^《》]+)》$/.exec(words)?.[1]) ?? words;
}

/** An attachment's label before a title on its line: `附件1：`, `附件：`, `附件2 `. */
const attachmentLabel = /^附\s*件\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})?\s*(?:[：:]|\s)\s*(?=\S{4})/;

/**
 * The plan's title: what the cover letter says it issues, else the first short cover line; its digits ASCII
 * (（２０２４—２０２６年） is （2024—2026年）) and a range's dash a dash where OCR read it as 一.
 */
export function documentTitle(preambleLines: string[]): string | null {
  const title = coverTitle(preambleLines);
  return title && normalForm(title);
}

function coverTitle(preambleLines: string[]): string | null {
  const joined = coverLines(preambleLines).join('\n');
  const at = noticeAt(joined);
  const issued = at === -1 ? null : issuedTitle(joined.slice(at));
  // the cover's sentences as one text: a title in 《》 the page width cut is whole there
  const cover = joined.replace(/\n/g, '');
  if (issued) return inFull(issued, cover);
  // A cover letter without a title line names what it issues in its sentence: 现将《X》印发给你们, 《X》已经…同意，现印发给你们.
  const sent = /《([^《》]+)》[^《》。；]{0,30}印发给/.exec(cover);
  if (sent) return sent[1];
  const line = titleLine(preambleLines);
  // An article reporting a plan (近日，某县卫生健康局印发《X》) under a headline that names no kind of document: X.
  const reported = line && documentKind.test(line) ? null : reportedPlans(cover).find((r) => documentKind.test(r.title));
  return reported?.title ?? line;
}

/** The cover's first line that can be a title, with the lines the page width cut it into. */
function titleLine(preambleLines: string[]): string | null {
  // Not a sentence, an addressee (…：), a bracketed note (（此件公开发布）), a `…文件` header, a 文号 or `附件1` / `附件1-2` / `附表1`,
  // nor a website's breadcrumb (首页 > 信息公开 > …), nor a gazette's masthead.
  const isTitle = (l: string) =>
    l.trim() !== '' && !gazetteIssue.test(l.trim()) && !/[。；：:>＞»›]/.test(l) && !/^[（(].*[）)]$/.test(l.trim()) && !/文件$/.test(l.trim()) && !docNumbersIn(withoutDigitGaps(l)).length && !/^附\s*[件表]\s*(?:\d+(?:\s*[-—–－]\s*\d+)?)?$/.test(l.trim());
  // A plan saved from a notice's attachment may open with its label on its title's line (附件1：某某县…实施方案).
  const lines = preambleLines.map(withoutMarkdownMarks).filter((l) => l.trim() !== '').map((l, k) => (k === 0 ? l.trim().replace(attachmentLabel, '') : l));
  // A gazette's name over its issue line (某县人民政府公报 / 2023年第6期) is its masthead; a body's name alone over the 文号
  // or the notice's line is a red head without its 文件 (托克托县卫生健康委员会 / 托卫发〔2024〕7号), the issuer's.
  const redHead = (l: string, k: number) => isBody(l.replace(/\s+/g, '')) && (docNumbersIn(withoutDigitGaps(lines[k + 1] ?? '')).length > 0 || /关于/.test(lines[k + 1] ?? ''));
  const first = lines.findIndex((l, k) => isTitle(l) && !(/公\s*报$/.test(l.trim()) && gazetteIssue.test(lines[k + 1]?.trim() ?? '')) && !redHead(l, k));
  if (first === -1) return null;
  // A title the page width cut (…综合能力提升工作 / 实施方案（2022—2025年）) goes on until it names what the document is.
  let title = lines[first].replace(/\s+/g, '');
  let next = first + 1;
  for (; next < lines.length && next <= first + 2 && !documentKind.test(title) && isTitle(lines[next]); next++) title += lines[next].replace(/\s+/g, '');
  // …三年行动方案 / （2024—2026年）: the plan's years on the line below are the title's too.
  const years = lines[next]?.replace(/\s+/g, '');
  if (years && !/[）)]$/.test(title) && periodLine.test(years)) title += years;
  // A notice's own line names its issuer before 关于 (某县卫生健康委员会关于做好…的通知): the title is what follows.
  const issuerFirst = /^(.+?)(关于.+)$/.exec(title);
  if (issuerFirst && isBody(issuerFirst[1])) title = issuerFirst[2];
  // A title line set in 《》 names the title inside them.
  return /^《([^《》]+)》$/.exec(title)?.[1] ?? title;
}

/**
 * The title a notice issues as the cover letter names it in full (现将《某某县县医院…方案（2023—2025年）》印发给你们): the
 * quoted title with the same words and, before them, the place its issuer names (某某县卫生健康局关于印发县医院…方案的通知)
 * or, after them, the plan's bracketed years (关于印发永春县…实施方案的通知).
 */
function inFull(issued: string, cover: string): string {
  const titles = quotedTitles(cover).map((q) => q.title);
  const withYears = (title: string) => titles.find((t) => t.startsWith(title) && periodLine.test(normalForm(t.slice(title.length)))) ?? title;
  const full = titles.find((t) => t.endsWith(issued) && t.length > issued.length);
  const place = full && full.slice(0, -issued.length);
  const named = place && placeAtStart(place);
  return withYears(full && named && [named.province, named.city, named.county].join('') === place ? full : issued);
}

/**
 * A gazette's masthead or issue line (某县人民政府公报　2023年第6期, 总第125期): the issue a document is
 * printed in, a line of its own, never part of the title or paragraph beside it.
 */
export const gazetteIssue = /^(?:\S*公\s*报\s*)?(?:\d{4}\s*年\s*)?第\s*\d{1,3}\s*期\s*(?:[（(]?\s*总第\s*\d{1,5}\s*期\s*[）)]?)?$|^[（(]?\s*总第\s*\d{1,5}\s*期\s*[）)]?$/;

/** How a document's title ends: what kind of document it is, or the bracketed years of a plan. */
export const documentKind = /(?:方案|计划|规划|意见|办法|细则|通知|纲要|要点|措施|决定|规定|标准|指南|清单|报告|总结|纪要|[）)])》?$/;

/** The issuing body: the first of `documentIssuers` (issuer.ts). */
export function documentIssuer(preambleLines: string[], documentLines: string[] = preambleLines): string | null {
  return documentIssuers(preambleLines, documentLines)[0] ?? null;
}

/**
 * A place at the start of a name, from the top down: 某某省某某市某某县…, 广西壮族自治区…,
 * 某某市…, 某某县…. Places are only read where a name begins: a 县 later in a title
 * (关于加强县级医院…) is not a place.
 */
const placePrefix =
  /^(?<province>[\u4e00-\u9fff]{2,7}?(?:省|自治区)|北京市|天津市|上海市|重庆市)?(?<city>[\u4e00-\u9fff]{2,13}?自治州|[\u4e00-\u9fff]{2,5}?(?:市|州|盟|地区))?(?<county>[\u4e00-\u9fff]{1,13}?自治[县旗]|[\u4e00-\u9fff]{1,5}?(?:县|旗|区)|[\u4e00-\u9fff]{2,8}?(?:示范区|实验区))?/;
// Autonomous places name their peoples (恩施土家族苗族自治州, 双江拉祜族佤族布朗族傣族自治县): longer names; so do
// zones governed as a county (平潭综合实验区, 济源产城融合示范区; their county from the division table).
/** Words that begin a title or a sentence, never a place name; 千县 is the 千县工程 (吉林市千县工程实施方案). */
const notAPlace = /关于|加强|推进|进一步|提升|全面|的|各|级|千县/;

function placeAtStart(name: string): DocumentRecord['region'] {
  // A party committee's place follows 中共: 中共某某县委办公室 is 某某县's.
  const groups = placePrefix.exec(name.replace(/\s+/g, '').replace(/^(?:中共|中国共产党)/, ''))?.groups ?? {};
  const clean = (place: string | undefined) => (place && !notAPlace.test(place) ? place : null);
  return { province: clean(groups.province), city: clean(groups.city), county: clean(groups.county) };
}

/** Region from the place the issuer (else the title) begins with; the province also from provincial 文号 it cites. */
export function documentRegion(names: (string | null)[], citedNumbers: string[]): DocumentRecord['region'] {
  const places = names.filter((n): n is string => !!n).map(placeAtStart);
  const first = (key: keyof DocumentRecord['region']) => places.find((p) => p[key])?.[key] ?? null;
  return { province: first('province') ?? provinceFromCitations(citedNumbers), city: first('city'), county: first('county') };
}

function provinceFromCitations(docNumbers: string[]): string | null {
  for (const n of docNumbers) {
    const province = provinceByAbbreviation(n[0]);
    // Provincial 文号 begin with the province's one-character name (晋政发, 豫政办…).
    if (province && /政|卫|人社|财|发改|医保/.test(n.slice(1, 4))) return province;
  }
  return null;
}

/** National, provincial, municipal or county: a national issuer, else the lowest place the issuer or title begins with. */
export function documentLevel(issuer: string | null, title: string | null): DocumentRecord['level'] {
  if (/^(?:国务院|国家|中共中央|全国|国卫)/.test(issuer ?? '')) return 'national';
  const place = [issuer, title].filter((n): n is string => !!n).map(placeAtStart).find((p) => p.province || p.city || p.county);
  if (!place) return levelWord(issuer);
  return place.county ? 'county' : place.city ? 'municipal' : 'provincial';
}

/**
 * An issuer named by its level without its place, as a county's own website writes it: 县卫生健康局,
 * 市卫健委, 省卫生健康委 (not 市场监督管理局 or 区域医疗中心, words that open with a level's character).
 */
function levelWord(issuer: string | null): DocumentRecord['level'] {
  const word = /^(?:中共)?([县区旗市州省])(?![场域])/.exec(issuer?.replace(/\s+/g, '') ?? '')?.[1];
  if (!word) return null;
  return '县区旗'.includes(word) ? 'county' : word === '省' ? 'provincial' : 'municipal';
}

/** Five-year plan periods named in titles: “十四五” is 2021–2025. */
const fiveYearPlan = /十([一二三四五六七八九])五(?:规划|期间|时期|[”"])/;

/** First and last year as titles write them: `2022—2025`, `2022年-2025`, `2022～2025`, `2022至2025` (any dash). */
const yearRange = /((?:19|20)\d{2})\s*年?\s*(?:[-—–－―‐~～]+|至|到)\s*((?:19|20)\d{2})\s*/.source;
const periodInTitle = new RegExp(`[（(]${yearRange}(?:年度?)?[）)]`);
/** A line that is only a plan's years in brackets (（2024—2026年）), as a title the width broke leaves below it. */
const periodLine = new RegExp(`^${periodInTitle.source}$`);
const periodFirst = new RegExp(`^${periodInTitle.source}`);
/** The years unbracketed, inside the title: 某某县2023—2025年县医院能力提升行动计划. */
const yearsInTitle = new RegExp(`${yearRange}年`);
const multiYearPlan = /([一二三四五两])年(?:行动|攻坚|计划|规划)/;

/**
 * The plan's years where the plan's own title line adds them to the title its notice issues
 * (关于印发某某县…方案的通知, then 某某县…方案（2022—2025年）): the bracket right after a repeat of the title.
 */
function yearsAfterTitle(title: string, preambleLines: string[]): string | null {
  const joined = normalForm(coverLines(preambleLines).join(''));
  for (let at = joined.indexOf(title); at !== -1; at = joined.indexOf(title, at + 1)) {
    const years = periodFirst.exec(joined.slice(at + title.length));
    if (years) return years[0];
  }
  return null;
}

/** A title without the documents it names in 《》: 某某市贯彻《…工作方案（2021—2025年）》实施方案 gives the national plan's years, not its own. */
const withoutQuoted = (title: string) => {
  let depth = 0;
  let own = '';
  for (const ch of title) {
    if (ch === '《') depth++;
    else if (ch === '》') depth = Math.max(0, depth - 1);
    else if (depth === 0) own += ch;
  }
  return own;
};

/** The years a plan's text aims at: 到2026年, 至2026年底; not a range's end (2021年至2025年). */
const horizon = /(?<![\d年])(?:到|至)\s*((?:19|20)\d{2})\s*年/g;

/**
 * The plan period: `（2024—2026年）` in the title or after it on the plan's own title line, or
 * `三年行动` counted from the date — from the year after it when issued in the last quarter and the
 * text aims at that count's end (a 三年行动计划 of December 2023 whose text says 到2026年 covers 2024–2026).
 */
export function documentPeriod(title: string | null, date: string | null, preambleLines: string[] = [], text = ''): DocumentRecord['period'] {
  const own = title && withoutQuoted(title);
  const range = title && own ? periodInTitle.exec(own) ?? yearsInTitle.exec(own) ?? periodInTitle.exec(yearsAfterTitle(title, preambleLines) ?? '') : null;
  if (range) return { start: Number(range[1]), end: Number(range[2]) };
  const named = own ? fiveYearPlan.exec(own) : null;
  if (named) {
    const [start, end] = fiveYearPlanYears(10 + parseChineseNumeral(named[1])!);
    return { start, end };
  }
  const years = own ? multiYearPlan.exec(own) : null;
  if (years && date) {
    const count = parseChineseNumeral(years[1])!;
    const issued = Number(date.slice(0, 4));
    // Only a plan issued in the year's last quarter starts with the next year; one of August that says 到2028年 of one task still counts from its own.
    const lateInYear = Number(date.slice(5, 7)) >= 10;
    const aims = new Set([...text.matchAll(horizon)].map((m) => Number(m[1])));
    const start = lateInYear && aims.has(issued + count) ? issued + 1 : issued;
    return { start, end: start + count - 1 };
  }
  return { start: null, end: null };
}

type Citation = { title: string | null; docNumber: string | null };

/**
 * The documents a plan cites: `《title》（文号）`, a 文号 alone, and a title in 《》 alone when it names
 * an issued document (按照《全面提升县级医院综合能力工作方案（2021—2025年）》要求: `docNumber` null).
 * A 文号 in brackets right after a title belongs to it. Not citations: the plan's own title (its cover
 * letter's 关于印发《…》的通知, 现将《…》印发给你们), its own attachments (附件：1.《…清单》), and what no
 * issuer publishes as a document — a newspaper, a book, a column or a slogan (《健康报》, 《黄帝内经》).
 */
export function citations(text: string, ownTitle: string | null = null): Citation[] {
  // Paragraph breaks stay: a 文号's agency prefix never spans two paragraphs. Digits ASCII, as the plan's own title's.
  const compact = normalForm(text.replace(/[^\S\n]+/g, ''));
  const found = new Map<string, Citation>();
  for (const { docNumber, index } of docNumbersIn(compact)) {
    const before = compact.slice(Math.max(0, index - 200), index);
    const title = /《([^《》]+)》[（(]$/.exec(before)?.[1] ?? null;
    if (!found.has(docNumber)) found.set(docNumber, { title, docNumber });
  }
  const own = sameDocumentKey(ownTitle);
  // A document cited by 文号 is known by its title, and by its edition of that year (…标准（2016年版） after …〔2016〕…).
  const known = new Set([...found.values()].flatMap((c) => [sameDocumentKey(c.title), editionKey(c.title, c.docNumber)]).filter(Boolean));
  const quoted = quotedTitles(compact);
  // A short name a plan gives a document it cites (…（国卫办医发〔2016〕12号，以下简称《能力标准》）) names that document wherever it is used.
  for (const { title, index } of quoted) if (/简称为?$|下称$/.test(compact.slice(Math.max(0, index - 4), index))) known.add(sameDocumentKey(title));
  for (const { title, index } of quoted) {
    const key = sameDocumentKey(title);
    // A 《 left open runs into the next sentence: no title.
    const edition = editionKey(title, null);
    if (/[\n。；]/.test(title) || known.has(key) || (edition && known.has(edition)) || !namesIssuedDocument(title)) continue;
    if (isOwnTitle(key, own) || isOwnMention(compact, index, index + title.length + 2) || inAttachmentList(compact, index)) continue;
    known.add(key);
    if (edition) known.add(edition);
    found.set(`《${title}》`, { title, docNumber: null });
  }
  return [...found.values()];
}

/** The outermost 《…》 of a text (a notice's title may quote the plan it issues) and where each opens. */
function quotedTitles(text: string): { title: string; index: number }[] {
  const titles: { title: string; index: number }[] = [];
  let depth = 0;
  let open = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '《' && depth++ === 0) open = i;
    else if (text[i] === '》' && depth > 0 && --depth === 0) titles.push({ title: text.slice(open + 1, i), index: open });
  }
  return titles;
}

/**
 * A title an issuer publishes: it ends as a document's kind (方案, 意见, 标准, …法, a notice's 的通知),
 * a bracketed edition or period aside (（2021—2025年）, （试行）, （2018版）). 疗法 and 方法 are no laws.
 */
const issuedKind = /(?:方案|计划|规划|纲要|意见|通知|办法|细则|规定|条例|决定|要点|措施|标准|指南|规范|目录|清单|准则|制度|(?<![疗方做用手技])法)$/;
/**
 * A span of years or an edition in the title's closing bracket marks an issued programme or standard, whatever
 * its last word: 《健康中国行动（2019—2030年）》, 《中国公民健康素养——基本知识与技能（2015年版）》. 行动 alone
 * is no kind — an activity's name in 《》 ends so too — but an activity carries no period or edition.
 */
const periodOrEdition = new RegExp(`(?:${periodInTitle.source}|[（(](?:19|20)\\d{2}年?版[）)])$`);
const namesIssuedDocument = (title: string) => periodOrEdition.test(title) || issuedKind.test(title.replace(/(?:[（(][^（）()]*[）)])+$/, ''));

/**
 * The plan's own title said again (years aside), or by its kind alone (本《方案》, 《实施方案》, 《三年行动计划》),
 * which names no other document. A title with its place left out is not taken for the plan's own: a county's
 * plan often is the province's title with its county put before it (某某县进一步完善医疗卫生服务体系实施方案
 * after 《某某省人民政府关于印发进一步完善医疗卫生服务体系实施方案的通知》).
 */
const isOwnTitle = (key: string, own: string) =>
  key === own || /^(?:[一二三四五两\d]+年)?(?:实施|工作|行动|专项|攻坚|建设)*(?:方案|计划|规划|意见|通知|办法|细则|要点)$/.test(key);

/**
 * The plan's own title or attachment named in its own words (现将《…》印发给你们, 《…》已经…审议通过，现印发…,
 * 附件：1.《…》, 附件：1-2.《…》), or a document it has yet to be written (制定《县医院综合能力提升任务清单》).
 */
function isOwnMention(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 12), start);
  const sentence = /^[^。；\n]*/.exec(text.slice(end))![0];
  return /现[将把]$|制[定订]$|编制$|出台$|起草$|附[件表][\d一二三四五六七八九十]*(?:[-—–－]\d+)?[：:]?(?:\d+(?:[-—–－]\d+)?[.．、])?$/.test(before) || /^(?:印发|下发)给|现(?:予)?印发/.test(sentence);
}

/** Whether text[at] is in an item of an attachment list: `附件：1.《…》`, or an item on a line under it (`2.《…》`, `1-2.《…》`). */
function inAttachmentList(text: string, at: number): boolean {
  const lines = text.slice(0, at).split('\n');
  for (let k = lines.length - 1; k >= 0; k--) {
    if (/^附[件表][：:]/.test(lines[k])) return true;
    if (!/^\d{1,2}(?:[-—–－]\d{1,2})?[.．、]/.test(lines[k])) return false;
  }
  return false;
}

/** One key for a document's title and its issuing notice's, a trailing period aside (…方案 and …方案（2024—2026年）). */
const sameDocumentKey = (title: string | null) => coreTitleKey(title).replace(/(?:19|20)\d{2}(?:年度?)?(?:(?:19|20)\d{2}年?)?$/, '');
