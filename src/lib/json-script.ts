/**
 * A value as the text of a <script type="application/json">: data a page's script reads, kept
 * out of attributes (where every quote costs six bytes) and out of the <article>. `<` is written
 * \u003c, so text from a document can never close the element.
 */
export const jsonScriptText = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');
