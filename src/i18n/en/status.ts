/**
 * English for ../sv/status.ts (Insyn's translation, same keys).
 * Status and certainty wherever a measure is shown: the status badge (components/measure/StatusBadge.astro),
 * the year-by-year strip (measure/StatusStrip.astro), the certainty notes (measure/ConfidenceNote.astro,
 * MeasureCaveat.astro, district/YearStrip.astro) and "Okänt" for what no source says (source/Unknown.astro).
 */
import type { Wide } from '../types.ts';
import type { words as sv } from '../sv/status.ts';

export const words: Wide<typeof sv> = {
  unknown: 'Unknown',
  status: {
    unknown: 'Unknown',
  },
  confidence: {
    low: 'Uncertain information',
  },
  /** a measure's status year by year */
  strip: {
    label: 'Status year by year',
    noStatus: 'Status not known',
    unlisted: 'Not known if included',
    /** the legend under the strip */
    legend: {
      heading: 'How to read the row',
      okand: 'No source gives a status for that year',
      absent: 'The measure is not in the plan that year',
      unlisted: "Insyn does not have the plan's list, so it is unknown whether the measure is included",
      status: (label: string) => `${label} according to the municipality's follow-up`,
    },
  },
};
