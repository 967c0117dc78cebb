/**
 * The structure stage: a decoded source text → its document record (metadata,
 * preamble, closing) and its clause tree, plus the normalised Markdown the parser saw.
 */
import type { ClauseRecord, DocumentRecord } from '../publish/schema.ts';
import type { SourceText } from '../ingest/read-corpus.ts';
import type { Message } from '../messages.ts';
import { readBlocks, tocEntry, type Block } from './blocks.ts';
import { withoutLetterSpacing } from '../text/letter-spacing.ts';
import { joinWrapped } from '../text/wrapped-lines.ts';
import { readMarker } from './markers.ts';
import { withoutInvisibles } from './text-width.ts';
import { blockRoles, toMarkdown, withoutMarkdownMarks } from './markdown.ts';
import { buildTree, hasOwnOutline } from './tree.ts';
import {
  citations,
  closingDocNumbers,
  documentDate,
  documentLevel,
  documentPeriod,
  documentRegion,
  documentTitle,
  ownDocNumbers,
} from './metadata.ts';
import { applySidecar } from './sidecar.ts';
import { attachedParts } from './parts.ts';
import { documentIssuers } from './issuer.ts';
import { disclosureFields } from './disclosure.ts';
import { withDivision } from './division.ts';
import { lintText } from './lint.ts';
import { noteLines } from './notes.ts';
import { withoutMasthead } from '../text/site-chrome.ts';

export interface Structured {
  document: DocumentRecord;
  clauses: ClauseRecord[];
  markdown: string;
  messages: Message[];
}

export function structureDocument(input: SourceText): Structured {
  const messages: Message[] = lintText(input);
  // Zero-width characters a web copy leaves (​ before 一、) are white space here, as they look.
  const source = { ...input, lines: input.lines.map(withoutInvisibles) };
  const { blocks, pageNumbers, pageHeads, notes } = readBlocks(source.lines);
  const markdown = toMarkdown(blocks);
  // remark decides what is a heading or a rule; numbering, not `#` depth, decides nesting.
  const roles = blockRoles(markdown, blocks.length);
  const content = blocks.map((block, i) => ({ ...block, markdownDepth: roles[i].depth, rule: roles[i].rule }));
  const attached = attachedParts(source.id, source.file, content.filter((b) => !b.rule), messages);
  const firstPartLine = attached.ranges[0]?.line ?? Number.MAX_SAFE_INTEGER;
  // A cover letter whose plan is all attached, without an outline of its own, is all preamble.
  const parts = attached.ranges.length && !hasOwnOutline(attached.main)
    ? { clauses: [], bodyLine: firstPartLine, closingLine: firstPartLine }
    : buildTree(source.id, source.file, attached.main, messages);

  // Page furniture (page numbers, running headers) and notes are published on their own, so the raw preamble and
  // closing leave them out; so are the attached parts, whose text is in their clauses.
  const inPart = (line: number) => attached.ranges.some((r) => line >= r.line && line <= r.endLine);
  const furniture = new Set([...[...pageNumbers, ...pageHeads].map((p) => p.line), ...noteLines(notes)]);
  const prose = source.lines.map((line, i) => (furniture.has(i + 1) || inPart(i + 1) ? '' : line));
  const preambleLines = prose.slice(0, parts.bodyLine - 1);
  const preamble = paragraphLines(preambleLines, blocks);
  const closingStart = Math.min(parts.closingLine, firstPartLine);
  const closingLines = prose.slice(closingStart - 1).filter((_, k) => !inPart(closingStart + k));
  // a footnote may be where the text cites the plan it carries out ([1]国家卫生健康委办公厅关于印发…（国卫办医函〔2021〕538号）)
  const fullText = [...blocks.map((b) => b.text), ...notes.map((n) => n.text)].join('\n');
  // What the cover lines say, without Markdown's marks (`> 某政办发〔2024〕9号`, `**…**`).
  // A table of contents' entries (a gazette's issue lists the documents in it: …关于…的报告 ……… 1) name no issuer or title of this one.
  // A letter-spaced line (襄 政 办 发〔2023〕25 号) read by its letters.
  // A web copy's masthead (the site's name over its breadcrumb) names neither.
  const coverLines = withoutMasthead(preambleLines).map((l) => (tocEntry.test(l.trim()) ? '' : withoutLetterSpacing(withoutMarkdownMarks(l))));
  const closingRead = closingLines.map(withoutLetterSpacing);
  const title = documentTitle(coverLines);
  // A website's disclosure table says the 文号, issuer and 成文日期 in so many words; the cover letter's own lines otherwise.
  const disclosed = disclosureFields(preambleLines);
  const found = documentIssuers(coverLines, prose, title);
  // the table's issuer over a red head it does not name: a web copy's first line is often the site's masthead (某县人民政府)
  const issuers = disclosed.issuer && !found.includes(disclosed.issuer) ? [disclosed.issuer] : found;
  const issuer = issuers[0] ?? null;
  const cites = citations(fullText, title);
  const cover = ownDocNumbers(coverLines);
  const own = cover.length ? cover : closingDocNumbers(closingRead);
  const docNumber = disclosed.docNumber ?? own[0] ?? null;
  const region = documentRegion([issuer, title], cites.flatMap((c) => c.docNumber ?? []));
  const date = disclosed.date ?? documentDate(coverLines, closingRead);

  const fromText: DocumentRecord = {
    id: source.id,
    title,
    docNumber,
    issuer,
    date,
    level: documentLevel(issuer, title),
    region,
    period: documentPeriod(title, date, preambleLines, fullText),
    // A joint document's other 文号 are its own too, not documents it cites.
    cites: cites.flatMap((c) => (c.docNumber !== null && c.docNumber !== docNumber && !own.includes(c.docNumber) ? [{ ...c, doc: null }] : [])),
    // Apart from `cites`, whose entries have always had a 文号.
    citesByTitle: cites.flatMap((c) => (c.docNumber === null ? [{ ...c, doc: null }] : [])),
    preamble: trimBlankLines(preamble),
    closing: trimBlankLines(closingLines),
    pageNumbers,
    pageHeads,
    notes,
    source: { file: source.file, encoding: source.encoding, lines: source.lines.length, bytes: source.bytes },
    provenance: {},
    messages: [],
    issuers,
    attachments: attached.attachments,
    division: null,
  };
  const document = withDivision(applySidecar(fromText, source.sidecar));
  // A sidecar's issuer heads the list of issuers too.
  if (document.issuer && !document.issuers.includes(document.issuer)) document.issuers = [document.issuer, ...document.issuers.filter((n) => n !== issuer)];
  document.messages = messages.map(({ line, message }) => ({ line, message }));
  return { document, clauses: [...parts.clauses, ...attached.clauses], markdown, messages };
}

/**
 * The lines as written, a paragraph the page or column width broke over lines one line again (as its
 * clause's text is in the body): its lines run on, Chinese without a space (joinWrapped), the blank
 * lines between its pieces dropped. A numbered line (the `2．…` of a list under 附表：1．…) keeps its own.
 */
function paragraphLines(lines: string[], blocks: Block[]): string[] {
  const out: string[] = [];
  const joined = new Map<Block, number>();
  const blockAt = new Map(blocks.filter((b) => b.endLine > b.line).flatMap((b) => Array.from({ length: b.endLine - b.line + 1 }, (_, k) => [b.line + k, b] as const)));
  lines.forEach((line, i) => {
    const block = blockAt.get(i + 1);
    const at = block && !readMarker(line.trim()) ? joined.get(block) : undefined;
    if (at === undefined) {
      if (block && line.trim()) joined.set(block, out.length);
      out.push(line);
    } else if (line.trim()) out[at] = out[at].match(/^\s*/)![0] + joinWrapped([out[at], line]);
  });
  return out;
}

function trimBlankLines(lines: string[]): string {
  return lines.join('\n').replace(/^\s*\n/, '').trimEnd();
}
