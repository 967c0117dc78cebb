/**
 * The same plan in another format reads the same: each seed plan as a PDF, a Word .docx, a saved web page,
 * an OFD, an old Word .doc and an RTF (test/fixtures/formats/, made by its make.ts) gives the document —
 * title, 文号, issuer, date, level, region, period, citations — and the clauses — outline, headings, units,
 * deadlines, metrics and links — of its .txt. (formats.test.ts checks what each reader keeps of the text.)
 */
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../scripts/pipeline.ts';
import { documentReading } from '../../helpers/reading.ts';

const PLANS = ['xiangyuan-2023', 'pianguan-2024', 'mingxi-2024', 'yanshi-2020'];
const FORMATS = ['pdf', 'docx', 'html', 'ofd', 'doc', 'rtf'];
const idIn = (plan: string, format: string) => plan.replace(/-(\d{4})$/, `${format}-$1`);

describe.each(PLANS)('%s in another format', (plan) => {
  let read: (id: string) => ReturnType<typeof documentReading>;
  beforeAll(async () => {
    const corpus = mkdtempSync(join(tmpdir(), 'other-format-'));
    for (const file of ['national-qianxian-2021.txt', 'national-qianxian-2021.yaml', 'link-concepts.yaml', `${plan}.txt`]) copyFileSync(join('corpus', file), join(corpus, file));
    for (const format of FORMATS) copyFileSync(join('test/fixtures/formats', `${plan}.${format}`), join(corpus, `${idIn(plan, format)}.${format}`));
    const { documents, clauses } = await buildCorpus(corpus);
    const byDoc = Map.groupBy(clauses, (c) => c.doc);
    read = (id) => documentReading(documents.find((d) => d.id === id)!, byDoc.get(id)!);
  }, 120_000);

  it.each(FORMATS)('.%s: the same metadata, citations, clauses, headings, units, deadlines, metrics and links', (format) => {
    expect(read(idIn(plan, format))).toEqual(read(plan));
  });
});
