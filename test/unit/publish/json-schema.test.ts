/** A researcher validates the published data with a standard JSON Schema validator (ajv) and the site's schema files. */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { buildCorpus } from '../../../scripts/pipeline.ts';
import { publish } from '../../../scripts/publish/write.ts';
import { jsonSchemaOf, publishedFiles } from '../../../scripts/publish/json-schema.ts';

let published: Promise<string> | undefined;
/** The seed corpus built and published once, as `npm run data` writes it. */
function publishedSeeds(): Promise<(file: string) => any> {
  published ??= buildCorpus('corpus').then((corpus) => {
    const out = mkdtempSync(join(tmpdir(), 'json-schema-'));
    publish(corpus, out);
    return out;
  });
  return published.then((out) => (file: string) => JSON.parse(readFileSync(join(out, 'data', file), 'utf8')));
}

const validator = (name: keyof typeof publishedFiles) => new Ajv2020({ allErrors: true }).compile(jsonSchemaOf(publishedFiles[name].schema, publishedFiles[name].file));

describe('the JSON Schema of the published data', () => {
  it('accepts every file the seed build publishes', async () => {
    const read = await publishedSeeds();
    for (const name of ['documents', 'clauses', 'reuse', 'citations', 'curation'] as const) {
      const valid = validator(name);
      expect(valid(read(publishedFiles[name].file)), `${name}: ${JSON.stringify(valid.errors?.slice(0, 3))}`).toBe(true);
    }
    const validDoc = validator('doc');
    for (const document of read('documents.json')) expect(validDoc(read(`docs/${document.id}.json`))).toBe(true);
  });

  it('stays valid for data with fields added later, and names what a broken record lacks', async () => {
    const valid = validator('clauses');
    const clauses: any[] = (await publishedSeeds())('clauses.json');
    const published = clauses.find((c) => c.links.length > 0 && c.deadlines.some((d: { end: string | null }) => d.end));
    expect(valid([{ ...published, aFieldAddedLater: 1, links: published.links.map((l: object) => ({ ...l, alsoNew: true })) }])).toBe(true);
    const { text: _dropped, ...withoutText } = published;
    expect(valid([withoutText])).toBe(false);
    expect(valid.errors).toContainEqual(expect.objectContaining({ instancePath: '/0', params: { missingProperty: 'text' } }));
    // Dates are ISO: a date as the plan words it is refused.
    expect(valid([{ ...published, deadlines: [{ ...published.deadlines[0], end: '2025年底' }] }])).toBe(false);
  });
});
