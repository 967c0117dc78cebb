/**
 * The heading of an attached part (`附件2：重点任务分工表`, `附表1`), read by the block reader (a part's heading never
 * continues a paragraph nor a table) and by the reader of attached parts.
 */
import type { DocumentRecord } from '../publish/schema.ts';

/** What an attached part is called: 附件, or 附表 for an attached table. */
export type PartLabel = DocumentRecord['attachments'][number]['label'];

/**
 * The heading of an attached part: `附件`, `附件2`, `附件 2：title`, `附表1`, a part of an attachment `附件1-2`
 * (`附件1—2`; block text, white space collapsed).
 */
const partHeading = /^附\s*([件表])\s*(?:([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})(?:\s*[-—–－]\s*([0-9０-９]{1,2})(?![0-9０-９]))?)?\s*(?:[：:．.、]?\s*(.*))?$/;

interface PartHeading {
  label: PartLabel;
  /** The number as written (`2`, `２`, `二`), undefined when there is none. */
  number: string | undefined;
  /** The number of a part of the attachment (`2` of `附件1-2`), undefined when there is none. */
  sub: string | undefined;
  /** A title on the heading's line (`附件1：重点任务分工表`), undefined when there is none. */
  title: string | undefined;
}

/**
 * `附件2：title` read as a part heading, or null. The title on the line is a name, not a sentence:
 * `附表1所列任务由各单位负责落实。`, a sentence about the table, heads nothing.
 */
export function readPartHeading(text: string): PartHeading | null {
  const m = partHeading.exec(text);
  if (!m || (m[4] && /[。；！？]/.test(m[4]))) return null;
  return { label: `附${m[1]}` as PartLabel, number: m[2], sub: m[3], title: m[4] || undefined };
}

/** `附件`, `附件2`, `附件1-2` or `附表1` alone on its line, no title nor stop after it (`附件：` opens a list). */
export function isPartHeadingAlone(text: string): boolean {
  const m = partHeading.exec(text);
  return m !== null && !m[4] && !/[：:．.、]$/.test(text);
}
