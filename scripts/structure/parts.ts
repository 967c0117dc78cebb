/**
 * Attached parts. A plan lists its attachments (附件：1.… 2.…) and then attaches them, each
 * under a heading of its own (`附件2`, `附 件`, `附件1：重点任务分工表`). Each attached part
 * becomes a clause (`<doc>/附件2`) holding its title, with its content below it: numbered
 * clauses (`<doc>/附件2/1.3`), table rows, members-list lines or paragraphs. Attached tables
 * are listed and headed as 附表 (`附表：1.重点任务分解表`, then `附表1`) and are parts the
 * same way (`<doc>/附表1`, its rows `<doc>/附表1/3`), numbered apart from the 附件.
 */
import { halfWidthDigits } from '../text/half-width.ts';
import type { ClauseRecord, DocumentRecord } from '../publish/schema.ts';
import type { Message } from '../messages.ts';
import type { Block } from './blocks.ts';
import { emptyClause, finish, numberedClauses, uniqueId } from './tree.ts';
import { drawnRule, isHeaderRow, placeRows, readTable, rowText } from './table.ts';
import { continuesMembers, isMemberLine, readMembers } from './members.ts';
import { numeral } from './markers.ts';
import { displayWidth } from './text-width.ts';
import { readDate } from '../text/dates.ts';
import { dateLine } from './date-line.ts';
import { readPartHeading, type PartLabel } from './part-heading.ts';

type Attachment = DocumentRecord['attachments'][number];
type Kind = NonNullable<Attachment['kind']>;

const labels: PartLabel[] = ['附件', '附表'];
/** The attachment list: `附件：1.… 2.…`, `附件：title`, `附表：1.…`. */
const attachmentList = /^附\s*([件表])\s*[：:]\s*/;
/** The 版记 at the very end: 抄送, or the office and date of printing (…2023年8月18日印发). */
const printNote = (b: Block) => /^(?:抄\s*送|抄\s*报|分\s*送)/.test(b.text) || (/印发$/.test(b.text) && readDate(b.text) !== null);

const partNumber = (n: string | undefined) => (n ? numeral(n.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))) : null);

/**
 * Is blocks[i] the heading of an attached part? `附件` or `附件2` alone always is (its title
 * follows). `附件2：title` is one only when content follows it: in a list (`附件1：…` `附件2：…`,
 * or before a signature and date) it names an attachment without starting it.
 */
function isPartHeading(blocks: Block[], i: number): boolean {
  const m = readPartHeading(blocks[i].text);
  const next = blocks[i + 1];
  if (!m) return false;
  // `附表：title` right above the table's header row heads the table itself, not a list of one.
  if (m.title && next?.cells && isHeaderRow(next.cells)) return true;
  if (attachmentList.test(blocks[i].text) && !headingWithColon(blocks, i)) return false;
  if (!m.title) return true;
  if (m.number === undefined) return false;
  if (!next || readPartHeading(next.text) || printNote(next) || dateLine(next.text) || /^[（(][^（）()]*[）)]$/.test(next.text)) return false;
  const after = blocks[i + 2];
  return !(after && dateLine(after.text) && !/[。；，]/.test(next.text));
}

/**
 * `附件：` alone above a title: the part's heading written with a colon. Not the list's opening, above
 * its `1．…` (`1-1．…`), or above the one title it lists before the signature's date.
 */
const headingWithColon = (blocks: Block[], i: number) =>
  /^附\s*[件表]\s*[：:]$/.test(blocks[i].text) &&
  !!blocks[i + 1] &&
  !/^\d{1,2}(?:\s*[-—–－]\s*\d{1,2})?\s*[.．、]/.test(blocks[i + 1].text) &&
  !blocks.slice(i + 1, i + 4).some((b) => dateLine(b.text));

export interface ListedAttachment {
  label: PartLabel;
  number: number | null;
  /** The part's number within its attachment (`1-2.` in the list: 2), absent when there is none. */
  subNumber?: number;
  title: string;
  /** The list says the part is left out of this copy (`成员名单（略）`). */
  omitted?: true;
}

/**
 * The attachment lists of the main document: `附件：1．A 2．B`, its items on one line or on the
 * lines below, and an attached tables' list `附表：1．C` (the first list of each).
 */
export function attachmentListOf(blocks: Block[]): ListedAttachment[] {
  return labels.flatMap((label) => {
    const at = blocks.findIndex((b) => `附${attachmentList.exec(b.text)?.[1]}` === label);
    return at === -1 ? [] : listItems(blocks, at).map((item) => ({ label, ...item }));
  });
}

/**
 * The numbers a list's items open with: 1．2．3． (parts of an attachment as 1-1．1-2．) or, in some lists, 一、二、三、
 * (the first item says which).
 */
const itemNumbers = [/(?<![\d.．\-—–－])(\d{1,2})(?:\s*[-—–－]\s*(\d{1,2}))?\s*[.．、](?!\d)/g, /(?<![一二三四五六七八九十])([一二三四五六七八九十]{1,3})、/g];

type ItemNumber = Pick<ListedAttachment, 'number' | 'subNumber'>;

/** Items run 1, 2, 3…, or 1-1, 1-2, 2…: the next part of the same attachment or the next attachment (its first part). */
const followsOn = (prev: ItemNumber | undefined, next: ItemNumber) =>
  prev === undefined
    ? next.number === 1 && (next.subNumber ?? 1) === 1
    : (next.number === prev.number && prev.subNumber !== undefined && next.subNumber === prev.subNumber + 1) ||
      (next.number === prev.number! + 1 && (next.subNumber ?? 1) === 1);

function listItems(blocks: Block[], at: number): Omit<ListedAttachment, 'label'>[] {
  // (read in ASCII digits: a list printed in full-width ones, １．某某方案, numbers its items as 1. does)
  const first = halfWidthDigits(blocks[at].text.replace(attachmentList, ''));
  const items = itemNumbers.find((re) => new RegExp(`^${re.source}`).test(first)) ?? itemNumbers[0];
  const opensItem = new RegExp(`^${items.source}`);
  let text = first;
  for (let i = at + 1; i < blocks.length; i++) {
    const line = halfWidthDigits(blocks[i].text);
    if (!opensItem.test(line)) break;
    text += line;
  }
  // Item numbers run 1, 2, 3…: a number inside a title (2025年, 3.5万) is not the next item.
  const starts: (RegExpMatchArray & ItemNumber)[] = [];
  for (const m of text.matchAll(items)) {
    const item = Object.assign(m, { number: numeral(m[1]), ...(m[2] ? { subNumber: Number(m[2]) } : {}) });
    if (followsOn(starts.at(-1), item) && (starts.length > 0 || m.index === 0)) starts.push(item);
  }
  if (starts.length === 0) return text.trim() ? [{ number: null, ...listedTitle(text) }] : [];
  return starts.map((m, k) => ({ number: m.number, ...(m.subNumber !== undefined && { subNumber: m.subNumber }), ...listedTitle(text.slice(m.index! + m[0].length, starts[k + 1]?.index ?? text.length)) }));
}

/** A list's note that the part is not in this copy: （略）, （此略）, （另发）. */
const omittedMark = /[（(](?:此?略|从略|另发|另行印发)[）)]$/;

/** A listed title and whether the list says it is left out: （略） is no part of the title. */
function listedTitle(text: string): Pick<ListedAttachment, 'title' | 'omitted'> {
  const title = cleanTitle(text);
  return omittedMark.test(title) ? { title: cleanTitle(title.replace(omittedMark, '')), omitted: true } : { title };
}

/** A listed title without white space and its closing stop; one set in 《》 (1.《某某县重点任务清单》) names the title inside them. */
const cleanTitle = (t: string) => {
  const title = t.replace(/\s+/g, '').replace(/[；;。，,]$/, '');
  return /^《([^《》]+)》$/.exec(title)?.[1] ?? title;
};

export interface AttachedParts {
  /** The main document: every block before the first attached part. */
  main: Block[];
  clauses: ClauseRecord[];
  attachments: Attachment[];
  /** Source lines of each part: their text is in clauses, not in the closing. */
  ranges: { line: number; endLine: number }[];
}

/**
 * Attached parts without a `附件N` heading, which start at their listed title: only after a list
 * that closes a numbered plan (a cover letter's list precedes the plan it issues).
 */
function titleHeadings(content: Block[], listed: ListedAttachment[]): { at: number; entry: ListedAttachment }[] {
  const listAt = content.findIndex((b) => attachmentList.test(b.text));
  if (listAt === -1 || !content.slice(0, listAt).some((b) => b.marker?.value === 1)) return [];
  const compactOf = (from: number, count: number) => content.slice(from, from + count).map((b) => b.text.replace(/\s+/g, '')).join('');
  const found: { at: number; entry: ListedAttachment }[] = [];
  for (const entry of listed) {
    const at = content.findIndex((b, j) => j > listAt && !b.marker && [1, 2, 3].some((n) => compactOf(j, n) === entry.title));
    if (at !== -1 && !found.some((f) => f.at === at)) found.push({ at, entry });
  }
  return found.sort((a, b) => a.at - b.at);
}

export function attachedParts(id: string, file: string, content: Block[], messages: Message[]): AttachedParts {
  // A text that opens with `附件1` is an attachment published on its own: its plan is the main body.
  const explicit = content.flatMap((_, i) => (i > 0 && isPartHeading(content, i) ? [i] : []));
  const before = content.slice(0, explicit[0] ?? content.length);
  const listed = attachmentListOf(before);
  // A list written one `附件1：title` a line.
  for (const label of labels.filter((l) => !listed.some((item) => item.label === l))) {
    for (const b of before) {
      const m = readPartHeading(b.text);
      if (m?.label === label && m.number && m.title) listed.push({ label, number: partNumber(m.number), ...(m.sub && { subNumber: partNumber(m.sub)! }), title: cleanTitle(m.title) });
    }
  }
  const headings = explicit.length ? explicit.map((at) => ({ at, entry: undefined })) : titleHeadings(content, listed);
  const main = content.slice(0, headings[0]?.at ?? content.length);
  const clauses: ClauseRecord[] = [];
  const attachments: Attachment[] = [];
  const ranges: AttachedParts['ranges'] = [];
  const usedIds = new Set<string>();

  headings.forEach(({ at: start, entry: listedTitle }, k) => {
    const stop = headings[k + 1]?.at ?? content.length;
    let end = start + 1;
    while (end < stop && !printNote(content[end])) end++;
    const heading = readPartHeading(content[start].text);
    const label = heading?.label ?? listedTitle?.label ?? '附件';
    // 附件 and 附表 are numbered apart: a part is the k-th of its own label.
    const ofLabel = headings.filter((h) => (readPartHeading(content[h.at].text)?.label ?? h.entry?.label) === label);
    const nth = ofLabel.findIndex((h) => h.at === start);
    const sameList = listed.filter((l) => l.label === label);
    // An unnumbered heading takes the number of the listed attachment in its place; a listed title is its entry.
    const number = partNumber(heading?.number) ?? listedTitle?.number ?? sameList[nth]?.number ?? (ofLabel.length > 1 ? nth + 1 : null);
    const subNumber = heading?.number !== undefined ? (partNumber(heading.sub) ?? undefined) : (listedTitle ?? sameList[nth])?.subNumber;
    const entry = listedTitle ?? sameList.find((l) => l.number === number && l.subNumber === subNumber) ?? (number === null ? sameList[nth] : undefined);
    const part = buildPart(id, file, `${label}${numbering({ number, subNumber })}`, content[start], content.slice(start + 1, end), entry?.title ?? null, messages, usedIds);
    clauses.push(...part.clauses);
    ranges.push(part.source);
    const title = entry?.title ?? part.clauses[0].title;
    attachments.push({ label, number, ...(subNumber !== undefined && { subNumber }), title, present: true, kind: part.kind, clause: part.clauses[0].id, source: part.source });
  });
  for (const item of listed) {
    if (attachments.some((a) => a.label === item.label && ((a.number === item.number && a.subNumber === item.subNumber) || a.title === item.title))) continue;
    attachments.push({ ...item, present: false, kind: null, clause: null, source: null });
    const what = `${item.label === '附件' ? 'attachment' : 'attached table 附表'} ${numbering(item)}「${item.title}」`;
    messages.push({ file, line: null, message: item.omitted ? `${what}is left out of this copy, as its list says (略)` : `${what}is listed but not in the file` });
  }
  // The 附件 by number (and part), then the 附表.
  attachments.sort((a, b) => labels.indexOf(a.label) - labels.indexOf(b.label) || (a.number ?? 0) - (b.number ?? 0) || (a.subNumber ?? 0) - (b.subNumber ?? 0));
  return { main, clauses, attachments, ranges };
}

/** An attachment's number as the plan writes it after 附件: `2`, `1-2` for a part of attachment 1, '' for none. */
const numbering = ({ number, subNumber }: { number: number | null; subNumber?: number }) => `${number ?? ''}${subNumber ? `-${subNumber}` : ''}`;

/** A title line of a part: short, no sentence, no numbering, no table or members line. */
const titleLike = (b: Block) => !b.marker && !b.cells && !isMemberLine(b.text) && !/[。；：:]/.test(b.text) && displayWidth(b.text) <= 80;

function buildPart(
  doc: string,
  file: string,
  label: string,
  heading: Block,
  blocks: Block[],
  listedTitle: string | null,
  messages: Message[],
  usedIds: Set<string>,
): { clauses: ClauseRecord[]; kind: Kind; source: { line: number; endLine: number } } {
  // `附件2：title`, `附件2` (title below), or the title itself, when the part has no heading of its own.
  const written = readPartHeading(heading.text);
  const inline = written ? (written.title ?? '') : heading.text;
  const marker = written ? heading.text.slice(0, heading.text.length - inline.length) : null;
  const titleLines = inline ? [inline] : [];
  let i = 0;
  // A listed title the export broke over lines goes on in the blocks below the heading.
  while (!written && i < 2 && i < blocks.length && listedTitle?.startsWith(titleLines.join('')) && titleLines.join('') !== listedTitle) titleLines.push(blocks[i++].text);
  while (!inline && i < blocks.length && i < 3 && titleLike(blocks[i]) && titleLines.join('') !== listedTitle) titleLines.push(blocks[i++].text);
  const title = titleLines.join('') || listedTitle;

  // Two parts under one number (a typo in the source) stay apart: the second is `附件2~2`.
  const rootId = uniqueId(`${doc}/${label}`, usedIds);
  const part = rootId.slice(doc.length + 1);
  const root = emptyClause({ id: rootId, doc, parent: null, path: [part], marker, depth: 1, part, source: { file, line: heading.line, endLine: blocks[i - 1]?.endLine ?? heading.endLine } });
  const rootParagraphs = [...titleLines];
  const children: ClauseRecord[] = [];
  let ownChildren = 0;
  const kinds = new Set<Kind>();
  const child = (from: Block, text: string, extra: Partial<ClauseRecord> = {}): ClauseRecord => {
    const n = ++ownChildren;
    return {
      ...emptyClause({ id: uniqueId(`${root.id}/${n}`, usedIds), doc, parent: root.id, path: [part, String(n)], marker: null, depth: 2, part, source: { file, line: from.line, endLine: from.endLine } }),
      text,
      ...extra,
    };
  };
  /** A row under the group heading across its table (`<doc>/附件1/2.1`). */
  const rowOf = (group: { clause: ClauseRecord; rows: number }, from: Block, text: string, cells: ClauseRecord['cells']): ClauseRecord => {
    const path = [...group.clause.path, String(++group.rows)];
    return {
      ...emptyClause({ id: uniqueId(`${group.clause.id}.${group.rows}`, usedIds), doc, parent: group.clause.id, path, marker: null, depth: path.length, part, source: { file, line: from.line, endLine: from.endLine } }),
      text,
      cells,
    };
  };
  /** Text that belongs to the clause before it: the part itself until it has content. */
  const appendToLast = (block: Block) => {
    const last = children.at(-1);
    if (!last) {
      rootParagraphs.push(block.text);
      root.source.endLine = block.endLine;
    } else {
      last.text += `\n${block.text}`;
      last.source.endLine = block.endLine;
    }
  };

  while (i < blocks.length) {
    const block = blocks[i];
    if (block.cells && isHeaderRow(block.cells)) {
      const table = readTable(blocks, i);
      appendToLast(table.header);
      placeRows<{ clause: ClauseRecord; rows: number }>(table.rows, (row, group) => {
        const { text, cells } = rowText(table, row);
        const from = { ...block, line: row.line, endLine: row.endLine };
        const clause = group ? rowOf(group, from, text, cells) : child(from, text, { cells });
        children.push(clause);
        return { clause, rows: 0 };
      });
      kinds.add('table');
      i = table.end;
    } else if (isMemberLine(block.text)) {
      const clause = child(block, block.text);
      for (i++; i < blocks.length && !isMemberLine(blocks[i].text) && continuesMembers(clause.text, blocks[i].text); i++) {
        clause.text += `\n${blocks[i].text}`;
        clause.source.endLine = blocks[i].endLine;
      }
      children.push({ ...clause, members: readMembers(clause.text) });
      kinds.add('members');
    } else if (block.marker) {
      let end = i + 1;
      while (end < blocks.length && !isMemberLine(blocks[end].text)) end++;
      children.push(...numberedClauses(doc, file, blocks.slice(i, end), messages, { root, usedIds }));
      kinds.add('plan');
      i = end;
    } else {
      // A 三线表's closing rule (━━━) is drawing that ends the rows above, no clause of its own.
      if (children.length === 0 || drawnRule.test(block.text)) appendToLast(block);
      else children.push(finish({ clause: child(block, ''), paragraphs: [block.text] }, false));
      i++;
    }
  }
  const text = rootParagraphs.join('\n');
  const titleEnd = titleLines.join('\n').length;
  const done = { ...root, text, title, bodyStart: titleLines.length && text.length > titleEnd ? titleEnd + 1 : titleEnd };
  const kind: Kind = kinds.has('table') ? 'table' : kinds.has('members') ? 'members' : kinds.has('plan') ? 'plan' : 'text';
  const endLine = Math.max(done.source.endLine, ...children.map((c) => c.source.endLine));
  return { clauses: [done, ...children], kind, source: { line: heading.line, endLine } };
}
