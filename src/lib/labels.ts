/** Short labels for documents and clauses, used in headings, outlines, filters and links. */
import type { ClauseRecord, DocumentRecord } from './data.ts';
import { clauseNumber } from './routes.ts';
import { zh } from '../i18n/zh.ts';
import { fill } from '../i18n/locale.ts';

export function docLabel(doc: Pick<DocumentRecord, 'id' | 'title'>): string {
  return doc.title ?? doc.id;
}

/** "山西省 某某市 某某县", or null when the document names no place. */
export function regionLabel(doc: Pick<DocumentRecord, 'region'>): string | null {
  const parts = [doc.region.province, doc.region.city, doc.region.county].filter(Boolean);
  return parts.length ? parts.join(' ') : null;
}

/** "2024—2026年", "2024年起", or null (in English "2024–2026", "from 2024" with `zh.period`'s English twin). */
export function periodLabel(doc: Pick<DocumentRecord, 'period'>, text: typeof zh.period = zh.period): string | null {
  const { start, end } = doc.period;
  if (start !== null && end !== null) return fill(start === end ? text.one : text.range, { start, end });
  if (start !== null) return fill(text.from, { start });
  if (end !== null) return fill(text.to, { end });
  return null;
}

export function yearOf(doc: Pick<DocumentRecord, 'date'>): string | null {
  return doc.date ? doc.date.slice(0, 4) : null;
}

const shortLength = 24;

function clip(text: string, length: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > length ? `${flat.slice(0, length)}…` : flat;
}

/** What a clause is called in an outline or a heading: its title, else the start of its task. */
export function clauseName(clause: Pick<ClauseRecord, 'title' | 'task' | 'text'>): string {
  return clause.title ?? clip(clause.task || clause.text, shortLength);
}

/** Marker and name: "（一）加强组织领导". */
export function clauseHeading(clause: Pick<ClauseRecord, 'marker' | 'title' | 'task' | 'text'>): string {
  return `${clause.marker ?? ''}${clauseName(clause)}`;
}

/** A clause named across documents: "2.1.3 加强专科能力建设". */
export function clauseReference(clause: Pick<ClauseRecord, 'id' | 'title' | 'task' | 'text'>): string {
  return `${clauseNumber(clause.id)} ${clauseName(clause)}`;
}
