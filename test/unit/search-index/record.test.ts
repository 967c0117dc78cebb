import { describe, expect, it } from 'vitest';
import { searchRecord } from '../../../src/search-index/record.ts';

const page = (body: string) =>
  `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>襄垣县方案</title><link rel="stylesheet" href="/a.css"></head>` +
  `<body><nav class="outline"><a href="#c-1">一、总体要求</a></nav>${body}<script type="application/json">{"a":1}</script></body></html>`;

describe('searchRecord: what Pagefind is handed of a page', () => {
  it('keeps the language, the title and the body element, and drops what lies outside it', () => {
    const record = searchRecord(page('<article data-pagefind-body><h1 id="top">方案</h1><p id="c-1">加强胸痛中心建设。</p></article>'));
    expect(record).toBe(
      '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>襄垣县方案</title></head><body><article data-pagefind-body><h1 id="top">方案</h1><p id="c-1">加强胸痛中心建设。</p></article></body></html>',
    );
  });

  it('cuts out the parts Pagefind ignores, nested ones included', () => {
    const record = searchRecord(
      page(
        '<article data-pagefind-body><p>加强<span class="field"><mark>县医院</mark><span class="tip" data-pagefind-ignore>责任单位</span></span>建设。</p>' +
          '<div class="links" data-pagefind-ignore><div>对应 <div>国家方案 2.1</div></div></div><section data-pagefind-ignore="index"><h2>字段</h2></section><p>完善制度。</p></article>',
      ),
    );
    expect(record).toContain('<p>加强<span class="field"><mark>县医院</mark></span>建设。</p><p>完善制度。</p></article>');
    expect(record).not.toMatch(/责任单位|对应|国家方案|字段/);
  });

  it('keeps an ignored part that holds filters or metadata: Pagefind still reads them there', () => {
    const filters = '<div hidden data-pagefind-ignore><span data-pagefind-filter="province:山西省"></span></div>';
    expect(searchRecord(page(`<article data-pagefind-body>${filters}<p>正文。</p></article>`))).toContain(filters);
  });

  it('reads a quoted attribute value holding > as part of its tag', () => {
    const record = searchRecord(page('<article data-pagefind-body><span title="床位数>500" data-pagefind-ignore>提示</span><p>床位数>500张。</p></article>'));
    expect(record).toContain('<article data-pagefind-body><p>床位数>500张。</p></article>');
  });

  it('puts what is appended inside the body element, before it closes', () => {
    expect(searchRecord(page('<article data-pagefind-body><p>正文。</p></article>'), '<p hidden>⟦较 大幅度⟧</p>')).toContain('<p>正文。</p><p hidden>⟦较 大幅度⟧</p></article></body>');
  });

  it('leaves a page without a body element as it is', () => {
    const html = page('<main><p>概览</p></main>');
    expect(searchRecord(html)).toBe(html);
  });
});
