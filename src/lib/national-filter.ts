/**
 * The browser side of a national clause page: filter the plan groups by typed place names,
 * and open the collapsed group a link points into.
 */

/** Show only plans whose name holds every typed word; open the groups that keep any. Returns how many plans show. */
export function filterPlanGroups(root: ParentNode, typed: string): number {
  const words = typed.trim().split(/\s+/).filter(Boolean);
  let shown = 0;
  for (const group of root.querySelectorAll<HTMLDetailsElement>('details.province-group, details.gap-group')) {
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
export function openTargetGroup(root: Document, hash: string): void {
  if (!hash) return;
  const target = root.getElementById(decodeURIComponent(hash.slice(1)));
  if (!target) return;
  for (let node: Element | null = target; node; node = node.parentElement) if (node instanceof HTMLDetailsElement) node.open = true;
  target.scrollIntoView();
}
