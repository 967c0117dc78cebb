/**
 * Many county plans list their tasks one line each (1.建设胸痛中心、卒中中心、创伤中心。): the
 * whole clause is its heading. Such a clause is a task of its own and links like any other; a
 * section that is all heading still leaves the linking to its tasks.
 */
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTextSources } from '../../../scripts/ingest/read-corpus.ts';
import { structureDocument } from '../../../scripts/structure/index.ts';
import { DEFAULTS, emptyCuration, linkCorpus, readConcepts } from '../../../scripts/link/index.ts';

const terse = `某县“千县工程”县医院综合能力提升工作实施方案

一、重点任务
（一）加强急诊急救能力建设
1.建设胸痛中心、卒中中心、创伤中心。
2.建设危重孕产妇救治中心、危重儿童和新生儿救治中心。
（二）改善硬件条件
1.完成县人民医院住院综合楼建设。
2.新增CT、核磁共振等大型医疗设备。
`;

describe('a plan whose tasks are one line each', () => {
  const dir = mkdtempSync(join(tmpdir(), 'terse-'));
  for (const ext of ['txt', 'yaml']) copyFileSync(`corpus/national-qianxian-2021.${ext}`, join(dir, `national-qianxian-2021.${ext}`));
  writeFileSync(join(dir, 'mouxian-2024.txt'), terse);
  const structured = readTextSources(dir).map(structureDocument);
  const { clauses } = linkCorpus(structured.map((s) => s.document), structured.flatMap((s) => s.clauses), emptyCuration(), DEFAULTS, readConcepts('corpus/link-concepts.yaml').concepts);
  const targetsOf = (id: string) => clauses.find((c) => c.id === `mouxian-2024/${id}`)!.links.map((l) => l.target);

  it('links each one-line task to the national task it carries out', () => {
    expect(targetsOf('1.1.1')).toEqual(['national-qianxian-2021/2.1.4']); // 建强急诊急救“五大中心”
    expect(targetsOf('1.1.2')).toEqual(['national-qianxian-2021/2.1.4']);
    expect(targetsOf('1.2.1')).toEqual(['national-qianxian-2021/2.1.6']); // 持续改善硬件条件
    expect(targetsOf('1.2.2')).toEqual(['national-qianxian-2021/2.1.6']);
  });

  it('leaves the sections that are all heading to their tasks', () => {
    expect(targetsOf('1.1')).toEqual([]);
    expect(targetsOf('1.2')).toEqual([]);
  });
});
