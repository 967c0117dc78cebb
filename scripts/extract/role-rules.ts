/**
 * Role rules stated in the text of a plan. See docs/units.md for the list a researcher can check.
 */
import { UNIT_LABEL } from '../text/unit-labels.ts';
/**
 * `guide`: a unit said to 指导 or 督导 the task (`（各县〔市、区〕卫生健康局负责，市卫生健康委指导）`, `指导单位：`) oversees
 * others' work and is no doer of it; the annotation is read for its doers and the guide is listed as none of them.
 */
export type DoerRole = 'lead' | 'responsible' | 'cooperate';
export type ListedRole = DoerRole | 'guide';

/** A document-level rule: the first listed unit leads; the others take `others`. */
export interface DocumentRule {
  others: DoerRole;
}

const FIRST_LEADS = [
  // 以下除特别注明外，排名第一位的为牵头单位 / 排在首位的是牵头部门 / 第一个单位为牵头单位
  /(第一位?|第一个|首位|首个|最前)[^。；;]{0,6}(为|是)(牵头|主责)(单位|部门)/,
  // 牵头单位排在第一位 / 牵头部门列首位
  /(牵头|主责)(单位|部门)(均)?(排|列)(在|于)?(第一|首)位?/,
];
const OTHERS_COOPERATE = /其(他|余)[^。；;]{0,8}(为|是)(配合|协同|参与|协助)(单位|部门)/;

/** The document-level first-unit-leads rule stated in a text, or null. */
export function findDocumentRule(text: string): DocumentRule | null {
  const flat = text.replace(/\s/g, '');
  if (!FIRST_LEADS.some((re) => re.test(flat))) return null;
  return { others: OTHERS_COOPERATE.test(flat) ? 'cooperate' : 'responsible' };
}

/**
 * Annotation labels and the role of the units they list (`牵头单位：`, `配合单位：`, `主办单位：`); a role alone is a
 * label too (`（牵头：县卫健局；配合：县财政局）`, `【牵头】`), not 责任 or 实施, words of other labels (责任领导：).
 */
export const LABEL = new RegExp(`(?:${UNIT_LABEL}|(?:主要|其他|具体)?(?:牵头|主办|配合|协同|协助|参与|协办))(?:[：:]|】)`, 'g');

/**
 * Labels of what follows units in an annotation (完成时限：2025年底), or of who oversees them (督办单位：县政府督查室,
 * 责任领导：…): they end the unit list.
 */
export const OTHER_LABEL = /(?:完成时限|完成时间|时间节点|时间安排|进度安排|时限|(?:督办|督查|考核)(?:单位|部门)|(?:责任|牵头|分管|包联|联系)?(?:县|市|区)?领导|联系人)[：:]/g;

/** The role a doer's word says: 牵头, 配合, 负责… */
function doerRole(word: string): DoerRole {
  if (/^(牵头|主办)/.test(word)) return 'lead';
  if (/^(配合|协同|协助|参与|协办)/.test(word)) return 'cooperate';
  return 'responsible';
}

export function labelRole(label: string): ListedRole {
  const bare = label.replace(/^(主要|其他|具体)/, '');
  return /^(指导|督导|监督)/.test(bare) ? 'guide' : doerRole(bare);
}

/**
 * The role a word right after units gives them in prose (`县发改局牵头`, `县卫健局负责牵头`, `县人民医院作为牵头单位`, `县财政局配合`, `由县人民医院负责`,
 * `县卫健局、县医保局按职责分工负责`, `县财政局、县人社局等部门配合`, `县财政局：负责…`), or null. A 牵头医院 is the hospital a
 * 医共体 is built around (以县人民医院为牵头医院组建…), not the task's lead.
 */
export function roleSaidAfter(text: string): DoerRole | null {
  const word = /^(?:等(?:部门|单位))?[：:]?(?:按照?职责(?:分工)?)?(?:分别|共同|具体|负责(?=牵头)|作为|为(?=牵头|配合|协办))?(牵头(?!医院)|配合|协同|协助|参与|协办|负责|负总责|主责|(?<=具体)(?:实施|落实))/.exec(text);
  return word ? doerRole(word[1]) : null;
}

const MARKERS: { re: RegExp; role: ListedRole }[] = [
  // 县卫体局、县医保局按职责分别牵头（负责）: every unit of the group leads; 县卫健局〔牵头〕 in an annotation's 〔〕 too.
  { re: /[（(〔]?(按(照)?职责(分工)?)?(分别)?(为|作为)?牵头(单位|部门)?[（(]?(负责|落实|实施|推进)?[）)〕]?$/, role: 'lead' },
  // 县财政局、县医保局配合; 县财政局（配合）; 县医保局协同配合, 积极配合
  { re: /[（(〔]?(按(照)?职责(分工)?)?(分别)?(为|作为)?(协同|协助|积极|密切|全力)?(配合|协助|协同|参与|协办)(单位|部门)?(负责|落实|实施)?[）)〕]?$/, role: 'cooperate' },
  // 县卫健局负责; 各医疗卫生单位负责落实; 县医共体总医院具体实施, 县卫健局组织实施 (the one who does the work);
  // 县卫健局负责指导 (what it is responsible for said after); 县卫健局负总责, 县卫健局主责 (as 主责单位： labels it)
  { re: /[（(〔]?(按(照)?职责(分工)?)?(分别)?(具体|组织|负责)?(负责|负总责|主责|落实|(?<=具体|组织|负责)实施)(指导|督导|监督|协调|统筹)?[）)〕]?$/, role: 'responsible' },
  // 市卫生健康委指导, 市卫健委（业务指导）, 县卫健委督办: a unit that guides or oversees the doers, not one of them (负责指导 is
  // responsible, above)
  { re: /[（(〔]?(业务|技术)?(指导|督导|督办)[）)〕]?$/, role: 'guide' },
];

/**
 * Splits a role marker off the end of a listed piece: `县医保局按职责分别牵头负责` → lead. A marker
 * in brackets (`县卫健局（牵头）`, `县卫健局〔牵头〕`) is the role of that unit alone, not of the list before it.
 */
export function splitMarker(piece: string): { name: string; role: ListedRole | null; ownOnly: boolean } {
  for (const { re, role } of MARKERS) {
    const m = re.exec(piece);
    if (m && m[0].length > 0) return { name: piece.slice(0, m.index), role, ownOnly: /^[（(〔]/.test(m[0]) };
  }
  return { name: piece, role: null, ownOnly: false };
}
