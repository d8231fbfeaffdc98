/**
 * The search page's words for the browser, in the page's language, as plain data.
 * The client script (search-element.ts) imports no dictionary: that would put the
 * whole Swedish dictionary into every language's search JS. Instead the server
 * (SearchApp.astro) turns the dictionary's sentence functions into templates with
 * slots ({n}, {q}, {filters}), one per plural category of the language
 * (Intl.PluralRules: Swedish and English have "one" and "other", Arabic six), and
 * the browser fills them in. Pure; unit-tested.
 */
import type { Dict } from '../../i18n/types.ts';
import { searchTypes, type FilterKey } from './facets.ts';

/** A sentence per plural category of the language ("one", "few", "other" …) and "0" for none, with {n} for the number. */
export type PluralTemplate = Record<string, string>;

export interface SearchMessages {
  /** the locale for Intl (numbers, plural rules, sorting) */
  locale: string;
  /** the result types' labels, in the order the type filter lists them */
  types: string[];
  filters: Record<FilterKey, string>;
  without: Record<FilterKey, string>;
  manyDistricts: string;
  dateLegend: string;
  dateLabel: string;
  dateFrom: string;
  dateTo: string;
  dateAny: string;
  caveat: string;
  loading: string;
  prompt: string;
  inPage: string;
  or: string;
  /** "{n} träffar för ”{q}”." */
  results: PluralTemplate;
  /** "{n} träffar med avgränsningarna." */
  filteredResults: PluralTemplate;
  /** "Sökt som ”{q}” …" */
  searchedAs: string;
  /** "Sökt som ”{q}”, med namnet rättstavat." */
  correctedAs: string;
  /** "Ingen träff har alla orden i ”{q}”. {n} träffar har några av dem …" */
  partial: PluralTemplate;
  /** "Saknas: {words}" */
  missing: string;
  /** "{n} träffar till har några av orden." */
  alsoPartial: PluralTemplate;
  /** "Du sökte efter ”{q}”." */
  searched: string;
  /** "Du sökte efter ”{q}” med avgränsningarna {filters}." */
  searchedWith: string;
  /** "Du sökte med avgränsningarna {filters}." */
  searchedFilters: string;
  /** "Utan avgränsningarna finns {n} träffar." */
  withoutFilters: PluralTemplate;
}

/** The smallest n ≥ 1 that the language puts in `category`; none for a category only 0 has (Arabic "zero"). */
function sampleOf(rules: Intl.PluralRules, category: string): number | undefined {
  for (let n = 1; n <= 1000; n++) if (rules.select(n) === category) return n;
  return undefined;
}

/** A sentence function of a number as templates: each category's sample number becomes {n}. */
export function pluralTemplate(locale: string, sentence: (n: number) => string): PluralTemplate {
  const rules = new Intl.PluralRules(locale);
  const forms: PluralTemplate = { '0': sentence(0) };
  for (const category of rules.resolvedOptions().pluralCategories) {
    const n = sampleOf(rules, category);
    if (n !== undefined) forms[category] = sentence(n).replace(new RegExp(`(?<!\\d)${n}(?!\\d)`), '{n}');
  }
  return forms;
}

/** The words the search page's script needs, from the page's dictionary. */
export function searchMessages(t: Dict, locale: string): SearchMessages {
  const s = t.search;
  return {
    locale,
    types: searchTypes.map((type) => s.types[type]),
    filters: { ...s.filters },
    without: { ...s.without },
    manyDistricts: s.manyDistricts,
    dateLegend: s.dateLegend,
    dateLabel: s.dateLabel,
    dateFrom: s.dateFrom,
    dateTo: s.dateTo,
    dateAny: s.dateAny,
    caveat: s.caveat,
    loading: s.loading,
    prompt: s.prompt,
    inPage: s.inPage,
    or: s.or,
    results: pluralTemplate(locale, (n) => s.results(n, '{q}')),
    filteredResults: pluralTemplate(locale, (n) => s.filteredResults(n)),
    searchedAs: s.searchedAs('{q}'),
    correctedAs: s.correctedAs('{q}'),
    partial: pluralTemplate(locale, (n) => s.partial(n, '{q}')),
    missing: s.missing('{words}'),
    alsoPartial: pluralTemplate(locale, (n) => s.alsoPartial(n)),
    searched: s.noResults.searched('{q}', ''),
    searchedWith: s.noResults.searched('{q}', '{filters}'),
    searchedFilters: s.noResults.searchedFilters('{filters}'),
    withoutFilters: pluralTemplate(locale, (n) => s.noResults.withoutFilters(n)),
  };
}

/** A template with its slots filled; text in the slots (a query) is never read as a slot itself. */
export function fill(template: string, slots: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => slots[name] ?? slot);
}

const numbers = new Map<string, { rules: Intl.PluralRules; format: Intl.NumberFormat }>();
/** One PluralRules and NumberFormat per locale: the counts beside the filters are redrawn on every search. */
function numbersOf(locale: string) {
  let n = numbers.get(locale);
  if (!n)
    numbers.set(locale, (n = { rules: new Intl.PluralRules(locale), format: new Intl.NumberFormat(locale) }));
  return n;
}

/** A count in the locale's digits and grouping. */
export const formatCount = (n: number, locale: string): string => numbersOf(locale).format.format(n);

/** The sentence for n: "0" when none, else the language's plural category for n, with n formatted. */
export function plural(
  template: PluralTemplate,
  n: number,
  locale: string,
  slots: Record<string, string> = {},
): string {
  const form = n === 0 ? template['0'] : (template[numbersOf(locale).rules.select(n)] ?? template.other);
  return fill(form, { ...slots, n: formatCount(n, locale) });
}
