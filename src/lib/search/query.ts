/**
 * What the search page searches for what a reader typed (search-element.ts, in the browser):
 *
 * - Misspelt names put right: a word close to the name of a district, a party or a body but not
 *   that name nor a form of it ("skagetorp", "Miljöpartite", "kommunstyrlsen") is searched as the
 *   name. Pagefind folds å, ä and ö itself ("skaggetorp" finds Skäggetorp), but a letter too few or
 *   too many finds something else: it searches the longest start of the word that exists ("ska").
 * - On the Swedish page, the forms Pagefind's Swedish stemming misses are widened to a start that
 *   every form shares (swedish-query.ts; measured in docs/search.md).
 * - The named things the query names (names.ts): their records come first ("names first").
 *
 * Pure and free of dictionaries (it runs in every language's search script); unit-tested.
 */
import { editDistance, fold } from './suggest.ts';
import { widenSwedishWord } from './swedish-query.ts';

/** A thing a query can name, as the search page gets it from the build (names.ts). */
export interface NameEntry {
  /** the value of the records that are this thing in Pagefind's filter NAME_FILTER, e.g. "omrade:skaggetorp" */
  key: string;
  /** word lists (folded, see nameWords) of which any one names the thing when all its words are in the query */
  phrases: string[][];
  /** word lists that name the thing only when they are the whole query ("2023" alone names the plan) */
  alone?: string[][];
}

/** What the search page needs to find names in a query and put misspelt ones right (built by names.ts). */
export interface SearchVocabulary {
  names: NameEntry[];
  /** the words of the names of districts, parties and bodies as spelt, which a misspelling is put right to */
  spellings: string[];
}

/** The Pagefind filter that holds the key of the named thing a record is (never shown as a filter). */
export const NAME_FILTER = 'namn';

/** Words shorter than this are never put right: too many real words lie one letter from a short name. */
const MIN_CORRECTED = 5;
/** How alike a word and a name must be to be taken for a misspelling of it (1 − edits / length). */
const CORRECTION_THRESHOLD = 0.8;

/**
 * The words of a query or a name as compared here: lower case without diacritics, a genitive ":s" and
 * surrounding punctuation dropped; "5.4" and "2020-754" stay one word.
 */
export function nameWords(text: string): string[] {
  return fold(text)
    .split(/\s+/)
    .map((w) => w.replace(/:s$/, '').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => w.length > 0);
}

/** Endings a Swedish word takes after a name or term (definite, plural, genitive). */
const ENDING = /^(s|n|en|et|ens|ets|na|ar|er|or|arna|erna|orna)$/;

/** Whether a query word is a name word, or the name word with a Swedish ending (either way round). */
export function sameWord(query: string, name: string): boolean {
  if (query === name) return true;
  if (query.startsWith(name)) return ENDING.test(query.slice(name.length));
  if (name.startsWith(query)) return ENDING.test(name.slice(query.length));
  return false;
}

/** The keys of the things a query names, in the order of `names`. */
export function namedKeys(query: string, names: readonly NameEntry[]): string[] {
  const words = nameWords(query);
  if (words.length === 0) return [];
  const has = (phrase: string[]) => phrase.every((p) => words.some((w) => sameWord(w, p)));
  const whole = (phrase: string[]) => phrase.length === words.length && has(phrase);
  return names.filter((n) => n.phrases.some(has) || (n.alone ?? []).some(whole)).map((n) => n.key);
}

/** The spelt name a word is taken to mean, or none when the word is a name, a form or a start of one, or is not close. */
export function correctedName(word: string, spellings: readonly string[]): string | undefined {
  const w = fold(word);
  if (w.length < MIN_CORRECTED || !/^\p{L}+$/u.test(w)) return undefined;
  let best: { spelling: string; score: number } | undefined;
  for (const spelling of spellings) {
    const k = fold(spelling);
    if (sameWord(w, k) || k.startsWith(w)) return undefined;
    const score = 1 - editDistance(w, k) / Math.max(w.length, k.length);
    if (score >= CORRECTION_THRESHOLD && (!best || score > best.score)) best = { spelling, score };
  }
  return best?.spelling;
}

export interface QueryPlan {
  /** the words searched, in the reader's order */
  words: string[];
  /** what Pagefind is asked: the words joined */
  term: string;
  /** names put right: what was typed and the name searched instead */
  corrected: { from: string; to: string }[];
  /** whether a Swedish form was widened */
  widened: boolean;
  /** the keys of the named things (names.ts), whose records come first */
  named: string[];
}

/** What to search for `q`: names put right, Swedish forms widened on the Swedish page, named things found. */
export function planQuery(q: string, vocabulary: SearchVocabulary, swedish: boolean): QueryPlan {
  const corrected: QueryPlan['corrected'] = [];
  let widened = false;
  const words = q
    .split(/\s+/)
    .filter(Boolean)
    .map((typed) => {
      const name = correctedName(typed, vocabulary.spellings);
      if (name) {
        corrected.push({ from: typed, to: name });
        return name;
      }
      // a name ("Miljöpartiet") is searched as typed: it is no inflected noun to widen
      const isName = vocabulary.spellings.some((sp) => sameWord(fold(typed), fold(sp)));
      const wide = swedish && !isName ? widenSwedishWord(typed) : typed;
      if (wide !== typed) widened = true;
      return wide;
    });
  const term = words.join(' ');
  return { words, term, corrected, widened, named: namedKeys(term, vocabulary.names) };
}
