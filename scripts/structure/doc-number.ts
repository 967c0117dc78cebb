/**
 * 文号 (document numbers: 国卫办医函〔2021〕538号) as documents write them — any of six brackets,
 * spaces inside, 第 before the serial, full-width digits — read into one normal form.
 */
import { halfWidthDigits } from '../text/half-width.ts';

/** 文号 brackets as the sources write them, all normalised to 〔〕. */
const open = '〔﹝[【［（(';
const close = '〕﹞\\]】］）)';
// 第 before the serial (国卫医政发〔2023〕第12号) is not part of the normalised number.
const docNumberPattern = new RegExp(`([\\u4e00-\\u9fff]{1,14}?)\\s*[${open}]\\s*((?:19|20)\\d{2})\\s*[${close}]\\s*第?\\s*(\\d{1,4})\\s*号`, 'g');

export function normaliseDocNumber(prefix: string, year: string, serial: string): string {
  return `${prefix}〔${year}〕${Number(serial)}号`;
}

/** All 文号 in a text, normalised, in order. */
export function docNumbersIn(text: string): { docNumber: string; index: number; length: number }[] {
  return [...halfWidthDigits(text).matchAll(docNumberPattern)].map((m) => {
    // The agency prefix starts after the words that introduce a 文号 in a sentence (按照晋政办发…),
    // and after the words before it that no prefix holds (…印发的国卫办医函, …委员会湘卫医发).
    const lead = m[1].length - agencyPrefix(m[1]).length;
    return { docNumber: normaliseDocNumber(m[1].slice(lead), m[2], m[3]), index: m.index + lead, length: m[0].length - lead };
  });
}

/** Verbs that introduce a 文号 in a sentence; two characters, none of them in an agency prefix. */
const introducingVerbs = '按照|根据|依据|依照|遵照|落实|贯彻|执行|参照|参考|对照|结合|详见';
const leadingWords = new RegExp(`^(?:${introducingVerbs}|见|和|及|与|或|并)+`);
/**
 * What ends the words before a 文号 when a sentence runs into it: a prefix is the issuer's short
 * name and a kind (国卫办医函, 晋人社厅发), never 的, a document's kind or a body's full name — nor
 * a body named by its level (省卫健委, 市卫生健康局: a prefix opens with its place's short name) —
 * nor a verb introducing it after the sentence's subject (各单位要对照国卫办医函…).
 */
const beforePrefix = new RegExp(`^.*(?:的|印发|转发|下发|文件|通知|意见|方案|委员会|政府|办公厅|办公室|卫生健康委|[省市县区州][\\u4e00-\\u9fff]{1,6}?(?:委|局|厅)|${introducingVerbs})`);

const withoutLeadingWords = (words: string) => words.slice(leadingWords.exec(words)?.[0].length ?? 0);

/** The agency prefix of the Han characters before a 文号's bracket (all of them when the cut would leave none). */
function agencyPrefix(words: string): string {
  return withoutLeadingWords(words.replace(beforePrefix, '')) || withoutLeadingWords(words);
}

/** `text` when it is nothing but a 文号, normalised; else null. */
export function wholeDocNumber(text: string): string | null {
  const compact = text.replace(/\s+/g, '');
  const [found] = docNumbersIn(compact);
  return found && found.index === 0 && found.length === compact.length ? found.docNumber : null;
}

/**
 * A line that ends with a 文号 set apart by spaces after a name `named` accepts (某某县人民政府办公室　　
 * 某政办发〔2022〕35号): the name and the 文号, however spaced inside; null when it does not. The
 * name is tried first: compacted with it, the line would read as one 文号 whose prefix is the name.
 */
export function nameThenDocNumber(line: string, named: (name: string) => boolean): { name: string; docNumber: string } | null {
  const trimmed = line.trim();
  for (const gap of trimmed.matchAll(/\s+/g)) {
    const name = trimmed.slice(0, gap.index);
    const docNumber = named(name) && wholeDocNumber(trimmed.slice(gap.index));
    if (docNumber) return { name, docNumber };
  }
  return null;
}
