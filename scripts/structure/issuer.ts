/**
 * Who issued a document, from every place a Chinese official document states it: the
 * notice or title line (XX人民政府关于印发…, XX办公厅关于…的意见), the red head (XX人民政府文件,
 * a committee with its second name in brackets), the signature above the date (落款),
 * 代章 lines and, last, the printing note (XX办公室 2024年3月21日印发). Names inside 《》 are
 * documents the text cites, never its issuer.
 */
import { dateLine, monthLine } from './date-line.ts';
import { readMarker } from './markers.ts';
import { nameThenDocNumber } from './doc-number.ts';
import { lettersOf } from './text-width.ts';
import { normalForm } from '../text/normal-form.ts';
import { disclosureFieldAtStart } from '../text/disclosure-labels.ts';

/** How the name of an issuing body ends. */
const bodySuffix = /(?:人民政府|政府|办公室|办公厅|委员会|领导小组|领导组|工作组|指挥部|联合会|局|厅|委|部|院|中心|办|署|医疗集团|健康集团|医共体)$/;
const strip = (line: string) => line.replace(/^\s*#{1,6}\s+/, '').replace(/^\s*(\*\*|__)(.+?)\1\s*$/, '$2').trim();

/** A name that can issue a document: ends like a body, no sentence or list punctuation, not an addressee. */
export function isBody(name: string): boolean {
  const n = lettersOf(name);
  return n.length >= 3 && n.length <= 30 && bodySuffix.test(n) && !/[。，；：:、,;《》“”"]/.test(n) && !/^(?:关于|各|根据|按照|县直|市直|有关)/.test(n);
}

/** A body's name, or its red head (某某县卫生健康局文件), as a 文号 may follow it on one line. */
export const isBodyOrHead = (name: string) => isBody(name.replace(/\s*文\s*件$/, ''));

/**
 * The bodies in a stretch of text: names separated by spaces or 、, or written one after the
 * other when they open with the same place (某某县卫生健康局某某县财政局).
 */
export function splitBodies(text: string): string[] {
  const pieces = text.trim().split(/[\s、]+/).filter(Boolean);
  if (pieces.length > 1 && pieces.every(isBody)) return pieces.flatMap(splitRun);
  return isBody(text) ? splitRun(lettersOf(text)) : [];
}

function splitRun(name: string): string[] {
  for (let k = 4; k <= name.length - 4; k++) {
    const [left, right] = [name.slice(0, k), name.slice(k)];
    if (isBody(left) && isBody(right) && (left.slice(0, 2) === right.slice(0, 2) || partyOf(left, right))) return [left, ...splitRun(right)];
  }
  return [name];
}

/**
 * The Party committee of a body signing beside it (中共某县人民医院委员会 某县人民医院; 中共某县委员会 某县人民政府), or its
 * office beside the government's (中共某县委办公室 某县人民政府办公室).
 */
const partyOf = (left: string, right: string) => {
  const place = /^中共(.{2,}?)(?:委员会|委)(?:办公室)?$/.exec(left)?.[1];
  return place !== undefined && right.startsWith(place);
};

/** Cover lines up to the first sentence or addressee (or the first line of a sentence the page width cut, at its comma): the red head and the title. */
function headLines(lines: string[]): string[] {
  const head: string[] = [];
  for (const line of lines.map(strip).filter(Boolean)) {
    // 份号, 密级, 紧急程度 and 签发人 stand around the red head, bare or labelled (密级：秘密★6个月); they name no one.
    if (/^\d{6}$|^(?:特急|加急|急件|平急|特提|机密|秘密|绝密)(?:★.*)?$|签\s*发\s*人|^(?:份号|密级|紧急程度|缓急)[：:]/.test(lettersOf(line))) continue;
    // nor do a website's disclosure fields above it (文号：…, 发布日期：…), read apart (disclosure.ts)
    if (disclosureFieldAtStart.test(line)) continue;
    if (/[。；：:，]/.test(line) && !/^[（(].*[）)]$/.test(line)) break;
    head.push(line);
  }
  return head;
}

/** Is position `at` of `joined` outside every 《…》? */
const outsideQuotes = (joined: string, at: number) => {
  const before = joined.slice(0, at);
  return (before.match(/《/g)?.length ?? 0) === (before.match(/》/g)?.length ?? 0);
};

/** The notice or title line: `XX关于印发…的通知`, `XX印发…的通知`, `XX办公厅关于…的意见`, or the names on the lines just above its 关于. */
function fromTitleLine(lines: string[]): string[] {
  const head = headLines(lines);
  let seen = '';
  for (let i = 0; i < head.length; i++) {
    // 某某县人民政府办公室印发…的通知: the notice without 关于, the issuer's name right before its verb.
    const issuing = /^(.+?)(?:印发|转发|下发)[^。，；：:]+$/.exec(head[i]);
    if (issuing && !/关于/.test(issuing[1]) && splitBodies(issuing[1]).length) return splitBodies(issuing[1]);
    const at = head[i].indexOf('关于');
    const inside = at === -1 || !outsideQuotes(seen + head[i], seen.length + at);
    seen += head[i];
    if (inside) continue;
    const before = head[i].slice(0, at);
    if (before.trim()) return splitBodies(before);
    const above: string[] = [];
    for (let j = i - 1; j >= 0 && isBody(head[j].replace(/文件$/, '')); j--) above.unshift(...splitBodies(head[j].replace(/文件$/, '')));
    return above;
  }
  return [];
}

/**
 * The red head: body names at the top (`XX人民政府文件`, `XX人民政府办公室`), a second name in brackets below;
 * not the first line of a title the page width broke after a name-like word (`通榆县推进…和县级医院` / `综合能力提升实施方案`).
 */
function fromRedHead(lines: string[], title: string | null): string[] {
  const names: string[] = [];
  const titleLetters = title ? lettersOf(title) : '';
  for (const line of headLines(lines)) {
    const letters = lettersOf(line);
    if (titleLetters.length > letters.length && titleLetters.startsWith(letters)) break;
    // `XX人民政府办公室　　X政办发〔2022〕35号`: the 文号 beside the name is not part of it
    const name = (nameThenDocNumber(line, isBodyOrHead)?.name ?? line).replace(/\s*文\s*件$/, '').replace(/^[（(](.+)[）)]$/, '$1');
    if (name === '' && names.length) continue; // `文件` on a line of its own
    if (!isBody(name) || /关于/.test(name)) break;
    names.push(...splitBodies(name));
  }
  return names;
}

const dateOnly = (line: string) => dateLine(line) !== null && !/印发/.test(line);
/** 落款：, （代章）, （盖章） are the form of a signature, not part of the name. */
const signatureName = (line: string) => strip(line).replace(/^落\s*款\s*[：:]\s*/, '').replace(/\s*[（(]?\s*(?:代章|盖章|印章)\s*[）)]?$/, '');

/** The end of a body's name alone, which names no body: 办公室, 委员会, 人民政府办公室. */
const nameEndAlone = /^(?:人民政府)?(?:办公室|办公厅)$|^(?:人民政府|委员会)$/;

/** The signature above a date: the names on the lines right above it, or before the date on its line. */
function fromSignature(lines: string[]): string[] {
  // A date of its month only (2024年1月) signs only after the last numbered line (date-line.ts).
  const lastNumbered = lines.findLastIndex((l) => readMarker(strip(l)) !== null);
  for (let i = 0; i < lines.length; i++) {
    const line = signatureName(lines[i]);
    const dated = /^(.*?)((?:19|20)\d{2}|[〇○零一二三四五六七八九]{4})\s*年[\s\d一二三四五六七八九十]+月([\s\d一二三四五六七八九十]+日)?$/.exec(line);
    const signsHere = dated && (dated[3] || i > lastNumbered);
    if (signsHere && dated[1].trim() && !/印发/.test(line) && splitBodies(dated[1]).length) return splitBodies(dated[1]);
    if (!dateOnly(line) && !(i > lastNumbered && monthLine(line))) continue;
    const names: string[] = [];
    for (let j = i - 1; j >= 0 && i - j <= 6; j--) {
      const above = signatureName(lines[j]);
      if (above === '') continue;
      const found = splitBodies(above);
      if (!found.length) break;
      // A name the column width cut (阜南县人民政府 / 办公室, set beside another name) ends on the line below.
      if (names.length && nameEndAlone.test(names[0])) found[found.length - 1] += names.shift();
      names.unshift(...found);
    }
    if (names.length) return names;
  }
  return [];
}

/**
 * What an article reports issued (近日，某县卫生健康局印发《X》): each title so quoted after a body's name, with the
 * bodies (not 为贯彻落实国家卫生健康委印发《…》, a sentence citing a document).
 */
export function reportedPlans(cover: string): { title: string; issuers: string[] }[] {
  return [...cover.matchAll(/([^，。；：！？》,;:!?]*)印发(?:了)?《([^《》]+)》/g)].flatMap((m) => {
    const issuers = splitBodies(m[1].replace(/^(?:近日|日前|近期)/, '').replace(/(?:近日|日前|近期)?(?:正式)?(?:联合)?$/, ''));
    return issuers.length ? [{ title: m[2], issuers }] : [];
  });
}

/** An article's report of the plan issued: the bodies it names before the verb. */
function fromReport(lines: string[], title: string | null): string[] {
  // read as the title is (ASCII digits), the lines run together as the page width cut them
  const cover = normalForm(lines.join('').replace(/\s+/g, ''));
  return reportedPlans(cover).find((r) => r.title === title)?.issuers ?? [];
}

/** `XX（代章）` or `（XX代章）` on a line of its own. */
function fromSealLine(lines: string[]): string[] {
  for (const raw of lines) {
    const m = /^[（(]?(.+?)\s*[（(]?代章[）)]?$/.exec(strip(raw));
    if (m && splitBodies(m[1]).length) return splitBodies(m[1]);
  }
  return [];
}

/** `XX办公室 2024年3月21日印发`: the office that printed it, when nothing else names the issuer. */
function fromPrintNote(lines: string[]): string[] {
  for (const raw of lines) {
    const m = /^(.+?)\s*(?:19|20)\d{2}\s*年.*印发$/.exec(strip(raw));
    if (m && splitBodies(m[1]).length) return splitBodies(m[1]);
  }
  return [];
}

/**
 * Every issuing body, the document's own first: the notice or title line, the red head, the
 * signature, a 代章 line, the printing note (those three anywhere in `documentLines`, the main
 * document without its attached parts); `title`, the document's as read, keeps its first line out of
 * the red head. A later place that names the same first body and more (a joint signature under a
 * one-name head) completes the list.
 */
export function documentIssuers(preambleLines: string[], documentLines: string[] = preambleLines, title: string | null = null): string[] {
  const found = [fromTitleLine(preambleLines), fromRedHead(preambleLines, title), fromSignature(documentLines), fromSealLine(documentLines), fromPrintNote(documentLines), fromReport(preambleLines, title)];
  // A name without its place (市人民政府办公室 on a notice's line) is the body another place names in full (宜都市人民政府办公室
  // in the red head or the signature); so is a short one (县政府办公室 for 滨海县人民政府办公室).
  const named = found.flat();
  const short = (name: string) => name.replace(/人民政府/, '政府');
  const inFull = (name: string) => named.find((other) => other.length > name.length && short(other).endsWith(short(name))) ?? name;
  const first = (found.find((names) => names.length) ?? []).map(inFull);
  // The fuller list of a later place (the signature's 中共某某委员会 beside the red head's body) keeps the first place's issuer first.
  const fuller = found.find((names) => names.length > first.length && names.includes(first[0]));
  return [...new Set([...first, ...(fuller ?? [])])];
}
