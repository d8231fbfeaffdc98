/**
 * "Menade du …?" for a search that finds nothing: the known names a reader is
 * most likely looking for (measure titles, district names, party names,
 * development areas), a small list built with the site, and the ones closest
 * to what was typed. Closeness is per word and forgiving: case, å/ä/ö, a
 * prefix ("kultursk") and a few typos ("skägetorp") all count. Pure; unit-tested.
 */
import { measureName } from '../measure/measures.ts';
import type { Site } from '../site/build-site.ts';
import type { Dict } from '../../i18n/types.ts';

type Translate = (sv: string) => string;

/**
 * The language the names are in: its dictionary and Insyn's translations (`tx`). Passed in, not
 * imported: the search page's script imports this module, and must not carry a dictionary.
 */
interface NameLanguage {
  t: Dict;
  lang: string;
  tx: Translate;
}

/** The names a reader may search for, each once, in a stable order; in a language through `l`. */
export function suggestionTerms(site: Site, l: NameLanguage): string[] {
  const terms = [
    ...site.districts.map((d) => d.data.name),
    ...site.measures.map((m) => measureName(site, m, l)),
    ...[...site.partyById.values()].map((p) => l.tx(p.data.name)),
    ...site.areas.map((a) => l.tx(a.data.name)),
  ];
  return [...new Set(terms)];
}

/** Lower case without diacritics, so "Skäggetorp" and "skaggetorp" are the same word. */
export function fold(s: string): string {
  return s.toLocaleLowerCase('sv').normalize('NFD').replace(/\p{M}/gu, '');
}

const words = (s: string) =>
  fold(s)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);

/** How many letters must be added, removed or changed to turn one word into the other (Levenshtein). */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++)
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

/** 1 for the same word or a prefix of at least three letters, else how few edits tell them apart (0–1). */
export function wordSimilarity(typed: string, known: string): number {
  if (typed === known) return 1;
  if (typed.length >= 3 && known.startsWith(typed)) return 0.95;
  // a typo in a prefix ("kultursklan") compares with the known word's start of the same length
  const sameLength = known.slice(0, Math.max(typed.length, 1));
  const whole = 1 - editDistance(typed, known) / Math.max(typed.length, known.length);
  const prefix = typed.length >= 5 ? 0.9 * (1 - editDistance(typed, sameLength) / typed.length) : 0;
  return Math.max(whole, prefix);
}

/** How close a known term is to the query: its best-matching word for the query's best word. */
function termScore(query: string, term: string): number {
  const typed = words(query).filter((w) => w.length >= 3);
  const known = words(term);
  let best = 0;
  for (const t of typed) for (const k of known) best = Math.max(best, wordSimilarity(t, k));
  return best;
}

/** The closest known terms, best first; none when nothing is close enough to be a useful guess. */
export function closestTerms(query: string, terms: readonly string[], limit = 5, threshold = 0.7): string[] {
  return terms
    .map((term) => ({ term, score: termScore(query, term) }))
    .filter((t) => t.score >= threshold && fold(t.term) !== fold(query.trim()))
    .sort((a, b) => b.score - a.score || a.term.length - b.term.length || a.term.localeCompare(b.term, 'sv'))
    .slice(0, limit)
    .map((t) => t.term);
}

/**
 * For a search that found something: known names the query looks like a
 * misspelling of ("skagetorp" → Skäggetorp), but only when no known name
 * has the typed word itself or starts with it, so a right word gets no hint.
 */
export function nearMisses(query: string, terms: readonly string[], limit = 3): string[] {
  if (terms.some((term) => termScore(query, term) >= 0.95)) return [];
  return closestTerms(query, terms, limit, 0.8);
}
