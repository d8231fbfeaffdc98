/**
 * English for ../sv/search.ts (Insyn's translation, same keys).
 * Search: the search box in the header (components/layout/Header.astro), the search page
 * (pages/[...lang]/sok.astro, components/search/SearchApp.astro; its script gets these words as data
 * from src/lib/search/messages.ts), the 404 page's search, and the names of results and filters in
 * the index (src/lib/search/records.ts, facets.ts).
 */
import type { Wide } from '../types.ts';
import type { words as sv } from '../sv/search.ts';
import { plural, possessive } from './grammar.ts';

export const words: Wide<typeof sv> = {
  search: {
    label: 'Search',
    site: 'Search the site',
    placeholder: 'Search for a measure, decision, note …',
    button: 'Search',
    types: {
      atgard: 'Measure',
      anteckning: 'Note',
      beslut: 'Decision',
      handelse: 'Event',
      protokoll: 'Minutes',
      dokument: 'Document',
      plan: 'Plan',
      omrade: 'Area',
      /** an easy-read page (/lattlast/…), found from the Swedish search */
      lattlast: 'Easy to read',
      sida: 'Page',
      oversikt: 'Overview',
    },
    filters: {
      typ: 'Type',
      ar: 'Year',
      utvecklingsomrade: 'Development area',
      omrade: 'Area',
      status: 'Status',
      parti: 'Party (notes in the minutes)',
    },
    titles: {
      measure: (number: string | null, title: string | null, year: number) =>
        `${number ? `Measure ${number}` : ''}${number && title ? ': ' : ''}${title ?? ''} (plan ${year})`,
      note: (partyAbbr: string, meeting: string) =>
        `${possessive(partyAbbr)} note in the minutes, ${meeting}`,
      decision: (n: number, meeting: string) => `Decision ${n}, ${meeting}`,
      relatedDecision: (title: string, body: string, date: string) => `${title} (${body}, ${date})`,
    },
    // The short name stays the one the documents and citations use ("KS 2023-02-14 § 31").
    bodyShort: { Kommunstyrelsen: 'KS' },
    without: {
      typ: 'Without a type',
      ar: 'Without a particular year',
      utvecklingsomrade: 'Without a development area',
      omrade: 'Without an area',
      status: 'Without a status (not measures)',
      parti: 'Without a party (not notes)',
    },
    manyDistricts:
      'A measure or a note can concern several areas, so the numbers can add up to more than the results.',
    dateLegend: 'Date (notes, decisions, events, minutes, documents)',
    dateFrom: 'From year',
    dateTo: 'To year',
    dateAny: 'All years',
    planYear: (y: string) => `Plan ${y}`,
    caveat: 'Uncertain information',
    noResults: {
      searched: (q: string, filters: string) =>
        filters ? `You searched for “${q}” with the filters ${filters}.` : `You searched for “${q}”.`,
      searchedFilters: (filters: string) => `You searched with the filters ${filters}.`,
      suggest: 'Did you mean:',
      withoutFilters: (n: number) =>
        plural(n, {
          one: 'Without the filters there is 1 result.',
          other: `Without the filters there are ${n} results.`,
        }),
      clear: 'Search without filters',
      browse: 'Or browse the content:',
    },
    refine: 'Narrow down',
    clear: 'Clear all filters',
    loading: 'The search is loading …',
    prompt: 'Type a search word, for example “preschool” or “Skäggetorp”.',
    results: (n: number, q: string) =>
      n === 0
        ? `No results for “${q}”.`
        : plural(n, { one: `1 result for “${q}”.`, other: `${n} results for “${q}”.` }),
    filteredResults: (n: number) =>
      n === 0
        ? 'No results with these filters.'
        : plural(n, { one: '1 result with the filters.', other: `${n} results with the filters.` }),
    searchedAs: (q: string) => `Searched as “${q}”, so that more forms of the word are included.`,
    correctedAs: (q: string) => `Searched as “${q}”, with the name spelt right.`,
    partial: (n: number, q: string) =>
      plural(n, {
        one: `No result has all the words of “${q}”. 1 result has some of them.`,
        other: `No result has all the words of “${q}”. ${n} results have some of them, those with the most words first.`,
      }),
    missing: (words: string) => `Missing: ${words}`,
    alsoPartial: (n: number) =>
      plural(n, {
        one: '1 more result has some of the words.',
        other: `${n} more results have some of the words.`,
      }),
    alsoFoundBy: 'Search words that also find this',
    more: 'Show more results',
    inPage: 'Results on the page',
    failed: 'The search could not be loaded. You can browse the content instead:',
    noScript:
      'The search results need JavaScript, which is turned off in your browser. You can browse the content instead:',
    description: 'Search in measures, plans, minutes, notes in the minutes and documents.',
    /** which pages the search page searches, in this language's own words about itself */
    scope: 'You are searching the English pages.',
    /** a link to the same words on the Swedish search page */
    inSwedish: 'Search for the same words on the Swedish pages',
    /** between a filter's chosen values in "You searched with the filters …": "Type: Note or Decision" */
    or: 'or',
    /** the date range in "You searched with the filters …" */
    dateLabel: 'Date',
  },
};
