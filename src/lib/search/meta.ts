/**
 * The metadata each record gives Pagefind (records.ts recordHtml) and the search page reads
 * (search-element.ts), and how much a query word found in each one counts when ranking.
 * Pagefind 1.5 searches metadata as well as the text, and ranks a match in a field by its weight
 * (`ranking.metaWeights`; the title counts 5 unless told otherwise, other fields 1).
 */
export const META = {
  /** the result's type label, in the record's language */
  type: 'typ',
  /** its date in words, or "Plan 2023" */
  when: 'nar',
  /** a low-confidence measure's caveat */
  caveat: 'caveat',
  /** what it belongs to: shown as the context line */
  context: 'sammanhang',
  /** the names it is itself (a district, a measure, a plan year, a note's party, a meeting's body) */
  names: 'namn',
  /** words it is also found by and never shown (the glossary's everyday words, topics, Swedish names) */
  words: 'sokord',
} as const;

/** Between the parts of a context line ("Miljöpartiet (MP) · Maria Moraes · Kommunstyrelsen 14 februari 2023 § 31"). */
export const CONTEXT_SEPARATOR = ' · ';

/**
 * How much a query word found in each field counts. A name counts as much as a title (Pagefind's
 * default for the title is 5); "names first" itself is a second search (names.ts), since a weight
 * goes to every word that starts with the name too. The everyday words count less than a result's
 * own text, so a note that says "kritiserar" ranks above one that is only a protocol note.
 */
export const META_WEIGHTS: Record<string, number> = {
  [META.names]: 5,
  [META.context]: 1,
  [META.words]: 0.5,
  [META.type]: 1,
  [META.when]: 1,
  [META.caveat]: 0.5,
};
