/**
 * The search's vocabulary: result types and filter keys, and what a page that
 * is indexed from its HTML tells the index (<SearchMeta>). Pure: derived from
 * the Site only, so every value traces back to content/.
 *
 * Measures, meetings, documents, districts and plans are indexed as records
 * per unit (search-records.ts, scripts/search-index.ts), not from their pages,
 * so the page-level facets below (measureFacets … districtFacets) no longer
 * reach the index; they stay until those pages drop their <SearchMeta>.
 */
import { statusOf } from '../measure/measures.ts';
import type { District, Document, Measure, Meeting, Note, Plan, Site } from '../site/build-site.ts';

/**
 * Result types, in the order the type filter lists them; labels in sv.search.types.
 * 'oversikt' marks the browse pages, which are never indexed (their items are results of their own).
 */
export const searchTypes = [
  'atgard',
  'anteckning',
  'beslut',
  'handelse',
  'protokoll',
  'dokument',
  'plan',
  'omrade',
  'lattlast',
  'sida',
  'oversikt',
] as const;
export type SearchType = (typeof searchTypes)[number];

/** Pagefind filter keys (ASCII, so they read well in a shared URL); labels in sv.search.filters. */
export const filterKeys = ['typ', 'ar', 'utvecklingsomrade', 'omrade', 'status', 'parti'] as const;
export type FilterKey = (typeof filterKeys)[number];

export interface SearchFacets {
  /** the page's types; the first one is shown on the result */
  types: SearchType[];
  /** plan years the page belongs to */
  years: number[];
  /** development areas, as "3. Utbildning" so they sort by number */
  areas: string[];
  /** district names */
  districts: string[];
  /** follow-up status labels, "Okänd" where no follow-up gives one */
  statuses: string[];
  /** party names with abbreviation, for pages that hold protocol notes */
  parties: string[];
}

const unique = <T>(xs: T[]): T[] => [...new Set(xs)];
const facets = (f: Partial<SearchFacets> & Pick<SearchFacets, 'types'>): SearchFacets => ({
  years: [],
  areas: [],
  districts: [],
  statuses: [],
  parties: [],
  ...f,
});

/** Insyn's text unchanged: the default of the labels below, which a language passes its translation to. */
const asIs = (text: string) => text;

export function areaLabel(site: Site, id: string, tx = asIs): string | undefined {
  const a = site.areaById.get(id);
  return a && `${a.data.number}. ${tx(a.data.short)}`;
}
const districtName = (site: Site, id: string) => site.districtById.get(id)?.data.name;
const defined = <T>(x: T | undefined | null): x is T => x !== undefined && x !== null;

export function measureFacets(site: Site, measure: Measure, unknownStatus: string): SearchFacets {
  const years = measure.data.years;
  return facets({
    types: ['atgard'],
    years: unique(years.map((y) => y.year)),
    areas: unique(
      years
        .map((y) => y.area)
        .filter(defined)
        .map((id) => areaLabel(site, id))
        .filter(defined),
    ),
    districts: unique(
      years
        .flatMap((y) => y.districts ?? [])
        .map((id) => districtName(site, id))
        .filter(defined),
    ),
    statuses: unique(
      years.map((y) => {
        const { status } = statusOf(site, measure.id, y.year);
        return status === null ? unknownStatus : (site.statusById.get(status)?.data.label ?? unknownStatus);
      }),
    ),
  });
}

export function partyLabel(site: Pick<Site, 'partyById'>, id: string, tx = asIs): string {
  const p = site.partyById.get(id);
  return p ? `${tx(p.data.name)} (${p.data.abbr})` : id;
}

/** A meeting page holds its decisions and its notes, so it is both kinds and carries the notes' parties. */
export function meetingFacets(site: Site, meeting: Meeting): SearchFacets {
  const notes = meeting.data.items.filter((i): i is Note => i.kind === 'note');
  return facets({
    types: notes.length > 0 ? ['protokoll', 'anteckning'] : ['protokoll'],
    years: unique(meeting.data.plans),
    districts: unique(
      notes
        .flatMap((n) => n.districts)
        .map((id) => districtName(site, id))
        .filter(defined),
    ),
    parties: unique(notes.map((n) => partyLabel(site, n.party))),
  });
}

export function planFacets(plan: Plan): SearchFacets {
  return facets({ types: ['plan'], years: [plan.data.year] });
}

/** A document belongs to the plan years that list it or whose meetings it records. */
export function documentFacets(site: Site, doc: Document): SearchFacets {
  const years = [
    ...site.plans.filter((p) => p.data.documents.includes(doc.id)).map((p) => p.data.year),
    ...site.meetings.filter((m) => m.data.document === doc.id).flatMap((m) => m.data.plans),
  ];
  return facets({ types: ['dokument'], years: unique(years).sort() });
}

/**
 * No ASCII alias ("Skaggetorp") is needed: Pagefind 1.5 folds å, ä and ö itself, so
 * "skaggetorp" already finds every page that says "Skäggetorp" (tests/e2e/search.spec.ts).
 */
export function districtFacets(district: District): SearchFacets {
  return facets({ types: ['omrade'], districts: [district.data.name] });
}

/**
 * Values a filter lists even when no result has them, so the filter says what is absent: every
 * party in the council (content/parties.yaml; "0" beside a party that left no note) and every plan
 * year. In the words of the records' language (`tx`), as the records file them.
 */
export function knownFilterValues(
  site: Pick<Site, 'partyById' | 'plans'>,
  tx: (sv: string) => string = asIs,
): Partial<Record<FilterKey, string[]>> {
  return {
    parti: [...site.partyById.keys()].map((id) => partyLabel(site, id, tx)),
    ar: site.plans.map((p) => String(p.data.year)),
  };
}

/** Pagefind filter values per key, in the order of filterKeys. */
export function filterValues(f: SearchFacets, typeLabel: (t: SearchType) => string): [FilterKey, string[]][] {
  return [
    ['typ', f.types.map(typeLabel)],
    ['ar', f.years.map(String)],
    ['utvecklingsomrade', f.areas],
    ['omrade', f.districts],
    ['status', f.statuses],
    ['parti', f.parties],
  ];
}

/**
 * Filters in which a result has at most one value (one type, one year, one party…), so
 * "n without a value" beside the values makes the counts add up to the results shown.
 * A measure or note can name several districts, so 'omrade' is not one of them.
 */
export const singleValued: readonly FilterKey[] = ['typ', 'ar', 'utvecklingsomrade', 'status', 'parti'];

/** Results that have no value in a single-valued filter: the total less the values' counts. */
export function withoutValue(total: number, counts: Record<string, number> | undefined): number {
  return Math.max(0, total - Object.values(counts ?? {}).reduce((a, b) => a + b, 0));
}
