/**
 * Lines that a box's width broke (a table cell's text, wrapped) joined back: Chinese runs on
 * without a space; two Latin words or numbers keep one between them.
 */
export function joinWrapped(lines: string[]): string {
  return lines
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .reduce((text, line) => (text === '' ? line : /[A-Za-z0-9]$/.test(text) && /^[A-Za-z0-9]/.test(line) ? `${text} ${line}` : text + line), '');
}
