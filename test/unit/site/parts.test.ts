/** The reader's view of attached parts, on the clauses the pipeline makes of a fixture. */
import { describe, expect, it } from 'vitest';
import { buildFixture, buildText } from '../../helpers/fixture-document.ts';
import { attachmentNumber, cellRuns, inOutline, memberLayout, partBlocks } from '../../../src/lib/parts.ts';

const { clauses } = buildFixture('test/fixtures/attachments/task-table.txt');
const childrenOf = (id: string) => clauses.filter((c) => c.parent === id);
const plain = (runs: ReturnType<typeof cellRuns>[number]) => runs.map((r) => r.pieces.map((p) => p.text).join('')).join('');

describe('attached parts in the reader', () => {
  it('rows under one header are one table; members lines stay apart', () => {
    expect(partBlocks(childrenOf('task-table/附件1')).map((b) => b.kind)).toEqual(['table']);
    const [table] = partBlocks(childrenOf('task-table/附件1'));
    expect(table.kind === 'table' && [table.headers, table.rows.length]).toEqual([['序号', '重点任务', '牵头单位', '责任单位', '完成时限'], 4]);
    expect(partBlocks(childrenOf('task-table/附件2')).map((b) => b.kind)).toEqual(['members', 'members', 'members']);
  });

  it('each cell keeps its text, its fields marked', () => {
    const row = clauses.find((c) => c.id === 'task-table/附件1/1')!;
    const runs = cellRuns(row);
    expect(runs.map(plain)).toEqual(row.cells.map((c) => c.text));
    expect(runs[2].filter((r) => r.field).map((r) => r.field!.kind)).toEqual(['unit']);
    expect(runs[4].filter((r) => r.field).map((r) => r.field!.kind)).toEqual(['deadline']);
  });

  it('a members line: its role, then its people; the outline skips rows and members lines', () => {
    const line = clauses.find((c) => c.id === 'task-table/附件2/1')!;
    expect(memberLayout(line).role).toBe('组长：');
    expect(memberLayout(line).entries.map(plain)).toEqual(['县长']);
    expect(clauses.filter(inOutline).map((c) => c.id)).not.toContain('task-table/附件1/1');
    expect(clauses.filter(inOutline).map((c) => c.id)).toContain('task-table/附件1');
  });

  it('a numbered line set out in columns without a header stays in the outline: it is one of the plan’s numbered clauses', () => {
    const plan = buildText('rows.txt', ['一、重点任务', '1．胸痛中心建设          县人民医院          2023年12月底前', '2．创伤中心建设          县人民医院、县中医院    2024年12月底前'].join('\n'));
    const rows = plan.clauses.filter((c) => c.cells.length > 0);
    expect(rows.map((c) => c.title)).toEqual(['胸痛中心建设', '创伤中心建设']);
    expect(rows.filter(inOutline)).toEqual(rows);
  });
});

describe('the attachment list', () => {
  it('numbers a part of an attachment as the document does (附件1-2), each part its own', () => {
    const { document } = buildText('sub-parts.txt', [
      '某某市推进县医院综合能力提升工作实施方案', '', '一、重点任务', '各县按照分解表推进。', '',
      '附件：1-1.东湖县重点任务分解表', '      1-2.西岭县重点任务分解表', '      2.工作进度报表', '',
      '附件1-1', '', '东湖县重点任务分解表', '', '序号\t重点任务\t牵头单位', '1\t建设胸痛中心\t县人民医院', '',
      '附件1—2', '', '西岭县重点任务分解表', '', '序号\t重点任务\t牵头单位', '1\t建设卒中中心\t县中医院', '',
      '附件2', '', '工作进度报表',
    ].join('\n'));
    expect(document.attachments.map(attachmentNumber)).toEqual(['1-1', '1-2', '2']);
    expect(attachmentNumber({ number: null })).toBe('');
  });
});
