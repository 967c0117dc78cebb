/** The seed corpus built once per test file, in memory, through the real pipeline. */
import { buildCorpus, type Corpus } from '../../scripts/pipeline.ts';

let built: Promise<Corpus> | undefined;

export function seedCorpus(): Promise<Corpus> {
  built ??= buildCorpus('corpus');
  return built;
}

/** The text without white space, zero-width characters included (the pipeline reads them as spaces). */
export function compact(text: string): string {
  return text.replace(/[\s\u200b-\u200d\u2060\ufeff]+/g, '');
}
