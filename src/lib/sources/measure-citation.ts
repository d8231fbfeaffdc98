/** "Citera": the one-line citation of a measure page, as plain text that can be copied as is. */
import type { PageLang } from '../text/content-text.ts';
import { formatDate } from '../text/format.ts';
import { measureTitle } from '../measure/measures.ts';
import type { Measure } from '../site/build-site.ts';

/** [2021, 2022, 2023, 2025] → "2021–2023, 2025" */
export function yearRanges(years: number[]): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const ranges: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    ranges.push(j === i ? String(sorted[i]) : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  return ranges.join(', ');
}

/**
 * Insyn, ”Öppna upp kulturskolan för fler”, åtgärd i Linköpings kommuns åtgärdsplan mot segregation 2023.
 * https://…/atgarder/kulturskolan-for-fler/ (hämtad 1 maj 2026). In the page's language; the title
 * stays as the content gives it, as a cited work's title does.
 */
export function measureCitation(
  measure: Measure,
  url: string,
  { t, intl }: Pick<PageLang, 't' | 'intl'>,
  retrieved?: string,
): string {
  const years = measure.data.years.map((y) => y.year);
  const text = t.citation.measure.text(measureTitle(measure, t), years.length, yearRanges(years));
  // Without a date the page adds it (CopyText: "senast kontrollerad" shown, "hämtad" the day of copying).
  return `${text} ${url}${retrieved ? ` ${t.citation.measure.retrieved(formatDate(retrieved, intl))}` : ''}`;
}
