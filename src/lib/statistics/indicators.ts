/**
 * The districts' indicators over time ("Har något förändrats?"): which series a page shows,
 * in what order, the rows of each table and the lines of each chart. One rule holds
 * throughout: a figure is shown as its source states it. A missing measurement is a gap
 * (no line joins two points across it), a range stays a range, a figure without a stated
 * year has no place on the time axis, and two series are never joined into one line.
 * Pure: unit-tested on fixtures.
 */
import {
  indicatorTopics,
  type IndicatorChange,
  type IndicatorPoint,
  type IndicatorSeriesData,
  type IndicatorTopic,
} from '../../schemas/indicators.ts';
import type { SourceRef } from '../../schemas/source-ref.ts';
import type { Entry } from '../site/snapshot.ts';
import type { figureEvidence } from '../sources/evidence.ts';

export type IndicatorSeries = Entry<IndicatorSeriesData>;
export type { IndicatorChange, IndicatorPoint, IndicatorTopic };

/**
 * What a figure's source lets the pages call it: stated, or its publisher's figure ("enligt
 * Wikipedia"), and how sure it may be (the ceiling its source's kind allows). Never typed in
 * content: derived by figureEvidence (src/lib/sources/evidence.ts).
 */
export type FigureEvidence = ReturnType<typeof figureEvidence>;
/** The evidence of a figure or stated change from its source: pages pass `(s) => figureEvidence(site, [s])`. */
export type EvidenceOf = (source: SourceRef) => FigureEvidence;

/** The calendar year of a period ("2020-03" → 2020). */
export const periodYear = (period: string): number => Number(period.slice(0, 4));

/**
 * Where a period sits on the time axis, in years: a year in its middle ("2022" → 2022.5),
 * a month in its own middle ("2020-03" → 2020.21). The axis labels a year under its middle
 * and the start of the first plan falls on the boundary before its year.
 */
export function periodX(period: string): number {
  const [year, month] = period.split('-').map(Number);
  return month === undefined ? year + 0.5 : year + (month - 0.5) / 12;
}

/** Series in page order: by topic, then the series' own order, then file name. */
export function sortSeries(series: IndicatorSeries[]): IndicatorSeries[] {
  const topic = (s: IndicatorSeries) => indicatorTopics.indexOf(s.data.topic);
  return [...series].sort(
    (a, b) => topic(a) - topic(b) || a.data.order - b.data.order || a.id.localeCompare(b.id),
  );
}

/** Dated points first, by period then area as the series lists them; points without a period last. */
export function tableRows(points: readonly IndicatorPoint[]): IndicatorPoint[] {
  const areas = [...new Set(points.map((p) => p.area))];
  return [...points].sort((a, b) => {
    if (a.period === null || b.period === null) return a.period === null ? (b.period === null ? 0 : 1) : -1;
    return periodX(a.period) - periodX(b.period) || areas.indexOf(a.area) - areas.indexOf(b.area);
  });
}

/** A series as one district's page shows it: only that district's points and changes; null when none. */
export function seriesInDistrict(series: IndicatorSeries, districtId: string): IndicatorSeries | null {
  const points = series.data.points.filter((p) => p.district === districtId);
  const changes = series.data.changes.filter((c) => c.district === districtId);
  if (points.length === 0 && changes.length === 0) return null;
  return { ...series, data: { ...series.data, points, changes } };
}

export interface TopicGroup {
  topic: IndicatorTopic;
  series: IndicatorSeries[];
}

/** Series grouped by topic in page order; topics without a series are left out. */
export function byTopic(series: IndicatorSeries[]): TopicGroup[] {
  const sorted = sortSeries(series);
  return indicatorTopics
    .map((topic) => ({ topic, series: sorted.filter((s) => s.data.topic === topic) }))
    .filter((g) => g.series.length > 0);
}

/** What a district page shows: each topic with the district's part of each series. */
export function districtIndicators(all: IndicatorSeries[], districtId: string): TopicGroup[] {
  return byTopic(all.flatMap((s) => seriesInDistrict(s, districtId) ?? []));
}

/** The content texts a block of series shows, joined: the glossary words in them are linked once above it. */
export function indicatorTexts(series: IndicatorSeries[]): string {
  return series
    .flatMap(({ data: d }) => [
      d.title,
      d.definition,
      d.base ?? '',
      d.method ?? '',
      ...d.points.flatMap((p) => [p.area, p.note ?? '', p.periodNote ?? '']),
    ])
    .join(' ');
}

/** The ids of the series a district page shows (its anchors, for corrections). */
export function seriesShownOn(all: IndicatorSeries[], districtId: string): string[] {
  return all.filter((s) => seriesInDistrict(s, districtId) !== null).map((s) => s.id);
}

/** A dated point: the ones the time axis can place. */
type Dated = IndicatorPoint & { period: string };
const isDated = (p: IndicatorPoint): p is Dated => p.period !== null;

/**
 * Whether a measurement is missing between two periods of one area: the years between them
 * are more than the series' interval (elections every 4 years: 2018 and 2022 are neighbours;
 * yearly figures for 2020 and 2023 have two years missing). An irregular series (every: null)
 * never joins two points: nothing says what lies between them.
 */
export function isGap(from: string, to: string, every: number | null): boolean {
  return every === null || periodYear(to) - periodYear(from) > every;
}

/** One place on a chart line: a value, or null where the line breaks (a gap, or a range drawn apart). */
export interface LinePoint<P = IndicatorPoint> {
  x: number;
  y: number | null;
  /** the point behind a value; absent on the breaks */
  point?: P;
}

export interface ChartLine {
  area: string;
  district: string | null;
  /** values and breaks in time order */
  line: LinePoint[];
  /** points the source gives as a range, drawn as a bar from min to max, never as a value */
  ranges: (Dated & { range: { min: number; max: number } })[];
}

/** Inserts a break wherever the series has a gap between two neighbouring dated points. */
function withBreaks<P extends { period: string }>(
  points: P[],
  every: number | null,
  y: (p: P) => number | null,
): LinePoint<P>[] {
  const out: LinePoint<P>[] = [];
  points.forEach((p, i) => {
    const prev = points[i - 1];
    if (prev && isGap(prev.period, p.period, every))
      out.push({ x: (periodX(prev.period) + periodX(p.period)) / 2, y: null });
    out.push({ x: periodX(p.period), y: y(p), point: p });
  });
  return out;
}

/** The chart's lines, one per area in the order the series first names them; undated points are left out. */
export function chartLines(series: Pick<IndicatorSeriesData, 'points' | 'every'>): ChartLine[] {
  const dated = tableRows(series.points).filter(isDated);
  const areas = [...new Set(dated.map((p) => p.area))];
  return areas.map((area) => {
    const mine = dated.filter((p) => p.area === area);
    return {
      area,
      district: mine[0].district,
      // A range breaks the line: a value on either side is not joined across it.
      line: withBreaks(mine, series.every, (p) => p.value ?? null),
      ranges: mine.filter((p): p is Dated & { range: { min: number; max: number } } => p.range !== undefined),
    };
  });
}

export interface MunicipalityPoint {
  period: string;
  value: number;
  /** the point whose source (or own municipality source) states it */
  point: IndicatorPoint;
}

/** The whole municipality's values, one per period, in time order (the first point that gives a period's value). */
export function municipalityPoints(series: Pick<IndicatorSeriesData, 'points'>): MunicipalityPoint[] {
  const seen = new Map<string, MunicipalityPoint>();
  for (const p of tableRows(series.points).filter(isDated))
    if (p.municipality && !seen.has(p.period))
      seen.set(p.period, { period: p.period, value: p.municipality.value, point: p });
  return [...seen.values()];
}

/** The municipality's values as a line, with the same gaps as the areas' lines. */
export function municipalityLine(
  series: Pick<IndicatorSeriesData, 'points' | 'every'>,
): LinePoint<MunicipalityPoint>[] {
  return withBreaks(municipalityPoints(series), series.every, (m) => m.value);
}

/** A chart says something when one area has figures for two periods; else the table alone shows them. */
export function isChartable(series: Pick<IndicatorSeriesData, 'points'>): boolean {
  const periods = new Map<string, Set<string>>();
  for (const p of series.points.filter(isDated))
    periods.set(p.area, (periods.get(p.area) ?? new Set()).add(p.period));
  return [...periods.values()].some((s) => s.size >= 2);
}

/** The time axis from the start of the first year to the end of the last, always including the plan's start. */
export function axisRange(
  series: Pick<IndicatorSeriesData, 'points'>,
  planStart: number,
): { min: number; max: number } {
  const years = series.points.filter(isDated).map((p) => periodYear(p.period));
  return { min: Math.min(planStart, ...years), max: Math.max(planStart, ...years) + 1 };
}

/** The largest number a chart must show (values, range ends, the municipality's values), for its value axis. */
export function largestValue(series: Pick<IndicatorSeriesData, 'points'>): number {
  return Math.max(
    0,
    ...series.points.flatMap((p) => [p.value ?? 0, p.range?.max ?? 0, p.municipality?.value ?? 0]),
  );
}

/** One side of "Källorna säger olika": what one series says about the area around that year. */
export interface DisagreementSide {
  series: IndicatorSeries;
  /** its figures for that year, and the figures its stated changes run to */
  points: IndicatorPoint[];
  /** its changes that start or end in that year */
  changes: IndicatorChange[];
}

export interface Disagreement {
  district: string;
  period: string;
  /** Insyn's words on why they may differ */
  note: string;
  sides: DisagreementSide[];
}

function sideOf(series: IndicatorSeries, districtId: string, year: number): DisagreementSide {
  const changes = series.data.changes.filter(
    (c) => c.district === districtId && (periodYear(c.from) === year || periodYear(c.to) === year),
  );
  const ends = new Set(changes.flatMap((c) => [c.from, c.to]).map(periodYear));
  const points = tableRows(
    series.data.points.filter(
      (p) =>
        p.district === districtId &&
        p.period !== null &&
        (periodYear(p.period) === year || ends.has(periodYear(p.period))),
    ),
  );
  return { series, points, changes };
}

/**
 * Where two series say different things about the same district and year: both sides,
 * each with its own figures and stated changes (a change is shown as the source words it,
 * never worked back into a figure for the year).
 */
export function disagreements(all: IndicatorSeries[], districtId?: string): Disagreement[] {
  const byId = new Map(all.map((s) => [s.id, s]));
  return sortSeries(all).flatMap((s) => {
    const d = s.data.disagrees;
    const other = d && byId.get(d.series);
    if (!d || !other || (districtId !== undefined && d.district !== districtId)) return [];
    const year = periodYear(d.period);
    return [
      {
        district: d.district,
        period: d.period,
        note: d.note,
        sides: [sideOf(other, d.district, year), sideOf(s, d.district, year)],
      },
    ];
  });
}

/** The words a figure is written with (the page's dictionary, t.indicators). */
export type ValueWords = {
  value: (n: string, unit: IndicatorSeriesData['unit'], qualifier?: IndicatorPoint['qualifier']) => string;
};

/** An area as the start of a label (content writes areas as they stand in a sentence: "valdistriktet Skäggetorp 4"). */
export const upperFirst = (text: string): string => `${text.charAt(0).toLocaleUpperCase()}${text.slice(1)}`;

/** A number with the decimals the source writes ("19,0"), in the page's locale. */
export function numberText(n: number, decimals: number, locale: string): string {
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(n);
}

/**
 * A figure as the table and the chart both write it: "18,3 %", "6–7 %", "knappt 68 %",
 * "cirka 7 000 invånare". One function, so the two can never differ.
 */
export function valueText(
  point: IndicatorPoint,
  series: Pick<IndicatorSeriesData, 'unit' | 'decimals'>,
  words: ValueWords,
  locale: string,
): string {
  const decimals = point.decimals ?? series.decimals;
  const n = point.range
    ? `${numberText(point.range.min, decimals, locale)}–${numberText(point.range.max, decimals, locale)}`
    : numberText(point.value ?? 0, decimals, locale);
  return words.value(n, series.unit, point.qualifier);
}

/** The whole municipality's figure beside a point, written like the point; null when no source gives it. */
export function municipalityText(
  point: IndicatorPoint,
  series: Pick<IndicatorSeriesData, 'unit' | 'decimals'>,
  words: ValueWords,
  locale: string,
): string | null {
  const m = point.municipality;
  if (!m) return null;
  const decimals = Math.max(series.decimals, (String(m.value).split('.')[1] ?? '').length);
  return words.value(numberText(m.value, decimals, locale), series.unit);
}

/** A stated change's amount without its sign ("0,9"): the words say whether it rose or fell. */
export function changeAmount(
  change: IndicatorChange,
  series: Pick<IndicatorSeriesData, 'decimals'>,
  locale: string,
): string {
  const decimals = Math.max(series.decimals, (String(Math.abs(change.value)).split('.')[1] ?? '').length);
  return numberText(Math.abs(change.value), decimals, locale);
}
