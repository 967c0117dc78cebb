/**
 * The build as a researcher runs it: `npm run data` over a corpus folder, and the
 * published site's /data/ files, validated against the one schema of the data contract.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { clausesFileSchema, documentsFileSchema } from '../../scripts/publish/schema.ts';

function buildData(corpus: string, ...flags: string[]) {
  const out = mkdtempSync(join(tmpdir(), 'build-'));
  const run = spawnSync('npx', ['tsx', 'scripts/build-data.ts', '--corpus', corpus, '--out', out, ...flags], { encoding: 'utf8' });
  return { out, status: run.status, log: run.stdout + run.stderr };
}

function corpusWithAnEmptyFile(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'corpus-')), 'corpus');
  cpSync('corpus', dir, { recursive: true });
  writeFileSync(join(dir, 'empty.txt'), '');
  return dir;
}

describe('npm run data', () => {
  it('builds the seed corpus into data files that satisfy the schema', () => {
    const { out, status, log } = buildData('corpus');
    expect(status, log).toBe(0);
    const documents = documentsFileSchema.parse(JSON.parse(readFileSync(join(out, 'data/documents.json'), 'utf8')));
    const clauses = clausesFileSchema.parse(JSON.parse(readFileSync(join(out, 'data/clauses.json'), 'utf8')));
    expect(documents).toHaveLength(5);
    expect(clauses.length).toBeGreaterThan(150);
    expect(readFileSync(join(out, 'data/clauses.csv'), 'utf8')).toMatch(/^\uFEFFid,doc,parent,path/);
    expect(existsSync(join(out, 'normalised/yanshi-2020.md'))).toBe(true);
    // each record names the bytes it was built from
    for (const d of documents) expect(d.source.sha256).toBe(createHash('sha256').update(readFileSync(d.source.file)).digest('hex'));
  });

  it('reports a bad file by name, builds the rest and exits 0', () => {
    const { out, status, log } = buildData(corpusWithAnEmptyFile());
    expect(status).toBe(0);
    expect(log).toMatch(/corpus\/empty\.txt: empty file/);
    expect(JSON.parse(readFileSync(join(out, 'data/documents.json'), 'utf8'))).toHaveLength(5);
  });

  it('--strict makes any message fatal', () => {
    const { status, log } = buildData(corpusWithAnEmptyFile(), '--strict');
    expect(status).toBe(1);
    expect(log).toMatch(/--strict/);
  });
});

describe('the built site publishes the data', () => {
  it('dist/data/documents.json and clauses.json validate against the schema', () => {
    documentsFileSchema.parse(JSON.parse(readFileSync('dist/data/documents.json', 'utf8')));
    clausesFileSchema.parse(JSON.parse(readFileSync('dist/data/clauses.json', 'utf8')));
    expect(readFileSync('dist/data/documents.csv', 'utf8')).toContain('xiangyuan-2023');
  });

  it('dist/data/docs/<id>.json and dist/source/<id>.txt are the pipeline\'s files, for every document', () => {
    const documents = documentsFileSchema.parse(JSON.parse(readFileSync('dist/data/documents.json', 'utf8')));
    for (const { id } of documents) {
      expect(readFileSync(`dist/data/docs/${id}.json`, 'utf8')).toBe(readFileSync(`build/data/docs/${id}.json`, 'utf8'));
      expect(readFileSync(`dist/source/${id}.txt`, 'utf8')).toBe(readFileSync(`build/source/${id}.txt`, 'utf8'));
    }
  });

  it('dist/data/schema/<name>.schema.json describes each published file, and the files satisfy it (as a researcher checks with ajv)', () => {
    const ajv = new Ajv2020({ allErrors: true });
    const data = (file: string) => JSON.parse(readFileSync(`dist/data/${file}`, 'utf8'));
    for (const name of ['documents', 'clauses', 'reuse', 'citations', 'curation', 'catalog']) {
      const schema = data(`schema/${name}.schema.json`);
      expect(schema.title).toBe(`/data/${name}.json`);
      const valid = ajv.compile(schema);
      expect(valid(data(`${name}.json`)), `${name}: ${JSON.stringify(valid.errors?.slice(0, 3))}`).toBe(true);
    }
    const validDoc = ajv.compile(data('schema/doc.schema.json'));
    expect(validDoc(data('docs/xiangyuan-2023.json'))).toBe(true);
  });
});
