/**
 * A clause's heading: a paragraph of its own (`（一）改善硬件设施设备条件`) or run into
 * its text (`（一）加强组织领导。落实…`, `(1)消化内科：…`, `（一）胸痛中心  2023年…`). The heading stays in the
 * text (nothing is lost); `title` repeats it without the final 。 and `bodyStart` says
 * where the body begins.
 */
import { UNIT_LABEL } from '../text/unit-labels.ts';
import { boldRunIn } from './markdown.ts';
import { ASCII_FULL_STOP } from '../text/half-width.ts';

const maxRunInLength = 40;

/** A heading in 【】 opening a paragraph or a line of its own: `【强化人才支撑】每年引进…`, `【保障落实】`. */
export const bracketRunIn = /^【([^【】。；！？]{2,30})】/;

/** A line that is a heading in 【】 and nothing else (a web article's `【目标】`). */
export const isBracketHeading = (line: string) => bracketRunIn.exec(line.trim())?.[0] === line.trim();
const maxColonHeadingLength = 12;
const maxSpacedHeadingLength = 20;

/**
 * A short heading set off from its body by white space instead of a stop, `（一）胸痛中心  2023年底前…`
 * (head and body white space collapsed). The head is a name: no sentence punctuation and no figures
 * (`到 2023 年` is a date with spaces); the body is more than a bracketed note; and a gap between two
 * ASCII words (`ICU ward`) is a word space, not a heading's end.
 */
export function isSpacedHeading(head: string, body: string): boolean {
  return (
    head.length >= 2 &&
    head.length <= maxSpacedHeadingLength &&
    !/[。！？；，,;!?：:\d０-９%％]/.test(head) &&
    body !== '' &&
    !/^[（(][^（）()]*[）)]$/.test(body) &&
    !(/[\x21-\x7e]$/.test(head) && /^[\x21-\x7e]/.test(body))
  );
}

/**
 * A heading set off by ONE space (`（三）加强人才队伍建设 实施“369人才工程”…`). PDF text also has single
 * spaces mid-phrase, where a line was joined (`加强县医院服务 能力建设。`), so the head must end as a
 * heading ends (建设, 能力, 措施…; four characters at least) and the body must not go on with such a
 * word, the rest of the head's phrase, or with a stop the head's sentence goes on to (`加强组织领导 ，`).
 */
export function isNarrowSpacedHeading(head: string, body: string): boolean {
  return head.length >= 4 && endsAsHeading(head) && !opensAsHeadingEnd(body) && !/^[，。、；：！？,.;:!?）)”’]/.test(body) && isSpacedHeading(head, body);
}

/**
 * A note of who does it after a clause's sentence: in brackets, （县人民医院负责）, （责任单位：县卫健局（牵头）、…）, or
 * a line of labelled units (牵头单位：县人民医院 配合单位：县医保局).
 */
const whoNote = new RegExp(`^(?:(?:[（(](?:[^（）()]|[（(][^（）()]*[）)])*[）)]|〔[^〔〕]*〕)[。；]?|${UNIT_LABEL}[：:][^\\n。]*。?)$`);

/** A labelled note of who does it closing a heading line: `加强临床重点专科建设（牵头单位：县卫健委；配合单位：…）`. */
const labelledNoteAtEnd = new RegExp(`[（(]${UNIT_LABEL}[：:](?:[^（）()]|[（(][^（）()]*[）)])*[）)][。；]?$`);

/** A title and where its body starts, a labelled note of who does it left to the body: it says who, not what. */
function titled(title: string, bodyStart: number): { title: string; bodyStart: number } {
  const note = labelledNoteAtEnd.exec(title);
  return note && note.index > 0 ? { title: title.slice(0, note.index), bodyStart: note.index } : { title, bodyStart };
}

/** A short heading set out letter by letter, as 公文 space a chapter's two characters (第一章  总  则): 总则. */
const letterSpaced = /^[\u4e00-\u9fff](?: [\u4e00-\u9fff]){1,4}$/;

/** A sentence's end: a half-width ; as OCR or a hasty typist writes ；, and a full stop typed on a Western keyboard, too. */
const SENTENCE_END = new RegExp(`[。；;！？]|${ASCII_FULL_STOP.source}`, 'u');

export function splitHeading(text: string, hasChildren: boolean): { title: string | null; bodyStart: number } {
  const newline = text.indexOf('\n');
  const first = newline === -1 ? text : text.slice(0, newline);
  // The one space a spaced run-in heading keeps (blocks.ts) ends it: `胸痛中心 2023年底前…`.
  const space = first.indexOf(' ');
  if (space > 0 && isSpacedHeading(first.slice(0, space), first.slice(space + 1))) return { title: first.slice(0, space), bodyStart: space + 1 };
  // `【强化人才支撑】每年引进…`: a heading in 【】 (the brackets are markup of the heading).
  const bracketed = bracketRunIn.exec(first);
  // A heading in 【】 alone on its line (第三条【完善保障机制】 over its items): its body on the next line.
  if (bracketed) return { title: bracketed[1], bodyStart: bracketed[0].length < first.length || newline === -1 ? bracketed[0].length : newline + 1 };
  // `**加快建设县域医学中心。**县人民医院…`: a heading Markdown set in bold, its stop inside the bold or after it.
  const bold = boldRunIn.exec(first);
  if (bold) return { title: stripFinalStop(bold[1]), bodyStart: bold[0].length < first.length || newline === -1 ? bold[0].length : newline + 1 };
  // (one inside brackets is a note's)
  const sentenceEnd = outsideBrackets(first, SENTENCE_END);
  // A colon inside brackets is an annotation's (`加强信息化建设（牵头单位：县卫健局）。`), not a label's.
  const colon = outsideBrackets(first, /[：:]/);
  // `加强专科建设——重点建设…`: a short phrase set off by a dash (a name: no list or figures, not `2023年——2025年`).
  const dash = first.indexOf('——');
  if (dash > 0 && dash <= maxRunInLength && (sentenceEnd === -1 || dash < sentenceEnd) && !/[，,、：:（(\d]/.test(first.slice(0, dash)) && first.length > dash + 2) {
    return { title: first.slice(0, dash), bodyStart: dash + 2 };
  }

  // A short first paragraph without a sentence in it is a heading of its own; one closed by
  // 。 is a heading only when something follows it (`（一）持续提升医疗服务能力，…。` + items), more than a
  // note of who does it in a paragraph of its own (`每年开展新技术不少于5项。` / `（责任单位：县人民医院）`).
  const noteBelow = newline !== -1 && whoNote.test(text.slice(newline + 1).trim());
  const phraseOnly = sentenceEnd === -1 || (sentenceEnd === first.length - 1 && (hasChildren || (newline !== -1 && !noteBelow)));
  if (phraseOnly && first.length > 0 && first.length <= 60 && !(colon > 0 && colon < first.length - 1)) {
    const wrapped = wrappedHeadingEnd(text, first, hasChildren);
    if (wrapped) return { title: first + wrapped.rest, bodyStart: wrapped.bodyStart };
    return titled(letterSpaced.test(first) ? first.replace(/ /g, '') : stripFinalStop(first), newline === -1 ? text.length : newline + 1);
  }
  // `(1)消化内科：…` — a short label before a colon comes before any sentence end.
  if (colon > 0 && colon <= maxColonHeadingLength && (sentenceEnd === -1 || colon < sentenceEnd) && !/[，,、]/.test(first.slice(0, colon))) {
    return { title: first.slice(0, colon), bodyStart: colon + 1 };
  }
  // A heading runs into a body: a clause that is one short sentence (1．每年引进人才不少于5名。) is a sentence, not a
  // heading, and so is one whose sentence only a note of who does it follows (…新增市级临床重点专科2个。（县人民医院负责）).
  const noteOnly = whoNote.test(text.slice(sentenceEnd + 1).trim());
  if (sentenceEnd > 0 && sentenceEnd <= maxRunInLength && sentenceEnd < text.length - 1 && (hasChildren || !noteOnly)) {
    return titled(first.slice(0, sentenceEnd), sentenceEnd + 1);
  }
  return { title: null, bodyStart: 0 };
}

/** The nouns a heading ends with: 建设, 能力, 体系, 机制… (加强县医院临床专科能力建设, 提升急诊急救服务能力). */
const headingNouns = ['建设', '能力', '水平', '体系', '机制', '制度', '管理', '服务', '质量', '改革', '保障', '队伍', '作用', '效能', '格局', '网络', '平台', '中心', '工作', '协作', '联动', '发展'];
const headingNoun = new RegExp(`(?:${headingNouns.join('|')})$`);

/** Other words a complete heading ends with (保障措施, 加强组织领导, 总体要求): a line so ending is not cut. */
const headingClose = /(?:措施|要求|目标|任务|领导|思想|原则|范围|步骤|安排|分工|内容|方式|对象|办法|职责|责任|评估|考核|督导|监督|宣传|落实|推进|实施|支撑|投入)$/;

export const endsAsHeading = (text: string) => headingNoun.test(text) || headingClose.test(text);
/** Heading nouns that are verbs too: `建设胸痛中心…` opens a sentence, `建设。` or `建设和管理` ends a phrase. */
const verbalNouns = new Set(['建设', '管理', '服务', '发展', '改革', '保障', '协作', '联动']);

/**
 * A body opening with a heading's noun is the rest of the phrase before it (`能力建设。…`, `能力和水平，…`),
 * unless that noun is a verb with its object after it (`建设胸痛中心、卒中中心…`).
 */
function opensAsHeadingEnd(text: string): boolean {
  const noun = headingNouns.find((word) => text.startsWith(word));
  if (!noun) return false;
  const after = text.slice(noun.length);
  return !verbalNouns.has(noun) || !/^[\u4e00-\u9fff]/.test(after) || /^[和与及]/.test(after) || opensAsHeadingEnd(after);
}

/**
 * A heading a PDF line broke without a stop (`加强县医院临床专科` / `能力建设`): its rest on the
 * next line, a few characters closing it as headings close (headingNoun), while the first line
 * does not (nor as headingClose says) and the body after is a sentence, or the clauses under it. A complete heading over a
 * short phrase, an unnumbered subheading (`专科建设` / `胸痛中心` / …, `保障措施` / `组织保障` / …), stays.
 */
function wrappedHeadingEnd(text: string, first: string, hasChildren: boolean): { rest: string; bodyStart: number } | null {
  const [, rest, after] = text.split('\n', 3);
  const phrase = /^[\u4e00-\u9fff]{2,8}$/;
  // A line is broken only when full: even a large heading font sets eight characters and more on it.
  if (rest === undefined || (after === undefined && !hasChildren) || first.length < 8 || /[。；！？：:，,]/.test(first) || headingNoun.test(first) || headingClose.test(first)) return null;
  if (!phrase.test(rest) || !headingNoun.test(rest) || (after !== undefined && !/[。；！？，]/.test(after))) return null;
  return { rest, bodyStart: Math.min(text.length, first.length + 1 + rest.length + 1) };
}

function stripFinalStop(text: string): string {
  return text.replace(/[。．.；;：:]$/, '');
}

/** Where a one-character pattern (which may look at its neighbours) first matches outside （）/() brackets, or -1. */
function outsideBrackets(text: string, char: RegExp): number {
  const at = new RegExp(char.source, `${char.flags}y`);
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (/[（(]/.test(text[i])) depth++;
    else if (/[）)]/.test(text[i])) depth = Math.max(0, depth - 1);
    else if (depth === 0) {
      at.lastIndex = i;
      if (at.test(text)) return i;
    }
  }
  return -1;
}
