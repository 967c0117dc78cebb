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
}

const QUOTES = /[“”"‘’「」]/g;
const LIST = /((?:[^、，,。；;：:]{2,14}、)+[^、，,。；;：:]{2,14})等([^，,。；;]{0,12}?)([一二三四五六七八九十两]大[\p{Script=Han}]{1,2})/gu;

export function namedLists(text: string): NamedList[] {
  const out: NamedList[] = [];
  for (const m of text.replace(QUOTES, '').matchAll(LIST)) {
    const items = m[1].split('、').map((x) => fold(x).chars);
    // The first item carries the sentence's lead-in (依托县医院构建…): keep only an item's length of it.
    const longest = Math.max(...items.slice(1).map((x) => x.length));
    items[0] = items[0].slice(-longest);
    const qualifier = fold(m[2]).chars;
    out.push({ key: m[3], items, name: qualifier.length >= 2 ? qualifier + fold(m[3]).chars : null });
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

/** True when the source names a target list's counted name but neither its items nor its full name. */
export function otherProgramme(targetLists: NamedList[], sourceText: string, sourceChars: string): boolean {
  // Quotes and spacing aside: a PDF may break the name across lines (五大\n中心).
  const plain = sourceText.replace(QUOTES, '').replace(/\s+/g, '');
  const fullName = (l: NamedList) => !!l.name && sourceChars.includes(l.name);
  return targetLists.some((l) => plain.includes(l.key) && !fullName(l) && !l.items.some((item) => named(item, sourceChars)));
}
