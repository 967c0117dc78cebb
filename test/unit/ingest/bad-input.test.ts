/**
 * Bad input gets a message naming the file (and line); the other documents still build.
 * Each case is a real seed text, damaged the way real files arrive.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus, type Corpus } from '../../../scripts/pipeline.ts';

const seed = readFileSync('corpus/pianguan-2024.txt', 'utf8');
let corpus: Corpus;

beforeAll(async () => {
  const dir = join(mkdtempSync(join(tmpdir(), 'corpus-')), 'corpus');
  const { mkdirSync } = await import('node:fs');
  mkdirSync(dir);
  writeFileSync(join(dir, 'good.txt'), seed);
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'blank.md'), '\n  \n\t\n');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
  writeFileSync(join(dir, 'gb18030.txt'), iconv.encode(seed, 'gb18030'));
  writeFileSync(join(dir, 'stray-nul.txt'), seed.replace('发展壮大医疗卫生队伍', '发展壮大\u0000医疗卫生队伍'));
  writeFileSync(join(dir, 'bom-crlf.txt'), '\uFEFF' + seed.replace(/\n/g, '\r\n'));
  writeFileSync(join(dir, 'undecodable.txt'), Buffer.concat([Buffer.from('一、总体要求\n'), Buffer.from('abc\xff\xfe\xfd'.repeat(50), 'latin1')]));
  writeFileSync(join(dir, 'no-numbering.txt'), '关于加强县医院建设的意见\n\n各县要加强县医院建设。\n\n县卫健局负责落实。\n');
  writeFileSync(join(dir, 'good.md'), seed);
  writeFileSync(join(dir, 'a plan#2.txt'), '一、总体要求。坚持以人民健康为中心。\n');
  writeFileSync(join(dir, 'orphan.yaml'), 'level: county\n');
  writeFileSync(join(dir, '~$good.docx'), Buffer.from('\x0bUser Name  \x00\x00\x00\x00', 'latin1'));
  writeFileSync(join(dir, 'markup.txt'), seed.replace('发展壮大医疗卫生队伍', '发展壮大<script>alert("x")</script>医疗卫生队伍'));
  corpus = await buildCorpus(dir);
});

const messageFor = (file: string) => corpus.messages.filter((m) => m.file === `corpus/${file}`).map((m) => m.message).join(' | ');

describe('bad input', () => {
  it('an empty file is refused by name', () => {
    expect(messageFor('empty.txt')).toMatch(/empty/);
    expect(messageFor('blank.md')).toMatch(/empty/);
  });

  it('a binary file is refused by name and line', () => {
    expect(messageFor('binary.txt')).toMatch(/binary/);
    expect(corpus.messages.find((m) => m.file === 'corpus/binary.txt')?.line).toBe(3);
  });

  it('a plan with a stray NUL byte is read, the byte kept where it stood and its line named', () => {
    const line = seed.split('\n').findIndex((l) => l.includes('发展壮大医疗卫生队伍')) + 1;
    expect(corpus.messages.filter((m) => m.file === 'corpus/stray-nul.txt').map((m) => [m.line, m.message])).toEqual([[line, expect.stringMatching(/control characters/)]]);
    expect(corpus.clauses.filter((c) => c.doc === 'stray-nul')).toHaveLength(corpus.clauses.filter((c) => c.doc === 'good').length);
    expect(corpus.clauses.some((c) => c.doc === 'stray-nul' && c.text.includes('发展壮大\u0000医疗卫生队伍'))).toBe(true);
  });

  it('a file in no encoding we can read is refused', () => {
    expect(messageFor('undecodable.txt')).toMatch(/not UTF-8|undecodable/);
  });

  it('GB18030 is detected and decoded to the same tree as UTF-8', () => {
    const tree = (doc: string) => corpus.clauses.filter((c) => c.doc === doc).map((c) => [c.path.join(' '), c.text]);
    expect(corpus.documents.find((d) => d.id === 'gb18030')?.source.encoding).toBe('GB18030');
    expect(tree('gb18030')).toEqual(tree('good'));
  });

  it('a BOM and CRLF line ends make no difference', () => {
    const tree = (doc: string) => corpus.clauses.filter((c) => c.doc === doc).map((c) => [c.path.join(' '), c.text, c.source.line]);
    expect(tree('bom-crlf')).toEqual(tree('good'));
  });

  it('a text without numbering becomes one clause per paragraph, with a message', () => {
    expect(messageFor('no-numbering.txt')).toMatch(/no numbering/);
    const clauses = corpus.clauses.filter((c) => c.doc === 'no-numbering');
    expect(clauses.map((c) => c.text)).toEqual(['各县要加强县医院建设。', '县卫健局负责落实。']);
    expect(corpus.documents.find((d) => d.id === 'no-numbering')?.preamble).toBe('关于加强县医院建设的意见');
  });

  it('two files with one id: the second is skipped with a message naming both', () => {
    expect(messageFor('good.txt')).toMatch(/duplicate document id "good".*good\.md/);
    expect(corpus.documents.filter((d) => d.id === 'good')).toHaveLength(1);
  });

  it('markup in a text is kept as text, with a message naming the line', () => {
    const message = corpus.messages.find((m) => m.file === 'corpus/markup.txt');
    expect(message?.message).toMatch(/HTML markup/);
    expect(message?.line).toBe(31);
    const clause = corpus.clauses.find((c) => c.doc === 'markup' && c.text.includes('<script>'));
    expect(clause?.text).toContain('发展壮大<script>alert("x")</script>医疗卫生队伍');
  });

  it('a file name that is no usable id is published under a safe one, with a message', () => {
    expect(messageFor('a plan#2.txt')).toMatch(/published as "a-plan-2"/);
    expect(corpus.documents.some((d) => d.id === 'a-plan-2')).toBe(true);
  });

  it('the lock file Word keeps beside an open document (~$good.docx) is named, not read', () => {
    expect(messageFor('~$good.docx')).toMatch(/lock file .*not read/);
  });

  it('a sidecar without a text is reported', () => {
    expect(messageFor('orphan.yaml')).toMatch(/sidecar without a text/);
  });

  it('the other documents still build', () => {
    expect(corpus.documents.map((d) => d.id).sort()).toEqual(['a-plan-2', 'bom-crlf', 'gb18030', 'good', 'markup', 'no-numbering', 'stray-nul']);
  });
});
