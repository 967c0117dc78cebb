import { describe, expect, it } from 'vitest';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { markdownLine, markdownLinesHtml } from '../../../src/lib/markdown-html.ts';
import { escapeHtml } from '../../../src/lib/run-html.ts';

type Node = { type: string; tagName?: string; value?: string; properties?: { className?: string[]; hidden?: boolean }; children?: Node[] };
const tree = (html: string) => unified().use(rehypeParse, { fragment: true }).parse(html) as Node;

/** Every character of the HTML's text, hidden marks included: what the search index reads. */
function pageText(html: string): string {
  const walk = (node: Node): string => (node.type === 'text' ? node.value! : (node.children ?? []).map(walk).join(''));
  return walk(tree(html));
}

/** What a reader sees: the text without the hidden marks. */
function shownText(html: string): string {
  const walk = (node: Node): string => (node.type === 'text' ? node.value! : node.properties?.hidden ? '' : (node.children ?? []).map(walk).join(''));
  return walk(tree(html));
}

/** The tag names of the HTML's elements, in document order. */
function elements(html: string): string[] {
  const walk = (node: Node): string[] => [...(node.tagName ? [node.tagName] : []), ...(node.children ?? []).flatMap(walk)];
  return walk(tree(html));
}

describe('a line of a Markdown source, for display', () => {
  it('shows a heading as a bold line without its #, keeping the mark in the page', () => {
    const line = '## 一、总体要求';
    const shown = markdownLine(line);
    expect(shown).toMatchObject({ kind: 'heading', depth: 2 });
    expect(shown.html).toBe('<span class="md-mark" hidden>## </span><strong>一、总体要求</strong>');
    expect(shownText(shown.html)).toBe('一、总体要求');
    expect(pageText(shown.html)).toBe(line);
    expect(markdownLine('###### 6级标题 ##')).toMatchObject({ kind: 'heading', depth: 6 });
    expect(shownText(markdownLine('###### 6级标题 ##').html)).toBe('6级标题');
  });

  it('shows **…** as <strong>, in a heading too', () => {
    const line = '为贯彻落实**千县工程**要求，**提升**县域医疗卫生服务能力。';
    const { kind, html } = markdownLine(line);
    expect(kind).toBe('paragraph');
    expect(shownText(html)).toBe('为贯彻落实千县工程要求，提升县域医疗卫生服务能力。');
    expect(pageText(html)).toBe(line);
    expect(elements(html).filter((e) => e === 'strong')).toHaveLength(2);
    expect(markdownLine('# **某某县医疗卫生服务能力提升实施方案**').html).toContain('<strong><span class="md-mark" hidden>**</span><strong>某某县医疗卫生服务能力提升实施方案</strong><span class="md-mark" hidden>**</span></strong>');
  });

  it('shows > as a quote and - or * as a list item', () => {
    expect(markdownLine('> 《实施方案》已经县政府研究同意，现印发给你们。')).toEqual({ kind: 'quote', html: '<span class="md-mark" hidden>&gt; </span>《实施方案》已经县政府研究同意，现印发给你们。' });
    expect(markdownLine('- 胸痛中心，由县人民医院负责；')).toEqual({ kind: 'item', html: '<span class="md-mark" hidden>- </span>胸痛中心，由县人民医院负责；' });
    expect(markdownLine('* 卒中中心。')).toMatchObject({ kind: 'item' });
  });

  it('shows a line of only --- or *** as a rule', () => {
    for (const line of ['---', '***', '-----  ']) {
      expect(markdownLine(line).kind, line).toBe('rule');
      expect(shownText(markdownLine(line).html)).toBe('');
      expect(pageText(markdownLine(line).html)).toBe(line);
    }
  });

  it('leaves a lone * or #, and marks without their space, as written', () => {
    for (const line of ['详见附件#1，按5*3原则配置。', '#1号楼改造完成', '-胸痛中心', '>注：以上中心须通过省级验收。', '**县卫健局', '** 重点 **', '——', '--', '*注：单位为万元', '- 2 -', '　　# 全角空格后的井号']) {
      expect(markdownLine(line), line).toEqual({ kind: 'paragraph', html: escapeHtml(line) });
    }
  });

  it('escapes everything a document holds: markup comes out as text, inside marks too', () => {
    const lines = ['# <script>alert(1)</script>标题', '**<img src=x onerror="alert(1)">**', '> <b>引文</b> & "引号"', '- <a href="javascript:alert(1)">项</a>', '正文<iframe>'];
    const html = markdownLinesHtml(lines);
    expect(elements(html).filter((e) => !['p', 'span', 'strong', 'blockquote', 'ul', 'li'].includes(e))).toEqual([]);
    expect(html).not.toMatch(/<(script|img|b|a|iframe)[\s>]/);
    expect(pageText(html)).toBe(lines.join(''));
    expect(shownText(html)).toContain('<script>alert(1)</script>标题');
    expect(shownText(html)).toContain('<img src=x onerror="alert(1)">');
  });
});

describe('lines of a Markdown source as blocks', () => {
  it('gathers consecutive items into one list and quote lines into one quote, one paragraph for each other line', () => {
    const html = markdownLinesHtml(['# 某某县人民政府办公室文件', '', '某政办〔2024〕12号', '---', '- 胸痛中心；', '', '- 卒中中心。', '> 注：', '> 须通过省级验收。', '正文。']);
    expect(elements(html)).toEqual(['p', 'span', 'strong', 'p', 'div', 'span', 'ul', 'li', 'span', 'li', 'span', 'blockquote', 'p', 'span', 'p', 'span', 'p']);
    expect(html).toContain('<p class="md-heading md-h1">');
    expect(html).toContain('<div class="md-rule" role="separator">');
    expect(html.endsWith('</blockquote><p>正文。</p>')).toBe(true);
  });

  it('a text without Markdown reads as it did: a paragraph a line, every character shown', () => {
    const lines = ['各乡镇人民政府，县直有关单位：', '现将《某某县实施方案》印发给你们，请认真贯彻执行。'];
    expect(markdownLinesHtml(lines)).toBe(lines.map((l) => `<p>${l}</p>`).join(''));
  });
});
