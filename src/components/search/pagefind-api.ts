import { META_WEIGHTS } from '../../lib/search/meta.ts';

/** The part of Pagefind's browser API (/pagefind/pagefind.js, built with the site) that the search page uses. */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { element: string; id: string };
}

export interface PagefindFragment {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sub_results: PagefindSubResult[];
}

export interface PagefindResult {
  id: string;
  /** Pagefind's score for the query: higher ranks first */
  score: number;
  data: () => Promise<PagefindFragment>;
}

export type FilterCounts = Record<string, Record<string, number>>;

export interface PagefindSearch {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: FilterCounts;
  totalFilters: FilterCounts;
}

export interface Pagefind {
  options: (o: {
    excerptLength?: number;
    ranking?: { metaWeights?: Record<string, number> };
  }) => Promise<void>;
  init: () => Promise<void>;
  filters: () => Promise<FilterCounts>;
  search: (term: string | null, o?: { filters?: Record<string, unknown> }) => Promise<PagefindSearch | null>;
}

/** Loads the index's script from this site only when the search page runs (never from a CDN). */
export async function loadPagefind(base: string): Promise<Pagefind> {
  const url = `${base}pagefind.js`;
  const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
  // Long enough for the sentence around the match in a note or decision; names first (META_WEIGHTS).
  await pagefind.options({ excerptLength: 30, ranking: { metaWeights: META_WEIGHTS } });
  await pagefind.init();
  return pagefind;
}
