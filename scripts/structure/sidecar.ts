/** Sidecar values win over what the text says, and the record notes which ones they were. */
import type { DocumentRecord } from '../publish/schema.ts';
import type { Sidecar } from '../ingest/read-corpus.ts';

export function applySidecar(document: DocumentRecord, sidecar: Sidecar): DocumentRecord {
  const result = structuredClone(document);
  const { region, period, ...scalars } = sidecar;
  for (const [key, value] of Object.entries(scalars)) {
    if (value === undefined) continue;
    (result as Record<string, unknown>)[key] = value;
    result.provenance[key] = 'sidecar';
  }
  for (const [key, value] of Object.entries(region ?? {})) {
    result.region[key as keyof DocumentRecord['region']] = value;
    result.provenance[`region.${key}`] = 'sidecar';
  }
  for (const [key, value] of Object.entries(period ?? {})) {
    result.period[key as keyof DocumentRecord['period']] = value;
    result.provenance[`period.${key}`] = 'sidecar';
  }
  return result;
}
