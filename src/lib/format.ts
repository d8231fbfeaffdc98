/** Dates, numbers and plurals in Swedish, through Intl (locale sv-SE). */

const LOCALE = 'sv-SE';
const dayFormat = new Intl.DateTimeFormat(LOCALE, {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const monthFormat = new Intl.DateTimeFormat(LOCALE, { month: 'long', year: 'numeric', timeZone: 'UTC' });
const numberFormat = new Intl.NumberFormat(LOCALE);
const plural = new Intl.PluralRules(LOCALE);

/** "2023-02-14" → "14 februari 2023"; "2020-12" → "december 2020"; "2018" → "2018". */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (m === undefined) return String(y);
  if (d === undefined) return monthFormat.format(new Date(Date.UTC(y, m - 1, 1)));
  return dayFormat.format(new Date(Date.UTC(y, m - 1, d)));
}

export function formatNumber(n: number): string {
  return numberFormat.format(n);
}

/** count("åtgärd", "åtgärder", 3) → "3 åtgärder" */
export function count(n: number, one: string, many: string): string {
  return `${formatNumber(n)} ${plural.select(n) === 'one' ? one : many}`;
}

/** A unit after a number: "73,1 %" or "9 688 invånare". */
export function formatValue(value: number, unit: string): string {
  return unit === 'procent' ? `${formatNumber(value)} %` : `${formatNumber(value)} ${unit}`;
}
