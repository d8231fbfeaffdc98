/**
 * What a chart over time draws (an indicator series), as JSON in a data attribute. It is
 * built from the same rows and the same value texts as the table under it (indicatorChartSpec),
 * so the drawing can only show the table's numbers; a break in a line (y: null) is a
 * measurement no source gives.
 */
import {
  axisRange,
  chartLines,
  largestValue,
  municipalityLine,
  type IndicatorPoint,
  type MunicipalityPoint,
} from '../../lib/statistics/indicators.ts';
import type { IndicatorSeriesData } from '../../schemas/indicators.ts';

/** A chart over time is as tall as a bar chart with this many bars (the box's height is reserved in CSS). */
export const TIME_ROWS = 6;

/** Chart.js point shapes, one per area, so colour is never the only signal. */
export const pointShapes = ['circle', 'rect', 'triangle', 'rectRot', 'star', 'crossRot'] as const;
export type PointShape = (typeof pointShapes)[number];

export interface TimeLine {
  /** the legend's words: the area, or the whole municipality */
  label: string;
  /** a CSS custom property from tokens.css, read at runtime */
  colour: string;
  shape: PointShape;
  /** the whole municipality's line: dashed, with hollow points */
  dashed: boolean;
  /** values in time order; y null breaks the line (no source gives a figure there) */
  data: { x: number; y: number | null; text?: string }[];
  /** figures the source gives as a range: a bar from min to max, with its text */
  ranges: { x: number; min: number; max: number; text: string }[];
}

export interface TimeChartSpec {
  kind: 'time';
  lines: TimeLine[];
  /** the time axis, in years (a year's figure sits in its middle) */
  x: { min: number; max: number };
  /** the value axis' top, before Chart.js rounds it up */
  yMax: number;
  /** the start of the first plan, drawn as a dashed line with its label */
  marker: { x: number; label: string };
  /** after a value on the axis, e.g. " %" */
  unit?: string;
  /** the page's Intl locale for the numbers on the axis */
  locale?: string;
  /** the page reads right to left: the legend's items run that way (the time axis does not) */
  rtl?: boolean;
}

export interface TimeSpecOptions {
  planStart: number;
  /** a point's figure, written exactly as its table row writes it */
  text: (point: IndicatorPoint) => string;
  /** the municipality's figure, written as its table cell writes it */
  municipalityText: (m: MunicipalityPoint) => string;
  /** an area's name in the page's language */
  areaLabel: (area: string) => string;
  municipalityLabel: string;
  markerLabel: string;
  unit?: string;
  locale?: string;
  rtl?: boolean;
}

/** The districts' own colours; an area no source places in a district is grey. */
const colourOf = (district: string | null) => (district ? `--district-${district}` : '--color-muted');

export function indicatorChartSpec(
  series: Pick<IndicatorSeriesData, 'points' | 'every'>,
  o: TimeSpecOptions,
): TimeChartSpec {
  const areas: TimeLine[] = chartLines(series).map((l, i) => ({
    label: o.areaLabel(l.area),
    colour: colourOf(l.district),
    shape: pointShapes[i % pointShapes.length],
    dashed: false,
    data: l.line.map((p) => ({
      x: p.x,
      y: p.y,
      ...(p.point && p.y !== null ? { text: o.text(p.point) } : {}),
    })),
    ranges: l.ranges.map((p) => ({
      x: l.line.find((q) => q.point === p)?.x ?? 0,
      min: p.range.min,
      max: p.range.max,
      text: o.text(p),
    })),
  }));
  const municipality = municipalityLine(series);
  const lines = municipality.length
    ? [
        ...areas,
        {
          label: o.municipalityLabel,
          colour: '--color-text',
          shape: 'circle' as const,
          dashed: true,
          data: municipality.map((m) => ({
            x: m.x,
            y: m.y,
            ...(m.point ? { text: o.municipalityText(m.point) } : {}),
          })),
          ranges: [],
        },
      ]
    : areas;
  return {
    kind: 'time',
    lines,
    x: axisRange(series, o.planStart),
    yMax: largestValue(series),
    marker: { x: o.planStart, label: o.markerLabel },
    ...(o.unit ? { unit: o.unit } : {}),
    ...(o.locale ? { locale: o.locale } : {}),
    ...(o.rtl ? { rtl: true } : {}),
  };
}
