/**
 * What a clause publishes, from its candidates' scores: per document above, the candidates above
 * the threshold and near the best one. The build (plan.ts) and the benchmark and training
 * (train.ts) decide the same way.
 */
import type { ClauseRecord } from '../publish/schema.ts';
import type { PairFeatures, SourceCandidates } from './features.ts';
import { perDocument } from './choice-sets.ts';
import { publishable, type LinkOptions } from './score.ts';
import { bigrams, fold } from './ngrams.ts';
import { SUGGESTIONS } from './suggestions.ts';

/** Scores of one source clause's candidates (a model may weigh each against the others). */
export type Scorer = (candidates: PairFeatures[]) => number[];

export interface Scored {
  target: ClauseRecord;
  score: number;
  /** the clause, or its enumeration item, whose wording chose the target (the evidence is its) */
  from: ClauseRecord;
  /** the ancestor whose link the clause takes, saying too little to choose by itself (planChoices) */
  inheritedFrom?: ClauseRecord;
}

/** A clause's (or an item's) candidates scored, each document above apart (choice-sets.ts), best first. */
export function ranked({ source, candidates }: SourceCandidates, score: Scorer): Scored[] {
  const scores = perDocument(candidates, (c) => c.target.doc, (group) => score(group.map((c) => c.features)));
  return candidates.map((c, i) => ({ target: c.target, score: scores[i], from: source })).sort((a, b) => b.score - a.score);
}

export type Publishing = Pick<LinkOptions, 'threshold' | 'nearTop'> & {
  /** whether a clause that says too little takes its parent's link (planChoices); training chooses the threshold without */
  inherit?: boolean;
};
const published = (list: Scored[], options: Publishing) =>
  [...Map.groupBy(list, (c) => c.target.doc).values()].flatMap((group) => publishable(group, options)).sort((a, b) => b.score - a.score);

/**
 * The links a clause publishes: its own choice, and the choices of its enumeration items
 * (一是…二是…三是…), each target once at the best of the clause's and its items' scores. The
 * clause's own choice is split between its items' tasks, so a link it publishes that an item
 * chose more surely takes the item's score, its evidence still the whole clause's: 全面提升…服务能力
 * chose 人才队伍 at 0.49 and its item 二是引进…紧缺专业人才 at 1.00, which now leads the items' other
 * links instead of following them. An item's link to another target joins as a runner-up does, when
 * it scores at least nearTop × the clause's own best link to that document; where the clause
 * publishes none, the items' links are its links. `ranked` is the clause's own, for its suggestions.
 */
export function chosenLinks(source: SourceCandidates, score: Scorer, options: Publishing): { links: Scored[]; ranked: Scored[] } {
  const own = ranked(source, score);
  const links = published(own, options);
  if (!source.items?.length) return { links, ranked: own };
  const floor = new Map<string, number>();
  for (const c of links) if (!floor.has(c.target.doc)) floor.set(c.target.doc, options.nearTop * c.score);
  const itemBest = new Map<string, Scored>();
  for (const item of source.items) {
    for (const c of published(ranked(item, score), options)) {
      if (c.score > (itemBest.get(c.target.id)?.score ?? -1)) itemBest.set(c.target.id, c);
    }
  }
  const chosen = new Set(links.map((c) => c.target.id));
  const surer = links.map((c) => ({ ...c, score: Math.max(c.score, itemBest.get(c.target.id)?.score ?? 0) }));
  const fromItems = [...itemBest.values()].filter((c) => !chosen.has(c.target.id) && c.score >= (floor.get(c.target.doc) ?? 0));
  return { links: [...surer, ...fromItems].sort((a, b) => b.score - a.score), ranked: own };
}

/** A section says nothing beyond its heading when its body holds at most this many letters or digits. */
const BARE_BODY = 4;

/** A note in brackets, one bracket deep inside it: who does it (（责任单位：县卫健局（牵头）、…）), by when (（2023年底前）). */
const bracketedNote = /[（(](?:[^（）()]|[（(][^（）()]*[）)])*[）)]/g;

/** A section is all heading when its body says nothing beyond notes in brackets of who does it and by when. */
const headingOnly = (c: ClauseRecord) => c.title !== null && fold(c.text.slice(c.bodyStart).replace(bracketedNote, '')).chars.length <= BARE_BODY;

/**
 * A link more likely right than wrong: how sure a parent's link must be for a clause that says too little of its own to
 * take it, and each clause of a section for the section to carry out their tasks together.
 */
export const SURE = 0.5;

/**
 * A section that is all heading (3.建设临床服务“五大中心”。 over its five centres) names the task its
 * clauses carry out together, but a heading alone is a short text to choose by: it scored 0.10 for
 * the national clause of the same name, its five clauses 0.87–1.00. In each document above it
 * publishes no link of its own to (`own` holds only those), it takes its own best candidate there
 * that at least half of its clauses publish (two at least), at the lowest score they give it: 提升医院管理水平 over 党的领导, 运营管理
 * (both 提升县医院科学管理水平), 质量安全 and 信息化 names the task two of its four clauses carry out,
 * which is also its own first choice. A generic heading (重点任务) over clauses on many tasks gets none. Where
 * its clauses agree on no task of its own choosing, they may still carry out one or two together (carriedTogether).
 */
export function sectionLinks(own: Scored[], clauses: Scored[][], { tasks = false } = {}): Scored[] {
  if (clauses.length < 2) return [];
  return [...Map.groupBy(own, (c) => c.target.doc).values()].flatMap((group) => {
    const [first] = group;
    const scores = clauses.flatMap((links) => links.filter((l) => l.target.id === first.target.id).map((l) => l.score));
    if (scores.length >= 2 && scores.length * 2 >= clauses.length) return [{ ...first, score: Math.min(...scores) }];
    return tasks ? carriedTogether(group, clauses) : [];
  });
}

/**
 * A section that is all heading over tasks (clauses with no sections under them) that each carry out a task of the
 * document above surely, one or two in all, carries them out together where its heading names each in some words of
 * theirs (its candidates): 共享与管理中心 over the resource-sharing centres and the management centres, 实施诊疗中心建设行动
 * over the emergency and the clinical centres. Three tasks or more make an umbrella (提升医疗服务能力), as does a heading
 * over sections (持续提升医疗服务能力 over 临床服务五大中心 and 改善医疗服务): it names none of them.
 */
function carriedTogether(group: Scored[], clauses: Scored[][]): Scored[] {
  const doc = group[0].target.doc;
  const firsts = clauses.map((links) => links.find((l) => l.target.doc === doc));
  if (firsts.some((l) => !l || l.score < SURE)) return [];
  const scores = Map.groupBy(firsts as Scored[], (l) => l.target.id);
  const named = group.filter((c) => scores.has(c.target.id));
  if (scores.size > 2 || named.length < scores.size) return [];
  return named.map((c) => ({ ...c, score: Math.min(...scores.get(c.target.id)!.map((l) => l.score)) })).sort((a, b) => b.score - a.score);
}

/** How much of a clause's heading a task's heading must hold for the clause to carry the task out by its heading alone. */
export const RESTATED = 0.75;

/**
 * A heading's words without what it says in brackets (a period, 牵头单位：…) and its dates: when and who,
 * not which task (组织实施阶段（2022年1月至2025年1月）, 2022年).
 */
const headingLetters = (heading: string) =>
  fold(heading.replace(/[（(][^）)]*[）)]/g, '').replace(/[0-9０-９]+\s*[年月日]?/g, '')).chars;

/** The fewest letters a heading names a task in (工作目标, 人才队伍). */
const TASK_NAME = 4;

/** The pairs of letters of a target's heading, read once per heading: every clause of every plan below is held against them. */
const headingPairs = new Map<string, Set<string>>();
const pairsOf = (heading: string) => headingPairs.get(heading) ?? headingPairs.set(heading, new Set(bigrams(headingLetters(heading)))).get(heading)!;

/** The share of the heading's letters that stand in a pair of letters the other heading has too; 0 for a heading too short to name a task. */
export const headingHeld = (heading: string, other: string) => heldIn(headingLetters(heading), pairsOf(other));

function heldIn(chars: string, pairs: Set<string>): number {
  if (chars.length < TASK_NAME) return 0;
  const held = [...chars].filter((_, i) => pairs.has(chars.slice(i - 1, i + 1)) || pairs.has(chars.slice(i, i + 2)));
  return held.length / chars.length;
}

/**
 * A clause whose heading restates the heading of a task of the document above carries that task out
 * (改善医疗服务 → 不断改善医疗服务, 提升医院管理水平 → 提升县医院科学管理水平, 工作目标 → 工作目标), though a
 * section that is all heading is too short a text for the model to choose by, its items may say too
 * little to choose anything, and a goal in figures shares no wording: in each document above it links
 * nowhere else, the one task whose heading holds RESTATED of its heading's letters, at that share. A
 * heading two tasks hold alike names neither; one they hold only in part (持续改善医疗服务环境, 提升医疗服务能力) none.
 */
export function restatedLinks(heading: string, own: Scored[]): Scored[] {
  const letters = headingLetters(heading);
  if (letters.length < TASK_NAME) return [];
  return [...Map.groupBy(own, (c) => c.target.doc).values()].flatMap((group) => {
    const held = group.filter((c) => c.target.title).map((c) => ({ ...c, score: heldIn(letters, pairsOf(c.target.title!)) })).filter((c) => c.score >= RESTATED);
    return held.length === 1 ? held : [];
  });
}


/**
 * Every source's links as chosenLinks gives them, a section that is all heading reading its clauses'
 * (sectionLinks, from the deepest section up), a heading that restates a task's heading taking that task
 * (restatedLinks); each computed when first asked, so a caller deciding
 * a few clauses does not decide the whole plan.
 *
 * A clause whose own wording chooses nothing — no candidate reaches the suggestions' floor — carries out
 * the task of the clause it stands under when that one links surely (SURE): an item
 * 每年培训乡村医生300人次 under 实施人才强院行动, a target 静脉溶栓率 under 卒中中心建设, share no wording
 * with the national task their parent carries out. It takes the parent's first link, at the parent's
 * score, and names the parent (`inheritedFrom`); a clause that chooses weakly on its own keeps its
 * suggestions instead. Training chooses the threshold on the clauses' own choices (`inherit: false`).
 */
export function planChoices(sources: SourceCandidates[], score: Scorer, options: Publishing): (id: string) => ReturnType<typeof chosenLinks> {
  const byId = new Map(sources.map((s) => [s.source.id, s]));
  const children = Map.groupBy(sources, (s) => s.source.parent ?? '');
  const known = new Map<string, ReturnType<typeof chosenLinks>>();
  const choice = (id: string): ReturnType<typeof chosenLinks> => {
    let found = known.get(id);
    if (found) return found;
    const source = byId.get(id)!;
    found = source.terse ? { links: [], ranked: ranked(source, score) } : chosenLinks(source, score, options);
    const clauses = children.get(id) ?? [];
    // Each document above apart, as the clause's own choice is: a link of its own to a city plan leaves the national one to its clauses.
    const linked = new Set(found.links.map((c) => c.target.doc));
    const unlinked = () => found!.ranked.filter((c) => !linked.has(c.target.doc));
    const taken = clauses.length && headingOnly(source.source) && !source.terse ? sectionLinks(unlinked(), clauses.map((c) => choice(c.source.id).links), { tasks: clauses.every((c) => !children.has(c.source.id)) }) : [];
    for (const c of taken) linked.add(c.target.doc);
    const restated = source.source.title ? restatedLinks(source.source.title, unlinked()) : [];
    if (taken.length || restated.length) found = { ...found, links: [...found.links, ...taken, ...restated].sort((a, b) => b.score - a.score) };
    known.set(id, found);
    return found;
  };
  if (options.inherit === false) return choice;
  const inherited = new Map<string, ReturnType<typeof chosenLinks>>();
  const withInherited = (id: string): ReturnType<typeof chosenLinks> => {
    let found = inherited.get(id);
    if (found) return found;
    found = choice(id);
    const parent = byId.get(byId.get(id)!.source.parent ?? '');
    if (!found.links.length && (found.ranked[0]?.score ?? 0) < SUGGESTIONS.floor && parent) {
      const top = withInherited(parent.source.id).links[0];
      if (top && top.score >= SURE) found = { ...found, links: [{ ...top, inheritedFrom: top.inheritedFrom ?? parent.source }] };
    }
    inherited.set(id, found);
    return found;
  };
  return withInherited;
}
