import type { Strings } from '../../i18n/index.ts';

/** The curation scripts' words in the page's language, written by CurationClient or CurationList. */
export function curationText(): Strings['curationClient'] {
  return JSON.parse(document.querySelector<HTMLElement>('[data-curation-strings]')!.dataset.curationStrings!);
}
