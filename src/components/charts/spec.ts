/** What a chart draws, as JSON in a data attribute: built on the server from the same numbers as its table. */

import type { Pattern } from '../../lib/measure/status-style.ts';

export interface ChartSeries {
  label: string;
  /** a CSS custom property from tokens.css, read at runtime, e.g. "--status-pagar" */
  colour: string;
  /** how the series is filled besides its colour, so colour is never the only signal */
  pattern: Pattern;
  /** per-bar colours and patterns instead (a single series whose bars differ, e.g. districts) */
  barColours?: string[];
  barPatterns?: Pattern[];
  /** one value per label: a count, a [min, max] range, or null where no source gives one */
  data: (number | [number, number] | null)[];
}

export interface ChartSpec {
  /** stacked: segments add up per bar; bars: one value per bar; range: floating [min, max] bars */
  kind: 'stacked' | 'bars' | 'range';
  /** one per bar, top to bottom */
  labels: string[];
  series: ChartSeries[];
  /** appended to direct labels and the axis, e.g. " %" */
  unit?: string;
  /** the value axis' maximum, when a fixed scale reads better (percent) */
  max?: number;
  /** written in the chart where a bar has no value from any source ("ingen uppgift"), so it is not read as zero */
  emptyLabel?: string;
  /** the page's Intl locale for the numbers drawn (sv-SE when absent) */
  locale?: string;
  /** the page reads right to left: the legend's items run that way (the bars and the value axis do not) */
  rtl?: boolean;
}

/** Indexes of the bars no series gives a value for (drawn as emptyLabel, never as an empty bar). */
export function emptyBars(spec: ChartSpec): number[] {
  return spec.labels.flatMap((_, j) =>
    spec.series.every((s) => s.data[j] === null || s.data[j] === undefined) ? [j] : [],
  );
}
