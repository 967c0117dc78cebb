/**
 * Members lists of leading groups and expert committees: `组 长：王某（市卫健委主任）`,
 * `成 员：县委编办、县财政局…主要负责人。`, then `李某（县医保局副局长）` lines. People, not tasks.
 */
import type { ClauseRecord } from '../publish/schema.ts';

type Member = ClauseRecord['members'][number];

/** A line that opens a role of the list: 组长：, 副组长：, 成员：, 主任委员：… */
const roleLine = /^((?:常务)?副?\s*组\s*长|成\s*员|组\s*员|秘\s*书|(?:主任|副主任)?\s*委\s*员|副?\s*主\s*任|顾\s*问|副?\s*秘\s*书\s*长|副?\s*召\s*集\s*人|联\s*络\s*员|办公室(?:副)?主任)\s*[：:]/;
/** A person with a post in brackets: 王某某（市财政局副局长）. */
const personWithPost = /([\u4e00-\u9fff·]{2,5})\s*[（(]([^（）()]+)[）)]/g;
/** A line of such people, one or more (a narrow page runs two together: 张某（市公共资源交易中心副主任）杨某（市工信局副局长）). */
const personLine = /^(?:[\u4e00-\u9fff·]{2,5}\s*[（(][^（）()]+[）)][，、；,;]?)+[。]?$/;

export function isMemberLine(text: string): boolean {
  return roleLine.test(text);
}

/** A person's name: two to four characters (a two-character name padded to three: 张  三). */
const personName = /^[\u4e00-\u9fff·]{2,4}$/;
/** The wide gap a list set in columns leaves between a name and a post: two spaces or more, or an ideographic space. */
const columnGap = /[^\S\n]{2,}|\u3000/g;
/** `王某某 市卫生健康委主任`: a name, the one space kept of its column gap, a post. */
const personGapPost = /^([\u4e00-\u9fff·]{2,4}) (\S+)$/;

/**
 * A members entry set in columns (`王某某　　市卫生健康委主任`) as one space between the name and the
 * post, which white space removal would run together (王某某市卫生健康委主任); null when it is not one.
 */
function nameGapPost(entry: string): string | null {
  const gap = [...entry.matchAll(columnGap)].at(-1);
  if (!gap) return null;
  const name = entry.slice(0, gap.index).replace(/\s+/g, '');
  const post = entry.slice(gap.index + gap[0].length).replace(/\s+/g, '');
  return personName.test(name) && post ? `${name} ${post}` : null;
}

/**
 * A line of a members list, white space removed but for the gap between each name and its post;
 * null when the line is neither a role line nor a name and a post set in columns.
 */
export function membersLineText(line: string): string | null {
  const role = roleLine.exec(line.trim());
  const rest = role ? line.trim().slice(role[0].length) : line.trim();
  const entries = rest.split(/([，、；,;])/);
  const spaced = entries.map((entry, k) => (k % 2 ? entry : nameGapPost(entry.trim())));
  // Without a role, the line is one person and a post, not a sentence.
  if (!spaced.some((entry, k) => k % 2 === 0 && entry !== null) || (!role && (entries.length > 1 || /[。：:]/.test(rest)))) return null;
  const head = role ? `${role[1].replace(/\s+/g, '')}${role[0].trim().slice(-1)}` : '';
  return head + spaced.map((entry, k) => entry ?? entries[k].replace(/\s+/g, '')).join('');
}

/** A line that continues the role above it: another person with a post, or the rest of a cut list. */
export function continuesMembers(previous: string, text: string): boolean {
  return personLine.test(text) || personGapPost.test(text) || (/[、，,；;]$/.test(previous) && !/[。]./.test(text));
}

/** The people of a members clause (its role line and continuation lines), with spans in `text`. */
export function readMembers(text: string): Member[] {
  const members: Member[] = [];
  let role = '';
  let offset = 0;
  for (const line of text.split('\n')) {
    const head = roleLine.exec(line);
    if (head) role = head[1].replace(/\s+/g, '');
    const start = head ? head[0].length : 0;
    members.push(...entries(line, start).map((m) => ({ ...m, role, at: [offset + m.at[0], offset + m.at[1]] as [number, number] })));
    offset += line.length + 1;
  }
  return members;
}

/** `王某（post）` entries, else a list of posts or units (县政府办副主任，县委编办、县财政局…负责人). */
function entries(line: string, from: number): Omit<Member, 'role'>[] {
  const rest = line.slice(from);
  const people = [...rest.matchAll(personWithPost)];
  if (people.length) {
    return people.map((m) => ({ name: m[1], post: m[2].replace(/\s+/g, ''), at: [from + m.index!, from + m.index! + m[0].length] as [number, number] }));
  }
  const found: Omit<Member, 'role'>[] = [];
  for (const piece of rest.matchAll(/[^，、；,;。]+/g)) {
    const text = piece[0].trim();
    if (!text) continue;
    const start = from + piece.index! + piece[0].indexOf(text);
    const person = personGapPost.exec(text);
    found.push({ name: person?.[1] ?? null, post: person?.[2] ?? text.replace(/\s+/g, ''), at: [start, start + text.length] });
  }
  return found;
}
