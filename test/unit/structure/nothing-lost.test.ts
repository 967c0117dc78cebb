/**
 * Nothing lost: every character of a source text, other than white space, numbering
 * markers and Markdown block markup, is published exactly once and in reading order
 * (preamble, clauses, closing; page numbers apart), and each clause's source lines hold exactly its text.
 * Attached parts (附件) are published as clauses of their own: their source lines are checked apart.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compact, seedCorpus } from '../../helpers/corpus.ts';
import { expectNothingLost, withoutMarkup } from '../../helpers/nothing-lost.ts';
import { buildText } from '../../helpers/fixture-document.ts';

const seeds = ['national-qianxian-2021', 'xiangyuan-2023', 'pianguan-2024', 'mingxi-2024', 'yanshi-2020'];

describe('nothing lost', () => {
  for (const doc of seeds) {
    it(`${doc}: preamble + clauses + closing reproduce the source`, async () => {
      const { documents, clauses } = await seedCorpus();
      const source = readFileSync(`corpus/${doc}.txt`, 'utf8').split(/\r\n|\r|\n/);
      const document = documents.find((d) => d.id === doc)!;
      const inPart = (line: number) => document.attachments.some((a) => a.source && line >= a.source.line && line <= a.source.endLine);
      const published = [
        withoutMarkup(document.preamble.split('\n')),
        ...clauses.filter((c) => c.doc === doc && c.part === null).map((c) => `${c.marker ?? ''}${c.text}`),
        withoutMarkup(document.closing.split('\n')),
      ].join('');
      const pageNumbers = new Set(document.pageNumbers.map((p) => p.line));
      const prose = source.filter((_, i) => !pageNumbers.has(i + 1) && !inPart(i + 1));
      expect(compact(published)).toBe(compact(withoutMarkup(prose)));
    });

    it(`${doc}: each clause's source lines hold its marker and text`, async () => {
      const { clauses } = await seedCorpus();
      const source = readFileSync(`corpus/${doc}.txt`, 'utf8').split(/\r\n|\r|\n/);
      for (const clause of clauses.filter((c) => c.doc === doc)) {
        const lines = source.slice(clause.source.line - 1, clause.source.endLine);
        expect(compact(withoutMarkup(lines)), clause.id).toBe(compact(`${clause.marker ?? ''}${clause.text}`));
      }
    });

    it(`${doc}: attached parts included, every character is in exactly one place`, async () => {
      const { documents, clauses } = await seedCorpus();
      expectNothingLost(documents.find((d) => d.id === doc)!, clauses, readFileSync(`corpus/${doc}.txt`, 'utf8').split(/\r\n|\r|\n/));
    });
  }
});

describe('nothing lost in Markdown a converter wrote from Word', () => {
  it('numbered run-in headings in bold: each is its own clause, every other character published once', () => {
    const text = ['某县县医院能力提升实施方案', '', '**一、总体目标**', '', '到2025年，县人民医院达到三级医院服务能力。', '', '**二、重点任务**', '',
      '**（一）加强专科建设。**建设胸痛中心、卒中中心，**重点**补齐短板。', '', '1．建设重点专科。重点建设心内科。', '', '**（二）改善硬件条件。**新建住院楼。'].join('\n');
    const { document, clauses, lines } = buildText('bold-2024.txt', text);
    expect(clauses.map((c) => `${c.path.join('.')} ${c.title}`)).toEqual(['一 总体目标', '二 重点任务', '二.（一） 加强专科建设', '二.（一）.1 建设重点专科', '二.（二） 改善硬件条件']);
    expectNothingLost(document, clauses, lines);
  });
});

describe('nothing lost in a text pulled out of a PDF with running headers', () => {
  // A sentence cut by a page break, with the page number and a header line the PDF repeats on every page.
  const page = (n: number) => ['', `— ${n} —`, '', '某县人民政府办公室文件', ''];
  const text = ['某县县医院能力提升实施方案', '', '一、重点任务', '（一）加强专科能力建设。围绕县域外转率较高的病种，重点发展心血管内科、呼吸与危', ...page(1),
    '重症医学科，补齐儿科、精神科短板。', '（二）加强人才队伍建设。每年公开招聘医学类本科毕业生，选派业务骨干赴三甲', ...page(2), '医院进修学习。'].join('\n');
  const { document, clauses, lines } = buildText('heads-2024.txt', text);

  it('keeps the header out of the sentence it interrupts, and publishes it apart', () => {
    expect(clauses.find((c) => c.title === '加强专科能力建设')!.text.replace(/\s/g, '')).toBe('加强专科能力建设。围绕县域外转率较高的病种，重点发展心血管内科、呼吸与危重症医学科，补齐儿科、精神科短板。');
    expect(document.pageHeads.map((h) => h.text)).toEqual(['某县人民政府办公室文件', '某县人民政府办公室文件']);
    expectNothingLost(document, clauses, lines);
  });

  it('a line that stands beside one page break only is text', () => {
    const once = buildText('once-2024.txt', text.replace(/某县人民政府办公室文件(?![\s\S]*某县人民政府办公室文件)/, '医院进修学习和培训'));
    expect(once.document.pageHeads).toEqual([]);
  });
});

describe('nothing lost in a text copied from a web page with zero-width characters', () => {
  it('a zero-width space before 一、 hides no clause, and the lines that hold them are named', () => {
    const text = ['某县方案', '', '\u200b一、重点任务', '', '\ufeff（一）加强专科建设。建设胸痛中心。', '', '（二）加强人才建设。每年招聘\u200b10名。'].join('\n');
    const { document, clauses, lines, messages } = buildText('zero-width-2024.txt', text);
    expect(clauses.map((c) => c.marker)).toEqual(['一、', '（一）', '（二）']);
    expect(clauses[2].metrics.map((m) => [m.indicator, m.value])).toEqual([['招聘', 10]]);
    expect(messages.filter((m) => /zero-width/.test(m.message)).map((m) => m.line)).toEqual([3, 5, 7]);
    expectNothingLost(document, clauses, lines);
  });
});

describe('a Markdown plan whose sections are headings, not numbers (# title, ## 总体要求, ### 加强专科建设)', () => {
  const text = ['# 某某县县医院综合能力提升实施方案', '', '## 总体要求', '', '坚持以人民健康为中心，推动县医院高质量发展。', '', '## 重点任务', '', '### 加强专科建设', '', '重点建设胸痛中心、卒中中心，2024年底前建成。', '', '### 加强人才队伍建设', '', '每年招聘医学本科以上人才10名。（责任单位：县卫健局、县人社局）', '', '## 保障措施', '', '加强组织领导。'].join('\n');
  const { document, clauses, lines, messages } = buildText('moumou-md-2024.md', text);

  it('nests each paragraph under the heading above it; the lone # above them is the title (before: every heading a flat paragraph, 总体要求 lost in the preamble)', () => {
    expect(document.title).toBe('某某县县医院综合能力提升实施方案');
    expect(clauses.map((c) => [c.path.join('.'), c.title, c.text.slice(0, 6)])).toEqual([
      ['1', '总体要求', '总体要求'],
      ['1.1', null, '坚持以人民健'],
      ['2', '重点任务', '重点任务'],
      ['2.1', '加强专科建设', '加强专科建设'],
      ['2.1.1', null, '重点建设胸痛'],
      ['2.2', '加强人才队伍建设', '加强人才队伍'],
      ['2.2.1', null, '每年招聘医学'],
      ['3', '保障措施', '保障措施'],
      ['3.1', null, '加强组织领导'],
    ]);
    expect(clauses.find((c) => c.id.endsWith('/2.2.1'))?.units.map((u) => u.canonical)).toEqual(['县卫健局', '县人社局']);
    expect(messages.map((m) => m.message)).toContain('no numbering found: the Markdown headings (#, ##…) nest the paragraphs under them');
    expectNothingLost(document, clauses, lines);
  });
});
