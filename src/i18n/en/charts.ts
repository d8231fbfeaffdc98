/**
 * English for ../sv/charts.ts (Insyn's translation, same keys).
 * Charts and their tables (components/charts/YearStatusChart.astro, GroupStatusChart.astro, DistrictChart.astro,
 * GrantChart.astro, RowSources.astro) on the statistics page (pages/[...lang]/statistik.astro) and the home page.
 */
import type { Wide } from '../types.ts';
import type { words as sv } from '../sv/charts.ts';
import { list, measures, plural } from './grammar.ts';

export const words: Wide<typeof sv> = {
  charts: {
    countedFrom: 'Counted from',
    noData: 'no information',
    year: 'Plan year',
    basis: 'Basis',
    total: 'Total',
    stated: "The follow-up's figures",
    computed: "Counted from the measures' status",
    none: 'No source states a status',
    perMeasure: (year: number) => `${year} (per measure)`,
    yearCaption: "Status of the plans' measures per plan year",
    yearTitle: 'How far did the plans get?',
    conflictTitle: 'The sources contradict each other',
    conflictStatus: (year: number, status: string, stated: number, computed: number) =>
      `${year}: the follow-up states ${measures(stated)} with the status “${status}”, but ${computed} ${plural(computed, { one: 'measure has', other: 'measures have' })} that status according to the sources for each measure.`,
    conflictSum: (year: number, sum: number, total: number) =>
      `${year}: the follow-up's figures add up to ${sum}, but the plan has ${measures(total)}.`,
    yearSummary: (
      stated: { year: number; parts: string[]; total: number | null }[],
      unknownYears: number[],
    ) => {
      const known = stated.map(
        (s) => `${s.year}: ${list(s.parts)}${s.total === null ? '' : ` of ${measures(s.total)}`}`,
      );
      const unknown = unknownYears.length
        ? `for ${list(unknownYears.map(String))} no source that Insyn has says how it went`
        : '';
      return known.length
        ? `Status according to the follow-ups – ${known.join('; ')}${unknown ? `; ${unknown}` : ''}.`
        : `${unknown.charAt(0).toUpperCase()}${unknown.slice(1)}.`;
    },
    moreStatistics:
      'More statistics: status per development area and per responsible body, measures per area, and the state grant',
    area: 'Development area',
    areaUnknown: 'Development area unknown',
    areaCaption: 'Status per development area for the measures that are here',
    organisation: 'Responsible',
    organisationUnknown: 'Responsible body unknown',
    organisationCaption: 'Status per responsible body for the measures that are here',
    groupNote:
      'Each measure is counted once for every plan year it is included in. Only the measures documented here are counted, not the whole plans.',
    organisationNote: 'A measure with several responsible bodies is counted for each of them.',
    groupSummary: (entries: number, groups: number, unknown: number) =>
      `${entries} measure ${plural(entries, { one: 'entry', other: 'entries' })} in ${groups} ${plural(groups, { one: 'group', other: 'groups' })}; for ${unknown === entries ? 'all of them' : unknown}, no source that Insyn has gives any status.`,
    measureList: 'the list of measures',
    district: 'Area',
    districtCaption: 'Measures per area',
    districtCount: 'Number of measures',
    districtNote:
      'Each measure is counted once for each area it mentions, whatever the plan year. A measure that mentions several areas is counted in each of them.',
    districtSummary: (parts: string[], none: number) =>
      `${list(parts)}; for ${measures(none)}, no source gives any area.`,
    districtSources: 'Each row links to the page where the counted measures are listed.',
    grantTitle: 'The state grant 2018: how the money was to be divided',
    grantCaption: "Financing range per area of activity in the application, share of the year's state grant",
    grantArea: 'Area of activity in the application',
    grantMin: 'Lowest',
    grantMax: 'Highest',
    grantSummary: (largest: string, smallest: string) =>
      `The application planned the largest share for ${largest} and the smallest for ${smallest}. These are planned ranges; no source that Insyn has shows how much each area received.`,
    grantBudget: (amount: string, years: number | null) =>
      `The application counts on ${amount} kronor a year${years === null ? '' : ` for ${years} ${plural(years, { one: 'year', other: 'years' })}`}.`,
    grantNoBudget: "The application's amount per year is not in the text Insyn has.",
    /** numbers as the charts' labels and summaries write them */
    format: {
      /** after a percentage: "25%" */
      percent: '%',
      /** a district's bar in the summary: "Berga 3" */
      districtCount: (name: string, n: string) => `${name} ${n}`,
      /** a status's count in the summary: "done 15" */
      statusCount: (label: string, n: string) => `${label.toLowerCase()} ${n}`,
      /** a grant interval in the summary: "School (20–30%)" */
      range: (label: string, min: string, max: string) => `${label} (${min}–${max}%)`,
    },
    /** /statistik/ */
    page: {
      description: 'How far the plans have come, in figures with sources.',
      lead: 'Figures about the plans and the follow-ups, with sources. Under each chart there is a table with exactly the figures that the chart shows, and the source of the figures is a link on each row or under the table.',
      byArea: 'Status by development area',
      byOrganisation: 'Status by who is responsible',
      perDistrict: 'Measures by area',
    },
  },
};
