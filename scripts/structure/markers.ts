/**
 * Numbering markers of Chinese official documents, by kind. The kinds' nesting is not
 * fixed here: the tree builder nests them in the order a document first uses them,
 * because plans skip levels (一、 → 1.) and Markdown `#` levels cannot be trusted.
 */
import { parseChineseNumeral } from '../text/chinese-numerals.ts';
import { halfWidthDigits } from '../text/half-width.ts';

export type MarkerKind = 'part' | 'part-chapter' | 'chapter' | 'roman' | 'section' | 'item' | 'subitem' | 'half-paren' | 'circled' | 'ordinal' | 'sequence' | 'article' | 'part-section' | `decimal${number}` | `bullet${string}`;

export interface Marker {
  kind: MarkerKind;
  /** The marker as written, e.g. `（一）`, `1．`, `(1)`. */
  raw: string;
  /** Its number: 一 → 1, ② → 2. */
  value: number;
  /** The marker as a path step: `二`, `（一）`, `3`, `（1）`, `①`. */
  label: string;
  /** Length of `raw` plus the white space after it. */
  length: number;
  /** The bracket it was written without (`（三 加强…`, `三）加强…`): read as `（三）`, and said in a message. */
  missingBracket?: 'closing' | 'opening';
  /** The stop it was written with for its kind's own (`2，加强…` for `2、`): read as the item, and said in a message. */
  oddStop?: string;
}

/** A kind's last number where a marker is read (its list so far), for markers read only where they go on from it. */
export type LastNumber = (kind: MarkerKind) => number | undefined;

const cn = '一二三四五六七八九十百零〇两';
const circled = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const parenthesized = '⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇';
const bracketedIdeographs = '㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩';
const dottedNumbers = '⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛';

/**
 * A number as a PDF may space its letters out (`第 十 一 条`, `1 0．`): one space at most between two, read
 * without them.
 */
const spacedRun = (letter: string) => `${letter}(?:[ \\t]?${letter})*`;
const spacedDigits = String.raw`\d(?:[ \t]?\d){0,2}`;

/** What follows a number that measures rather than numbers a heading (`3.5张`, `1.2万元`). */
const measure = '张个人家元万亿千百倍床名项所次例台套级岁天年月日时分米平公%％';

/** A date a dated task opens with after its marker: a year (2024年底前) or a month with its day (6月30日前, 12月底前), its digits perhaps spaced out (2 0 2 4年). */
const datedTask = String.raw`(?:1 ?9|2 ?0) ?\d ?\d\s*年|(?:1 ?[0-2]|0?[1-9])\s*月\s*(?:(?:[12] ?\d|3 ?[01]|0?[1-9])\s*日|[底末]|[上中下]旬)`;

interface Pattern {
  kind: MarkerKind | 'decimal' | 'bullet';
  re: RegExp;
  label: (n: string) => string;
  /** (`last`, for words whose number is where the run stands: 最后) */
  value: (n: string, last?: LastNumber) => number;
  missingBracket?: 'closing' | 'opening';
  /** the group of the stop written for the kind's own (`2，`) */
  oddStop?: number;
  /** a slip that reads as prose too: a marker only where it goes on from its kind's last number (`（三加强…` after （二）) */
  inSequence?: boolean;
  /** words that number only as a run: a marker where the run opens (`第一，`) or goes on from its last number */
  opensOrGoesOn?: boolean;
}

/** A word processor's bullets (● 提升专科服务能力, ■ 加强重点专科建设。…): each symbol a level of its own. */
const bullets = '●■◆★▲○□◇☆▶►❖';

const patterns: Pattern[] = [
  // 第一部分 holds 第一章, 第二章…: two kinds, or a plan's chapters would close its parts. A PDF may space them out: `第 一 章`.
  { kind: 'part', re: new RegExp(`^第\\s*(${spacedRun(`[${cn}\\d]`)})\\s*部\\s?分\\s*`), label: (n) => `第${n}`, value: numeral },
  { kind: 'part-chapter', re: new RegExp(`^第\\s*(${spacedRun(`[${cn}\\d]`)})\\s*章\\s*`), label: (n) => `第${n}`, value: numeral },
  { kind: 'article', re: new RegExp(`^第\\s*(${spacedRun(`[${cn}\\d]`)})\\s*条\\s*`), label: (n) => `第${n}条`, value: numeral },
  { kind: 'part-section', re: new RegExp(`^第\\s*(${spacedRun(`[${cn}\\d]`)})\\s*节\\s*`), label: (n) => `第${n}节`, value: numeral },
  // `第一，做强专科能力。…` opening a paragraph, `第二，…` the next: a plan in prose numbers its tasks so (not 第一批, 第一次).
  { kind: 'ordinal', re: new RegExp(`^第\\s*(${spacedRun(`[${cn}]`)})\\s*[，,、]\\s*(?=[\\u4e00-\\u9fff])`), label: (n) => `第${n}`, value: numeral, opensOrGoesOn: true },
  // `首先，…` / `其次，…` / `再次，…` / `最后，…`, each opening a paragraph: the last goes on from the run, whatever its length.
  { kind: 'sequence', re: /^(首[ \t]?先|其[ \t]?次|再[ \t]?次|最[ \t]?后)\s*[，,、]\s*(?=[\u4e00-\u9fff])/, label: (n) => n, value: (n, last) => (n === '最后' ? (last?.('sequence') ?? -1) + 1 : ['首先', '其次', '再次'].indexOf(n) + 1), opensOrGoesOn: true },
  { kind: 'chapter', re: new RegExp(`^([${cn}]+)\\s*[、，．.]\\s*`), label: (n) => n, value: numeral },
  // `一 总体要求`: a numeral, white space and a short heading without punctuation, a line of its own.
  { kind: 'chapter', re: new RegExp(`^([${cn}]+)\\s+(?=[\\u4e00-\\u9fff][^。，；：,;:\\n\\d%％]{0,24}$)`), label: (n) => n, value: numeral },
  // `Ⅰ．总体目标`, `II、重点任务`: Roman numerals, as some outlines and 附件 number their top level. Letters
  // I, V, X number only before 、 or a dot and a Chinese heading (not `I. Introduction`, `X线`, `CT、`); a
  // Roman sign needs its stop or a space too (`Ⅱ类切口手术…` opening a wrapped line is no marker).
  { kind: 'roman', re: /^([ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ])(?:\s*[、，．.]\s*|\s+)(?=[\u4e00-\u9fff])/, label: (n) => n, value: (n) => romanLetters.indexOf(n) + 1 },
  { kind: 'roman', re: /^([IVX]{1,5})\s*[、．.]\s*(?=[\u4e00-\u9fff])/, label: (n) => romanLetters[romanValue(n) - 1] ?? n, value: romanValue },
  { kind: 'section', re: new RegExp(`^[（(]\\s*(${spacedRun(`[${cn}]`)})\\s*[）)]\\s*`), label: (n) => `（${n}）`, value: numeral },
  // `（三 加强…`: the closing bracket left out, a space in its place before the heading (not `（三级医院…）`).
  { kind: 'section', re: new RegExp(`^[（(]([${cn}]+)\\s+(?=[\\u4e00-\\u9fff])`), label: (n) => `（${n}）`, value: numeral, missingBracket: 'closing' },
  // `（三加强…`, no bracket and no space: only after （二）, as prose opens `（三级医院…）` or `（二〇二四年…）`.
  { kind: 'section', re: new RegExp(`^[（(]([${cn}]{1,3})(?![${cn}级类等甲乙期批档个项年月日])(?=[\\u4e00-\\u9fff])`), label: (n) => `（${n}）`, value: numeral, missingBracket: 'closing', inSequence: true },
  // `三）加强…` after （一）（二）: the opening bracket left out, a heading after it (not `二）级医院`, a grade a line break cut).
  { kind: 'section', re: new RegExp(`^([${cn}]{1,3})\\s*[）)]\\s*(?:[、，．.]\\s*)?(?![级类等甲乙期批档])(?=[\\u4e00-\\u9fff])`), label: (n) => `（${n}）`, value: numeral, missingBracket: 'opening' },
  // ㈠㈡㈢ and ⒈⒉⒊, one character each as an input method or a Word symbol list types them, are （一） and 1．.
  { kind: 'section', re: new RegExp(`^([${bracketedIdeographs}])\\s*`), label: (n) => `（${cn[bracketedIdeographs.indexOf(n)]}）`, value: (n) => bracketedIdeographs.indexOf(n) + 1 },
  { kind: 'item', re: new RegExp(`^([${dottedNumbers}])\\s*`), label: (n) => String(dottedNumbers.indexOf(n) + 1), value: (n) => dottedNumbers.indexOf(n) + 1 },
  // `3.5张` is a number, not item 3: a dot may not be followed by a digit, except a date's — a year's or a
  // month's with its day (`1．2024年底前…`, `1．6月30日前…`, as phased tasks open; `1.6万` stays a number);
  // after 、 a digit is no decimal (`1、20个乡镇卫生院…`).
  { kind: 'item', re: new RegExp(`^(${spacedDigits})\\s*(?:、|[.．](?:(?!\\d)|(?=${datedTask})))\\s*`), label: (n) => n, value: Number },
  // `2，加强…`: a comma for the stop, only after 1.: a wrapped line opens `2，3个…` too.
  { kind: 'item', re: /^(\d{1,3})\s*([，,])\s*(?=[\u4e00-\u9fff])/, label: (n) => n, value: Number, oddStop: 2, inSequence: true },
  // Decimal outline numbering (1.1, 1.1.1): each length is a kind of its own.
  { kind: 'decimal', re: new RegExp(`^(\\d{1,2}(?:[.．]\\d{1,2}){1,3})(?![.．]?\\d)(?!\\s*[${measure}])\\s*`), label: (n) => n.replace(/．/g, '.'), value: (n) => Number(n.split(/[.．]/).at(-1)) },
  // `2.3 人才队伍建设`: a heading whose first letter a number may measure by (人, 家, 年…), only where it goes on from
  // the kind's last number and is a short heading of its own line (not `2.3万元`, `1.5万元用于…` in a wrapped sentence).
  { kind: 'decimal', re: new RegExp(`^(\\d{1,2}(?:[.．]\\d{1,2}){1,3})(?![.．]?\\d)\\s*(?=[${measure}](?:[ \\t]?[\\u4e00-\\u9fff]){3}[^。，；：,;:\\n\\d%％]{0,40}(?:\\n|$))`), label: (n) => n.replace(/．/g, '.'), value: (n) => Number(n.split(/[.．]/).at(-1)), inSequence: true },
  // A decimal outline's top level, `1 总体目标`: a number and a short heading, a line of its own (not
  // `3 个一级学科`, the rest of a sentence cut at the page width, nor a target: a heading says no figures).
  { kind: 'decimal', re: new RegExp(`^(\\d{1,2})\\s*(?![${measure}])(?=[\\u4e00-\\u9fff][^。，；：,;:\\n\\d%％]{0,24}(?:\\n|$))`), label: (n) => n, value: Number },
  { kind: 'subitem', re: new RegExp(`^[（(]\\s*(${spacedDigits})\\s*[）)]\\s*`), label: (n) => `（${n}）`, value: Number },
  { kind: 'subitem', re: new RegExp(`^[（(](\\d{1,3})\\s+(?![${measure}])(?=[\\u4e00-\\u9fff])`), label: (n) => `（${n}）`, value: Number, missingBracket: 'closing' },
  { kind: 'subitem', re: /^([⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇])\s*/, label: (n) => `（${parenthesized.indexOf(n) + 1}）`, value: (n) => parenthesized.indexOf(n) + 1 },
  // `1)` / `1）`: a half-bracketed number, a kind of its own; a digit after it only a year's (`1）2024年6月底前…`).
  { kind: 'half-paren', re: new RegExp(`^(${spacedDigits})\\s*[)）](?:(?!\\d)|(?=${datedTask}))\\s*`), label: (n) => `${n}）`, value: Number },
  { kind: 'circled', re: new RegExp(`^([${circled}])\\s*`), label: (n) => n, value: (n) => circled.indexOf(n) + 1 },
  // A bullet numbers its item by the place it stands in its run: the one after the last of its symbol.
  { kind: 'bullet', re: new RegExp(`^([${bullets}])\\s*(?=\\S)`), label: (n) => n, value: (n, last) => (last?.(`bullet${n}`) ?? 0) + 1 },
];

/**
 * The numbering marker at the start of a block's text, if any; with `last`, also the slips that are markers
 * only where their kind's numbering goes on (`（三加强…`, `2，加强…`).
 */
export function readMarker(written: string, last?: LastNumber): Marker | null {
  // matched on ASCII digits (１． is 1．) and with OCR's dash for 一, published as written
  const text = markerText(written);
  for (const { kind, re, label, value, missingBracket, oddStop, inSequence, opensOrGoesOn } of patterns) {
    if (inSequence && !last) continue;
    const match = re.exec(text);
    if (!match) continue;
    const number = match[1].replace(/[ \t]/g, '');
    const parts = number.split(/[.．]/).length;
    const n = value(number, last);
    // where the kind's numbering goes on from its last number (or, for a run, opens at its first)
    const goesOn = last?.(kind === 'decimal' ? `decimal${parts}` : kind) === n - 1;
    if ((inSequence && !goesOn) || (opensOrGoesOn && n > 1 && !goesOn)) continue;
    // A stop typed twice (`（一）、加强…`, `1．、`, `一、、`): the second is the marker's too, or it would open the heading.
    const doubled = /^[、，．.](?!\d)\s*/.exec(text.slice(match[0].length))?.[0] ?? '';
    const length = match[0].length + doubled.length;
    const rest = text.slice(length);
    // Its bracket stays open to the end of the paragraph: one closed later (`（三 级医院）`) was no marker's.
    if (missingBracket === 'closing' && count(rest, /[）)]/g) > count(rest, /[（(]/g)) continue;
    // A marker numbers something: `一、` alone, or `（一）` before a closing bracket, is not one.
    if (rest.trim() === '' && kind !== 'section') continue;
    if (!Number.isFinite(n) || n <= 0) continue;
    if (kind === 'decimal') {
      return { kind: `decimal${parts}`, raw: written.slice(0, length).trimEnd(), value: n, label: label(number), length };
    }
    if (kind === 'bullet') return { kind: `bullet${number}`, raw: written.slice(0, length).trimEnd(), value: n, label: `${number}${n}`, length };
    const marker: Marker = { kind, raw: written.slice(0, length).trimEnd(), value: n, label: label(number), length };
    return { ...marker, ...(missingBracket && { missingBracket }), ...(oddStop && { oddStop: match[oddStop] }) };
  }
  return null;
}

const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0;

/** Kinds that write one number two ways, `（2）` and `3）`. */
const twinKind: Partial<Record<MarkerKind, MarkerKind>> = { subitem: 'half-paren', 'half-paren': 'subitem' };

/**
 * The kind a marker goes on with: its own, or its twin's when its number follows on from the twin's and
 * not from its own — `（1）…（2）…3）…`, one list typed with another bracket, not a list under （2）
 * (that starts at 1）). `last` gives a kind's last number at this point.
 */
export function continuedKind(marker: Marker, last: (kind: MarkerKind) => number | undefined): MarkerKind {
  const twin = twinKind[marker.kind];
  const followsOn = (kind: MarkerKind) => last(kind) === marker.value - 1;
  return twin && marker.value > 1 && !followsOn(marker.kind) && followsOn(twin) ? twin : marker.kind;
}

/** A line that is nothing but a marker (`一、`, `二.`, `（一）`, `1.`): its heading is on the next line, where a PDF broke it. */
export function isBareMarker(written: string): boolean {
  const text = markerText(written.trim());
  return patterns.some(({ re }) => re.exec(text)?.[0].length === text.length);
}

/**
 * The text a marker is matched on: ASCII digits for full-width ones, and 一 for the dash OCR reads
 * it as where only a numeral stands (`—、总体目标`, `（—）加强组织领导`; a dash never numbers). Same length.
 */
function markerText(written: string): string {
  return halfWidthDigits(written).replace(/^([（(]\s*)?[—－―‐-](?=(?:\s*[）)])|\s*[、，])/, (_, open) => `${open ?? ''}一`);
}

const romanLetters = 'ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ';
const romanNumbers = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII', 'XVIII', 'XIX', 'XX'];

/** A Roman number in letters, I to XX; NaN for letters that spell none (`IIV`). */
function romanValue(text: string): number {
  const at = romanNumbers.indexOf(text);
  return at === -1 ? NaN : at + 1;
}

/** A marker's number: Arabic digits or a Chinese numeral; NaN when it is neither. */
export function numeral(text: string): number {
  return /^\d+$/.test(text) ? Number(text) : (parseChineseNumeral(text) ?? NaN);
}
