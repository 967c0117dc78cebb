/**
 * The plan choice of /compare/, read from the URL. Used in the browser, so it imports
 * nothing and stays tiny.
 */

/** How many plans a comparison shows side by side when the reader chooses. */
export const MIN_CHOICE = 2;
export const MAX_CHOICE = 4;
/** Up to this many plans /compare/ is built as one static table of all of them. */
export const STATIC_COMPARE_LIMIT = 12;

/**
 * Parse a `?docs=` choice against the known plans: accepts `docs=a,b` and the
 * repeated `docs=a&docs=b` a plain GET form sends; unknown ids and repeats drop out.
 */
export function parseDocsChoice(params: URLSearchParams, known: readonly string[]): string[] {
  const knownSet = new Set(known);
  const chosen: string[] = [];
  for (const value of params.getAll('docs')) {
    for (const id of value.split(',')) {
      const trimmed = id.trim();
      if (knownSet.has(trimmed) && !chosen.includes(trimmed)) chosen.push(trimmed);
    }
  }
  return chosen;
}

/** The canonical query for a choice: `?docs=a,b` (commas kept readable), or '' for all plans. */
export function docsQuery(chosen: readonly string[]): string {
  return chosen.length ? `?docs=${chosen.map(encodeURIComponent).join(',')}` : '';
}
