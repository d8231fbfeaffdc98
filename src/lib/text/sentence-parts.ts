/**
 * A sentence built in src/lib (the answers at the top of district and measure pages)
 * as parts, so the page can render each the right way: interface words in the page's
 * language, links, glossary words, Insyn's Swedish content text (shown through Tx:
 * translated or marked lang="sv") and quotations (shown through Quote: kept Swedish).
 * SentenceParts.astro renders them.
 */

export type Part =
  /** interface text, already in the page's language */
  | string
  /** a link; its text is interface text, or a content text or quotation (`textIs`) */
  | { text: string; href: string; textIs?: 'content' | 'quote' }
  /** a word the glossary explains (linked to its entry) */
  | { text: string; term: string }
  /** a text Insyn wrote in Swedish */
  | { content: string }
  /** a quotation from a source, kept as it stands */
  | { quote: string };

/** The text a part shows (for tests and plain-text uses). */
export const partText = (p: Part): string =>
  typeof p === 'string' ? p : 'content' in p ? p.content : 'quote' in p ? p.quote : p.text;

// One formatter per locale: creating an Intl.ListFormat costs far more than using one.
const listFormats = new Map<string, Intl.ListFormat>();
function listFormat(intl: string): Intl.ListFormat {
  let f = listFormats.get(intl);
  if (!f) listFormats.set(intl, (f = new Intl.ListFormat(intl, { type: 'conjunction' })));
  return f;
}

/** [a, b, c] as [a, ", ", b, " och ", c] in the page's locale: the items kept as they are (links, marks), the separators as text. */
export function listParts<T>(items: T[], intl: string): (T | string)[] {
  return listFormat(intl)
    .formatToParts(items.map((_, i) => String(i)))
    .map((p) => (p.type === 'element' ? items[Number(p.value)] : p.value));
}
