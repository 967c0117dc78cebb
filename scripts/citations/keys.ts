/**
 * Comparable keys of a cited document: its 文号 and its title, folded to letters and digits so
 * brackets, dashes, quotes and spacing never keep two spellings of one document apart.
 */
import { fold } from '../link/ngrams.ts';

export const docNumberKey = (docNumber: string | null): string => (docNumber ? fold(docNumber).chars : '');

export const titleKey = (title: string | null): string => (title ? fold(title).chars : '');

/**
 * The title of the document itself when a citation names the notice that issued it:
 * 国家卫生健康委办公厅关于印发“X”方案的通知 → X方案. Used to merge a notice's and a plan's title.
 */
export function coreTitleKey(title: string | null): string {
  const key = titleKey(title);
  return /关于(?:印发|转发|下发)(.+?)的?通知$/.exec(key)?.[1] ?? key;
}

/**
 * A standard's title with the year of its edition: …推荐标准（2016版） names the same document as …推荐标准
 * cited with 国卫办医发〔2016〕12号 (an edition is issued the year of its 文号), never …（2011版）. Null without a year.
 */
export function editionKey(title: string | null, docNumber: string | null): string | null {
  const key = coreTitleKey(title);
  const edition = /^(.+?)((?:19|20)\d{2})年?版$/.exec(key);
  if (edition) return `${edition[1]}:${edition[2]}`;
  const year = docNumber && /[〔[［(（【]((?:19|20)\d{2})[〕\]］)）】]/.exec(docNumber)?.[1];
  return key && year ? `${key}:${year}` : null;
}
