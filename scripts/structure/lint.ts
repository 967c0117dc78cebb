/** Things in a text a researcher should know about: extraction debris and markup. */
import type { SourceText } from '../ingest/read-corpus.ts';
import type { Message } from '../messages.ts';

const checks: { pattern: RegExp; message: string }[] = [
  { pattern: /\?{3,}|\uFFFD/, message: 'unreadable characters (??? or �) left by text extraction; kept as written' },
  { pattern: /<\/?[a-zA-Z][^>]*>/, message: 'HTML markup in the text; it is published and shown as text, never run' },
  { pattern: /[\u0000-\u0008\u000e-\u001f]/, message: 'control characters (a NUL byte or the like, as a damaged file leaves them); kept as written' },
  { pattern: /[\u200b-\u200d\u2060\ufeff]/, message: 'zero-width characters (as a web copy leaves them); read as spaces' },
];

export function lintText(source: SourceText): Message[] {
  const messages: Message[] = [];
  source.lines.forEach((line, index) => {
    for (const { pattern, message } of checks) {
      if (pattern.test(line)) messages.push({ file: source.file, line: index + 1, message });
    }
  });
  return messages;
}
