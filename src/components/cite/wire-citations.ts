/**
 * The citation boxes' behaviour (Citation.astro): the citations on the site's public address or
 * the one the page was opened at, dated today, with copy buttons; and, when the address names a
 * clause, a second box under that clause citing it.
 */
import { copyText } from '../../lib/copy-button.ts';
import { citations, clauseOfFragment, isoToday, type CitedClause, type CitedDocument, type Citations } from '../../lib/cite.ts';
import { clauseAnchor } from '../../lib/routes.ts';

export function wireCitations(): void {
  const box = document.querySelector<HTMLDetailsElement>('details.citation:not(.citation-clause)');
  const json = document.getElementById('citation-data');
  if (!box || !json) return;
  const { doc, site, clauses } = JSON.parse(json.textContent!) as { doc: CitedDocument; site: string | null; clauses: CitedClause[] };
  const base = site ?? location.origin;
  const words = JSON.parse(box.dataset.strings!) as { clauseTitle: string; subject: string; copied: string; copyFailed: string };

  /** Fill a box with the document's (or the clause's) citations and wire its buttons. */
  function fill(target: HTMLElement, clause?: CitedClause) {
    const texts = citations(doc, { base, accessed: isoToday(), clause });
    const subject = target.querySelector<HTMLElement>('.citation-subject')!;
    subject.hidden = !clause;
    subject.textContent = clause ? words.subject.replace('{label}', clause.label) : '';
    for (const format of target.querySelectorAll<HTMLElement>('[data-format]')) {
      const text = texts[format.dataset.format as keyof Citations];
      format.querySelector('pre')!.textContent = text;
      const button = format.querySelector<HTMLButtonElement>('button')!;
      button.hidden = false;
      button.onclick = () => copyText(button, text, words);
    }
  }

  /**
   * A clause permalink gets its own box, open, under the clause's permalink line; a table row's
   * in a row of its own under it, across the table, so the table keeps its columns.
   */
  function showClause() {
    document.querySelector('.citation-row')?.remove();
    document.querySelector('details.citation-clause')?.remove();
    const clause = clauseOfFragment(location.hash, clauses);
    const heading = clause && document.getElementById(clauseAnchor(clause.id));
    if (!clause || !heading) return;
    const clauseBox = box!.cloneNode(true) as HTMLDetailsElement;
    clauseBox.classList.add('citation-clause');
    clauseBox.open = true;
    clauseBox.querySelector('summary')!.textContent = words.clauseTitle;
    fill(clauseBox, clause);
    const tableRow = heading.closest('tr');
    if (tableRow) {
      const row = document.createElement('tr');
      row.className = 'citation-row';
      const cell = row.insertCell();
      cell.colSpan = tableRow.cells.length;
      cell.append(clauseBox);
      const links = tableRow.nextElementSibling;
      (links?.matches('.row-links') ? links : tableRow).after(row);
      return;
    }
    const meta = heading.nextElementSibling;
    (meta?.matches('.clause-meta') ? meta : heading).after(clauseBox);
  }

  fill(box);
  showClause();
  window.addEventListener('hashchange', showClause);
}
