/**
 * Pagefind stems Swedish with the Snowball stemmer, which strips plural and
 * "-en" endings but not the definite "-an" of nouns in -a: "förskola" and
 * "förskolor" both become "förskol", while "förskolan" stays as it is, so a
 * search for "förskolan" missed pages that only say "förskola" (measured on
 * this site: 5 pages against 7). Pagefind matches words by prefix, so searching
 * the indefinite form instead finds every page the definite form finds, and more.
 */

/** Words this short ending in -an are seldom definite forms ("plan", "kvan"), so they are left alone. */
const MIN_LENGTH = 6;

/** The query with each definite "-an" noun turned into its "-a" form; other words unchanged. */
export function widenDefiniteForms(query: string): string {
  return query
    .split(/(\s+)/)
    .map((word) =>
      word.length >= MIN_LENGTH && /[^\s]an$/iu.test(word) && /^\p{L}+$/u.test(word)
        ? word.slice(0, -1)
        : word,
    )
    .join('');
}
