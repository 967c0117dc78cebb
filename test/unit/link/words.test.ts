import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readConcepts } from '../../../scripts/link/concepts.ts';
import { linkSpace } from '../../../scripts/link/features.ts';
import { buildText } from '../../helpers/fixture-document.ts';

const { concepts } = readConcepts('corpus/link-concepts.yaml');
// The national plan's level is in its sidecar (corpus/national-qianxian-2021.yaml), which buildText does not read.
const nationalText = buildText('national-qianxian-2021.txt', readFileSync('corpus/national-qianxian-2021.txt', 'utf8'));
const national = { ...nationalText, document: { ...nationalText.document, level: 'national' as const } };
const plan = (task: string) =>
  buildText('mouxian-2023.txt', `某某县推进县医院综合能力提升实施方案\n\n一、重点任务\n\n（一）建设急诊急救中心\n\n${task}\n`);

/** The word and concept similarities of the plan's task clause with the national clause it carries out. */
function similarity(task: string) {
  const county = plan(task);
  const space = linkSpace([national.document, county.document], [...national.clauses, ...county.clauses], concepts);
  const source = county.clauses.find((c) => c.text.startsWith('建设创伤中心'))!;
  const target = national.clauses.find((c) => c.title === '建强急诊急救“五大中心”')!;
  const f = space.pair(source, target)!;
  return { words: f.words, concept: f.concept };
}

describe('words of a clause', () => {
  it('are read whole across a PDF line break or space inside them (骨\\n科, 急诊 外科)', () => {
    const whole = similarity('1.建设创伤中心。整合急诊外科、骨科、神经外科等资源，建立多学科创伤救治团队。');
    const broken = similarity('1.建设创伤中心。整合急诊 外科、骨\n科、神经外科等资源，建立多学科创伤\n救治团队。');
    expect(whole.words).toBeGreaterThan(0);
    expect(broken).toEqual(whole);
  });
});
