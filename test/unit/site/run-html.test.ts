import { describe, expect, it } from 'vitest';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import type { ClauseRecord } from '../../../scripts/publish/schema.ts';
import { renderedClause, runsHtml } from '../../../src/lib/run-html.ts';
import { runsOf } from '../../../src/lib/highlight.ts';

function clause(partial: Partial<ClauseRecord> & { id: string; text: string }): ClauseRecord {
  return {
    doc: 'doc', parent: null, path: ['一'], marker: '一、', depth: 1, title: null, bodyStart: 0,
    enumeration: [], source: { file: 'corpus/doc.txt', line: 1, endLine: 1 }, task: '', units: [], deadlines: [], metrics: [], links: [],
    part: null, cells: [], members: [], suggestions: [],
    ...partial,
  };
}

/** The text a browser shows for the HTML, tooltips left out. */
function shownText(html: string): string {
  type Node = { type: string; value?: string; properties?: { className?: string[] }; children?: Node[] };
  const walk = (node: Node): string => (node.type === 'text' ? node.value! : node.properties?.className?.includes('tip') ? '' : (node.children ?? []).map(walk).join(''));
  return walk(unified().use(rehypeParse, { fragment: true }).parse(html) as Node);
}

describe('runsHtml', () => {
  it('marks a field with its tooltip and shared wording, and escapes every character of the text', () => {
    const text = '县卫健局要在<script>alert(1)</script>2025年底前完成 & "胸痛中心"';
    const runs = runsOf(text, 0, text.length, [{ kind: 'unit', at: [0, 4], label: '单位：县卫健局 <b>' }], [[2, 4]]);
    const html = runsHtml(runs, 'c-1-0');
    expect(html).toContain('<span class="field"><mark class="f f-unit" tabindex="0" aria-describedby="c-1-0-0">县卫<span class="ev">健局</span></mark><span class="tip" role="tooltip" id="c-1-0-0" data-pagefind-ignore>单位：县卫健局 &lt;b&gt;</span></span>');
    expect(html).not.toMatch(/<script|<b>/);
    expect(shownText(html)).toBe(text);
  });
});

describe('a Markdown source’s bold in a clause', () => {
  /** The text a reader sees: tooltips and the hidden marks left out. */
  const seen = (html: string) => shownText(html.replace(/<span class="md-mark" hidden>[^<]*<\/span>/g, ''));

  it('shows **…** bold around and inside a field, keeps its marks in the page hidden, and leaves a lone * as written', () => {
    const text = '各部门要加强协作，**由县卫健局负责统筹**，按5*3原则配置<b>。';
    const runs = runsOf(text, 0, text.length, [{ kind: 'unit', at: [12, 16], label: '单位：县卫健局' }]);
    const html = runsHtml(runs, 'c-3-0');
    expect(html).toBe(
      '各部门要加强协作，<span class="md-mark" hidden>**</span><strong>由</strong>' +
        '<span class="field"><mark class="f f-unit" tabindex="0" aria-describedby="c-3-0-1"><strong>县卫健局</strong></mark><span class="tip" role="tooltip" id="c-3-0-1" data-pagefind-ignore>单位：县卫健局</span></span>' +
        '<strong>负责统筹</strong><span class="md-mark" hidden>**</span>，按5*3原则配置&lt;b&gt;。',
    );
    expect(shownText(html)).toBe(text);
    expect(seen(html)).toBe('各部门要加强协作，由县卫健局负责统筹，按5*3原则配置<b>。');
  });

  it('a pair split between a field and the words after it is cut at the field’s edge', () => {
    const text = '**县卫健局**牵头';
    const html = runsHtml(runsOf(text, 0, text.length, [{ kind: 'unit', at: [1, 6], label: '单位' }]), 'c');
    expect(html).toBe('<span class="md-mark" hidden>*</span><span class="field"><mark class="f f-unit" tabindex="0" aria-describedby="c-1"><span class="md-mark" hidden>*</span><strong>县卫健局</strong></mark><span class="tip" role="tooltip" id="c-1" data-pagefind-ignore>单位</span></span><span class="md-mark" hidden>**</span>牵头');
    expect(seen(html)).toBe('县卫健局牵头');
  });
});

describe('renderedClause', () => {
  it('renders a clause’s heading words and its paragraphs and lists once, losing no character', () => {
    const text = '（一）加强专科建设。\n到2025年，建成胸痛中心、卒中中心。\n1.完善设施；2.培养人才。';
    const c = clause({ id: 'doc/1.1', text, title: '加强专科建设', bodyStart: 9, enumeration: [{ marker: '1.', at: [29, 34] }, { marker: '2.', at: [36, 41] }] as ClauseRecord['enumeration'] });
    const first = renderedClause(c);
    expect(renderedClause(c)).toEqual(first);
    expect(shownText(first.leadHtml + first.bodyHtml).replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
    expect(first.bodyHtml).toMatch(/^<p>/);
  });
});
