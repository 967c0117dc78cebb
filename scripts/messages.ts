/** A problem met while building, named by file and (where there is one) source line. */
export interface Message {
  file: string;
  line: number | null;
  message: string;
}

export function formatMessage({ file, line, message }: Message): string {
  return `${file}${line ? `:${line}` : ''}: ${message}`;
}
