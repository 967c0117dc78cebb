import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { emptyCuration, linkCorpus, parseCuration, readCuration } from '../../../scripts/link/index.ts';
import { smallCorpus } from '../../helpers/records.ts';

const run = (curation: ReturnType<typeof emptyCuration>) => {
  const { documents, clauses } = smallCorpus();
  const out = linkCorpus(documents, clauses, curation);
  return { out, linksOf: (id: string) => out.clauses.find((c) => c.id === id)!.links };
};

describe('curated links', () => {
  it('confirm marks a computed link as confirmed, keeping its score', () => {
    const plain = run(emptyCuration()).linksOf('county/1')[0];
    const { linksOf } = run({ ...emptyCuration(), confirm: [{ source: 'county/1', target: 'nation/1' }] });
    expect(linksOf('county/1')[0]).toMatchObject({ target: 'nation/1', curated: 'confirmed', score: plain.score });
  });

  it('reject drops a computed link', () => {
    expect(run(emptyCuration()).linksOf('county/1').map((l) => l.target)).toContain('nation/1');
    const { linksOf } = run({ ...emptyCuration(), reject: [{ source: 'county/1', target: 'nation/1' }] });
    expect(linksOf('county/1').map((l) => l.target)).not.toContain('nation/1');
  });

  it('add publishes a link the method did not find, first, marked added', () => {
    expect(run(emptyCuration()).linksOf('county/2')).toEqual([]);
    const { linksOf } = run({ ...emptyCuration(), add: [{ source: 'county/2', target: 'nation/3', note: 'reader' }] });
    const [link] = linksOf('county/2');
    expect(link).toMatchObject({ target: 'nation/3', curated: 'added', relation: 'implements', note: 'reader' });
    expect(link.score).toBeGreaterThanOrEqual(0);
  });

  it('bad pairs become messages, not links or crashes', () => {
    const { out } = run({
      ...emptyCuration(),
      add: [{ source: 'county/9', target: 'nation/1' }, { source: 'nation/1', target: 'county/1' }],
      confirm: [{ source: 'county/1', target: 'nation/1' }],
      reject: [{ source: 'county/1', target: 'nation/1' }],
    });
    expect(out.messages.map((m) => m.message).sort()).toEqual([
      "add ignored: county/1 is not in a document above nation/1's",
      'add ignored: unknown source clause county/9',
      'county/1 → nation/1 is both kept and rejected; rejected wins',
    ]);
    expect(out.clauses.find((c) => c.id === 'county/1')!.links.map((l) => l.target)).not.toContain('nation/1');
  });
});

describe('reading corpus/links.curated.yaml', () => {
  it('a missing file is an empty curation', () => {
    expect(readCuration('/nonexistent/links.curated.yaml')).toMatchObject({ confirm: [], reject: [], add: [], messages: [] });
  });

  it('reads the three lists', () => {
    const c = parseCuration(
      'confirm:\n  - { source: a/1, target: n/1 }\nreject:\n  - source: a/2\n    target: n/2\nadd:\n  - source: a/3\n    target: n/3\n    note: why\n',
      'x.yaml',
    );
    expect(c).toMatchObject({
      confirm: [{ source: 'a/1', target: 'n/1', line: 2 }],
      reject: [{ source: 'a/2', target: 'n/2', line: 4 }],
      add: [{ source: 'a/3', target: 'n/3', note: 'why', line: 7 }],
      messages: [],
    });
  });

  it('names the line of a bad entry and keeps the good ones', () => {
    const c = parseCuration('confirm:\n  - source: a/1\n  - { source: a/2, target: n/2 }\nmaybe: []\n', 'x.yaml');
    expect(c.confirm).toEqual([{ source: 'a/2', target: 'n/2', line: 3 }]);
    expect(c.messages).toEqual([
      { file: 'x.yaml', line: 2, message: 'confirm entry needs string "source" and "target" clause ids' },
      { file: 'x.yaml', line: 4, message: 'unknown curation section "maybe" (expected confirm, reject or add)' },
    ]);
  });

  it('invalid YAML is a message', () => {
    const c = parseCuration('confirm: [\n', 'x.yaml');
    expect(c.confirm).toEqual([]);
    expect(c.messages![0].message).toMatch(/not valid YAML/);
  });

  it('the example file in corpus/ reads without problems', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cur-'));
    writeFileSync(join(dir, 'links.curated.yaml'), '# nothing curated yet\n');
    expect(readCuration(join(dir, 'links.curated.yaml')).messages).toEqual([]);
    expect(readCuration('corpus/links.curated.yaml').messages).toEqual([]);
  });
});
