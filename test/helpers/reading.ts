/**
 * What a reader learns of a document, for tests that compare one plan read two ways (in another dress,
 * in another format): its metadata, the documents it cites, and each clause's outline, heading, units,
 * deadlines, metrics and link targets — headings and indicators as written, but for what the way of
 * writing changes (the width of digits, brackets and stops, spaces between digits, a range's dash OCR
 * read as 一), and a path step by its number (① is （1）, 第一章 is 一).
 */
import type { ClauseRecord, DocumentRecord } from '../../scripts/publish/schema.ts';
import { halfWidthDigits } from '../../scripts/text/half-width.ts';

export const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

const asWritten = (s: string | null) =>
  halfWidthDigits(s ?? '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/,/g, '，')
    .replace(/:/g, '：')
    .replace(/;/g, '；')
    .replace(/(?<=\d) (?=\d)/g, '')
    .replace(/(?<=[年月日\d])一(?=\d)/g, '—');

const sameNumber = (step: string) => (CIRCLED.includes(step) ? `（${CIRCLED.indexOf(step) + 1}）` : step.replace(/^第([一二三四五六七八九十]+)$/, '$1'));

export function clauseReading(c: ClauseRecord) {
  return {
    path: c.path.map(sameNumber).join(' '),
    title: asWritten(c.title),
    units: c.units.map((u) => `${u.canonical}:${u.role}`).sort(),
    deadlines: c.deadlines.map((d) => `${d.kind} ${d.start ?? ''}–${d.end ?? ''} ${d.recurring ?? ''}`),
    metrics: c.metrics.map((m) => `${asWritten(m.indicator)} ${m.comparator} ${m.value ?? `${m.min}–${m.max}`}${m.unit ?? ''}`),
    links: c.links.map((l) => l.target),
  };
}

export const documentReading = (d: DocumentRecord, clauses: ClauseRecord[]) => ({
  title: asWritten(d.title),
  docNumber: d.docNumber,
  issuer: d.issuer,
  date: d.date,
  level: d.level,
  region: d.region,
  period: d.period,
  cites: d.cites.map((c) => c.docNumber),
  clauses: clauses.map(clauseReading),
});
