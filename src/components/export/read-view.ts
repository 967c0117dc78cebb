/**
 * Client side of the CSV exports: read what the view shows from the page and download it.
 * The pages expose their data through these attributes (the contract a view keeps to be exported):
 *
 * comparison — a row per national clause `[data-national=<id>][data-national-label]`, holding its
 *   text in a `[data-national-text]` element; in it one cell per plan `[data-doc=<id>]` (a cell that is `hidden`, or inside a hidden element,
 *   is not shown and not exported); in a cell one `[data-clause=<id>]` per linked clause with
 *   `data-label`, `data-relation`, `data-score` (0–1), `data-curated` and `data-text`; somewhere on
 *   the page `[data-doc=<id>][data-doc-title]` names each plan.
 * search — `#search-results > li[data-doc]` per document (class `partial` when it holds only some
 *   words), its title in `h2`, its clauses `.sub-results > li` each with a link `a` to the clause
 *   anchor and an `.excerpt`.
 */
import { compareColumns, compareRows, csvFile, csvFileName, searchColumns, searchRows, type CompareCell, type SearchHit } from '../../lib/export-csv.ts';
import { isoToday } from '../../lib/cite.ts';

const shown = (element: HTMLElement) => element.checkVisibility?.() ?? !element.closest('[hidden]');
const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

export function readComparison(root: ParentNode = document): CompareCell[] {
  const titles = new Map([...root.querySelectorAll<HTMLElement>('[data-doc][data-doc-title]')].map((e) => [e.dataset.doc!, e.dataset.docTitle!]));
  return [...root.querySelectorAll<HTMLElement>('[data-national]')].flatMap((row) =>
    [...row.querySelectorAll<HTMLElement>('[data-doc]')].filter(shown).map((cell) => ({
      national: row.dataset.national!,
      nationalLabel: row.dataset.nationalLabel ?? '',
      nationalText: row.querySelector('[data-national-text]')?.textContent ?? '',
      doc: cell.dataset.doc!,
      docTitle: titles.get(cell.dataset.doc!) ?? '',
      hits: [...cell.querySelectorAll<HTMLElement>('[data-clause]')].map((hit) => ({
        clause: hit.dataset.clause!,
        label: hit.dataset.label ?? '',
        relation: hit.dataset.relation ?? '',
        score: Number(hit.dataset.score),
        curated: hit.dataset.curated || null,
        text: hit.dataset.text ?? '',
      })),
    })),
  );
}

/** The clause id a reader link points at (`/docs/<doc>/#c-2.1.3` → `<doc>/2.1.3`), else null. */
function clauseOfLink(doc: string, href: string): string | null {
  const anchor = decodeURIComponent(new URL(href, location.href).hash.slice(1));
  return anchor.startsWith('c-') ? `${doc}/${anchor.slice(2)}` : null;
}

export function readSearchResults(root: ParentNode = document): SearchHit[] {
  return [...root.querySelectorAll<HTMLElement>('#search-results > li[data-doc]')].flatMap((result) => {
    const doc = result.dataset.doc!;
    const heading = result.querySelector('h2');
    const common = { doc, docTitle: text(heading), exact: !result.classList.contains('partial') };
    const clauses = [...result.querySelectorAll<HTMLElement>('.sub-results > li')];
    const hits = clauses.map((item) => {
      const link = item.querySelector('a')!;
      return { ...common, clause: clauseOfLink(doc, link.href), clauseTitle: text(link), excerpt: text(item.querySelector('.excerpt')), url: link.href };
    });
    return hits.length ? hits : [{ ...common, clause: null, clauseTitle: '', excerpt: '', url: heading?.querySelector('a')?.href ?? '' }];
  });
}

function download(name: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: 'text/csv;charset=utf-8' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const views = {
  compare: () => ({ columns: compareColumns, rows: compareRows(readComparison()) }),
  search: () => ({ columns: searchColumns, rows: searchRows(readSearchResults()) }),
};

/** Show and wire every `button[data-export-view]` of the page. */
export function wireExportButtons(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-export-view]')) {
    const view = button.dataset.exportView as keyof typeof views;
    const status = button.parentElement?.querySelector<HTMLElement>('[role=status]');
    button.hidden = false;
    button.addEventListener('click', () => {
      const { columns, rows } = views[view]();
      const words = JSON.parse(button.dataset.strings!) as { done: string; empty: string };
      if (status) status.textContent = rows.length ? words.done.replace('{n}', String(rows.length)) : words.empty;
      if (rows.length) download(csvFileName(view, isoToday()), csvFile(location.href, new Date().toISOString(), columns, rows));
    });
  }
}
