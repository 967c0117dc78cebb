/**
 * A researcher's link decisions made in the browser: kept in localStorage, listed on
 * /curation/, exported as the corpus/links.curated.yaml the build applies
 * (scripts/link/curation.ts reads it). Pure functions; the page script wires them up.
 */

export type CurationAction = 'confirm' | 'reject' | 'add';

export interface Decision {
  action: CurationAction;
  source: string;
  target: string;
  note: string | null;
  /** when it was made (ISO time) */
  at: string;
}

/** The curation the current build applied (published as data/curation.json). */
export interface AppliedCuration {
  confirm: { source: string; target: string; note: string | null }[];
  reject: { source: string; target: string; note: string | null }[];
  add: { source: string; target: string; note: string | null }[];
}

export const STORAGE_KEY = 'qianxian-curation-v1';
/** Sent on the document when a script has drawn links with curation tools (the comparison picker's table), so the tools are filled. */
export const PAIRS_DRAWN = 'curation:pairs-drawn';

const pairKey = (d: { source: string; target: string }) => `${d.source} ${d.target}`;

/** The decisions with this one in place of any earlier decision on the same pair. */
export function decide(decisions: Decision[], decision: Decision): Decision[] {
  return [...decisions.filter((d) => pairKey(d) !== pairKey(decision)), decision];
}

/** The decisions without the one on this pair. */
export function undo(decisions: Decision[], pair: { source: string; target: string }): Decision[] {
  return decisions.filter((d) => pairKey(d) !== pairKey(pair));
}

export function decisionOn(decisions: Decision[], pair: { source: string; target: string }): Decision | undefined {
  return decisions.find((d) => pairKey(d) === pairKey(pair));
}

/** Decisions read back from storage; anything unreadable is dropped rather than breaking the page. */
export function parseDecisions(stored: string | null): Decision[] {
  if (!stored) return [];
  try {
    const value = JSON.parse(stored) as unknown;
    if (!Array.isArray(value)) return [];
    return value.filter(
      (d): d is Decision =>
        !!d && typeof d === 'object' && ['confirm', 'reject', 'add'].includes(d.action) && typeof d.source === 'string' && typeof d.target === 'string',
    ).map((d) => ({ action: d.action, source: d.source, target: d.target, note: typeof d.note === 'string' && d.note ? d.note : null, at: typeof d.at === 'string' ? d.at : '' }));
  } catch {
    return [];
  }
}

/** Decisions naming a clause the current build does not have: reported, kept, exported. */
export function staleDecisions(decisions: Decision[], exists: (id: string) => boolean): Decision[] {
  return decisions.filter((d) => !exists(d.source) || !exists(d.target));
}

/**
 * The whole links.curated.yaml: what the current build applied, with the browser's
 * decisions in place of the earlier entries on the same pairs.
 */
export function curationYaml(applied: AppliedCuration, decisions: Decision[], exportedAt: string): string {
  const decided = new Set(decisions.map(pairKey));
  const sections: Record<CurationAction, { source: string; target: string; note: string | null }[]> = {
    confirm: applied.confirm.filter((p) => !decided.has(pairKey(p))),
    reject: applied.reject.filter((p) => !decided.has(pairKey(p))),
    add: applied.add.filter((p) => !decided.has(pairKey(p))),
  };
  for (const d of decisions) sections[d.action].push(d);
  const entry = (p: { source: string; target: string; note: string | null }, withNote: boolean) =>
    `  - source: ${JSON.stringify(p.source)}\n    target: ${JSON.stringify(p.target)}\n` + (withNote && p.note ? `    note: ${JSON.stringify(p.note)}\n` : '');
  const section = (name: CurationAction, comment: string) =>
    `${name}:${sections[name].length ? '' : ' []'}  # ${comment}\n` + sections[name].map((p) => entry(p, name !== 'reject')).join('');
  return [
    `# corpus/links.curated.yaml — exported from the explorer's curation page, ${exportedAt}.`,
    '# Replace corpus/links.curated.yaml with this file and rebuild; see docs/links.md.',
    section('confirm', 'keep a link, marked curated: confirmed'),
    section('reject', 'drop a computed link'),
    section('add', 'publish a link the method missed, marked curated: added'),
  ].join('\n');
}
