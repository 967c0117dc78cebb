/**
 * `npm run data`: corpus/ → build/ (data/*.json, data/*.csv, source/, normalised/).
 * Problems in one document are reported and the others still build; `--strict`
 * makes any such message fatal.
 */
import { buildCorpus } from './pipeline.ts';
import { publication } from './publish/write.ts';
import { formatMessage } from './messages.ts';
import { progress } from './progress.ts';
import { join } from 'node:path';

const strict = process.argv.includes('--strict');
const corpusDir = argValue('--corpus') ?? 'corpus';
const outDir = argValue('--out') ?? 'build';

// Per-document work is cached in <out>/cache (publish keeps it); --no-cache recomputes everything.
const cacheDir = process.argv.includes('--no-cache') ? null : join(outDir, 'cache');
// What linking does not change is published while the plans are linked (publish-unlinked), the rest after (publish).
const publishing = publication(outDir);
const shown = progress();
const publishTimes: Record<string, number> = {};
const timed = <A extends unknown[]>(stage: string, step: (...args: A) => void) => (...args: A) => {
  const start = performance.now();
  step(...args);
  publishTimes[stage] = performance.now() - start;
  shown.stage(stage, publishTimes[stage]);
};
const corpus = await buildCorpus(corpusDir, { cacheDir, progress: shown, unlinked: timed('publish-unlinked', publishing.unlinked) }).catch((error) => {
  publishing.abandon();
  throw error;
});
for (const message of corpus.messages) console.warn(`warning: ${formatMessage(message)}`);
timed('publish', publishing.finish)(corpus);
Object.assign(corpus.timings, publishTimes);

const timing = Object.entries(corpus.timings).map(([stage, ms]) => `${stage} ${ms.toFixed(0)} ms`).join(', ');
const cached =
  corpus.cache && cacheDir
    ? `; ${corpus.cache.misses} document(s) computed, ${corpus.cache.hits} from the cache; ${corpus.cache.link.misses} plan(s) linked, ${corpus.cache.link.hits} from the cache`
    : '';
console.log(`built ${corpus.documents.length} documents, ${corpus.clauses.length} clauses into ${outDir}/ (${timing})${cached}`);
if (strict && corpus.messages.length > 0) {
  console.error(`--strict: ${corpus.messages.length} message(s) above`);
  process.exit(1);
}

function argValue(flag: string): string | undefined {
  const index = process.argv.indexOf(flag);
  return index === -1 ? undefined : process.argv[index + 1];
}
