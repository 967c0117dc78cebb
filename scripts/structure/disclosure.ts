/**
 * The labelled fields a government website's disclosure table (政府信息公开) sets above a
 * notice — 索引号：…  发布机构：…  发文字号：…  成文日期：… — which a saved page or text copied
 * from the site keeps, one field a line or several on one line. Only the fields that say what the
 * cover letter would: the 文号, the issuing body and the date the document was written (成文日期;
 * the date it went online, 发布日期, is not the document's).
 */
import { dateLine } from './date-line.ts';
import { wholeDocNumber } from './doc-number.ts';
import { splitBodies } from './issuer.ts';
import { DISCLOSURE_LABELS, DOCUMENT_FIELDS, labelName, labelPattern } from '../text/disclosure-labels.ts';

const labelled = labelPattern(DISCLOSURE_LABELS);

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
      if (value && !values.has(labelName(m))) values.set(labelName(m), value);
    });
  }
  const first = (labels: readonly string[]) => labels.map((l) => values.get(l)).find((v) => v !== undefined) ?? null;
  const number = first(DOCUMENT_FIELDS.docNumber);
  const issuer = first(DOCUMENT_FIELDS.issuer);
  const date = first(DOCUMENT_FIELDS.date);
  return {
    docNumber: number ? wholeDocNumber(number) : null,
    // a body's name, not a sentence nor a form's blank (（盖章）)
    issuer: issuer && splitBodies(issuer).length ? issuer : null,
    date: date ? dateLine(date) : null,
  };
}
