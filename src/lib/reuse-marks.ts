/**
 * Browser side of the reuse marks: find where a clause's `text` offsets lie in the rendered
 * page and wrap those stretches in <mark>s. The page renders a clause's text without its line
 * breaks and adds tooltips, markers and hidden copies; `textPositions` walks the rendered
 * characters, so offsets from the data land on the right characters whatever other
 * highlighting the page draws.
 */

/** Rendered characters that are not the clause's text: numbering marker, field tooltips, the hidden plain heading, our own tags. */
const NOT_TEXT = '.marker, .tip, .index-heading, .reuse-tag';

export interface Position {
  node: Text;
  index: number;
}

function textNodes(root: Element): Text[] {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest(NOT_TEXT) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const out: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}

/**
 * For each offset of a clause's text[from, to) that the element renders, its text node and index
 * there. The page renders the text's characters in order and drops only white space (line
 * breaks, blank lines), so the text's white-space offsets are all the walk needs.
 */
export function textPositions(root: Element, from: number, to: number, whitespace: ReadonlySet<number>): Map<number, Position> {
  const out = new Map<number, Position>();
  let at = from;
  for (const node of textNodes(root)) {
    const data = node.data;
    for (let i = 0; i < data.length && at < to; i++) {
      const blank = /\s/.test(data[i]);
      while (at < to && whitespace.has(at) && !blank) at++;
      if (blank && !whitespace.has(at)) continue; // white space the page adds
      out.set(at++, { node, index: i });
    }
  }
  return out;
}

export interface MarkRange {
  start: number;
  end: number;
  /** Builds the wrapper of one stretch (a range crossing other markup is wrapped piece by piece). */
  wrap: () => HTMLElement;
  /** Inserted before the passage's first character (a tag naming its source), or null. */
  tag: HTMLElement | null;
}

/** Wrap each range's rendered characters, one wrapper per text node it crosses. */
export function markRanges(positions: Map<number, Position>, ranges: MarkRange[]): void {
  // Per text node, the [first, last] indices of each range in it, then split from the end so indices stay valid.
  const cuts = new Map<Text, { from: number; to: number; range: MarkRange; first: boolean }[]>();
  for (const range of ranges) {
    let current: { from: number; to: number; range: MarkRange; first: boolean } | null = null;
    let first = true;
    for (let offset = range.start; offset < range.end; offset++) {
      const p = positions.get(offset);
      if (!p) continue;
      if (current && cuts.get(p.node)?.at(-1) === current && p.index === current.to + 1) current.to = p.index;
      else {
        current = { from: p.index, to: p.index, range, first };
        first = false;
        const list = cuts.get(p.node) ?? [];
        list.push(current);
        cuts.set(p.node, list);
      }
    }
  }
  for (const [node, list] of cuts) {
    for (const cut of list.sort((a, b) => b.from - a.from)) {
      node.splitText(cut.to + 1);
      const middle = node.splitText(cut.from);
      const wrapper = cut.range.wrap();
      middle.replaceWith(wrapper);
      wrapper.append(middle);
      if (cut.first && cut.range.tag) wrapper.before(cut.range.tag);
    }
  }
}

/** Undo `markRanges`: tags removed, wrappers replaced by their text. */
export function unmark(root: Element, wrapperSelector: string, tagSelector: string): void {
  for (const tag of root.querySelectorAll(tagSelector)) tag.remove();
  const parents = new Set<Node>();
  for (const wrapper of root.querySelectorAll(wrapperSelector)) {
    if (wrapper.parentNode) parents.add(wrapper.parentNode);
    wrapper.replaceWith(...wrapper.childNodes);
  }
  for (const parent of parents) parent.normalize();
}
