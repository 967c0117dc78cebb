/**
 * The browser side of a national clause page: complete a long province group from plans.json
 * when it is opened, filter the plan groups by typed place names, and open the collapsed group
 * a link points into. Document text goes in escaped (plan-line-html.ts) or as text nodes.
 */
import type { GroupLines } from './national-view.ts';
import { planLineHtml, type LineWords } from './plan-line-html.ts';
import { PAIRS_DRAWN } from './curation.ts';
import { docHref } from './routes.ts';

const groupSelector = 'details.province-group, details.gap-group';

function nameItem(plan: { id: string; name: string }): HTMLLIElement {
  const li = document.createElement('li');
  const a = Object.assign(document.createElement('a'), { href: docHref(plan.id), textContent: plan.name });
  li.append(a);
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
      if (list.classList.contains('plan-hits')) {
        // Every value is escaped by plan-line-html.ts: no document text is parsed as markup.
        const words: LineWords = JSON.parse(list.dataset.words!);
        list.innerHTML = data.covering.map((line) => planLineHtml(line, list.dataset.target!, words)).join('');
      } else list.replaceChildren(...data.missing.map(nameItem));
      group.querySelector('.more-lines')?.remove();
    }
    root.dispatchEvent(new Event(PAIRS_DRAWN));
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
