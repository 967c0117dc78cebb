/**
 * Bad files in published formats: each gets a message naming it and why, in bounded time and
 * memory, and the other documents still build. Damaged copies of the real seed fixtures where
 * damage is the case (truncated, corrupt), hand-built files where the case is a construction
 * (an encrypted PDF, zip bombs).
 */
import { mkdirSync, mkdtempSync, readFileSync, truncateSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Zip, ZipDeflate } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus, type Corpus } from '../../../scripts/pipeline.ts';

const fixture = (name: string) => readFileSync(join('test/fixtures/formats', name));
let corpus: Corpus;

/** A one-page PDF with a correct cross-reference table; `extra` adds trailer entries. */
function tinyPdf(objects: string[], extra = ''): Buffer {
  let body = '%PDF-1.4\n';
  const offsets = objects.map((object, i) => {
    const at = body.length;
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
    return at;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${extra} >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

const page = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>'];
const hex = (seed: number, n: number) => Array.from({ length: n }, (_, i) => ((seed * 31 + i * 17) % 256).toString(16).padStart(2, '0')).join('');

/** Standard security handler, revision 2, with a user password: the empty password does not open it. */
const encryptedPdf = () =>
  tinyPdf([...page, `<< /Filter /Standard /V 1 /R 2 /O <${hex(3, 32)}> /U <${hex(7, 32)}> /P -44 >>`], `/Encrypt 4 0 R /ID [<${hex(1, 16)}> <${hex(1, 16)}>]`);

/** A zip whose one entry inflates to `megabytes` MB of spaces: a few hundred KB on disk. */
function zipBomb(entry: string, megabytes: number): Buffer {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  const file = new ZipDeflate(entry, { level: 1 });
  zip.add(file);
  const spaces = new Uint8Array(1024 * 1024).fill(0x20);
  for (let i = 0; i < megabytes; i++) file.push(spaces, i === megabytes - 1);
  zip.end();
  return Buffer.concat(chunks);
}

beforeAll(async () => {
  const dir = join(mkdtempSync(join(tmpdir(), 'bad-formats-')), 'corpus');
  mkdirSync(dir);
  copyFileSync('test/fixtures/formats/pianguan-2024.pdf', join(dir, 'good.pdf'));
  copyFileSync('test/fixtures/formats/pianguan-2024.html', join(dir, 'page.html'));
  writeFileSync(join(dir, 'encrypted.pdf'), encryptedPdf());
  const pdf = fixture('yanshi-2020.pdf');
  writeFileSync(join(dir, 'truncated.pdf'), pdf.subarray(0, Math.floor(pdf.length * 0.4)));
  // Whole length, header and %%EOF intact, everything between scrambled.
  writeFileSync(join(dir, 'corrupt.pdf'), pdf.map((b, i) => (i < 16 || i > pdf.length - 32 ? b : b ^ 0x5a)));
  writeFileSync(join(dir, 'blank.pdf'), tinyPdf(page));
  writeFileSync(join(dir, 'bomb.docx'), zipBomb('word/document.xml', 100));
  writeFileSync(join(dir, 'bomb.ofd'), zipBomb('OFD.xml', 100));
  writeFileSync(join(dir, 'not-a-zip.docx'), fixture('yanshi-2020.docx').subarray(0, 2000));
  writeFileSync(join(dir, 'corrupt.doc'), Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(3000, 7)]));
  const doc = fixture('pianguan-2024.doc');
  writeFileSync(join(dir, 'truncated.doc'), doc.subarray(0, Math.floor(doc.length * 0.3)));
  const html = fixture('pianguan-2024.html');
  writeFileSync(join(dir, 'cut-page.html'), html.subarray(0, Math.floor(html.length * 0.6)));
  const rtf = fixture('pianguan-2024.rtf');
  writeFileSync(join(dir, 'truncated.rtf'), rtf.subarray(0, Math.floor(rtf.length * 0.6)));
  // A stray } in the middle closes the document early: the text after it would be lost unnoticed.
  writeFileSync(join(dir, 'unbalanced.rtf'), Buffer.concat([rtf.subarray(0, rtf.length / 2), Buffer.from('}\n'), rtf.subarray(rtf.length / 2)]));
  writeFileSync(join(dir, 'huge.pdf'), '');
  truncateSync(join(dir, 'huge.pdf'), 300 * 1024 * 1024); // sparse: 300 MB on paper, nothing on disk
  writeFileSync(join(dir, 'budget.xls'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0]));
  writeFileSync(join(dir, '重点任务清单.et'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0]));
  writeFileSync(join(dir, 'notes.abc'), 'x');
  writeFileSync(join(dir, 'photo.jpg'), Buffer.from([0xff, 0xd8, 0xff]));
  corpus = await buildCorpus(dir);
}, 120_000);

const messageFor = (file: string) => corpus.messages.filter((m) => m.file === `corpus/${file}`).map((m) => m.message).join(' | ');

describe('bad files in published formats', () => {
  it('an encrypted PDF is named as encrypted', () => {
    expect(messageFor('encrypted.pdf')).toMatch(/encrypted PDF/);
  });

  it('a truncated PDF is named as truncated', () => {
    expect(messageFor('truncated.pdf')).toMatch(/PDF is truncated \(it ends before %%EOF/);
  });

  it('a corrupt PDF is named as unreadable', () => {
    expect(messageFor('corrupt.pdf')).toMatch(/not a readable PDF \(corrupt|PDF has no text/);
  });

  it('a PDF with no text and no images says so', () => {
    expect(messageFor('blank.pdf')).toMatch(/no text/);
  });

  it('zip bombs posing as .docx and .ofd stop at the size cap', () => {
    expect(messageFor('bomb.docx')).toMatch(/inflates to more than 64 MB/);
    expect(messageFor('bomb.ofd')).toMatch(/inflates to more than 64 MB/);
  });

  it('a broken .docx and a corrupt .doc are named as corrupt', () => {
    expect(messageFor('not-a-zip.docx')).toMatch(/corrupt archive|not a Word document/);
    expect(messageFor('corrupt.doc')).toMatch(/not a readable Word\/WPS file/);
  });

  it('a truncated .doc is named as truncated, not by word-extractor\'s `"sourceStart" is out of range`', () => {
    expect(messageFor('truncated.doc')).toBe('not a readable Word/WPS file (truncated: it ends at byte 6912, inside a 512-byte sector; an incomplete download?); skipped');
  });

  it('a truncated RTF and one with unbalanced braces are named as such', () => {
    expect(messageFor('truncated.rtf')).toMatch(/not a readable RTF file \(truncated or corrupt: \d+ groups? not closed/);
    expect(messageFor('unbalanced.rtf')).toMatch(/not a readable RTF file \(unbalanced braces: a \} on line \d+ closes the document before its end/);
  });

  it('a file of hundreds of MB is refused by its size, unread', () => {
    expect(messageFor('huge.pdf')).toMatch(/file too large \(300 MB, the limit is 200 MB\)/);
  });

  it('files of unknown formats are named, not skipped silently; a spreadsheet of Excel or WPS with what to save it as', () => {
    expect(messageFor('budget.xls')).toMatch(/^unknown format \(\.xls\): not read; an Excel workbook in the old binary format: save it as \.xlsx; documents are \.txt/);
    // a WPS 表格 task list, as county sites publish them: before, only 'unknown format (.et)'
    expect(messageFor('重点任务清单.et')).toMatch(/^unknown format \(\.et\): not read; a WPS 表格 workbook: save it as \.xlsx;/);
    expect(messageFor('notes.abc')).toMatch(/^unknown format \(\.abc\): not read; documents are \.txt/);
  });

  it('a broken page image is named: OCR cannot read it', () => {
    expect(messageFor('photo.jpg')).toMatch(/image could not be read by OCR \(broken/);
  });

  it('a web page with scripts: no script, navigation or page furniture reaches the text', () => {
    const text = corpus.sources.get('page')!;
    for (const chrome of ['alert', '这段脚本', '_hmt', '当前位置', '字号', '浏览次数', '分享到', '相关链接', '打印本页', '网站标识码', '互动交流']) expect(text).not.toContain(chrome);
    expect(corpus.documents.find((d) => d.id === 'page')?.title).toBe('偏关县进一步完善医疗卫生服务体系实施方案');
  });

  it('a web page cut off before </body></html> is read as far as it goes, and named as truncated', () => {
    // Before: half a page was read as if it were the whole plan, with no message.
    // (The character the cut went through is named too, as unreadable.)
    expect(messageFor('cut-page.html')).toContain('web page is truncated (it ends before </body></html>: an incomplete download?); what remains was read');
    expect(messageFor('page.html')).toBe('');
    expect(corpus.sources.get('cut-page')).toContain('偏关县进一步完善医疗卫生服务体系实施方案');
  });

  it('the other documents still build', () => {
    const built = corpus.documents.map((d) => d.id).sort();
    expect(built).toEqual(['cut-page', 'good', 'page']);
    expect(corpus.clauses.filter((c) => c.doc === 'good').length).toBeGreaterThan(20);
  });
});
