/**
 * The labels of a government website's disclosure table (政府信息公开: 索引号：… 发文字号：… 成文日期：…),
 * read by the web-page reader (to keep the table with the article) and by the structure stage
 * (to read the document's 文号, issuer and date from it).
 */

/**
 * The labels that say what the document is: its 文号, who issued it and when it was written (not 发布日期, when it went
 * online); a task list's or form's 报送单位：…　报送日期：… (填报) under its title say the same of it.
 */
export const DOCUMENT_FIELDS = {
  docNumber: ['发文字号', '文号'],
  issuer: ['发布机构', '发文机关', '发文单位', '发文机构', '制发机关', '报送单位', '填报单位'],
  date: ['成文日期', '发文日期', '印发日期', '报送日期', '填报日期'],
} as const;

/** Every label such a table has; any of them ends the value before it. */
export const DISCLOSURE_LABELS = [
  '索引号', ...Object.values(DOCUMENT_FIELDS).flat(),
  '发布日期', '公开日期', '生效日期', '废止日期', '主题分类', '信息分类', '体裁分类', '组配分类', '公文种类', '主题词', '关键词',
  '有效性', '公开方式', '公开范围', '来源', '标题', '名称',
];

/**
 * A label and its colon; the label in group 1 (as written: read it with `labelName`). Longer labels
 * first (发文字号 before 文号). A label's characters may be spaced out to align it with longer ones
 * (文　　号：, 索 引 号：), as a copied table leaves them.
 */
export const labelPattern = (labels: readonly string[]) =>
  new RegExp(`(${[...labels].sort((a, b) => b.length - a.length).map((l) => [...l].join('[ \\t\\u3000]*')).join('|')})\\s*[：:]`, 'g');

/** The label a `labelPattern` match holds, without the spaces that aligned it. */
export const labelName = (match: RegExpMatchArray) => match[1].replace(/\s+/g, '');

/** A line that opens with a disclosure field (索引号：…, 发文机关：…): a web page's table, not the document's text. */
export const disclosureFieldAtStart = new RegExp(`^\\s*${labelPattern(DISCLOSURE_LABELS).source}`);
