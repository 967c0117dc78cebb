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
