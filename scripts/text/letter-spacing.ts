/**
 * Letter spacing: a PDF set with spaced-out letters comes out of text extraction with a space between
 * every two Chinese letters (`襄 政 办 发〔2023〕25 号`, `加 强 组 织 领 导`). Read by its letters, such a
 * line says what it would unspaced; a wide gap (two spaces, a full-width space) still sets words apart.
 */

/** Two Chinese letters (or full-width signs) one space apart. */
export const spacedLetters = /(?<=[\u3000-\u9fff\uff00-\uffef]) (?=[\u3000-\u9fff\uff00-\uffef])/g;
/** A Chinese letter followed by another. */
export const adjacentLetters = /[\u4e00-\u9fff](?=[\u4e00-\u9fff])/g;

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

/** Whether a text spaces its letters out: more of its letter pairs one space apart than side by side. */
export const isLetterSpaced = (text: string) => count(text, spacedLetters) > count(text, adjacentLetters);

/** A line without the spaces its letter spacing put between its letters; a line not so set as it is. */
export const withoutLetterSpacing = (line: string) => (count(line, spacedLetters) >= 2 && isLetterSpaced(line) ? line.replace(spacedLetters, '') : line);
