/**
 * Dates and numbers through Intl, in the page's locale (`intl` of the page context:
 * sv-SE, en-GB, ar-u-nu-latn …); Swedish when none is given (scripts, feeds). Always the
 * Gregorian calendar: the sources' dates are Gregorian (fa-AF would otherwise use the solar one).
 */

const SWEDISH = 'sv-SE';
const cache = new Map<
  string,
  {
    day: Intl.DateTimeFormat;
    month: Intl.DateTimeFormat;
    number: Intl.NumberFormat;
  }
>();

function formats(locale: string) {
  let f = cache.get(locale);
  if (!f) {
    f = {
      day: new Intl.DateTimeFormat(locale, {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
        calendar: 'gregory',
      }),
      month: new Intl.DateTimeFormat(locale, {
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
        calendar: 'gregory',
      }),
      number: new Intl.NumberFormat(locale),
    };
    cache.set(locale, f);
  }
  return f;
}

// The same few dates are formatted for every citation on every page: formatting is the cost
// (half a second at 10,000 pages), so each date is formatted once per locale.
const dates = new Map<string, string>();

/** "2023-02-14" → "14 februari 2023"; "2020-12" → "december 2020"; "2018" → "2018". */
export function formatDate(iso: string, locale = SWEDISH): string {
  const key = `${locale} ${iso}`;
  let text = dates.get(key);
  if (text === undefined) {
    const [y, m, d] = iso.split('-').map(Number);
    const f = formats(locale);
    text =
      m === undefined
        ? String(y)
        : d === undefined
          ? f.month.format(new Date(Date.UTC(y, m - 1, 1)))
          : f.day.format(new Date(Date.UTC(y, m - 1, d)));
    dates.set(key, text);
  }
  return text;
}

export function formatNumber(n: number, locale = SWEDISH): string {
  return formats(locale).number.format(n);
}
