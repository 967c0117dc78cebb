import { fold } from './ngrams.ts';

/**
 * Named programme lists such as 「胸痛、卒中、创伤…等急诊急救“五大中心”」: items joined
 * by 、, then 等, then a counted name (N大X). A clause naming the same N大X with
 * none of the listed items runs a different programme of the same shape
 * (中医药服务“五大中心”), so it does not implement this one — unless it names the
 * programme by its full name, the words between 等 and N大X included
 * (建强急诊急救五大中心: a plan summing up a task by its name, not its items).
 */
export interface NamedList {
  /** the counted name, e.g. 五大中心 */
  key: string;
  /** folded items */
  items: string[];
  /** the folded full name, e.g. 急诊急救五大中心; null when nothing stands between 等 and the counted name */
  name: string | null;
  /** the words before each place the clause says its counted name (its heading's 组建县域医共体高质量管理, the list's 等高质量管理), folded */
  callers: string[];
}

const QUOTES = /[“”"‘’「」]/g;
const LIST = /((?:[^、，,。；;：:]{2,14}、)+[^、，,。；;：:]{2,14})等([^，,。；;]{0,12}?)([一二三四五六七八九十两]大[\p{Script=Han}]{1,2})/gu;

/** The letters before each place a text says `key`, back to the sentence's last stop or break, at most `most` of them. */
function before(text: string, key: string, most: number): string[] {
  return [...text.matchAll(new RegExp(`([\\p{Script=Han}A-Za-z0-9]{0,${most}})${key}`, 'gu'))].map((m) => fold(m[1]).chars);
}

export function namedLists(text: string): NamedList[] {
  const out: NamedList[] = [];
  const plain = text.replace(QUOTES, '');
  for (const m of plain.matchAll(LIST)) {
    const items = m[1].split('、').map((x) => fold(x).chars);
    // The first item carries the sentence's lead-in (依托县医院构建…): keep only an item's length of it.
    const longest = Math.max(...items.slice(1).map((x) => x.length));
    items[0] = items[0].slice(-longest);
    const qualifier = fold(m[2]).chars;
    out.push({ key: m[3], items, name: qualifier.length >= 2 ? qualifier + fold(m[3]).chars : null, callers: before(plain, m[3], 12) });
  }
  return out;
}

/** An item counts as named when half its bigrams occur in the text (危重新生儿救治 ≈ 危重儿童和新生儿救治). */
function named(item: string, chars: string): boolean {
  let hit = 0;
  let all = 0;
  for (let i = 0; i + 2 <= item.length; i++, all++) if (chars.includes(item.slice(i, i + 2))) hit++;
  return all > 0 && hit / all >= 0.5;
}

/** The letters of a source's name for the programme, read right before the counted name. */
const QUALIFIER = 4;

/**
 * A shortened full name: the letters right before the source's counted name share most of their
 * bigrams with the words the target says before its own — 组建医共体管理“五大中心” (共体, 管理) with
 * 组建县域医共体高质量管理“五大中心”, 建设县域共享“五大中心” (县域, 共享) with 组建县域医疗资源共享;
 * not 打造中医药服务“五大中心” (服务 alone) with 建设临床服务“五大中心”.
 */
function shortName(list: NamedList, plain: string): boolean {
  return before(plain, list.key, QUALIFIER).some((qualifier) => {
    const pairs = [...qualifier].slice(1).map((ch, i) => qualifier[i] + ch);
    const shared = pairs.filter((pair) => list.callers.some((caller) => caller.includes(pair))).length;
    return pairs.length >= 2 && shared * 2 > pairs.length;
  });
}

/** True when the source names a target list's counted name but neither its items nor its full name, whole or shortened. */
export function otherProgramme(targetLists: NamedList[], sourceText: string, sourceChars: string): boolean {
  // Quotes and spacing aside: a PDF may break the name across lines (五大\n中心).
  const plain = sourceText.replace(QUOTES, '').replace(/\s+/g, '');
  const fullName = (l: NamedList) => (!!l.name && sourceChars.includes(l.name)) || shortName(l, plain);
  return targetLists.some((l) => plain.includes(l.key) && !fullName(l) && !l.items.some((item) => named(item, sourceChars)));
}
