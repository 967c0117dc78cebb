/**
 * Blocks → normalised Markdown → mdast (unified + remark-parse). Each block becomes one
 * Markdown line, escaped so that remark reads it as the paragraph it is (`1. ` would
 * otherwise start a list, `<script` an HTML block); remark then tells headings, rules
 * and paragraphs apart, and positions map every node back to its block and source lines.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Root } from 'mdast';
import type { Block } from './blocks.ts';
import { strongMarks } from '../text/strong-emphasis.ts';

export function toMarkdown(blocks: Block[]): string {
  return blocks
    .map((block) => {
      if (block.rule) return '---';
      if (block.markdownDepth) return `${'#'.repeat(block.markdownDepth)} ${escapeLine(block.text)}`;
      return escapeLine(block.text);
    })
    .join('\n\n') + '\n';
}

/** Backslash-escape what would open a Markdown container at the start of a line. */
function escapeLine(text: string): string {
  return text
    .replace(/^(\d{1,9})([.)])/, '$1\\$2')
    .replace(/^([>+*\-#<`~=_|])/, '\\$1');
}

/**
 * Parse the normalised Markdown and give each block what remark found it to be: its
 * heading depth (0 for a paragraph) and whether it is a rule. remark is the judge of
 * Markdown structure; the line reader only kept heading-like lines apart from prose.
 */
export function blockRoles(markdown: string, blockCount: number): { depth: number; rule: boolean }[] {
  const tree: Root = unified().use(remarkParse).parse(markdown);
  const roles = Array.from({ length: blockCount }, () => ({ depth: 0, rule: false }));
  for (const node of tree.children) {
    const start = node.position?.start.line ?? 1;
    const end = node.position?.end.line ?? start;
    const role = { depth: node.type === 'heading' ? node.depth : 0, rule: node.type === 'thematicBreak' };
    // Block i sits on Markdown line 2i + 1.
    for (let line = start; line <= end; line += 1) if (line % 2 === 1) roles[(line - 1) / 2] = role;
  }
  return roles;
}

/** A paragraph that opens with a short bold phrase closed by a stop or a colon: a run-in heading Markdown set in bold. */
export const boldRunIn = /^\*\*([^*\n。；！？]{2,40}[。：:]?)\*\*[。：:]?/;

/** Emphasis a converter wrote (`**总体目标**`, `__…__`, `*…*`) without its delimiters: a title is the words. */
export const withoutEmphasis = (text: string): string => {
  const marks = strongMarks(text);
  const strongless = marks.size ? text.split('').filter((_, i) => !marks.has(i)).join('') : text;
  return strongless.replace(/(?<![*\w])\*(?=[^\s*])([^*]+?)(?<=\S)\*(?![*\w])/g, '$1');
};

/** A line without its Markdown block markup (`# `, `> `) and emphasis: what a cover line says. */
export const withoutMarkdownMarks = (line: string): string => withoutEmphasis(line.replace(/^(\s*)(?:#{1,6}\s+|>\s?)/, '$1'));
