/**
 * What each page tells the search index beyond its visible text: its type and
 * the filter values (plan year, development area, district, status, party).
 * Pure: derived from the Site only, so every value traces back to content/.
 */
import { statusOf } from './measures.ts';
import type { District, Document, Measure, Meeting, Note, Plan, Site } from './site.ts';

/** Page types, as filter keys; their Swedish labels live in sv.search.types. */
export const searchTypes = ['atgard', 'plan', 'protokoll', 'anteckning', 'dokument', 'omrade', 'oversikt', 'sida'] as const;
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
  years: [], areas: [], districts: [], statuses: [], parties: [], ...f,
});

function areaLabel(site: Site, id: string): string | undefined {
  const a = site.areaById.get(id);
  return a && `${a.data.number}. ${a.data.short}`;
}
const districtName = (site: Site, id: string) => site.districtById.get(id)?.data.name;
const defined = <T>(x: T | undefined | null): x is T => x !== undefined && x !== null;

export function measureFacets(site: Site, measure: Measure, unknownStatus: string): SearchFacets {
  const years = measure.data.years;
  return facets({
    types: ['atgard'],
    years: unique(years.map((y) => y.year)),
    areas: unique(years.map((y) => y.area).filter(defined).map((id) => areaLabel(site, id)).filter(defined)),
    districts: unique(years.flatMap((y) => y.districts ?? []).map((id) => districtName(site, id)).filter(defined)),
    statuses: unique(years.map((y) => {
      const { status } = statusOf(site, measure.id, y.year);
      return status === null ? unknownStatus : site.statusById.get(status)?.data.label ?? unknownStatus;
    })),
  });
}

export function partyLabel(site: Site, id: string): string {
  const p = site.partyById.get(id);
  return p ? `${p.data.name} (${p.data.abbr})` : id;
}

/** A meeting page holds its decisions and its notes, so it is both kinds and carries the notes' parties. */
export function meetingFacets(site: Site, meeting: Meeting): SearchFacets {
  const notes = meeting.data.items.filter((i): i is Note => i.kind === 'note');
  return facets({
    types: notes.length > 0 ? ['protokoll', 'anteckning'] : ['protokoll'],
    years: unique(meeting.data.plans),
    districts: unique(notes.flatMap((n) => n.districts).map((id) => districtName(site, id)).filter(defined)),
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
