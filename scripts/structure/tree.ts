/**
 * Blocks → preamble, clause tree, closing. The numbering decides the tree: marker kinds
 * nest in the order the document first uses them, a kind seen again closes everything
 * below it, and unnumbered paragraphs belong to the clause before them. A table (a header
 * row, then rows) under a clause gives that clause one child clause per row.
 */
import type { ClauseRecord } from '../publish/schema.ts';
import type { Message } from '../messages.ts';
import { closingMatter, documentNote, isTitle, type Block } from './blocks.ts';
import { continuedKind, readMarker, type Marker, type MarkerKind } from './markers.ts';
import { displayWidth } from './text-width.ts';
import { bracketRunIn, isBracketHeading, splitHeading } from './heading.ts';
import { boldRunIn, withoutEmphasis } from './markdown.ts';
import { findEnumeration } from './enumeration.ts';
import { isHeaderRow, placeRows, readTable, rowText } from './table.ts';
import { dateLine, monthLine } from './date-line.ts';
import { articleCredits, pageChrome, relatedLinks } from './page-chrome.ts';
import { continuesMembers, isMemberLine, readMembers } from './members.ts';
import { splitBodies } from './issuer.ts';
import { LIST_BULLETS } from '../text/list-bullets.ts';

export interface DocumentParts {
  preambleBlocks: Block[];
  clauses: ClauseRecord[];
  closingBlocks: Block[];
  /** Source line where the body starts and where the closing starts (or lines + 1). */
  bodyLine: number;
  closingLine: number;
}


export function buildTree(id: string, file: string, blocks: Block[], messages: Message[]): DocumentParts {
  const content = blocks.filter((b) => !b.rule);
  // A web page's related links (相关链接：1.… 2.…) end the document: their numbers are no clauses.
  const links = content.findIndex((b) => relatedLinks(b.text));
  let bodyStart = firstTopLevelMarker(links === -1 ? content : content.slice(0, links));
  const numbered = bodyStart !== -1;
  if (numbered) bodyStart = sectionHeadingAbove(content, bodyStart);
  const headed = numbered ? 0 : sectionHeadings(content);
  const bracketed = !numbered && !headed && content.filter(bracketHeading).length >= 3;
  if (bracketed) {
    messages.push({ file, line: null, message: 'no numbering found: each heading in 【】 opens a clause with the paragraphs under it' });
    // What comes before the first heading is the article's headline, date line and introduction.
    bodyStart = content.findIndex(bracketHeading);
  } else if (!numbered) {
    messages.push({ file, line: null, message: headed ? 'no numbering found: the Markdown headings (#, ##…) nest the paragraphs under them' : 'no numbering found: each paragraph becomes a clause' });
    // The title and cover lines stay in the preamble: short lines before the first sentence, table
    // or section heading, and a cover letter up to the title of the plan it issues, said again above the plan.
    const opens = (b: Block) => /[。；！？]/.test(b.text) || (b.cells !== undefined && isHeaderRow(b.cells)) || (headed && b.markdownDepth >= headed);
    const ownTitle = issuedTitleRepeated(content);
    bodyStart = Math.max(0, content.findIndex((b, i) => i > ownTitle && opens(b)));
  }
  // Closing matter is a short line of its own (附件：…, 抄送：…。, a date), not a sentence that mentions 附件.
  // A date of its month only (2024年1月) signs only after the last numbered line, not a deadline cell of a table.
  const signedByMonth = (b: Block, i: number) => monthLine(b.text) && !content.slice(i + 1).some((a) => a.marker || a.cells);
  // A web page's print, close and share buttons below the signature (page-chrome.ts), when nothing numbered follows.
  const pageEnds = (b: Block, i: number) => pageChrome(b.text) && !content.slice(i + 1).some((a) => a.marker || a.cells);
  // An article's credits (来源：…, 编辑：…, 审核：…) when only credits or the page's chrome follow, up to its related links.
  const creditsEnd = (b: Block, i: number) => articleCredits(b.text) && content.slice(i + 1, links === -1 ? undefined : links).every((a) => articleCredits(a.text) || pageChrome(a.text));
  // A note of whom to call or of the copies printed (documentNote), when nothing numbered follows.
  const noteEnds = (b: Block, i: number) => documentNote.test(b.text) && !content.slice(i + 1).some((a) => a.marker || a.cells);
  const closes = (b: Block, i: number) => (closingMatter.test(b.text) && !/[。；]./.test(b.text)) || dateLine(b.text) !== null || signedByMonth(b, i) || pageEnds(b, i) || creditsEnd(b, i) || noteEnds(b, i) || i === links;
  let closingStart = content.findIndex((b, i) => i > bodyStart && closes(b, i));
  if (closingStart === -1) closingStart = content.length;
  // A signature line (issuer) right above the closing date belongs to the closing; a table's last row is no signature,
  // nor a note in brackets or after a label, a list item or a list of units (（责任单位：县卫健局、县财政局）, - 县卫健局, 县卫健局、
  // 县医保局 closing the last task, where no date follows): joint issuers sign one name a line.
  const signature = content[closingStart - 1];
  const opensWithBracketOrBullet = new RegExp(`^\\s*[${LIST_BULLETS}（(〔【［[]`);
  const signs = (b: Block) => !b.marker && !b.cells && !/[。；！？，、：:]/.test(b.text) && !opensWithBracketOrBullet.test(b.text) && displayWidth(b.text) <= 40;
  if (closingStart > bodyStart + 1 && signature && signs(signature)) {
    closingStart -= 1;
    // Joint issuers sign one name a line.
    for (let k = 0; k < 3 && closingStart > bodyStart + 1 && !content[closingStart - 1].marker && splitBodies(content[closingStart - 1].text).length; k++) closingStart -= 1;
  }

  const body = content.slice(bodyStart, closingStart);
  const clauses = numbered ? numberedClauses(id, file, body, messages) : paragraphClauses(id, file, body, bracketed);
  return {
    preambleBlocks: content.slice(0, bodyStart),
    clauses,
    closingBlocks: content.slice(closingStart),
    bodyLine: body[0]?.line ?? content[closingStart]?.line ?? Number.MAX_SAFE_INTEGER,
    closingLine: content[closingStart]?.line ?? Number.MAX_SAFE_INTEGER,
  };
}

/**
 * The plan's title on a line of its own after the cover letter that names it (关于印发X的通知,
 * 现将《X》印发给你们): its index, or -1.
 */
function issuedTitleRepeated(blocks: Block[]): number {
  const compact = (text: string) => text.replace(/\s+/g, '');
  return blocks.findIndex((b, i) => {
    const title = compact(b.text).replace(/^《(.+)》$/, '$1');
    return isTitle(title) && blocks.slice(0, i).some((earlier) => compact(earlier.text).includes(`《${title}》`) || compact(earlier.text).includes(`印发${title}的通知`));
  });
}

/** A heading in 【】 alone on its line (【打造区域专科高地】), not a page's button (【打印本页】). */
const bracketHeading = (b: Block) => !b.cells && !b.marker && isBracketHeading(b.text) && !pageChrome(b.text);

/** A Markdown heading without a number (## 重点任务): in a numbered text it opens a section of its own, its numbering under it. */
const sectionHeading = (b: Block) => b.markdownDepth > 0 && !b.marker && !b.cells;
/** The document's title set as a heading (# 某某县县医院能力提升实施方案), longer than a section's (## 保障措施). */
const titleHeading = (b: Block) => isTitle(b.text) && b.text.length > 8;

/**
 * Where a numbered body starts when Markdown headings without numbers head its sections (## 总体要求 over 1. 2.,
 * ## 重点任务 over 1. 2. 3.): at the section heading right above the first number, of the depth such headings
 * have below it; else at the first number.
 */
function sectionHeadingAbove(content: Block[], start: number): number {
  const depths = content.slice(start).filter(sectionHeading).map((b) => b.markdownDepth);
  if (!depths.length) return start;
  const depth = Math.min(...depths);
  for (let j = start - 1; j > 0; j--) {
    if (content[j].markdownDepth > 0 && (content[j].markdownDepth < depth || titleHeading(content[j]))) break;
    if (content[j].markdownDepth === depth && sectionHeading(content[j])) return j;
  }
  return start;
}

/** The conventional rank of marker kinds, highest first; decimal outlines rank by length. */
const rank = (kind: MarkerKind) => {
  const order = ['part', 'part-chapter', 'part-section', 'article', 'chapter', 'section', 'item', 'subitem', 'half-paren', 'circled', 'ordinal', 'sequence'];
  // Roman numerals (Ⅰ．) number the top level as 一、 does: an attachment so numbered is weighed as one numbered 一、.
  // Bullets (●, ■) number nothing a plan counts: below every number.
  if (kind.startsWith('bullet')) return order.length + 10;
  return kind.startsWith('decimal') ? order.length + Number(kind.slice(7)) : order.indexOf(kind === 'roman' ? 'chapter' : kind);
};

/**
 * The body starts at a `1` of the highest kind the text numbers with. A cover letter may
 * number its own points, and an attachment its own list: of the runs that start with such
 * a `1` (each ending at a signature date), the plan is the one with the most numbered parts.
 */
function firstTopLevelMarker(blocks: Block[]): number {
  const firsts = blocks.flatMap((b, i) => (b.marker?.value === 1 ? [{ i, rank: rank(b.marker.kind) }] : []));
  if (firsts.length === 0) return -1;
  const top = Math.min(...firsts.map((f) => f.rank));
  const starts = firsts.filter((f) => f.rank === top).map((f) => f.i);
  const parts = (start: number) => {
    let n = 0;
    for (let i = start; i < blocks.length && (i === start || dateLine(blocks[i].text) === null); i++) if (blocks[i].marker) n++;
    return n;
  };
  return starts.reduce((best, start) => (parts(start) > parts(best) ? start : best));
}

export interface Draft {
  clause: ClauseRecord;
  paragraphs: string[];
}

/** A paragraph of sentences: one closed sentence at least, the paragraph closed too. */
const SENTENCES = /[。！？；].*[。！？]$|^[^\t]{20,}[。！？]$/s;

/** Where numbered clauses hang: the document's top (ids `<doc>/1.2`), or an attached part (`<doc>/附件2/1.2`). */
export interface ClauseScope {
  root: ClauseRecord;
  usedIds: Set<string>;
}

export function numberedClauses(id: string, file: string, body: Block[], messages: Message[], scope?: ClauseScope): ClauseRecord[] {
  const drafts: Draft[] = [];
  /** Open clauses, innermost last; `heading` is the Markdown depth of a clause a heading opened (## 一、…, ## 重点任务). */
  const stack: { kind: MarkerKind; draft: Draft; value: number; heading?: number }[] = [];
  /** The clauses unnumbered section headings opened. */
  const headingDrafts = new Set<Draft>();
  const usedIds = scope?.usedIds ?? new Set<string>();
  const prefix = scope ? scope.root.id : id;

  // Rows of a table under the open clause; text after the table goes on in its last row.
  let lastRow: Draft | undefined;
  const rowsUnder = new Map<Draft, number>();
  /** The role of a members list being read (组长：…, then its people on lines of their own), and every such clause. */
  let members: Draft | undefined;
  const memberDrafts = new Set<Draft>();
  /**
   * A clause under `holder` the plan does not number (a table's row, a members role, the paragraph after the list), numbered
   * after its other such children, from `base` (the open clauses' numbers, or a table group's); a group heading across a
   * table may carry a marker of its own (一、提升医疗服务能力).
   */
  const childUnder = (holder: Draft, at: { line: number; endLine: number }, text: string, { base = stack.map((entry) => entry.value), marker = null as Marker | null, cells = [] as ClauseRecord['cells'] } = {}) => {
    const n = (rowsUnder.get(holder) ?? 0) + 1;
    rowsUnder.set(holder, n);
    const path = [...holder.clause.path, marker?.label ?? String(n)];
    const numbers = [...base, n];
    const core = { id: uniqueId(`${prefix}/${numbers.join('.')}`, usedIds), doc: id, parent: holder.clause.id, path, marker: marker?.raw ?? null, depth: path.length, source: { file, line: at.line, endLine: at.endLine }, part: holder.clause.part };
    const draft: Draft = { clause: { ...emptyClause(core), cells }, paragraphs: [text.slice(marker?.length ?? 0)] };
    drafts.push(draft);
    return { draft, numbers };
  };
  for (let i = 0; i < body.length; i++) {
    const block = body[i];
    const marker = block.marker && readMarker(block.text, (k) => stack.find((entry) => entry.kind === k)?.value);
    const owner = stack.at(-1)?.draft;
    if (block.cells && owner && isHeaderRow(block.cells)) {
      const table = readTable(body, i);
      members = undefined;
      (lastRow ?? owner).paragraphs.push(table.header.text);
      (lastRow ?? owner).clause.source.endLine = table.header.endLine;
      placeRows<{ draft: Draft; numbers: number[] }>(table.rows, (row, group) => {
        const { text, cells } = rowText(table, row);
        // a group heading across the table may be numbered as the plan's headings are (一、提升医疗服务能力)
        const placed = childUnder(group?.draft ?? owner, row, text, { base: group?.numbers, marker: row.group ? readMarker(text) : null, cells });
        lastRow = placed.draft;
        if (row.group) headingDrafts.add(lastRow);
        return placed;
      });
      i = table.end - 1;
      continue;
    }
    if (!marker && sectionHeading(block)) {
      // It closes what is open below a shallower heading, and what follows nests under it as under a number.
      while (stack.length && !(stack.at(-1)!.heading && stack.at(-1)!.heading! < block.markdownDepth)) stack.pop();
      lastRow = undefined;
      members = undefined;
      const parent = stack.at(-1)?.draft.clause ?? scope?.root ?? null;
      // numbered after the clauses beside it: ## 附则 after 一、 and 二、 is the third
      const value = drafts.filter((d) => d.clause.parent === (parent?.id ?? null)).length + 1;
      const path = [...(parent?.path ?? []), String(value)];
      const numbers = [...stack.map((entry) => entry.value), value];
      const draft: Draft = {
        clause: emptyClause({ id: uniqueId(`${prefix}/${numbers.join('.')}`, usedIds), doc: id, parent: parent?.id ?? null, path, marker: null, depth: path.length, source: { file, line: block.line, endLine: block.endLine }, part: scope?.root.part ?? null }),
        paragraphs: [block.text],
      };
      drafts.push(draft);
      headingDrafts.add(draft);
      stack.push({ kind: `heading${block.markdownDepth}` as MarkerKind, draft, value, heading: block.markdownDepth });
      continue;
    }
    if (!marker) {
      const owner = stack.at(-1)?.draft;
      // A members list under a clause (成立工作领导小组。…组成人员如下： then 组长：…, 成员：… and their people): each role a
      // clause of people under it, as an attached list's are; the paragraph after the list a clause beside them.
      if (owner && isMemberLine(block.text)) {
        members = childUnder(owner, block, block.text).draft;
        memberDrafts.add(members);
        continue;
      }
      if (members && continuesMembers(members.paragraphs.join('\n'), block.text)) {
        members.paragraphs.push(block.text);
        members.clause.source.endLine = block.endLine;
        continue;
      }
      // …and so does a paragraph of sentences below a table's rows (各责任单位要…。 after the 责任清单's), which is no rest
      // of its last row's cells.
      const belowTable = lastRow !== undefined && lastRow.clause.cells.length > 0 && SENTENCES.test(block.text);
      if ((members || belowTable) && owner) {
        members = undefined;
        lastRow = childUnder(owner, block, block.text).draft;
        continue;
      }
      const open = lastRow ?? owner;
      if (open) {
        open.paragraphs.push(block.text);
        open.clause.source.endLine = block.endLine;
      }
      continue;
    }
    lastRow = undefined;
    members = undefined;
    const kind = continuedKind(marker, (k) => stack.find((entry) => entry.kind === k)?.value);
    const level = stack.findIndex((entry) => entry.kind === kind);
    const previous = level === -1 ? undefined : stack[level];
    if (previous && marker.value !== previous.value + 1) {
      messages.push({ file, line: block.line, message: marker.value === previous.value ? `numbering repeats ${marker.value} (${marker.raw})` : `numbering goes from ${previous.value} to ${marker.value} (${marker.raw})` });
    }
    if (marker.missingBracket) messages.push({ file, line: block.line, message: `marker ${marker.raw} lacks its ${marker.missingBracket} bracket: read as ${marker.label}` });
    if (marker.oddStop) messages.push({ file, line: block.line, message: `marker ${marker.raw} is written with ${marker.oddStop} for its stop: read as ${marker.label}` });
    if (level !== -1) stack.length = level;
    const parent = stack.at(-1)?.draft.clause ?? scope?.root ?? null;
    const path = [...(parent?.path ?? []), marker.label];
    const numbers = [...stack.map((entry) => entry.value), marker.value];
    const clauseId = uniqueId(`${prefix}/${numbers.join('.')}`, usedIds);
    const draft: Draft = {
      clause: emptyClause({
        id: clauseId,
        doc: id,
        parent: parent?.id ?? null,
        path,
        marker: marker.raw,
        depth: path.length,
        source: { file, line: block.line, endLine: block.endLine },
        part: scope?.root.part ?? null,
      }),
      paragraphs: [block.text.slice(marker.length)],
    };
    if (block.numberedRow) draft.clause.cells = rowText({ headers: block.numberedRow.cells.map(() => ''), columns: block.numberedRow.columns }, { ...block, cells: block.numberedRow.cells }).cells;
    drafts.push(draft);
    stack.push({ kind, draft, value: marker.value, heading: block.markdownDepth || undefined });
  }
  const parents = new Set(drafts.map((d) => d.clause.parent));
  return drafts.map((draft) => {
    if (memberDrafts.has(draft)) {
      const clause = finish(draft, false);
      return { ...clause, members: readMembers(clause.text) };
    }
    return headingDrafts.has(draft) ? headingClause(finish(draft, false), draft.paragraphs[0]) : finish(draft, parents.has(draft.clause.id));
  });
}

/**
 * Whether a text has an outline of its own: numbering from 1, or Markdown headings over its sections
 * (## 总体目标, ## 重点任务), not only a title set as a heading.
 */
export const hasOwnOutline = (blocks: Block[]) => blocks.some((b) => b.marker?.value === 1) || sectionHeadings(blocks.filter((b) => !b.rule)) > 0;

/**
 * The shallowest Markdown heading depth that heads sections of an unnumbered text (0 if none): a
 * lone shallower heading at the top is the document's title (# 某县…方案, then ## 总体要求…).
 */
function sectionHeadings(content: Block[]): number {
  const depths = content.map((b) => b.markdownDepth).filter((d) => d > 0);
  if (!depths.length) return 0;
  const top = Math.min(...depths);
  const titleOnly = content[0]?.markdownDepth === top && depths.filter((d) => d === top).length === 1;
  const below = depths.filter((d) => d > top);
  return titleOnly ? (below.length ? Math.min(...below) : 0) : top;
}

/**
 * An unnumbered body: each paragraph a clause, under the Markdown heading above it when the text
 * has them (a heading holds what follows it up to a heading of its depth or shallower), and each
 * row of a table a clause under the paragraph that heads the table. Where headings in 【】 are the
 * outline (`bracketed`), each opens one clause and the paragraphs up to the next are its text, as a
 * numbered item's are.
 */
function paragraphClauses(id: string, file: string, body: Block[], bracketed: boolean): ClauseRecord[] {
  const clauses: ClauseRecord[] = [];
  const headings: { depth: number; clause: ClauseRecord }[] = [];
  const children = new Map<string | null, number>();
  const childPath = (parent: ClauseRecord | null) => {
    const n = (children.get(parent?.id ?? null) ?? 0) + 1;
    children.set(parent?.id ?? null, n);
    return [...(parent?.path ?? []), String(n)];
  };
  const clauseAt = (parent: ClauseRecord | null, line: number, endLine: number) => {
    const path = childPath(parent);
    return emptyClause({ id: `${id}/${path.join('.')}`, doc: id, parent: parent?.id ?? null, path, marker: null, depth: path.length, source: { file, line, endLine } });
  };
  for (let i = 0; i < body.length; i++) {
    const block = body[i];
    if (block.markdownDepth) while (headings.length && headings.at(-1)!.depth >= block.markdownDepth) headings.pop();
    const parent = headings.at(-1)?.clause ?? null;
    const clause = clauseAt(parent, block.line, block.endLine);
    if (block.markdownDepth) {
      const heading = { ...clause, text: block.text, title: block.text, bodyStart: block.text.length };
      clauses.push(heading);
      headings.push({ depth: block.markdownDepth, clause: heading });
      continue;
    }
    if (bracketed && bracketHeading(block)) {
      let end = i + 1;
      while (end < body.length && !bracketHeading(body[end]) && !body[end].cells) end += 1;
      const held = body.slice(i, end);
      clauses.push(finish({ clause: { ...clause, source: { ...clause.source, endLine: held.at(-1)!.endLine } }, paragraphs: held.map((b) => b.text) }, false));
      i = end - 1;
      continue;
    }
    const table = block.cells && isHeaderRow(block.cells) ? readTable(body, i) : null;
    const head = table?.header ?? block;
    const paragraph = finish({ clause: { ...clause, source: { ...clause.source, endLine: head.endLine } }, paragraphs: [head.text] }, false);
    clauses.push(paragraph);
    if (!table) continue;
    placeRows<ClauseRecord>(table.rows, (row, group) => {
      const { text, cells } = rowText(table, row);
      const finished = finish({ clause: { ...clauseAt(group ?? paragraph, row.line, row.endLine), cells }, paragraphs: [text] }, false);
      // a group heading across the table is all heading
      const rowClause = row.group ? headingClause(finished, text) : finished;
      clauses.push(rowClause);
      return rowClause;
    });
    i = table.end - 1;
  }
  return clauses;
}

/** A clause an unnumbered heading opened: the heading is its title, the paragraphs under it its body. */
const headingClause = (clause: ClauseRecord, heading: string): ClauseRecord => ({ ...clause, title: withoutEmphasis(heading), bodyStart: Math.min(clause.text.length, heading.length + 1) });

export function finish({ clause, paragraphs }: Draft, hasChildren: boolean): ClauseRecord {
  const text = paragraphs.join('\n');
  // An unnumbered paragraph has a title only when it sets one in bold (**加快建设县域医学中心。**县人民医院…) or in 【】.
  const { title, bodyStart } = clause.marker && clause.cells.length ? taskCellHeading(clause.cells) : clause.marker || boldRunIn.test(text) || bracketRunIn.test(text) ? splitHeading(text, hasChildren) : { title: null, bodyStart: 0 };
  // The text keeps what the source wrote (`**总体目标**`); the title is the words.
  return { ...clause, text, title: title && withoutEmphasis(title), bodyStart, enumeration: findEnumeration(text, bodyStart) };
}

/** A numbered row's heading is its task cell (`1．胸痛中心建设\t县人民医院\t…` → 胸痛中心建设), the other cells its body. */
const taskCellHeading = ([task]: ClauseRecord['cells']) => ({ title: task.text, bodyStart: task.at[1] + 1 });

export function uniqueId(candidate: string, used: Set<string>): string {
  let id = candidate;
  for (let n = 2; used.has(id); n += 1) id = `${candidate}~${n}`;
  used.add(id);
  return id;
}

type ClauseCore = Pick<ClauseRecord, 'id' | 'doc' | 'parent' | 'path' | 'marker' | 'depth' | 'source'> & Partial<Pick<ClauseRecord, 'part'>>;

export function emptyClause(core: ClauseCore): ClauseRecord {
  return { part: null, ...core, title: null, text: '', bodyStart: 0, enumeration: [], task: '', units: [], deadlines: [], metrics: [], links: [], cells: [], members: [], suggestions: [] };
}
