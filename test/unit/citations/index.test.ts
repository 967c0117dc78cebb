/** The index finds exactly what comparing every citation with every document finds (citationNames, the link stage's rule). */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTextSources } from '../../../scripts/ingest/read-corpus.ts';
import { structureDocument } from '../../../scripts/structure/index.ts';
import { resolveCitations } from '../../../scripts/citations/resolve.ts';
import { citationNames } from '../../../scripts/link/relation.ts';
import { synthesizeCorpus } from '../../../scripts/synth/index.ts';

const documentsOf = (dir: string) => readTextSources(dir).map((s) => structureDocument(s).document);

describe('citation resolution by index', () => {
  const synthetic = join(mkdtempSync(join(tmpdir(), 'cites-synth-')), 'corpus');
  synthesizeCorpus({ count: 40, outDir: synthetic });

  it.each([['the seeds', 'corpus'], ['40 synthetic plans', synthetic]])('on %s, resolves each citation to the first document it names, as the pairwise rule does', (_, dir) => {
    const documents = documentsOf(dir);
    const resolved = resolveCitations(documents);
    let named = 0;
    documents.forEach((doc, d) =>
      doc.cites.forEach((cite, c) => {
        const expected = documents.find((other) => other.id !== doc.id && citationNames(cite, other))?.id ?? null;
        if (expected) named++;
        expect(resolved[d].cites[c].doc, `${doc.id} ${cite.docNumber}`).toBe(expected);
      }),
    );
    expect(named).toBeGreaterThan(0);
  });
});
