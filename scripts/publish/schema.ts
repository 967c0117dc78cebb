/**
 * The published data contract: dist/data/documents.json and dist/data/clauses.json.
 * One schema, used by the pipeline before writing and by the tests after reading.
 * Change it only by adding fields; docs/data.md documents every field.
 */
import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/** Offsets [start, end) into the clause's `text`, so a renderer can highlight the span. */
const span = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]);

export const provenance = z.enum(['text', 'sidecar', 'citation', 'division']);

export const citationSchema = z.object({
  title: z.string().nullable(),
  docNumber: z.string().nullable(),
  /** id of the corpus document it resolves to, or null. */
  doc: z.string().nullable(),
});

const lineRange = z.object({ line: z.number().int().positive(), endLine: z.number().int().positive() });

export const attachmentSchema = z.object({
  /** What the document calls it: 附件 (an attachment), or 附表 (an attached table). Added after the first release; absent in older data, read as 附件. */
  label: z.enum(['附件', '附表']).default('附件'),
  /** 附件2 → 2, 附表1 → 1 (附表 are numbered apart); null for a lone unnumbered 附件 or 附表. */
  number: z.number().int().positive().nullable(),
  /** (added later) 附件1-2 → 2: the part's number within attachment `number`; absent for an attachment not in parts. */
  subNumber: z.number().int().positive().optional(),
  title: z.string().nullable(),
  /** Whether the attached part is in the file (a listed attachment may not be). */
  present: z.boolean(),
  /** (added later) true when the list says the part is left out of this copy (`成员名单（略）`, `（另发）`; not part of `title`); absent otherwise. */
  omitted: z.literal(true).optional(),
  /** What the part holds: a numbered plan, a table, a members list, or plain text; null when absent. */
  kind: z.enum(['plan', 'table', 'members', 'text']).nullable(),
  /** Id of the part's own clause (`<doc>/附件2`, `<doc>/附表1`, `<doc>/附件1-2`), null when absent. */
  clause: z.string().nullable(),
  source: lineRange.nullable(),
});

export const documentSchema = z.object({
  id: z.string().min(1),
  title: z.string().nullable(),
  docNumber: z.string().nullable(),
  issuer: z.string().nullable(),
  date: isoDate.nullable(),
  level: z.enum(['national', 'provincial', 'municipal', 'county']).nullable(),
  region: z.object({
    province: z.string().nullable(),
    city: z.string().nullable(),
    county: z.string().nullable(),
  }),
  period: z.object({ start: z.number().int().nullable(), end: z.number().int().nullable() }),
  /** Documents cited by 文号 (`《title》（文号）` or a 文号 alone). */
  cites: z.array(citationSchema),
  /** (added later) Documents cited by a title in 《》 alone, without a 文号 (`docNumber` null). */
  citesByTitle: z.array(citationSchema).default([]),
  preamble: z.string(),
  closing: z.string(),
  /** Page numbers printed between the lines of a PDF (`- 3 -`), kept apart from the prose. */
  pageNumbers: z.array(z.object({ line: z.number().int().positive(), text: z.string() })).default([]),
  /** Running headers and footers of a text pulled out of a PDF (the same short line beside the page numbers at page breaks), kept apart from the prose. */
  pageHeads: z.array(z.object({ line: z.number().int().positive(), text: z.string() })).default([]),
  /**
   * (added later) Notes on the text, kept apart from the clauses: a table's 注： under its last row (with its items ②… on
   * lines of their own) and footnotes ([1]…) whose call stands in the text above; its items (②…) on lines of their own joined by \n, a line the width broke run on.
   */
  notes: z.array(z.object({ line: z.number().int().positive(), endLine: z.number().int().positive(), text: z.string() })).default([]),
  source: z.object({
    file: z.string(),
    encoding: z.string(),
    lines: z.number().int().nonnegative(),
    bytes: z.number().int().nonnegative(),
    /** The format the file was published in: text (.txt/.md), pdf, pdf-ocr (a scan read by OCR), image-ocr (a page image, .png/.jpg/.tif, read by OCR), docx, xlsx (an Excel workbook, a task list), doc (.doc/.wps), html, ofd, rtf. Always published; optional only so that stages before ingest's provenance step can build records. */
    format: z.enum(['text', 'pdf', 'pdf-ocr', 'image-ocr', 'docx', 'doc', 'xlsx', 'html', 'ofd', 'rtf']).optional(),
    /** File name of the original under /source/ (e.g. `<id>.pdf`) for documents not given as text, else null. */
    original: z.string().nullable().optional(),
    /** (added later) SHA-256 of the corpus file's bytes, hex: which version of the file the data was built from. Always published; optional like `format`. */
    sha256: z.string().regex(/^[0-9a-f]{64}$/).optional(),
  }),
  /** Where each metadata value came from when not from the text itself. */
  provenance: z.record(z.string(), provenance),
  /** Problems met while reading this document (line numbers are source lines). */
  messages: z.array(z.object({ line: z.number().int().nullable(), message: z.string() })),
  /** Every issuing body the document names (joint issuers), `issuer` first; [] when none is found. */
  issuers: z.array(z.string()).default([]),
  /** Attachments, from the list (附件：1.… 2.…) and the attached parts that follow. */
  attachments: z.array(attachmentSchema).default([]),
  /** GB/T 2260 division of the document's own place (its county, city or province), or null. */
  division: z.object({ code: z.string().regex(/^\d{2,6}$/), name: z.string() }).nullable().default(null),
});

export const unitSchema = z.object({
  name: z.string(),
  canonical: z.string(),
  /** Kind of agency shared across counties (e.g. health-bureau), or null when unknown. */
  kind: z.string().nullable(),
  role: z.enum(['lead', 'responsible', 'cooperate', 'actor', 'member']),
  text: z.string(),
  at: span,
});

export const deadlineSchema = z.object({
  text: z.string(),
  start: isoDate.nullable(),
  end: isoDate.nullable(),
  /** `--MM-DD` for a date that comes back every year, else null (also for `recurring` said without a day: `每年` alone, added later). */
  recurring: z.string().regex(/^--\d{2}-\d{2}$/).nullable(),
  /** `ongoing` (added later): a time said without a date, standing alone (`持续推进` in a 完成时限 cell, `…，长期坚持。`); start and end null. */
  kind: z.enum(['by', 'range', 'recurring', 'period', 'ongoing']),
  /**
   * (added later) How often an `ongoing` time comes back when that is more than once a year (`每季度` in a 完成时限
   * cell, `每月5日前`, `每半年`); absent otherwise. A yearly one is `kind: 'recurring'`.
   */
  every: z.enum(['week', 'month', 'quarter', 'half-year']).optional(),
  at: span,
});

export const metricSchema = z.object({
  text: z.string(),
  indicator: z.string().nullable(),
  value: z.number().optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  /** The value a change starts from (开放床位由300张增加到500张: 300; `value` is 500), when the text says it. */
  baseline: z.number().optional(),
  unit: z.string().nullable(),
  per: z.string().nullable(),
  comparator: z.enum(['eq', 'ge', 'gt', 'le', 'lt', 'approx', 'range']),
  year: z.number().int().nullable(),
  at: span,
});

export const linkSchema = z.object({
  target: z.string(),
  score: z.number().min(0).max(1),
  relation: z.enum(['cites', 'implements', 'precedes']),
  evidence: z.array(
    z.object({
      text: z.string(),
      /** span in this clause's text */
      source: span,
      /** span in the target clause's text */
      target: span,
    }),
  ),
  /** 'confirmed' or 'added' when a researcher curated it in corpus/links.curated.yaml, else null. */
  curated: z.enum(['confirmed', 'added']).nullable(),
  /** The researcher's note on a curated link (corpus/links.curated.yaml), else null. */
  note: z.string().nullable().default(null),
  /**
   * The id of the clause this one stands under whose link it takes, else null: a clause whose own wording
   * chooses no national clause (每年培训乡村医生300人次) carries out the task of a parent linked surely
   * (实施人才强院行动 → 加快建设高质量人才队伍); score is the parent's, evidence empty (docs/links.md).
   */
  inheritedFrom: z.string().nullable().default(null),
});

/** A table cell of a row clause; `column` is what its header says the column holds (`place`, added later: 县（市、区）, 地区). */
export const cellSchema = z.object({
  header: z.string(),
  column: z.enum(['number', 'text', 'lead', 'responsible', 'cooperate', 'unit', 'deadline', 'metric', 'other', 'place']),
  text: z.string(),
  at: span,
});

/** One person (or unit) of a members list: 组长：王某（市卫健委主任）. */
export const memberSchema = z.object({
  role: z.string(),
  name: z.string().nullable(),
  post: z.string().nullable(),
  at: span,
});

/** A candidate the method is unsure of: a likely higher-level clause for a clause with no link, never counted as a link. */
export const suggestionSchema = linkSchema.pick({ target: true, score: true, evidence: true });

export const clauseSchema = z.object({
  /** `<doc>/<numbers>`, or in an attached part `<doc>/附件2/<numbers>` (the part itself: `<doc>/附件2`; an attached table `<doc>/附表1`). */
  id: z.string().regex(/^[^/]+\/(?:附[件表]\d*(?:-\d+)?(?:~\d+)?(?:\/\d+(\.\d+)*)?|\d+(\.\d+)*)(~\d+)?$/),
  doc: z.string(),
  parent: z.string().nullable(),
  path: z.array(z.string()).min(1),
  /** The numbering marker as written (e.g. `1．`, `（一）`), or null for an unnumbered paragraph. */
  marker: z.string().nullable(),
  depth: z.number().int().positive(),
  title: z.string().nullable(),
  /** Every character of the clause's own paragraphs after its marker; paragraphs joined by \n. */
  text: z.string(),
  /** Offset in `text` where the body starts after a run-in heading (0 when there is none). */
  bodyStart: z.number().int().nonnegative(),
  /** Inline enumeration items (一是…二是…) as spans of `text`. */
  enumeration: z.array(z.object({ marker: z.string(), at: span })),
  source: z.object({
    file: z.string(),
    line: z.number().int().positive(),
    endLine: z.number().int().positive(),
    /** First and last page of the original the clause stands on, for paged sources (PDF, OFD, Word, a text with form feeds); else null. */
    pages: z.tuple([z.number().int().positive(), z.number().int().positive()]).nullable().optional(),
  }),
  task: z.string(),
  units: z.array(unitSchema),
  deadlines: z.array(deadlineSchema),
  metrics: z.array(metricSchema),
  links: z.array(linkSchema),
  /** The attached part the clause belongs to (`附件2`, `附表1`), null in the main body. */
  part: z.string().nullable().default(null),
  /** The cells of a table row (one row, one clause), [] for prose. */
  cells: z.array(cellSchema).default([]),
  /** The people of a members-list line, [] otherwise. */
  members: z.array(memberSchema).default([]),

  /** Best candidates of a clause with no link above the threshold (shown as 可能对应), else empty. */
  suggestions: z.array(suggestionSchema).default([]),
});

/** data/curation.json: the researcher's link decisions the build applied (corpus/links.curated.yaml, entries as read). */
const curatedPairSchema = z.object({ source: z.string(), target: z.string(), note: z.string().nullable() });
export const curationFileSchema = z.object({ confirm: z.array(curatedPairSchema), reject: z.array(curatedPairSchema), add: z.array(curatedPairSchema) });

/** One side of a shared passage: [start, end) in the clause's `text` (UTF-16). */
const passageSide = z.object({ clause: z.string(), start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });

/** dist/data/reuse.json: wording one document shares with another (scripts/reuse/). */
export const reusePairSchema = z.object({
  source: z.string(),
  target: z.string(),
  /** Fraction of the source's letters and digits inside passages shared with the target. */
  share: z.number().min(0).max(1),
  /** The same for the target's text (the reverse record is published only when it is among the target's strongest partners). */
  targetShare: z.number().min(0).max(1),
  /** The likely origin of the shared wording: the earlier-dated document's id; null when undated or dated the same day. */
  origin: z.string().nullable(),
  passages: z.array(z.object({ source: passageSide, target: passageSide, length: z.number().int().positive() })),
});

/** dist/data/citations.json: one cited document, merged across title and 文号 variants (scripts/citations/). */
export const citedDocumentSchema = z.object({
  key: z.string(),
  title: z.string().nullable(),
  docNumber: z.string().nullable(),
  /** The corpus document it resolves to, or null. */
  doc: z.string().nullable(),
  /** Citing documents; `clause` null when the citation is outside the clauses (cover letter). */
  citedBy: z.array(z.object({ doc: z.string(), clause: z.string().nullable() })),
});

export const documentsFileSchema = z.array(documentSchema);
export const clausesFileSchema = z.array(clauseSchema);
export const reuseFileSchema = z.array(reusePairSchema);
export const citationsFileSchema = z.array(citedDocumentSchema);

export type DocumentRecord = z.infer<typeof documentSchema>;
export type ClauseRecord = z.infer<typeof clauseSchema>;
export type Unit = z.infer<typeof unitSchema>;
export type Deadline = z.infer<typeof deadlineSchema>;
export type Metric = z.infer<typeof metricSchema>;
export type Link = z.infer<typeof linkSchema>;
export type Suggestion = z.infer<typeof suggestionSchema>;
export type AppliedCuration = z.infer<typeof curationFileSchema>;
export type ReusePair = z.infer<typeof reusePairSchema>;
export type CitedDocument = z.infer<typeof citedDocumentSchema>;
