/** The seed corpus built once per test file, in memory, through the real pipeline. */
import { buildCorpus, type Corpus } from '../../scripts/pipeline.ts';

let built: Promise<Corpus> | undefined;

export function seedCorpus(): Promise<Corpus> {
  built ??= buildCorpus('corpus');
  return built;
}

/** The text with all white space removed, as the gold annotations quote it. */
export function compact(text: string): string {
  return text.replace(/\s+/g, '');
}
