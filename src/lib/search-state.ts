/**
 * The search page's state as it lives in the URL (?q=…&typ=…&parti=…), so a
 * search can be shared as a link and restored on load. Pure; unit-tested.
 */
import { filterKeys, type FilterKey } from './search-facets.ts';

export interface SearchState {
  /** the query as typed, trimmed */
  q: string;
  /** chosen values per filter; several values of one filter mean "any of them" */
  filters: Partial<Record<FilterKey, string[]>>;
}

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
  return { q: (params.get('q') ?? '').trim(), filters };
}

/** The canonical URL parameters: q first, then filters in a fixed key order, values sorted. */
export function toParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of filterKeys) {
    for (const v of [...(state.filters[key] ?? [])].sort((a, b) => a.localeCompare(b, 'sv', { numeric: true }))) params.append(key, v);
  }
  return params;
}

/** Pagefind's filter argument: within one filter any chosen value matches, across filters all must. */
export function pagefindFilters(state: SearchState): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const key of filterKeys) {
    const values = state.filters[key];
    if (values && values.length > 0) out[key] = { any: [...values] };
  }
  return out;
}

export const hasFilters = (state: SearchState): boolean => Object.values(state.filters).some((v) => v && v.length > 0);

/** Orders a filter's values for display: years and numbered areas numerically, the rest alphabetically. */
export function sortValues(values: string[], order: readonly string[] = []): string[] {
  const rank = (v: string) => {
    const i = order.indexOf(v);
    return i === -1 ? order.length : i;
  };
  return [...values].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b, 'sv', { numeric: true }));
}
