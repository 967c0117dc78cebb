/**
 * The browser side of a national clause page: complete a long province group from plans.json
 * when it is opened, filter the plan groups by typed place names, and open the collapsed group
 * a link points into. Document text goes in as text nodes only.
 */
import { documentGroupAnchor } from './compare-links.ts';
import type { GroupLines, PlanLine } from './national-view.ts';
import { clauseHref, docHref } from './routes.ts';
import { fill } from '../i18n/locale.ts';

/** The interface words of a line, from its list's data attributes (PlanList.astro writes them in the page's language). */
interface LineWords {
  relations: Record<PlanLine['relation'], string>;
  others: string;
}

const groupSelector = 'details.province-group, details.gap-group';

function link(href: string, text: string, className?: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = href;
  a.textContent = text;
  if (className) a.className = className;
  return a;
}

function lineItem(line: PlanLine, words: LineWords): HTMLLIElement {
  const li = document.createElement('li');
  li.id = documentGroupAnchor(line.id);
  const others = line.others > 0 ? fill(words.others, { n: line.others }) : '';
  li.append(link(docHref(line.id), line.name), '：', link(clauseHref(line.clause), line.label, 'hit-title'), ` ${words.relations[line.relation]} ${line.score}${others}`);
  return li;
}

const lineWords = (list: HTMLElement): LineWords => ({ relations: JSON.parse(list.dataset.relations!), others: list.dataset.others! });

function nameItem(plan: { id: string; name: string }): HTMLLIElement {
  const li = document.createElement('li');
  li.append(link(docHref(plan.id), plan.name));
  return li;
}

/** Loads plans.json once and fills every group the page lists only the start of. */
export function groupCompleter(root: Document, url: string | undefined): (group?: HTMLDetailsElement) => Promise<void> {
  let lines: Promise<GroupLines> | undefined;
  return async (only) => {
    const partial = [...root.querySelectorAll<HTMLDetailsElement>(groupSelector)].filter((group) => {
      const list = group.querySelector<HTMLElement>('.plan-hits, .plan-names');
      return list && Number(list.dataset.total) > list.children.length && (!only || only === group);
    });
    if (!partial.length || !url) return;
    lines ??= fetch(url).then((r) => r.json());
    const all = await lines;
    for (const group of partial) {
      const data = all[group.dataset.province!];
      const list = group.querySelector<HTMLElement>('.plan-hits, .plan-names')!;
      if (!data) continue;
      const words = list.classList.contains('plan-hits') ? lineWords(list) : null;
      list.replaceChildren(...(words ? data.covering.map((line) => lineItem(line, words)) : data.missing.map(nameItem)));
      group.querySelector('.more-lines')?.remove();
    }
  };
}

/** Show only plans whose name or province holds every typed word; open the groups that keep any. Returns how many plans show. */
export function filterPlanGroups(root: ParentNode, typed: string): number {
  const words = typed.trim().split(/\s+/).filter(Boolean);
  let shown = 0;
  for (const group of root.querySelectorAll<HTMLDetailsElement>(groupSelector)) {
    let inGroup = 0;
    const province = group.querySelector('summary')?.textContent ?? '';
    for (const item of group.querySelectorAll<HTMLElement>('.plan-hits > li, .plan-names > li, section.doc-group')) {
      const name = `${item.querySelector('a')?.textContent ?? ''} ${province}`;
      const match = words.every((w) => name.includes(w));
      item.hidden = !match;
      if (match) inGroup++;
    }
    group.hidden = inGroup === 0;
    if (words.length) group.open = inGroup > 0;
    shown += inGroup;
  }
  return shown;
}

/** Open the <details> holding the element a fragment names, and bring it into view. */
export function openTargetGroup(root: Document, hash: string): boolean {
  if (!hash) return true;
  const target = root.getElementById(decodeURIComponent(hash.slice(1)));
  if (!target) return false;
  for (let node: Element | null = target; node; node = node.parentElement) if (node instanceof HTMLDetailsElement) node.open = true;
  target.scrollIntoView();
  return true;
}
