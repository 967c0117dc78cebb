import { beforeAll, describe, expect, it } from 'vitest';
import { linksToNational } from '../../../src/lib/compare.ts';
import { planLine, provinceGroups, type PlanLine } from '../../../src/lib/national-view.ts';
import { planLineHtml, type LineWords } from '../../../src/lib/plan-line-html.ts';
import { strings } from '../../../src/i18n/index.ts';
import { seedCorpus } from '../../helpers/corpus.ts';

const s = strings('zh');
const words: LineWords = { relations: s.relation, others: s.national.others, curated: { curatedAdded: s.reader.curatedAdded, curatedConfirmed: s.reader.curatedConfirmed } };
let line: PlanLine;
let target: string;

beforeAll(async () => {
  const { documents, clauses } = await seedCorpus();
  target = 'national-qianxian-2021/2.1.4';
  line = provinceGroups(linksToNational(target, documents, clauses)).flatMap((g) => g.covering.map(planLine))[0];
});

describe('a plan’s line on a national clause’s page (built and loaded alike)', () => {
  it('names the plan, its best clause, relation and score, and carries the pair its curation tools act on', () => {
    const html = planLineHtml(line, target, words);
    expect(html).toContain(`<a href="/docs/${line.id}/">${line.name}</a>：`);
    expect(html).toContain(`<span class="line-tail"> ${s.relation[line.relation]} ${line.score}`);
    expect(html).toContain(`data-curation-pair data-source="${line.clause}" data-target="${target}" data-curated="computed" hidden`);
    expect(html).not.toContain('badge curated');
  });

  it('marks a link a researcher added (人工添加)', () => {
    const html = planLineHtml({ ...line, curated: 'added' }, target, words);
    expect(html).toContain(`<span class="badge curated">${s.reader.curatedAdded}</span>`);
    expect(html).toContain('data-curated="added"');
  });

  it('escapes every value from a document', () => {
    const hostile = '<script>window.ran = true</script>"&\'';
    const html = planLineHtml({ ...line, name: hostile, label: hostile, clause: hostile }, target, words);
    expect(html).not.toMatch(/<script|"&'/);
    expect(html).toContain('&lt;script&gt;window.ran = true&lt;/script&gt;&quot;&amp;&#39;');
  });
});
