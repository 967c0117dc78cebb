import { fold } from './ngrams.ts';

/**
 * Named programme lists such as 「胸痛、卒中、创伤…等急诊急救“五大中心”」: items joined
 * by 、, then 等, then a counted name (N大X). A clause naming the same N大X with
 * none of the listed items runs a different programme of the same shape
 * (中医药服务“五大中心”), so it does not implement this one.
 */
export interface NamedList {
  /** the counted name, e.g. 五大中心 */
  key: string;
  /** folded items */
  items: string[];
}

const QUOTES = /[“”"‘’「」]/g;
const LIST = /((?:[^、，,。；;：:]{2,14}、)+[^、，,。；;：:]{2,14})等[^，,。；;]{0,12}?([一二三四五六七八九十两]大[\p{Script=Han}]{1,2})/gu;

export function namedLists(text: string): NamedList[] {
  const out: NamedList[] = [];
  for (const m of text.replace(QUOTES, '').matchAll(LIST)) {
    const items = m[1].split('、').map((x) => fold(x).chars);
    // The first item carries the sentence's lead-in (依托县医院构建…): keep only an item's length of it.
    const longest = Math.max(...items.slice(1).map((x) => x.length));
    items[0] = items[0].slice(-longest);
    out.push({ key: m[2], items });
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

/** True when the source names a target list's programme but none of its items. */
export function otherProgramme(targetLists: NamedList[], sourceText: string, sourceChars: string): boolean {
  const plain = sourceText.replace(QUOTES, '');
  return targetLists.some((l) => plain.includes(l.key) && !l.items.some((item) => named(item, sourceChars)));
}
