/**
 * Links on plans the model was not trained on, built with the national plan and scored against links
 * annotated before the pipeline ran. The figures are printed, pooled, per plan and clause by clause, so
 * a change to the method shows what it does on plans it was not tuned on.
 * - The first probes (test/fixtures/unseen-plans/): a city plan grouped by year, a plan of 一是…二是… items
 *   under Markdown headings, a plan that splits and merges the national tasks, a provincial plan, a notice
 *   of one-line 工作要点, a task list as a workbook, a plan of 2024 in newer words. Fixes they prompted were
 *   made after seeing them; the bar is the goal set for plans nobody annotated.
 * - The second probes (test/fixtures/unseen-plans-2/): ten terse plans written for the extraction probe
 *   (办法 in articles, 工作要点, 推进清单, task tables), their links read blind later. Measured before any
 *   change made for them at 0.61 / 0.60 / 0.92; the goal is not met on them, and the bar is where they stand
 *   (docs/links.md, thirteenth round), so that a change that loses ground on them fails.
 * - The third probes (test/fixtures/unseen-plans-3/): six plans written in their own outlines (a notice with
 *   local tasks, a 工作要点, 一是… paragraphs, a task table, a city's yearly targets, 2025 words) and annotated
 *   before anything of the pipeline ran on them; measured once, after a structure fix they prompted (a table
 *   without outer pipes), at 0.89 / 0.85 / 0.86, and never tuned on. The bar is the goal.
 * - The fourth probes (test/fixtures/unseen-plans-4/): six plans in shapes the others lack (a pdftotext page with
 *   its red head, four levels with annotations on heading lines, a Markdown 任务清单 with group rows, field-name
 *   headings over 一是… paragraphs, a city's yearly targets, 2025 words with two signatures), written and annotated
 *   blind by a helper session; measured once at 0.81 / 0.75 / 0.95 (the structure fixes they prompted changed no
 *   link). The goal is not met on them; the bar is where they stand.
 * - The fifth probes (test/fixtures/unseen-plans-5/): six more (an OCR'd scan, a web page's copy, numbers in Chinese, a
 *   joint notice, articles with a target table, a 医共体 plan), written and annotated blind; measured once at 0.90 / 0.79 /
 *   0.91. Top-1 and precision meet the goal, recall does not; the bar is where they stand.
 * - The sixth probes (test/fixtures/unseen-plans-6/): six more (第一部分 and ①, a plan typed with ASCII punctuation, a Markdown
 *   plan of 2026 with bold run-in headings and an attached task table, a year's work report, a PDF's task table across pages,
 *   two hospitals' task lists), written and annotated blind; measured once at 0.81 / 0.71 / 0.97 (the Markdown plan's body
 *   read as preamble), 0.86 / 0.76 / 0.97 after the structure fixes they prompted. The bar is where they stand.
 * - The seventh probes (test/fixtures/unseen-plans-7/): six more (第一章/第一节, a notice with its plan and a target table
 *   attached, a hospital's own plan numbered 2.1.1, tasks grouped by who does them with 注 notes, a year's 工作要点 with
 *   股室 and months, a PDF export of long paragraphs holding several tasks), written and annotated blind; measured once at
 *   0.79 / 0.69 / 0.91, 0.80 / 0.69 / 0.91 after the structure fixes they prompted (a 2.3 heading read into the clause
 *   above). The bar is where they stand.
 * - The eighth probes (test/fixtures/unseen-plans-8/): six more (a 县中医院's plan whose departments do the work, a joint
 *   notice of 医保 payment tasks, a plan with three attachments, a city plan naming its counties' hospitals, slogan headings
 *   over (1)(2)(3) items, a WeChat article with 【】 headings), written and annotated blind; measured once at 0.69 / 0.58 /
 *   0.92 (the article not outlined: its ten anchors found no clause), 0.82 / 0.69 / 0.93 once 【】 headings outline an
 *   unnumbered text, 0.83 / 0.70 / 0.93 once a section's heading with a who-note is all heading. The bar is where they stand.
 * - The ninth probes (test/fixtures/unseen-plans-9/): six more (a 县级市's plan, an Inner Mongolia 旗's, a county site's saved
 *   web page, a Word document with a merged cell, a 2025—2027 next-round plan as a PDF export, 1、/（1）/① numbering with
 *   trailing 责任单位 lines), written and annotated blind; measured once at 0.91 / 0.79 / 0.97. The bar is where they stand.
 * - The tenth probes (test/fixtures/unseen-plans-10/): six more (a district plan as RTF, an autonomous county's, a task table
 *   aligned by spaces, a county medical group's own plan, a prose plan of 第一，…第六， paragraphs, a mid-term
 *   self-assessment), written and annotated blind; measured once at 0.76 / 0.61 / 0.87, 0.85 / 0.68 / 0.89 after the
 *   structure fixes they prompted (the prose plan's tasks had been one clause). The bar is where they stand.
 * - The eleventh probes (test/fixtures/unseen-plans-11/): six more (an OFD file, a saved MHTML page, a notice forwarding a
 *   city's plan, footnote calls, 时间节点 lines and 【牵头单位】 brackets, a Xinjiang county), written and annotated blind;
 *   measured once at 0.91 / 0.83 / 1.00. The bar is where they stand.
 * - The twelfth and thirteenth probes (test/fixtures/unseen-plans-12/, -13/): twelve more (Word's automatic numbering,
 *   GB18030 with CRLF, a 县委办 and 县政府办 joint notice, a hospital's 胸痛/卒中中心 plan, a 工作要点 with 千县工程 one section
 *   of eight, 1./(1)/① with page footers; a .docx with pending tracked changes, a 整改方案 table, a Tibet county, yearly
 *   stage targets, a web page's task table with group rows, mixed numbering), every clause annotated, written and read
 *   blind; measured once at 4bdee97: 0.89 / 0.82 / 0.89 and 0.90 / 0.87 / 0.95 (two group rows of the web page's table
 *   unresolved until their 一、 was read as a marker). The bar is where they stand.
 * - The fourteenth and fifteenth probes (test/fixtures/unseen-plans-14/, -15/): twelve more (a PDF printed by Chromium, a
 *   考核评分细则 table, a provincial plan, （1） under 一、, Latin abbreviations, a hospital's 年度工作计划; a two-sheet workbook,
 *   a Word text export with form feeds, a notice issuing two plans, a members list in the body, cross-references and ranges,
 *   a 医保+卫健 payment plan), every clause annotated, written and read blind; measured once at 2806a24: 0.78 / 0.77 / 0.93
 *   and 0.98 / 0.91 / 0.88 (three anchors in the body's members list unresolved until it was read as one); 0.96 / 0.89 /
 *   0.93 after an attached part's cover took no part (its link had passed to four clauses of the attached plan, three
 *   wrongly). The bar is where they stand.
 * - The sixteenth probes (test/fixtures/unseen-plans-16/): six more (a scanned page as a PNG read by OCR, items bulleted
 *   ●/■/◆/★, five levels of numbering, a GB2312 page of <br> lines, 附表1/附表2, quarter deadlines), written and read blind;
 *   measured once at 5e43056: 0.64 / 0.62 / 0.95 (the bulleted plan's items one clause a
 *   section: 0.05), 0.84 / 0.81 / 0.96 once bullets were read as levels. The bar is where they stand.
 * - The seventeenth probes (test/fixtures/unseen-plans-17/): six more (a 304-line plan hard-wrapped as a PDF copy, a 三张清单
 *   plan naming 牵头领导, a decimal outline with a target table by year, a 县政府常务会议纪要, a news article on a deployment
 *   meeting, a 县中医院's own plan), written and read blind; measured once at dec209a: 0.78 / 0.67 / 0.85 (ten anchors
 *   unresolved: the table by year and the paragraph below the 责任清单); 0.79 / 0.68 / 0.86 after. The bar is where they stand.
 * - The eighteenth and nineteenth probes (test/fixtures/unseen-plans-18/, -19/): twelve more in the common shapes (a PDF copy
 *   hard-wrapped at 34 letters, a 附件 task table, a plan in the national plan's words and one in the county's own, a 2025
 *   plan reviewing what is done, a city plan; and six plans each on one part of the national plan), written and read
 *   blind; measured once at 1c1e6b6: 0.91 / 0.89 / 0.99 and
 *   0.81 / 0.85 / 0.88. The bar is where they stand.
 */
import { copyFileSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../scripts/pipeline.ts';
import type { ClauseRecord } from '../../../scripts/publish/schema.ts';
import { readGold, scoreGold } from './gold.ts';

const PROBES = [
  { name: 'the first probes', folder: 'test/fixtures/unseen-plans', bar: { top1: 0.85, recall: 0.85, precision: 0.8 } },
  { name: 'the second probes, read blind', folder: 'test/fixtures/unseen-plans-2', bar: { top1: 0.65, recall: 0.65, precision: 0.85 } },
  { name: 'the third probes, written and read blind', folder: 'test/fixtures/unseen-plans-3', bar: { top1: 0.85, recall: 0.85, precision: 0.8 } },
  { name: 'the fourth probes, written and read blind', folder: 'test/fixtures/unseen-plans-4', bar: { top1: 0.8, recall: 0.7, precision: 0.9 } },
  { name: 'the fifth probes, written and read blind', folder: 'test/fixtures/unseen-plans-5', bar: { top1: 0.85, recall: 0.75, precision: 0.85 } },
  { name: 'the sixth probes, written and read blind', folder: 'test/fixtures/unseen-plans-6', bar: { top1: 0.8, recall: 0.7, precision: 0.9 } },
  { name: 'the seventh probes, written and read blind', folder: 'test/fixtures/unseen-plans-7', bar: { top1: 0.75, recall: 0.65, precision: 0.85 } },
  { name: 'the eighth probes, written and read blind', folder: 'test/fixtures/unseen-plans-8', bar: { top1: 0.75, recall: 0.65, precision: 0.85 } },
  { name: 'the ninth probes, written and read blind', folder: 'test/fixtures/unseen-plans-9', bar: { top1: 0.85, recall: 0.75, precision: 0.9 } },
  { name: 'the tenth probes, written and read blind', folder: 'test/fixtures/unseen-plans-10', bar: { top1: 0.8, recall: 0.65, precision: 0.85 } },
  { name: 'the eleventh probes, written and read blind', folder: 'test/fixtures/unseen-plans-11', bar: { top1: 0.85, recall: 0.75, precision: 0.9 } },
  { name: 'the twelfth probes, written and read blind', folder: 'test/fixtures/unseen-plans-12', bar: { top1: 0.85, recall: 0.75, precision: 0.85 } },
  { name: 'the thirteenth probes, written and read blind', folder: 'test/fixtures/unseen-plans-13', bar: { top1: 0.85, recall: 0.8, precision: 0.9 } },
  { name: 'the fourteenth probes, written and read blind', folder: 'test/fixtures/unseen-plans-14', bar: { top1: 0.75, recall: 0.75, precision: 0.9 } },
  { name: 'the fifteenth probes, written and read blind', folder: 'test/fixtures/unseen-plans-15', bar: { top1: 0.9, recall: 0.85, precision: 0.9 } },
  { name: 'the sixteenth probes, written and read blind', folder: 'test/fixtures/unseen-plans-16', bar: { top1: 0.8, recall: 0.8, precision: 0.9 } },
  { name: 'the seventeenth probes, written and read blind', folder: 'test/fixtures/unseen-plans-17', bar: { top1: 0.75, recall: 0.65, precision: 0.85 } },
  // (an unnumbered closing paragraph after the last item of the last part, 各乡镇、各部门要把…, stays in that item's text: the
  // anchor a reader gives it a clause of its own finds none — the tree's limit, said here until it is mended)
  { name: 'the eighteenth probes, written and read blind', folder: 'test/fixtures/unseen-plans-18', bar: { top1: 0.9, recall: 0.85, precision: 0.95 }, knownMissing: ['nanjiang-2024: 各乡镇、各部门要把县级医院能力提升'] },
  { name: 'the nineteenth probes, written and read blind', folder: 'test/fixtures/unseen-plans-19', bar: { top1: 0.8, recall: 0.8, precision: 0.85 } },
];

describe.each(PROBES)('links on plans nobody tuned the method on: $name', ({ folder, bar, knownMissing }: (typeof PROBES)[number] & { knownMissing?: string[] }) => {
  let clauses: ClauseRecord[];
  beforeAll(async () => {
    const corpus = mkdtempSync(join(tmpdir(), 'unseen-plans-'));
    for (const file of ['national-qianxian-2021.txt', 'national-qianxian-2021.yaml', 'link-concepts.yaml']) copyFileSync(join('corpus', file), join(corpus, file));
    // the plans in whatever format they come in (text, a workbook, a saved web page, a Word document), not the notes and gold
    for (const file of readdirSync(folder).filter((f) => !/\.(json|md)$/.test(f))) copyFileSync(join(folder, file), join(corpus, file));
    clauses = (await buildCorpus(corpus)).clauses;
  });

  it('finds every annotated clause and target', () => {
    expect(scoreGold(readGold(join(folder, 'links.json')), clauses).missing).toEqual(knownMissing ?? []);
  });

  it(`reaches top-1 ≥ ${bar.top1}, recall ≥ ${bar.recall}, precision ≥ ${bar.precision}`, () => {
    const gold = readGold(join(folder, 'links.json'));
    const f = scoreGold(gold, clauses);
    const perPlan = [...new Set(gold.clauses.map((c) => c.doc))].map((doc) => {
      const p = scoreGold({ ...gold, clauses: gold.clauses.filter((c) => c.doc === doc) }, clauses);
      return `${doc} ${p.top1.toFixed(2)} / ${p.recall.toFixed(2)} / ${p.precision.toFixed(2)}`;
    });
    console.log(
      `links on unseen plans (${folder}): top-1 ${f.top1.toFixed(3)}, recall of primary ${f.recall.toFixed(3)}, precision ${f.precision.toFixed(3)} over ${f.published} published links\n  ` +
        `${perPlan.join(' | ')}\n  ${f.report.join('\n  ')}`,
    );
    expect(f.top1).toBeGreaterThanOrEqual(bar.top1);
    expect(f.recall).toBeGreaterThanOrEqual(bar.recall);
    expect(f.precision).toBeGreaterThanOrEqual(bar.precision);
  });
});
