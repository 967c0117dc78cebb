import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decode } from '../../../scripts/ingest/decode.ts';

const sentence = '（一）加强组织领导。落实政府办医主体责任。';

describe('decode', () => {
  it('UTF-8 with and without BOM', () => {
    expect(decode(Buffer.from(sentence))).toEqual({ ok: true, text: sentence, encoding: 'UTF-8' });
    expect(decode(Buffer.from('\uFEFF' + sentence))).toEqual({ ok: true, text: sentence, encoding: 'UTF-8 (BOM)' });
  });

  it('a UTF-8 text cut through its last character (an incomplete download) is UTF-8, the cut character a visible �', () => {
    // Before: the one bad sequence failed the file as UTF-8, and its last line read as GB18030 (…瀵圭収浜岀敳…).
    const plan = '二、重点任务\n（一）加强专科建设。2024年底前建成胸痛中心。\n'.repeat(20) + '（二）对照二甲标准，完善县中医院';
    const bytes = Buffer.from(plan);
    for (const cut of [1, 2]) {
      expect(decode(bytes.subarray(0, bytes.length - cut))).toEqual({ ok: true, text: plan.slice(0, -1) + '\ufffd', encoding: 'UTF-8' });
      expect(decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes.subarray(0, bytes.length - cut)]))).toMatchObject({ ok: true, encoding: 'UTF-8 (BOM)' });
    }
  });

  it('UTF-16 with a BOM', () => {
    expect(decode(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(sentence, 'utf-16le')]))).toMatchObject({ ok: true, text: sentence });
  });

  it('GBK/GB18030 text is detected (a longer passage, as real files are)', () => {
    const text = sentence.repeat(10);
    expect(decode(iconv.encode(text, 'gbk'))).toEqual({ ok: true, text, encoding: 'GB18030' });
  });

  it('refuses NUL bytes as binary, naming the line', () => {
    expect(decode(Buffer.from('第一行\n第二行\u0000'))).toEqual({ ok: false, reason: 'binary file (NUL byte)', line: 2 });
  });

  it('reads a long text with a stray NUL byte (a damaged copy) instead of refusing it; the byte stays, for the lint to name', () => {
    const plan = '县人民医院综合能力提升工作实施方案\n'.repeat(40);
    const decoded = decode(Buffer.from(`${plan}一、总体要求\u0000\n${plan}`));
    expect(decoded).toMatchObject({ ok: true, encoding: 'UTF-8' });
    expect(decoded.ok && decoded.text.split('\n')[40]).toBe('一、总体要求\u0000');
  });
});

describe('legacy encodings that detection confuses', () => {
  it('a short GBK text is read as Chinese, not as Big5 garbage', () => {
    const text = '县医院综合能力提升。县卫生健康局负责。';
    const decoded = decode(iconv.encode(text, 'gbk'));
    expect(decoded).toMatchObject({ ok: true, text });
  });

  it('a Big5 text is read as Big5', () => {
    const text = '縣醫院綜合能力提升工作方案。縣衛生健康局負責落實各項工作任務。'.repeat(3);
    expect(decode(iconv.encode(text, 'big5'))).toMatchObject({ ok: true, text, encoding: 'Big5' });
  });
});

describe('text files as editors leave them', () => {
  const plan = '某县推进“千县工程”实施方案\n　　一、总体要求\n到2025年，县医院综合能力全面提升。\n二、重点任务\n（一）加强专科建设。\n';

  it('UTF-16 without a BOM, either byte order (before: refused as binary for its zero bytes)', () => {
    expect(decode(iconv.encode(plan, 'utf-16le'))).toEqual({ ok: true, text: plan, encoding: 'UTF-16LE (no BOM)' });
    expect(decode(iconv.encode(plan, 'utf-16be'))).toEqual({ ok: true, text: plan, encoding: 'UTF-16BE (no BOM)' });
    expect(decode(Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(plan, 'utf-16be')]))).toEqual({ ok: true, text: plan, encoding: 'UTF-16BE' });
    // a binary file's zero bytes are not UTF-16
    expect(decode(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]))).toMatchObject({ ok: false });
  });

  it('GBK and UTF-8 lines in one file each read their way (before: the UTF-8 lines came out as mojibake, or the file was refused)', () => {
    const cut = plan.indexOf('到');
    const [head, tail] = [plan.slice(0, cut), plan.slice(cut)];
    expect(decode(Buffer.concat([Buffer.from(head), iconv.encode(tail, 'gbk')]))).toEqual({ ok: true, text: plan, encoding: 'GB18030 + UTF-8' });
    expect(decode(Buffer.concat([iconv.encode(head, 'gbk'), Buffer.from(tail)]))).toEqual({ ok: true, text: plan, encoding: 'GB18030 + UTF-8' });
  });

  it('a seed saved as GBK with CRLF, as UTF-16LE with its BOM and CRLF, and with CRLF, LF and CR mixed reads as the UTF-8 file: the same lines, clauses, units and deadlines', async () => {
    const { readFileSync } = await import('node:fs');
    const { ingestFile } = await import('../../../scripts/ingest/formats/index.ts');
    const { buildText } = await import('../../helpers/fixture-document.ts');
    const seed = readFileSync('corpus/pianguan-2024.txt', 'utf8');
    const crlf = seed.replace(/\n/g, '\r\n');
    const mixed = seed.split('\n').map((line, k, all) => line + (k === all.length - 1 ? '' : ['\r\n', '\n', '\r'][k % 3])).join('');
    const readAs = async (bytes: Uint8Array) => {
      const read = await ingestFile(bytes, '.txt');
      const { clauses } = buildText('pianguan-2024.txt', read.text!);
      return { encoding: read.encoding, lines: read.lines, clauses: clauses.map((c) => [c.id, c.text, c.units.map((u) => u.name), c.deadlines.map((d) => d.end)]) };
    };
    const utf8 = await readAs(Buffer.from(seed));
    for (const [bytes, encoding] of [
      [iconv.encode(crlf, 'gbk'), 'GB18030'],
      [Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(crlf, 'utf-16le')]), 'UTF-16LE'],
      [Buffer.from(mixed), 'UTF-8'],
    ] as const) {
      expect(await readAs(bytes)).toEqual({ ...utf8, encoding });
    }
  });

  it('line ends of CR alone, and no line end at the end', async () => {
    const { ingestFile } = await import('../../../scripts/ingest/formats/index.ts');
    const read = await ingestFile(Buffer.from(plan.trimEnd().replace(/\n/g, '\r')), '.txt');
    expect(read.lines).toEqual(plan.trimEnd().split('\n'));
  });
});
