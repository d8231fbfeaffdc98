/**
 * Per-year number links: /planer/<year>/<number>/ lands on the measure that
 * had that number in that year's plan, so a link written from a PDF's
 * numbering keeps working after the plans renumber. Numbers are unique per
 * plan year (checked in validate.ts).
 */
import type { Measure, Site } from '../site/build-site.ts';

export interface NumberLink {
  year: number;
  number: string;
  measure: Measure;
}

export function numberLinks(site: Site): NumberLink[] {
  return site.measures.flatMap((measure) =>
    measure.data.years.flatMap((y) =>
      y.number === null ? [] : [{ year: y.year, number: y.number, measure }],
    ),
  );
}
