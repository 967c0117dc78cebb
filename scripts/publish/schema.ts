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
  cites: z.array(citationSchema),
  preamble: z.string(),
  closing: z.string(),
  /** Page numbers printed between the lines of a PDF (`- 3 -`), kept apart from the prose. */
  pageNumbers: z.array(z.object({ line: z.number().int().positive(), text: z.string() })).default([]),
  source: z.object({
    file: z.string(),
    encoding: z.string(),
    lines: z.number().int().nonnegative(),
    bytes: z.number().int().nonnegative(),
  }),
  /** Where each metadata value came from when not from the text itself. */
  provenance: z.record(z.string(), provenance),
  /** Problems met while reading this document (line numbers are source lines). */
  messages: z.array(z.object({ line: z.number().int().nullable(), message: z.string() })),
  /** GB/T 2260 division of the document's own place (its county, city or province), or null. */
  division: z.object({ code: z.string().regex(/^\d{2,6}$/), name: z.string() }).nullable().default(null),
});

export const unitSchema = z.object({
  name: z.string(),
  canonical: z.string(),
  /** Kind of agency shared across counties (e.g. health-bureau), or null when unknown. */
  kind: z.string().nullable(),
  role: z.enum(['lead', 'responsible', 'cooperate', 'actor']),
  text: z.string(),
  at: span,
});

export const deadlineSchema = z.object({
  text: z.string(),
  start: isoDate.nullable(),
  end: isoDate.nullable(),
  /** `--MM-DD` for a date that comes back every year, else null. */
  recurring: z.string().regex(/^--\d{2}-\d{2}$/).nullable(),
  kind: z.enum(['by', 'range', 'recurring', 'period']),
  at: span,
});

export const metricSchema = z.object({
  text: z.string(),
  indicator: z.string().nullable(),
  value: z.number().optional(),
  min: z.number().optional(),
  max: z.number().optional(),
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
});

/** A candidate the method is unsure of: a likely higher-level clause for a clause with no link, never counted as a link. */
export const suggestionSchema = linkSchema.pick({ target: true, score: true, evidence: true });

export const clauseSchema = z.object({
  id: z.string().regex(/^[^/]+\/\d+(\.\d+)*(~\d+)?$/),
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
  }),
  task: z.string(),
  units: z.array(unitSchema),
  deadlines: z.array(deadlineSchema),
  metrics: z.array(metricSchema),
  links: z.array(linkSchema),
  /** Best candidates of a clause with no link above the threshold (shown as 可能对应), else empty. */
  suggestions: z.array(suggestionSchema).default([]),
});

/** data/curation.json: the researcher's link decisions the build applied (corpus/links.curated.yaml, entries as read). */
const curatedPairSchema = z.object({ source: z.string(), target: z.string(), note: z.string().nullable() });
export const curationFileSchema = z.object({ confirm: z.array(curatedPairSchema), reject: z.array(curatedPairSchema), add: z.array(curatedPairSchema) });

export const documentsFileSchema = z.array(documentSchema);
export const clausesFileSchema = z.array(clauseSchema);

export type DocumentRecord = z.infer<typeof documentSchema>;
export type ClauseRecord = z.infer<typeof clauseSchema>;
export type Unit = z.infer<typeof unitSchema>;
export type Deadline = z.infer<typeof deadlineSchema>;
export type Metric = z.infer<typeof metricSchema>;
export type Link = z.infer<typeof linkSchema>;
export type Suggestion = z.infer<typeof suggestionSchema>;
export type AppliedCuration = z.infer<typeof curationFileSchema>;
