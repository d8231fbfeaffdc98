/**
 * The search page's state as it lives in the URL (?q=…&typ=…&parti=…&fran=2022&till=2023),
 * so a search can be shared as a link and restored on load. Pure; unit-tested.
 */
import { filterKeys, type FilterKey } from './facets.ts';

export interface SearchState {
  /** the query as typed, trimmed */
  q: string;
  /** chosen values per filter; several values of one filter mean "any of them" */
  filters: Partial<Record<FilterKey, string[]>>;
  /** the date range, by year, for dated results (notes, decisions, events, meetings, documents) */
  dates?: { from?: number; to?: number };
}

/** URL parameters of the date range. */
export const dateKeys = { from: 'fran', to: 'till' } as const;
/** Pagefind's filter that holds a dated result's year (not in the URL: the URL holds the range). */
export const DATE_FILTER = 'datum';
/** A value no record has: "any of none" must match nothing, and Pagefind reads an empty list as no filter. */
const NO_YEAR = 'inget';

const yearParam = (v: string | null): number | undefined =>
  v && /^\d{4}$/.test(v.trim()) ? Number(v.trim()) : undefined;

const isFilterKey = (k: string): k is FilterKey => (filterKeys as readonly string[]).includes(k);

/** Reads q and the known filter keys; unknown parameters and empty values are ignored. */
export function parseState(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const [key, value] of params) {
    const v = value.trim();
    if (!isFilterKey(key) || v === '') continue;
    const list = (filters[key] ??= []);
    if (!list.includes(v)) list.push(v);
  }
  const from = yearParam(params.get(dateKeys.from));
  const to = yearParam(params.get(dateKeys.to));
  const state: SearchState = { q: (params.get('q') ?? '').trim(), filters };
  if (from !== undefined || to !== undefined)
    state.dates = from !== undefined && to !== undefined && from > to ? { from: to, to: from } : { from, to };
  return state;
}

/** The canonical URL parameters: q first, then filters in a fixed key order, values sorted. */
export function toParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of filterKeys) {
    for (const v of [...(state.filters[key] ?? [])].sort((a, b) =>
      a.localeCompare(b, 'sv', { numeric: true }),
    ))
      params.append(key, v);
  }
  if (state.dates?.from !== undefined) params.set(dateKeys.from, String(state.dates.from));
  if (state.dates?.to !== undefined) params.set(dateKeys.to, String(state.dates.to));
  return params;
}

const hasDates = (state: SearchState) => state.dates?.from !== undefined || state.dates?.to !== undefined;

/** The years of `known` (the index's dated years) that lie in the state's range. */
export function yearsInRange(state: SearchState, known: readonly string[]): string[] {
  const { from = -Infinity, to = Infinity } = state.dates ?? {};
  return known.filter((y) => Number(y) >= from && Number(y) <= to).sort();
}

/**
 * Pagefind's filter argument: within one filter any chosen value matches, across filters all must.
 * A date range becomes "any of the dated years in range" (`knownYears`: the index's values of
 * DATE_FILTER), so results without a date (measures, districts) drop out, as a date filter should.
 */
export function pagefindFilters(
  state: SearchState,
  knownYears: readonly string[] = [],
): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const key of filterKeys) {
    const values = state.filters[key];
    if (values && values.length > 0) out[key] = { any: [...values] };
  }
  if (hasDates(state)) {
    const years = yearsInRange(state, knownYears);
    out[DATE_FILTER] = { any: years.length > 0 ? years : [NO_YEAR] };
  }
  return out;
}

export const hasFilters = (state: SearchState): boolean =>
  hasDates(state) || Object.values(state.filters).some((v) => v && v.length > 0);

/**
 * The chosen filters in words, for "you searched for … with …": "Typ: Anteckning; Parti: V; År: 2022–2023".
 * `or` joins a filter's values ("Anteckning eller Beslut"), in the page's language.
 */
export function describeFilters(
  state: SearchState,
  labels: Record<FilterKey, string>,
  dateLabel: string,
  or: string,
): string {
  const parts = filterKeys.flatMap((key) => {
    const values = state.filters[key];
    return values && values.length > 0 ? [`${labels[key]}: ${values.join(` ${or} `)}`] : [];
  });
  if (hasDates(state)) {
    const { from, to } = state.dates ?? {};
    parts.push(`${dateLabel}: ${from === to ? from : `${from ?? '…'}–${to ?? '…'}`}`);
  }
  return parts.join('; ');
}

/**
 * Orders a filter's values for display: those in `order` first in its order, then years and numbered
 * areas numerically and the rest alphabetically in the page's `locale`.
 */
export function sortValues(values: string[], order: readonly string[] = [], locale = 'sv'): string[] {
  const rank = (v: string) => {
    const i = order.indexOf(v);
    return i === -1 ? order.length : i;
  };
  return [...values].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b, locale, { numeric: true }));
}
