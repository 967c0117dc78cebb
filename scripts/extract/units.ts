/**
 * Responsible-unit annotations: `（责任单位：…）`, `〔责任单位：…〕`, `(牵头单位：…；配合单位：…)`,
 * an unlabelled bracket of unit names closing a paragraph, or a `责任单位：…` paragraph.
 */
import type { Unit } from '../publish/schema.ts';
import { compact, originalSpan, type Compact } from './compact.ts';
import { isTimeNote } from './deadlines.ts';
import { readDate } from '../text/dates.ts';
import { findDocumentRule, LABEL, labelRole, OTHER_LABEL, splitMarker, type DocumentRule, type ListedRole } from './role-rules.ts';
import { canonicalUnit, isBuiltCentre, LEVELS, looksLikeUnit, PLACEHOLDER, withoutEtc, type Lookup } from './unit-names.ts';

export interface UnitOptions {
  /** The document-level first-unit-leads rule in force at this clause, if any. */
  rule: DocumentRule | null;
  county: string | null;
  /** Level character of the county (县, 市, 区, 旗). */
  level: string;
  /** The alias table (corpus/unit-aliases.yaml). */
  table: Lookup;
}

const OPEN = '（(〔【[';
const CLOSE = '）)〕】]';
/** 、，； and the slashes tables and lists also use (县委组织部／县人社局). */
const SEPARATORS = '、，；,;／/';

interface Piece {
  name: string;
  start: number; // compact offsets
  end: number;
  role: ListedRole | null;
  /** The role was said in brackets after this unit (县卫健局（牵头）): it is this unit's alone. */
  ownOnly?: boolean;
  /** Last unit of a labelled section: a role marker after it belongs to the next section. */
  closesSection?: boolean;
  /** Named after 会同: it works with the unit before, which leads. */
  partner?: boolean;
  /** Opens a clause of the list (after ， or ；), not a name joined by 、 to the one before. */
  opensClause?: boolean;
}

/** Index of the bracket closing the one opened at `open`, or -1. */
function closingBracket(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (OPEN.includes(s[i])) depth++;
    else if (CLOSE.includes(s[i]) && --depth === 0) return i;
  }
  return -1;
}

/** Splits a unit list at top-level separators, keeping bracketed aliases whole. */
function splitList(s: string, from: number, to: number, table: Lookup): Piece[] {
  const pieces: Piece[] = [];
  let depth = 0;
  let start = from;
  const push = (end: number) => {
    const opensClause = start > from && /[，,；;]/.test(s[start - 1]);
    let a = start;
    while (a < end && /[由和及与]/.test(s[a]) && end - a > 3) a++;
    for (const [nameStart, nameEnd] of runTogetherNames(s.slice(a, end), table)) {
      const { name, role, ownOnly } = splitMarker(s.slice(a + nameStart, a + nameEnd));
      const trimmed = withoutEtc(name);
      if (trimmed) pieces.push({ name: trimmed, start: a + nameStart, end: a + nameStart + trimmed.length, role, ownOnly, opensClause });
      else if (role && pieces.length) pieces.at(-1)!.role ??= role; // `…，按职责分别牵头` after the list
    }
  };
  for (let i = from; i < to; i++) {
    if (OPEN.includes(s[i])) depth++;
    else if (CLOSE.includes(s[i])) depth--;
    else if (depth === 0 && SEPARATORS.includes(s[i])) {
      push(i);
      start = i + 1;
    }
  }
  push(to);
  const split = pieces.flatMap((p) => splitConjunction(p, table));
  // After 县卫健局会同县财政局, the rest of the list works with the doer too (…、县医保局).
  const partner = split.findIndex((p) => p.partner);
  if (partner >= 0) for (const p of split.slice(partner + 1)) p.role ??= 'cooperate';
  return split;
}

/**
 * Spans of the names in a piece that runs units together with no separator, as a space between them
 * leaves it once white space is gone (`县医共体总医院县医保局县财政局`): the piece is cut before a level
 * character (县, 市) that ends one unit name and opens another. `县委组织部` and `县\n市场监管局` stay whole.
 */
export function runTogetherNames(name: string, table: Lookup): [number, number][] {
  const isUnit = (a: number, b: number) => looksLikeUnit(splitMarker(name.slice(a, b)).name, table);
  const levels = [...name].flatMap((ch, i) => (i > 0 && LEVELS.includes(ch) ? [i] : []));
  const spans: [number, number][] = [];
  let start = 0;
  levels.forEach((at, k) => {
    if (isUnit(start, at) && isUnit(at, levels[k + 1] ?? name.length)) {
      spans.push([start, at]);
      start = at;
    }
  });
  spans.push([start, name.length]);
  return spans;
}

/**
 * `县财政局和县人社局` is two units; `县发改和科技局` is one. `县卫健局会同县财政局` is two, the first
 * leading and the second cooperating (a 负责 after them is the first's with the second).
 */
function splitConjunction(p: Piece, table: Lookup): Piece[] {
  const m = /^(.+?(局|委|办|部|院|中心|政府))(和|及|与|会同)(.+)$/.exec(p.name);
  if (!m || !looksLikeUnit(m[1], table) || !looksLikeUnit(m[4], table)) return [p];
  const second = p.start + m[1].length + m[3].length;
  const withDoer = m[3] === '会同' && p.role !== 'cooperate';
  return [
    { name: m[1], start: p.start, end: p.start + m[1].length, role: withDoer ? 'lead' : p.role, ownOnly: withDoer || undefined },
    { name: m[4], start: second, end: p.end, role: withDoer ? 'cooperate' : p.role, ownOnly: withDoer || undefined, partner: withDoer },
  ];
}

interface Annotation {
  /** compact span of the whole annotation, brackets included */
  start: number;
  end: number;
  pieces: Piece[];
}

/** Parses the inside of an annotation: optional labels, then lists up to a full stop. */
function parseContent(s: string, from: number, to: number, table: Lookup): Piece[] {
  const pieces: Piece[] = [];
  const labels = [...s.slice(from, to).matchAll(LABEL)].map((m) => {
    const at = from + m.index!;
    // 【配合单位】: the 【 opening the label is not the end of the list before it.
    return { role: labelRole(m[0]), start: s[at - 1] === '【' ? at - 1 : at, end: at + m[0].length };
  });
  const sections = labels.length ? labels : [{ role: 'responsible' as ListedRole, start: from, end: from }];
  sections.forEach((section, i) => {
    const next = i + 1 < sections.length ? sections[i + 1].start : to;
    const stops = [s.indexOf('。', section.end), ...[...s.slice(section.end, next).matchAll(OTHER_LABEL)].map((m) => section.end + m.index!)];
    const listEnd = Math.min(next, ...stops.filter((at) => at >= 0));
    // the units may be followed by when they act, labelled or not: （责任单位：县卫健局、县医共体总院，持续推进）
    const listed = splitList(s, section.end, listEnd, table).filter((p) => !PLACEHOLDER.test(p.name) && !isTimeNote(p.name));
    // A `牵头单位：`/`配合单位：` label gives the role of its whole list.
    if (section.role !== 'responsible') for (const p of listed) p.role ??= section.role;
    if (labels.length && listed.length) listed.at(-1)!.closesSection = true;
    pieces.push(...listed);
  });
  return pieces;
}

/** Whether the compact offset `i` ends a paragraph of the original text. */
function endsParagraph(original: string, view: Compact, i: number): boolean {
  let j = i < view.offsets.length ? view.offsets[i] : original.length;
  if (i < view.offsets.length && /[。.]/.test(original[j])) j++;
  const rest = original.slice(j);
  return /^[^\S\n]*(\n|$)/.test(rest);
}

/** A unit label opening a bracket, perhaps after another's section (（牵头县领导：副县长 某某；牵头单位：…）). */
const LABEL_AT_START = new RegExp(`^(?:${OTHER_LABEL.source}[^；;]*[；;])*${LABEL.source}`);
/** A paragraph's lead-in naming a task, up to its colon: a short phrase, no sentence in it. */
const TASK_NAMED_BEFORE = /(?:^|\n)[^\S\n]*[^\n。；;，,：:]{1,30}[：:][^\S\n]*$/;
const LABEL_OPENING_PARAGRAPH = new RegExp(`(?<![${OPEN}])${LABEL.source}|【(?=${LABEL.source})`, 'g');

function findAnnotations(original: string, view: Compact, table: Lookup): Annotation[] {
  const s = view.text;
  const found: Annotation[] = [];
  for (let i = 0; i < s.length; i++) {
    if (!OPEN.includes(s[i])) continue;
    const close = closingBracket(s, i);
    if (close < 0) continue;
    if (LABEL_AT_START.test(s.slice(i + 1, close))) {
      found.push({ start: i, end: close + 1, pieces: parseContent(s, i + 1, close, table) });
      i = close;
      continue;
    }
    // An unlabelled bracket counts only when it stands after a sentence, closes a paragraph
    // and lists nothing but units (not the alias in `依托县总医院（县中医院）。`); one that says
    // their roles closes an item anywhere (一是…（县人民医院负责）；二是…（县卫健局牵头，县医保局配合）。).
    const standsAlone = i === 0 || /[。；;]/.test(s[i - 1]) || view.breaks.includes(i);
    const closesParagraph = standsAlone && endsParagraph(original, view, close + 1);
    if (!closesParagraph && !/^([，,；;。]|$)/.test(s.slice(close + 1))) continue;
    // (the units may be followed by when they act: （县医疗集团、县卫体局，2024年底前）, （…配合，持续推进）)
    const pieces = parseContent(s, i + 1, close, table);
    const inner = s.slice(i + 1, close);
    // A role marker (`县卫健局牵头，各乡镇配合`) vouches for names the table does not know.
    const units = pieces.filter((p) => looksLikeUnit(p.name, table) || p.role);
    if (!closesParagraph && !pieces.some((p) => p.role)) continue;
    if (units.length === pieces.length && pieces.some((p) => looksLikeUnit(p.name, table)) && !inner.includes('。')) {
      found.push({ start: i, end: close + 1, pieces });
      i = close;
    }
  }
  // `责任单位：…` or `【责任单位】…` opening a paragraph, following a full stop, or the name of the task it is
  // said of (`第（一）项任务：牵头单位：…；责任单位：…`, as a list of who does which task writes it), without brackets.
  for (const m of s.matchAll(LABEL_OPENING_PARAGRAPH)) {
    const at = m.index!;
    if (found.some((a) => at >= a.start && at < a.end)) continue;
    const before = view.offsets[at] > 0 ? original.slice(0, view.offsets[at]) : '';
    if (!/(^|\n|。)[^\S\n]*$/.test(before) && !TASK_NAMED_BEFORE.test(before)) continue;
    const stop = s.indexOf('。', at);
    const end = stop < 0 ? s.length : stop;
    found.push({ start: at, end, pieces: parseContent(s, at, end, table) });
  }
  // A paragraph after the task that is nothing but unit names (加强…建设。\n县卫健局、县医保局), as a task list sets them under it;
  // not a signature, the issuer's name over its date, nor a list of the centres the task builds (建设：\n胸痛中心\n创伤中心).
  view.breaks.forEach((start, k) => {
    const next = view.breaks[k + 1] ?? s.length;
    const end = s[next - 1] === '。' ? next - 1 : next;
    const signs = readDate(s.slice(next, view.breaks[k + 2] ?? s.length), { whole: true }) !== null;
    if (start === 0 || end <= start || signs || found.some((a) => a.start < next && a.end > start)) return;
    const pieces = parseContent(s, start, end, table);
    const written = s.slice(start, end).split(new RegExp(`[${SEPARATORS}]`)).filter((name) => !PLACEHOLDER.test(withoutEtc(name)));
    if (pieces.length && pieces.length >= written.length && pieces.every((p) => !p.role && looksLikeUnit(p.name, table) && !isBuiltCentre(p.name, table))) found.push({ start, end, pieces });
  });
  return found.sort((a, b) => a.start - b.start);
}

/** Roles for the listed units: markers first, then the document rule, else responsible. */
function assignRoles(pieces: Piece[], rule: DocumentRule | null): ListedRole[] {
  const roles: (ListedRole | null)[] = pieces.map(() => null);
  // A marker closes a group: it gives its role to every unit since the previous marker (one in brackets to its own unit only).
  let groupStart = 0;
  /** The group opens after another marker's (县卫健局牵头，县财政局，县人社局配合), not at the list's or a label's start. */
  let afterMarker = false;
  pieces.forEach((p, i) => {
    // A guide's group is its own 、 list: in （县卫健局、县医保局，市卫健委指导） the two before the comma are doers; so is
    // the group of any marker that a list or label opens (（责任单位：县卫健局、县医保局，各乡镇人民政府配合）: the two stay
    // responsible), while after another marker's group the units up to this marker are all its own.
    const ownList = p.role === 'guide' || !afterMarker;
    const from = ownList ? Math.max(groupStart, pieces.slice(0, i + 1).findLastIndex((q) => q.opensClause)) : groupStart;
    if (p.role) for (let j = p.ownOnly ? i : from; j <= i; j++) roles[j] ??= p.role;
    if (p.role || p.closesSection) {
      groupStart = i + 1;
      afterMarker = Boolean(p.role) && !p.closesSection;
    }
  });
  const explicitLead = roles.includes('lead');
  return roles.map((r, i) => r ?? (rule && !explicitLead ? (i === 0 ? 'lead' : rule.others) : 'responsible'));
}

export interface UnitResult {
  units: Unit[];
  /** Spans of the annotations in the clause text, which hold no deadlines, metrics or actors. */
  annotations: [number, number][];
}

export function extractListedUnits(text: string, options: UnitOptions): UnitResult {
  const view = compact(text);
  const annotations = findAnnotations(text, view, options.table);
  const pieces = annotations.flatMap((a) => a.pieces);
  // A rule stated inside this clause's own annotation already applies to it.
  const rule = findDocumentRule(text) ?? options.rule;
  const roles = annotations.flatMap((a) => assignRoles(a.pieces, rule));
  let level = options.level;
  const units = pieces.flatMap((p, i): Unit[] => {
    const at = originalSpan(view, p.start, p.end);
    const name = canonicalUnit(p.name, { level, county: options.county }, options.table);
    level = name.level ?? level;
    const role = roles[i];
    // a unit that guides the doers is none of them (its level still carries to the names after it)
    return role === 'guide' ? [] : [{ name: p.name, canonical: name.canonical, kind: name.kind, role, text: text.slice(...at), at }];
  });
  return { units, annotations: annotations.map((a) => originalSpan(view, a.start, a.end)) };
}
