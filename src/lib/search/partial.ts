/**
 * No dead ends. Pagefind returns only the results that have every word of a query, so a natural
 * query ("vad kritiserade Miljöpartiet 2023") easily finds nothing although one result has three of
 * its four words. The search page then asks Pagefind for each word on its own (with the same filters)
 * and this module puts the answers together: the results that have the most of the words first,
 * each with the words it lacks, which the page shows ("Saknas: vad"). A result that has only function
 * words ("vad", "till") is left out: it would only be noise. Pure; unit-tested.
 */
import { nameWords } from './query.ts';
import { STOP_WORDS } from './swedish-query.ts';

/** A result of one word's search: Pagefind's id of the record and its score for that word. */
export interface WordHit {
  id: string;
  score: number;
}

export interface PartialResult {
  id: string;
  /** the query's words the result has, in the query's order */
  found: string[];
  /** the query's words it lacks, in the query's order */
  missing: string[];
  /** the sum of its scores for the words it has: the order among results with as many words */
  score: number;
}

const isStopWord = (word: string) => nameWords(word).every((w) => STOP_WORDS.has(w));

/**
 * The results of the words' searches (hits[i] answers words[i]), those with the most words first,
 * then the higher score; results with no word but function words are left out.
 */
export function rankPartial(
  words: readonly string[],
  hits: readonly (readonly WordHit[])[],
): PartialResult[] {
  const byId = new Map<string, { found: Set<number>; score: number }>();
  hits.forEach((list, i) => {
    for (const { id, score } of list) {
      const r = byId.get(id) ?? { found: new Set<number>(), score: 0 };
      if (!r.found.has(i)) {
        r.found.add(i);
        r.score += score;
      }
      byId.set(id, r);
    }
  });
  const weight = (found: Set<number>) => [...found].filter((i) => !isStopWord(words[i])).length;
  return [...byId]
    .filter(([, r]) => weight(r.found) > 0)
    .sort(([, a], [, b]) => weight(b.found) - weight(a.found) || b.score - a.score)
    .map(([id, r]) => ({
      id,
      found: words.filter((_, i) => r.found.has(i)),
      missing: words.filter((_, i) => !r.found.has(i)),
      score: r.score,
    }));
}

/** The words no result has at all: Pagefind leaves such a word out of the search, so every result lacks it. */
export function absentWords(words: readonly string[], counts: readonly number[]): string[] {
  return words.filter((_, i) => counts[i] === 0);
}
