/**
 * Swedish word forms that Pagefind's Snowball stemming leaves apart, widened in the query.
 *
 * Pagefind stems a Swedish query and matches it as the start of indexed words, so "planen",
 * "planer" and "planerna" all find what "plan" finds. Measured on this site's own terms
 * (docs/search.md, "Word forms"), these forms found fewer results than the base form:
 * the definite "-an" of nouns in -a ("skolan": 2 results, "skola": 12), the definite neuter
 * "-et" ("protokollet" 3, "protokoll" 15; "dokumentet", "området", "partiet"), the definite
 * plural "-ena" ("områdena" 6, "område" 35), nouns in -or ("indikatorer", "indikatorn": 3,
 * "indikator": 9), and "ansökningar" for "ansökan". Searching a start that every form shares
 * finds every result the base form finds, and more: prefix matching only widens.
 */

/** A definite or plural ending the stemmer keeps, and what to cut it back to (most specific first). */
const RULES: { ending: RegExp; keep: number; minLength: number }[] = [
  // "indikatorerna", "indikatorer", "indikatorn" → "indikator"
  { ending: /orerna$/u, keep: 2, minLength: 9 },
  { ending: /orer$/u, keep: 2, minLength: 7 },
  { ending: /(or|ar|er)n$/u, keep: 2, minLength: 7 },
  // "områdena", "utvecklingsområdena" → "område"
  { ending: /ena$/u, keep: 1, minLength: 7 },
  // "protokollets", "protokollet", "dokumentet", "området", "partiet" → "protokoll", "dokument", "områd", "parti"
  { ending: /ets$/u, keep: 0, minLength: 8 },
  { ending: /et$/u, keep: 0, minLength: 7 },
  // "skolan", "förskolans", "källan" → "skola", "förskola", "källa"
  { ending: /ans$/u, keep: 1, minLength: 7 },
  { ending: /an$/u, keep: 1, minLength: 6 },
];

/** Forms that share no start with their base form: the base form is searched. */
const IRREGULAR: Record<string, string> = {
  ansökningar: 'ansökan',
  ansökningarna: 'ansökan',
  ansökningen: 'ansökan',
  ansökningens: 'ansökan',
};

/** Nouns whose indefinite form ends in "-an" (verbal nouns): no definite form to widen. */
const INDEFINITE_AN = new Set([
  'ansökan',
  'samverkan',
  'anmälan',
  'början',
  'inverkan',
  'påverkan',
  'önskan',
  'väntan',
]);

/** The Swedish word cut back to a start its other forms share; other words (names, numbers, short words) unchanged. */
export function widenSwedishWord(word: string): string {
  if (!/^\p{L}+$/u.test(word)) return word;
  const lower = word.toLocaleLowerCase('sv');
  if (IRREGULAR[lower]) return IRREGULAR[lower];
  if (INDEFINITE_AN.has(lower)) return word;
  for (const { ending, keep, minLength } of RULES) {
    const m = ending.exec(lower);
    if (m && word.length >= minLength) return word.slice(0, word.length - m[0].length + keep);
  }
  return word;
}

/**
 * Words that say nothing about which thing a name is (function words, and words every plan's names
 * use), in Swedish, English and Arabic, folded as names.ts compares them (no diacritics). A name is
 * never matched by these alone, and a misspelling is never put right to one.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  [
    // Swedish
    'i och av att for fler mer med som till fran mot upp ned per pa om den det de en ett ar inom utan',
    'over under efter samt eller inte alla andra olika sin sina nar vad hur vem vilka vilken var kan ska har hade blir',
    'kommun kommunen kommunens linkoping linkopings samtliga omrade omradet omraden omradena plan planen',
    'atgard atgarder personer lokala',
    // English
    'the and of for to in on at a an with more than from into by is are was were what did does do who how',
    'which why when where people areas area measure measures',
    // Arabic
    'في من إلى على عن مع أكثر التي الذي ماذا ما هل كيف متى لماذا',
  ].flatMap((line) => line.split(' ')),
);
