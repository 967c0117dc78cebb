/**
 * `npm run data`: corpus/ → build/ (data/*.json, data/*.csv, source/, normalised/).
 * Problems in one document are reported and the others still build; `--strict`
 * makes any such message fatal.
 */
import { buildCorpus } from './pipeline.ts';
import { publish } from './publish/write.ts';
import { formatMessage } from './messages.ts';

const strict = process.argv.includes('--strict');
const corpusDir = argValue('--corpus') ?? 'corpus';
const outDir = argValue('--out') ?? 'build';

const corpus = await buildCorpus(corpusDir);
for (const message of corpus.messages) console.warn(`warning: ${formatMessage(message)}`);
publish(corpus, outDir);

const timing = Object.entries(corpus.timings).map(([stage, ms]) => `${stage} ${ms.toFixed(0)} ms`).join(', ');
console.log(`built ${corpus.documents.length} documents, ${corpus.clauses.length} clauses into ${outDir}/ (${timing})`);
if (strict && corpus.messages.length > 0) {
  console.error(`--strict: ${corpus.messages.length} message(s) above`);
  process.exit(1);
}

function argValue(flag: string): string | undefined {
  const index = process.argv.indexOf(flag);
  return index === -1 ? undefined : process.argv[index + 1];
}
