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
