import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decode } from '../../../scripts/ingest/decode.ts';

const sentence = '（一）加强组织领导。落实政府办医主体责任。';

describe('decode', () => {
  it('UTF-8 with and without BOM', () => {
    expect(decode(Buffer.from(sentence))).toEqual({ ok: true, text: sentence, encoding: 'UTF-8' });
    expect(decode(Buffer.from('\uFEFF' + sentence))).toEqual({ ok: true, text: sentence, encoding: 'UTF-8 (BOM)' });
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
});
