/** What several easy-read files share: numbers, lists, counted nouns and one sentence. */
import { countedNoun, pluralOf } from '../plural.ts';

export const number = new Intl.NumberFormat('sv-SE');
export const list = (items: string[]) => new Intl.ListFormat('sv-SE', { type: 'conjunction' }).format(items);
/** the form for a count: plural(n, { one: 'Har kommunen gjort den?', other: 'Har kommunen gjort dem?' }) */
export const plural = pluralOf('sv');
/** "1 åtgärd", "3 åtgärder" */
export const measures = countedNoun('sv', { one: '# åtgärd', other: '# åtgärder' }, (n) => number.format(n));
/** [[2021, 2023], [2025, 2026]] → "2021 till 2023, 2025 och 2026": "till" only for 3 years or more */
export const spans = (ranges: [number, number][]) =>
  list(
    ranges.flatMap(([from, to]) =>
      to - from >= 2 ? [`${from} till ${to}`] : [...new Set([from, to])].map(String),
    ),
  );
export const lowerFirst = (s: string) => `${s.charAt(0).toLowerCase()}${s.slice(1)}`;
/** said on the home page and the about page, where the word first appears */
export const segregation =
  'Segregation betyder att olika grupper av människor bor var för sig och sällan möts.';
