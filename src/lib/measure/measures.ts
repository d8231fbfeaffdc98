/**
 * Derived facts about measures: status per year comes from that year's
 * follow-up (never stored on the measure), and the timeline tells apart
 * years a measure is in, years it is known to be absent, and years no source covers.
 */
import type { SourceRef } from '../../schemas/source-ref.ts';
import type { Dict } from '../../i18n/types.ts';
import { contentText, type PageLang } from '../text/content-text.ts';
import type { FollowUp, Measure, MeasureYear, Site } from '../site/build-site.ts';

export interface StatusFact {
  /** status id, or null when no source gives this measure's status that year */
  status: string | null;
  source?: SourceRef;
}

/** The row a plan year's follow-up gives for one measure, if it gives one. */
export function statusRow(followUp: Pick<FollowUp, 'data'> | undefined, measureId: string) {
  return followUp?.data.measures.find((m) => m.measure === measureId);
}

export function statusOf(site: Site, measureId: string, year: number): StatusFact {
  const row = statusRow(site.followUpByYear.get(year), measureId);
  return row ? { status: row.status, source: row.source } : { status: null };
}

export type TimelineRow =
  | { year: number; kind: 'present'; entry: MeasureYear; status: StatusFact }
  /** the plan's full list is available and the measure is not in it */
  | { year: number; kind: 'absent' }
  /** no source lists that year's measures, so presence is unknown */
  | { year: number; kind: 'unknown' };

export function timeline(site: Site, measure: Measure): TimelineRow[] {
  return site.plans.map(({ data: plan }) => {
    const entry = measure.data.years.find((y) => y.year === plan.year);
    if (entry)
      return { year: plan.year, kind: 'present', entry, status: statusOf(site, measure.id, plan.year) };
    return plan.planDocumentAvailable
      ? { year: plan.year, kind: 'absent' }
      : { year: plan.year, kind: 'unknown' };
  });
}

/**
 * The display title as the content gives it (Swedish); null-titled measures are named by
 * their number in the page's language ("Åtgärd 3.1 (2021)"). In markup use MeasureTitle.astro,
 * which marks a paraphrase or a quoted title; for plain text in the page's language, measureName.
 */
export function measureTitle(measure: Measure, t: Dict): string {
  if (measure.data.title) return measure.data.title;
  const numbered = measure.data.years.find((y) => y.number !== null);
  return numbered ? t.measure.numbered(numbered.number!, numbered.year) : t.measure.untitled;
}

/** Is the title the plan's or a source's own words (kept as it stands), rather than Insyn's paraphrase? */
export const titleIsQuote = (measure: Measure): boolean =>
  measure.data.titleKind === 'official' || measure.data.titleKind === 'quote';

/** The title as plain text in the page's language (for <title>, labels, sentences): Insyn's paraphrase translated where a translation exists, a quoted title as it stands. */
export function measureName(
  site: Pick<Site, 'translations'>,
  measure: Measure,
  { t, lang }: Pick<PageLang, 't' | 'lang'>,
): string {
  const title = measureTitle(measure, t);
  return measure.data.title === null || titleIsQuote(measure) ? title : contentText(site, lang, title);
}

/** Measures documented for a plan year, with their entry for that year. */
export function measuresInPlan(site: Site, year: number): { measure: Measure; entry: MeasureYear }[] {
  return site.measures.flatMap((measure) => {
    const entry = measure.data.years.find((y) => y.year === year);
    return entry ? [{ measure, entry }] : [];
  });
}

/** Districts a measure targets in any year (for district pages). */
export function districtsOf(measure: Measure): Set<string> {
  return new Set(measure.data.years.flatMap((y) => y.districts ?? []));
}

export type Area = Site['areas'][number];

/** Items grouped by development area in the plans' order, unknown area last, empty groups left out. */
export function groupByArea<T>(
  site: Site,
  items: T[],
  areaOf: (item: T) => string | null,
): { area: Area | null; items: T[] }[] {
  return [...site.areas, null]
    .map((area) => ({ area, items: items.filter((item) => areaOf(item) === (area?.id ?? null)) }))
    .filter((g) => g.items.length > 0);
}
