/**
 * District context as series over years: the police classification (a word
 * per year) and the figures (a number per year). A year that no source gives
 * is a gap in the strip and is never filled in or carried over.
 */
import type { District } from '../site/build-site.ts';

export type Classification = District['data']['classifications'][number];

/** Classifications grouped by series in first-seen order, each sorted by year. */
export function classificationSeries(
  district: Pick<District, 'data'>,
): { series: string; label: string; entries: Classification[] }[] {
  const groups = new Map<string, Classification[]>();
  for (const c of district.data.classifications) groups.set(c.series, [...(groups.get(c.series) ?? []), c]);
  return [...groups].map(([series, entries]) => ({
    series,
    label: entries[0].label,
    entries: [...entries].sort((a, b) => a.year.localeCompare(b.year)),
  }));
}

export interface YearCell<T> {
  year: number;
  /** the entries for that year; empty = no source gives the year (a gap) */
  entries: T[];
}

/** One cell per calendar year from the first to the last entry; years without an entry stay empty. */
export function yearCells<T extends { year: string }>(entries: T[]): YearCell<T>[] {
  if (entries.length === 0) return [];
  const yearOf = (e: T) => Number(e.year.slice(0, 4));
  const years = entries.map(yearOf);
  const first = Math.min(...years);
  const last = Math.max(...years);
  return Array.from({ length: last - first + 1 }, (_, i) => ({
    year: first + i,
    entries: entries.filter((e) => yearOf(e) === first + i),
  }));
}
