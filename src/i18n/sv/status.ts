/**
 * Status and certainty wherever a measure is shown: the status badge (components/measure/StatusBadge.astro),
 * the year-by-year strip (measure/StatusStrip.astro), the certainty notes (measure/ConfidenceNote.astro,
 * MeasureCaveat.astro, district/YearStrip.astro) and "Okänt" for what no source says (source/Unknown.astro).
 */

export const words = {
  unknown: 'Okänt',
  status: {
    unknown: 'Okänd',
  },
  confidence: {
    low: 'Osäker uppgift',
  },
  /** a measure's status year by year */
  strip: {
    label: 'Status år för år',
    noStatus: 'Status okänd',
    unlisted: 'Okänt om den finns med',
    /** the legend under the strip */
    legend: {
      heading: 'Så läser du raden',
      okand: 'Ingen källa anger status det året',
      absent: 'Åtgärden finns inte i planen det året',
      unlisted: 'Planens lista saknas hos Insyn, så det är okänt om åtgärden finns med',
      status: (label: string) => `${label} enligt kommunens uppföljning`,
    },
  },
} as const;
