/**
 * Search: the search box in the header (components/layout/Header.astro), the search page
 * (pages/[...lang]/sok.astro, components/search/SearchApp.astro; its script gets these words as data
 * from src/lib/search/messages.ts), the 404 page's search, and the names of results and filters in
 * the index (src/lib/search/records.ts, facets.ts).
 */
import { plural } from './grammar.ts';

export const words = {
  search: {
    label: 'Sök',
    /** the header's search form, a landmark of its own (the search page and 404 page have another) */
    site: 'Sök på webbplatsen',
    placeholder: 'Sök åtgärd, beslut, anteckning …',
    button: 'Sök',
    types: {
      atgard: 'Åtgärd',
      anteckning: 'Anteckning',
      beslut: 'Beslut',
      handelse: 'Händelse',
      protokoll: 'Protokoll',
      dokument: 'Dokument',
      plan: 'Plan',
      omrade: 'Område',
      /** an easy-read page (/lattlast/…), found from the Swedish search */
      lattlast: 'Lättläst',
      sida: 'Sida',
      oversikt: 'Översikt',
    },
    filters: {
      typ: 'Typ',
      ar: 'År',
      utvecklingsomrade: 'Utvecklingsområde',
      omrade: 'Område',
      status: 'Status',
      parti: 'Parti (protokollsanteckningar)',
    },
    /** how a result is named in the index (src/lib/search/records.ts) */
    titles: {
      measure: (number: string | null, title: string | null, year: number) =>
        `${number ? `Åtgärd ${number}` : ''}${number && title ? ': ' : ''}${title ?? ''} (plan ${year})`,
      note: (partyAbbr: string, meeting: string) => `${partyAbbr}:s protokollsanteckning, ${meeting}`,
      decision: (n: number, meeting: string) => `Beslut ${n}, ${meeting}`,
      relatedDecision: (title: string, body: string, date: string) => `${title} (${body}, ${date})`,
    },
    /** short names of bodies as they are cited ("KS 14 februari 2023 § 31"); others keep their full name */
    bodyShort: { Kommunstyrelsen: 'KS' },
    /** a filter's results that have no value in it, so the counts add up to the total */
    without: {
      typ: 'Utan typ',
      ar: 'Utan ett visst år',
      utvecklingsomrade: 'Utan utvecklingsområde',
      omrade: 'Utan område',
      status: 'Utan status (inte åtgärder)',
      parti: 'Utan parti (inte anteckningar)',
    },
    manyDistricts: 'En åtgärd eller anteckning kan gälla flera områden, så talen kan bli fler än träffarna.',
    dateLegend: 'Datum (anteckningar, beslut, händelser, protokoll, dokument)',
    dateFrom: 'Från år',
    dateTo: 'Till år',
    dateAny: 'Alla år',
    planYear: (y: string) => `Plan ${y}`,
    caveat: 'Osäker uppgift',
    noResults: {
      searched: (q: string, filters: string) =>
        filters ? `Du sökte efter ”${q}” med avgränsningarna ${filters}.` : `Du sökte efter ”${q}”.`,
      searchedFilters: (filters: string) => `Du sökte med avgränsningarna ${filters}.`,
      suggest: 'Menade du:',
      withoutFilters: (n: number) =>
        plural(n, {
          one: 'Utan avgränsningarna finns 1 träff.',
          other: `Utan avgränsningarna finns ${n} träffar.`,
        }),
      clear: 'Sök utan avgränsningar',
      browse: 'Eller bläddra bland innehållet:',
    },
    refine: 'Avgränsa',
    clear: 'Rensa alla avgränsningar',
    loading: 'Sökningen laddas …',
    prompt: 'Skriv ett sökord, till exempel ”förskola” eller ”Skäggetorp”.',
    results: (n: number, q: string) =>
      n === 0
        ? `Inga träffar för ”${q}”.`
        : plural(n, { one: `1 träff för ”${q}”.`, other: `${n} träffar för ”${q}”.` }),
    filteredResults: (n: number) =>
      n === 0
        ? 'Inga träffar med de här avgränsningarna.'
        : plural(n, { one: '1 träff med avgränsningarna.', other: `${n} träffar med avgränsningarna.` }),
    searchedAs: (q: string) => `Sökt som ”${q}”, så att fler böjningsformer kommer med.`,
    /** a misspelt name (a district, party or body) was searched as the name */
    correctedAs: (q: string) => `Sökt som ”${q}”, med namnet rättstavat.`,
    /** no result has every word: the results with the most of them follow (src/lib/search/partial.ts) */
    partial: (n: number, q: string) =>
      plural(n, {
        one: `Ingen träff har alla orden i ”${q}”. 1 träff har några av dem.`,
        other: `Ingen träff har alla orden i ”${q}”. ${n} träffar har några av dem, de med flest ord först.`,
      }),
    /** beside a result: the words of the query it lacks, as a list ("vad och 2023") */
    missing: (words: string) => `Saknas: ${words}`,
    /** after few results that have every word: more results that have some of them follow */
    alsoPartial: (n: number) =>
      plural(n, { one: '1 träff till har några av orden.', other: `${n} träffar till har några av orden.` }),
    /** on /ordlista/: the everyday words that find a term's results (content/glossary.yaml searchWords) */
    alsoFoundBy: 'Sökord som också hittar det här',
    more: 'Visa fler träffar',
    inPage: 'Träffar på sidan',
    failed: 'Sökningen gick inte att ladda. Du kan bläddra bland innehållet i stället:',
    noScript:
      'Sökresultaten behöver JavaScript, som är avstängt i din webbläsare. Du kan bläddra bland innehållet i stället:',
    description: 'Sök bland åtgärder, planer, protokoll, anteckningar och dokument.',
    /** which pages the search page searches, in each language's own words about itself */
    scope: 'Du söker bland de svenska sidorna.',
    /** on a search page in another language: a link to the same words on the Swedish search page */
    inSwedish: 'Sök samma ord på de svenska sidorna',
    /** between a filter's chosen values in "Du sökte med avgränsningarna …": "Typ: Anteckning eller Beslut" */
    or: 'eller',
    /** the date range in "Du sökte med avgränsningarna …" */
    dateLabel: 'Datum',
  },
} as const;
