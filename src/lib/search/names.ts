/**
 * The things a query can name, so that their own records come first ("names first"): a district,
 * a measure, a party, a body, a plan year. Each such record carries its thing's key in Pagefind's
 * filter NAME_FILTER (records.ts); the search page gets this table (SearchApp.astro, data-names),
 * finds the names in what was typed (query.ts namedKeys) and asks Pagefind once more, with that
 * filter, for the records that are the named things; those go first, then the rest in Pagefind's
 * order, so events under a measure come after the measure, a party's note before notes that only
 * mention the party. Pagefind's ranking cannot do this alone: a name's weight goes to every word
 * that starts with it too ("Skäggetorp" in "Skäggetorpsskolan"), and a year is in half the records.
 *
 * A name is matched by all its own words ("Bilda områdesteam"), by a word that belongs to no other
 * name ("områdesteam", "kulturskolan"), by a measure's number ("5.4"), a party's or body's short
 * name ("MP", "KS"), and a plan year by "plan 2023" or the year alone as the whole query. Names are
 * in the page's language and in Swedish, which readers of every language type. Pure; unit-tested.
 */
import type { Site } from '../site/build-site.ts';
import { measureName } from '../measure/measures.ts';
import type { RecordLanguage } from './records.ts';
import { nameWords, type NameEntry, type SearchVocabulary } from './query.ts';
import { STOP_WORDS } from './swedish-query.ts';

/** The filter value (NAME_FILTER) of the records that are one thing. */
export const nameKey = {
  district: (id: string) => `omrade:${id}`,
  measure: (id: string) => `atgard:${id}`,
  party: (id: string) => `parti:${id}`,
  body: (name: string) => `organ:${nameWords(name).join('-')}`,
  plan: (year: number) => `plan:${year}`,
};

/** A measure's words that say what it is, not how: no function words, no words every plan uses. */
const significant = (name: string): string[] => nameWords(name).filter((w) => !STOP_WORDS.has(w));

const unique = <T>(xs: T[]): T[] => [...new Set(xs)];
const uniquePhrases = (phrases: string[][]): string[][] => {
  const seen = new Set<string>();
  return phrases.filter((p) => p.length > 0 && !seen.has(p.join(' ')) && seen.add(p.join(' ')));
};

/** Every body with records of its own (minutes, decisions), in Swedish as the content names it. */
const bodiesWithRecords = (site: Site): string[] =>
  unique([...site.meetings.map((m) => m.data.body), ...site.decisions.map((d) => d.data.body)]);

export function searchVocabulary(site: Site, l: RecordLanguage): SearchVocabulary {
  const both = (sv: string) => unique([l.tx(sv), sv]);
  const measures = site.measures.map((m) => {
    const titles = unique([measureName(site, m, l), m.data.title ?? '']).filter(Boolean);
    return { measure: m, titles, words: unique(titles.flatMap(significant)) };
  });
  // How many measures' names have each word (counted once, not measure by measure for every
  // word: that grew with the square of the measures, 1.5 s of a 10,000-page build).
  const measuresWith = new Map<string, number>();
  for (const { words } of measures)
    for (const w of words) measuresWith.set(w, (measuresWith.get(w) ?? 0) + 1);
  const districtWords = new Set(site.districts.flatMap((d) => nameWords(d.data.name)));
  // `words` are unique per measure, so a word of its own is in one measure's name: its own.
  const elsewhere = (word: string) => (measuresWith.get(word) ?? 0) > 1 || districtWords.has(word);
  const names: NameEntry[] = [
    ...site.districts.map((d) => ({
      key: nameKey.district(d.id),
      phrases: both(d.data.name).map(nameWords),
    })),
    ...measures.map((entry) => ({
      key: nameKey.measure(entry.measure.id),
      phrases: uniquePhrases([
        ...entry.titles.map(significant),
        // a word of its name that no other name has ("områdesteam") names it alone
        ...entry.words.filter((w) => w.length >= 5 && !elsewhere(w)).map((w) => [w]),
        ...entry.measure.data.years.flatMap((y) => (y.number ? [[y.number]] : [])),
      ]),
    })),
    ...[...site.partyById.values()].map((p) => ({
      key: nameKey.party(p.id),
      phrases: uniquePhrases([...both(p.data.name).map(nameWords), nameWords(p.data.abbr)]),
    })),
    ...bodiesWithRecords(site).map((body) => {
      const short = (l.t.search.bodyShort as Record<string, string>)[body];
      return {
        key: nameKey.body(body),
        phrases: uniquePhrases([...both(body).map(nameWords), ...(short ? [nameWords(short)] : [])]),
      };
    }),
    ...site.plans.map((p) => {
      const year = String(p.data.year);
      return {
        key: nameKey.plan(p.data.year),
        phrases: uniquePhrases([
          nameWords(l.t.search.planYear(year)),
          ['plan', year],
          ['atgardsplan', year],
          ...both(p.data.name).map(significant),
        ]),
        alone: [[year]],
      };
    }),
  ];
  const spellings = unique([
    ...site.districts.flatMap((d) => both(d.data.name)),
    ...[...site.partyById.values()].flatMap((p) => both(p.data.name)),
    ...bodiesWithRecords(site).flatMap(both),
    ...[...site.organisationById.values()].flatMap((o) => both(o.data.name)),
  ])
    .flatMap((name) => name.split(/[\s-]+/))
    .filter((w) => /^\p{L}{5,}$/u.test(w) && !STOP_WORDS.has(nameWords(w)[0]));
  return { names, spellings: unique(spellings) };
}
