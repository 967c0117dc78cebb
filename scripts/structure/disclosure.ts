/**
 * The labelled fields a government website's disclosure table (政府信息公开) sets above a
 * notice — 索引号：…  发布机构：…  发文字号：…  成文日期：… — which a saved page or text copied
 * from the site keeps, one field a line or several on one line. Only the fields that say what the
 * cover letter would: the 文号, the issuing body and the date the document was written (成文日期;
 * the date it went online, 发布日期, is not the document's).
 */
import { readDate } from '../text/dates.ts';
import { wholeDocNumber } from './doc-number.ts';

/** Labels of disclosure tables; any of them ends the value before it. */
const LABELS = [
  '索引号', '发布机构', '发文机关', '发文单位', '发文机构', '制发机关', '发文字号', '文号', '成文日期', '发文日期', '印发日期',
  '发布日期', '公开日期', '生效日期', '废止日期', '主题分类', '信息分类', '体裁分类', '组配分类', '公文种类', '主题词', '关键词',
  '有效性', '公开方式', '公开范围', '来源', '标题', '名称',
];
const labelled = new RegExp(`(${LABELS.join('|')})\\s*[：:]`, 'g');

const WANTED = {
  docNumber: ['发文字号', '文号'],
  issuer: ['发布机构', '发文机关', '发文单位', '发文机构', '制发机关'],
  date: ['成文日期', '发文日期', '印发日期'],
} as const;

export interface DisclosureFields {
  docNumber: string | null;
  issuer: string | null;
  date: string | null;
}

/** The 文号, issuer and date of the lines' disclosure fields (null where a field is absent or unreadable). */
export function disclosureFields(lines: string[]): DisclosureFields {
  const values = new Map<string, string>();
  for (const line of lines) {
    const found = [...line.matchAll(labelled)];
    // a line that is a field, not a sentence that mentions a label
    if (!found.length || line.slice(0, found[0].index).trim()) continue;
    found.forEach((m, k) => {
      const value = line.slice(m.index + m[0].length, found[k + 1]?.index ?? line.length).replace(/\s+/g, '');
      if (value && !values.has(m[1])) values.set(m[1], value);
    });
  }
  const first = (labels: readonly string[]) => labels.map((l) => values.get(l)).find((v) => v !== undefined) ?? null;
  const number = first(WANTED.docNumber);
  const issuer = first(WANTED.issuer);
  const date = first(WANTED.date);
  return {
    docNumber: number ? wholeDocNumber(number) : null,
    issuer: issuer && !/[。，；]/.test(issuer) ? issuer : null,
    date: date ? (readDate(date, { whole: true }) ?? isoDashed(date)) : null,
  };
}

/** 2022-05-10, 2022/5/10, 2022.05.10: the forms a web page writes a date in. */
function isoDashed(value: string): string | null {
  const m = /^((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(value);
  return m ? readDate(`${m[1]}年${m[2]}月${m[3]}日`) : null;
}
