/**
 * A corpus of published files is read on worker threads, one per core, when it holds many files other
 * than text (a PDF takes a few hundred ms, a scan minutes): the documents and messages are those read on
 * the main thread, in file order, and what the workers read is cached as what the main thread reads.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../../scripts/ingest/read-corpus.ts';
import { openDocumentCache } from '../../../scripts/cache/document-cache.ts';
import type { Extracted } from '../../../scripts/ingest/formats/types.ts';

const dir = join(mkdtempSync(join(tmpdir(), 'parallel-ingest-')), 'corpus');
mkdirSync(dir);
for (const ext of ['pdf', 'docx', 'html', 'ofd', 'rtf', 'doc']) copyFileSync(`test/fixtures/formats/pianguan-2024.${ext}`, join(dir, `pianguan-2024-${ext}.${ext}`));
copyFileSync('corpus/xiangyuan-2023.txt', join(dir, 'xiangyuan-2023.txt'));
copyFileSync('test/fixtures/unseen-plans/fuping-2023.xlsx', join(dir, 'fuping-2023.xlsx'));
writeFileSync(join(dir, 'broken.pdf'), readFileSync('test/fixtures/formats/mingxi-2024.pdf').subarray(0, 4000));
// the same id twice: the first in file order is the document, the second is named
copyFileSync('test/fixtures/formats/mingxi-2024.docx', join(dir, 'mingxi-2024.docx'));
copyFileSync('test/fixtures/formats/mingxi-2024.html', join(dir, 'mingxi-2024.html'));

describe('reading a corpus on worker threads', () => {
  it('gives the documents and messages of the main thread, in file order', async () => {
    const onMain = await readCorpus(dir, { threads: 1 });
    const onWorkers = await readCorpus(dir, { threads: 2, parallelFromBytes: 0 });
    expect(onWorkers).toEqual(onMain);
    expect(onMain.sources.map((s) => s.id)).toEqual(['fuping-2023', 'mingxi-2024', 'pianguan-2024-doc', 'pianguan-2024-docx', 'pianguan-2024-html', 'pianguan-2024-ofd', 'pianguan-2024-pdf', 'pianguan-2024-rtf', 'xiangyuan-2023']);
    expect(onMain.sources.find((s) => s.id === 'pianguan-2024-pdf')?.text).toContain('偏关县');
    expect(onMain.messages.map((m) => m.file)).toEqual(['corpus/broken.pdf', 'corpus/mingxi-2024.html']);
    expect(onMain.messages[1].message).toMatch(/duplicate document id "mingxi-2024"/);
  });

  it('caches what the workers read, so the next build reads no file again', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'parallel-ingest-cache-'));
    const first = openDocumentCache<Extracted>(cacheDir);
    const read = await readCorpus(dir, { threads: 2, parallelFromBytes: 0, cache: first });
    const second = openDocumentCache<Extracted>(cacheDir);
    expect(await readCorpus(dir, { threads: 2, parallelFromBytes: 0, cache: second })).toEqual(read);
    // eight readable files other than text, and the broken one (an error is not cached)
    expect(second.stats).toEqual({ hits: 9, misses: 1 });
  });

  it('every reader a worker may load runs under Node’s own type stripping (no parameter properties, enums or namespaces)', () => {
    // read-worker.ts itself runs in the first test
    const modules = readdirSync('scripts/ingest', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && f !== 'read-worker.ts').map((f) => `./scripts/ingest/${f}`);
    const script = `for (const m of ${JSON.stringify(modules)}) await import(m).catch((e) => console.log(m + ': ' + e.message.split('\\n')[0]));`;
    expect(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })).toBe('');
  });
});
