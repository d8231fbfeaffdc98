/**
 * Plan-to-plan comparison and a measure's year-to-year changes. Measures are
 * matched across years by their stable id (one file per measure), never by
 * number, so renumbering is seen as renumbering. "Added" and "removed" are
 * claimed only when the plan that would have to list the measure is
 * available (`planDocumentAvailable`); otherwise the measure's presence that
 * year is unknown, as in `timeline` (src/lib/measure/measures.ts).
 */
import { contentText, type PageLang } from '../text/content-text.ts';
import { formatNumber } from '../text/format.ts';
import { wordDiff, wordingChanged, type Segment } from '../measure/word-diff.ts';
import { statusOf, timeline, type TimelineRow } from '../measure/measures.ts';
import type { Measure, MeasureYear, Site } from '../site/build-site.ts';

export type FieldKey = 'number' | 'wording' | 'area' | 'districts' | 'responsible' | 'status';

export interface FieldChange {
  field: FieldKey;
  /** the change in one sentence in the page's language, e.g. "Ansvar flyttades från KOF till UTB" */
  sentence: string;
  /** for wording: the inline word diff */
  diff?: Segment[];
}

export interface EntryChanges {
  changes: FieldChange[];
  /** fields no source gives for one of the two years, so whether they changed is unknown */
  unknown: FieldKey[];
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** The differences between two plan years' entries for the same measure. */
export function entryChanges(
  site: Site,
  measureId: string,
  before: MeasureYear,
  after: MeasureYear,
  { t, lang, intl }: Pick<PageLang, 't' | 'lang' | 'intl'>,
): EntryChanges {
  const changes: FieldChange[] = [];
  const unknown: FieldKey[] = [];
  const list = new Intl.ListFormat(intl, { style: 'long', type: 'conjunction' });
  const tx = (text: string) => contentText(site, lang, text);
  const area = (id: string) => tx(site.areaById.get(id)?.data.short ?? id);
  const district = (id: string) => tx(site.districtById.get(id)?.data.name ?? id);
  const org = (id: string) => {
    const o = site.organisationById.get(id)?.data;
    return o ? tx(o.abbr ?? o.name) : id;
  };
  const status = (id: string) => tx(site.statusById.get(id)?.data.label ?? id);

  if (before.number === null || after.number === null) unknown.push('number');
  else if (before.number !== after.number)
    changes.push({ field: 'number', sentence: t.history.changed.number(before.number, after.number) });

  if (before.wording === null || after.wording === null) unknown.push('wording');
  else if (wordingChanged(before.wording, after.wording))
    changes.push({
      field: 'wording',
      sentence: t.history.changed.wording,
      diff: wordDiff(before.wording, after.wording),
    });

  if (before.area === null || after.area === null) unknown.push('area');
  else if (before.area !== after.area)
    changes.push({
      field: 'area',
      sentence: t.history.changed.area(area(before.area), area(after.area)),
    });

  if (before.districts === null || after.districts === null) unknown.push('districts');
  else if (!sameSet(before.districts, after.districts))
    changes.push({
      field: 'districts',
      sentence: t.history.changed.districts(
        list.format(before.districts.map(district)),
        list.format(after.districts.map(district)),
      ),
    });

  if (before.responsible === null || after.responsible === null) unknown.push('responsible');
  else if (!sameSet(before.responsible, after.responsible)) {
    const shared = before.responsible.some((o) => after.responsible?.includes(o));
    changes.push({
      field: 'responsible',
      sentence: (shared ? t.history.changed.responsibleChanged : t.history.changed.responsibleMoved)(
        list.format(before.responsible.map(org)),
        list.format(after.responsible.map(org)),
      ),
    });
  }

  const s1 = statusOf(site, measureId, before.year).status;
  const s2 = statusOf(site, measureId, after.year).status;
  if (s1 === null || s2 === null) unknown.push('status');
  else if (s1 !== s2)
    changes.push({ field: 'status', sentence: t.history.changed.status(status(s1), status(s2)) });

  return { changes, unknown };
}

/** One step in a measure's life: from one plan year it is in to the next one it is in. */
export interface MeasureStep {
  from: MeasureYear;
  to: MeasureYear;
  /** plan years in between, where the measure is absent or its presence unknown */
  between: TimelineRow[];
  changes: FieldChange[];
  unknown: FieldKey[];
}

export function measureSteps(
  site: Site,
  measure: Measure,
  i18n: Pick<PageLang, 't' | 'lang' | 'intl'>,
): MeasureStep[] {
  const rows = timeline(site, measure);
  const steps: MeasureStep[] = [];
  let last: { index: number; entry: MeasureYear } | null = null;
  for (const [index, row] of rows.entries()) {
    if (row.kind !== 'present') continue;
    if (last)
      steps.push({
        from: last.entry,
        to: row.entry,
        between: rows.slice(last.index + 1, index),
        ...entryChanges(site, measure.id, last.entry, row.entry, i18n),
      });
    last = { index, entry: row.entry };
  }
  return steps;
}

export interface InPlan {
  measure: Measure;
  entry: MeasureYear;
}

export interface PlanComparison {
  from: number;
  to: number;
  /** is each plan's full list available? Only then can a measure be said to be missing from it */
  fromListed: boolean;
  toListed: boolean;
  /** in the later plan and, by the earlier plan's full list, not in the earlier one */
  added: InPlan[];
  /** in the earlier plan and, by the later plan's full list, not in the later one */
  removed: InPlan[];
  /** documented in the later plan only, but the earlier plan's list is not available: new or not is unknown */
  laterOnlyUnknown: InPlan[];
  /** documented in the earlier plan only, but the later plan's list is not available: kept or not is unknown */
  earlierOnlyUnknown: InPlan[];
  /** in both plans with a different number */
  renumbered: { measure: Measure; before: MeasureYear; after: MeasureYear }[];
  /** in both plans with other changes (wording, area, districts, responsible, status) */
  changed: { measure: Measure; before: MeasureYear; after: MeasureYear; changes: FieldChange[] }[];
  /** in both plans with no known change */
  unchanged: { measure: Measure; before: MeasureYear; after: MeasureYear; unknown: FieldKey[] }[];
}

export function comparePlans(
  site: Site,
  from: number,
  to: number,
  i18n: Pick<PageLang, 't' | 'lang' | 'intl'>,
): PlanComparison {
  const fromListed = site.planByYear.get(from)?.data.planDocumentAvailable ?? false;
  const toListed = site.planByYear.get(to)?.data.planDocumentAvailable ?? false;
  const result: PlanComparison = {
    from,
    to,
    fromListed,
    toListed,
    added: [],
    removed: [],
    laterOnlyUnknown: [],
    earlierOnlyUnknown: [],
    renumbered: [],
    changed: [],
    unchanged: [],
  };
  for (const measure of site.measures) {
    const before = measure.data.years.find((y) => y.year === from);
    const after = measure.data.years.find((y) => y.year === to);
    if (!before && !after) continue;
    if (!before && after)
      (fromListed ? result.added : result.laterOnlyUnknown).push({ measure, entry: after });
    else if (before && !after)
      (toListed ? result.removed : result.earlierOnlyUnknown).push({ measure, entry: before });
    else if (before && after) {
      const { changes, unknown } = entryChanges(site, measure.id, before, after, i18n);
      const renumbered = changes.some((c) => c.field === 'number');
      const other = changes.filter((c) => c.field !== 'number');
      if (renumbered) result.renumbered.push({ measure, before, after });
      if (other.length) result.changed.push({ measure, before, after, changes: other });
      if (!renumbered && !other.length) result.unchanged.push({ measure, before, after, unknown });
    }
  }
  const byNumber = (a: InPlan, b: InPlan) =>
    (a.entry.number ?? '~').localeCompare(b.entry.number ?? '~', 'sv', { numeric: true });
  for (const key of ['added', 'removed', 'laterOnlyUnknown', 'earlierOnlyUnknown'] as const)
    result[key].sort(byNumber);
  return result;
}

/** Counts for the comparison's summary (the lists' lengths, in one place). */
export function comparisonCounts(c: PlanComparison) {
  return {
    added: c.added.length,
    removed: c.removed.length,
    renumbered: c.renumbered.length,
    changed: c.changed.length,
    unchanged: c.unchanged.length,
    unknown: c.laterOnlyUnknown.length + c.earlierOnlyUnknown.length,
  };
}

/** A row of the comparison's summary table: what it counts, its count, and the section it links to. */
export interface SummaryRow {
  /** the id of the section the row links to; null when that section is not shown (a list is missing) */
  id: string | null;
  label: string;
  /** the count, or the sentence that says it cannot be known (never "0" for unknown) */
  value: string;
}

/** The comparison's summary: a count that cannot be known (a plan list is missing) says so instead of "0". */
export function comparisonSummary(
  c: PlanComparison,
  { t, intl }: Pick<PageLang, 't' | 'intl'>,
): SummaryRow[] {
  const n = comparisonCounts(c);
  const num = (x: number) => formatNumber(x, intl);
  return [
    {
      id: c.fromListed ? 'nya' : null,
      label: t.compare.added,
      value: c.fromListed ? num(n.added) : t.compare.cannotAdded(c.from),
    },
    {
      id: c.toListed ? 'forsvann' : null,
      label: t.compare.removed,
      value: c.toListed ? num(n.removed) : t.compare.cannotRemoved(c.to),
    },
    { id: 'nytt-nummer', label: t.compare.renumbered, value: num(n.renumbered) },
    { id: 'andrade', label: t.compare.changed, value: num(n.changed) },
    { id: 'oforandrade', label: t.compare.unchanged, value: num(n.unchanged) },
    ...(c.fromListed
      ? []
      : [
          {
            id: 'bara-senare',
            label: t.compare.laterOnly(c.from, c.to),
            value: num(c.laterOnlyUnknown.length),
          },
        ]),
    ...(c.toListed
      ? []
      : [
          {
            id: 'bara-tidigare',
            label: t.compare.earlierOnly(c.from, c.to),
            value: num(c.earlierOnlyUnknown.length),
          },
        ]),
  ];
}

/** Consecutive plan years, for comparison pages: [[2021, 2022], [2022, 2023], …]. */
export function consecutivePlanPairs(site: Site): [number, number][] {
  const years = site.plans.map((p) => p.data.year);
  return years.slice(1).map((y, i) => [years[i], y]);
}

/** The comparison page's URL segment, e.g. "2022-2023". */
export const pairSlug = (from: number, to: number) => `${from}-${to}`;
