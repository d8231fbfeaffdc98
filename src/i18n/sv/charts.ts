/**
 * Charts and their tables (components/charts/YearStatusChart.astro, GroupStatusChart.astro, DistrictChart.astro,
 * GrantChart.astro, RowSources.astro) on the statistics page (pages/[...lang]/statistik.astro) and the home page.
 */
import { list, measures, plural } from './grammar.ts';

export const words = {
  charts: {
    countedFrom: 'Räknat från',
    noData: 'ingen uppgift',
    year: 'Planår',
    basis: 'Grund',
    total: 'Totalt',
    stated: 'Uppföljningens siffror',
    computed: 'Räknat från åtgärdernas status',
    none: 'Ingen källa anger status',
    perMeasure: (year: number) => `${year} (per åtgärd)`,
    yearCaption: 'Status för planernas åtgärder per planår',
    yearTitle: 'Hur långt kom planerna?',
    conflictTitle: 'Källorna säger emot varandra',
    conflictStatus: (year: number, status: string, stated: number, computed: number) =>
      `${year}: uppföljningen anger ${measures(stated)} med status ”${status}”, men ${measures(computed)} har den statusen enligt källorna för varje åtgärd.`,
    conflictSum: (year: number, sum: number, total: number) =>
      `${year}: uppföljningens siffror blir ${sum} tillsammans, men planen har ${measures(total)}.`,
    yearSummary: (
      stated: { year: number; parts: string[]; total: number | null }[],
      unknownYears: number[],
    ) => {
      const known = stated.map(
        (s) => `${s.year}: ${list(s.parts)}${s.total === null ? '' : ` av ${measures(s.total)}`}`,
      );
      const unknown = unknownYears.length
        ? `för ${list(unknownYears.map(String))} anger ingen källa som Insyn har hur det gick`
        : '';
      return known.length
        ? `Status enligt uppföljningarna – ${known.join('; ')}${unknown ? `; ${unknown}` : ''}.`
        : `${unknown.charAt(0).toUpperCase()}${unknown.slice(1)}.`;
    },
    moreStatistics:
      'Mer statistik: status per utvecklingsområde och ansvarig, åtgärder per område och statsbidraget',
    area: 'Utvecklingsområde',
    areaUnknown: 'Utvecklingsområde okänt',
    areaCaption: 'Status per utvecklingsområde för de åtgärder som finns här',
    organisation: 'Ansvarig',
    organisationUnknown: 'Ansvarig okänd',
    organisationCaption: 'Status per ansvarig för de åtgärder som finns här',
    groupNote:
      'Varje åtgärd räknas en gång för varje planår den finns med i. Bara åtgärder som finns dokumenterade här räknas, inte hela planerna.',
    organisationNote: 'En åtgärd med flera ansvariga räknas hos var och en.',
    groupSummary: (entries: number, groups: number, unknown: number) =>
      `${entries} ${plural(entries, { one: 'åtgärdspost', other: 'åtgärdsposter' })} i ${groups} ${plural(groups, { one: 'grupp', other: 'grupper' })}; för ${unknown === entries ? 'alla' : unknown} anger ingen källa som Insyn har någon status.`,
    measureList: 'listan över åtgärder',
    district: 'Område',
    districtCaption: 'Åtgärder per område',
    districtCount: 'Antal åtgärder',
    districtNote:
      'Varje åtgärd räknas en gång per område den nämner, oavsett planår. En åtgärd som nämner flera områden räknas i vart och ett.',
    districtSummary: (parts: string[], none: number) =>
      `${list(parts)}; för ${measures(none)} anger ingen källa något område.`,
    districtSources: 'Varje rad länkar till sidan där åtgärderna som räknas står.',
    grantTitle: 'Statsbidraget 2018: hur pengarna skulle fördelas',
    grantCaption: 'Finansieringsintervall per verksamhetsområde i ansökan, andel av årets statsbidrag',
    grantArea: 'Verksamhetsområde i ansökan',
    grantMin: 'Lägst',
    grantMax: 'Högst',
    // The application only planned ranges: it says nothing about what any area got.
    grantSummary: (largest: string, smallest: string) =>
      `Ansökan planerade störst andel för ${largest} och minst för ${smallest}. Det är planerade intervall; ingen källa som Insyn har visar hur mycket varje område fick.`,
    grantBudget: (amount: string, years: number | null) =>
      `Ansökan räknar med ${amount} kr per år${years === null ? '' : ` i ${years} år`}.`,
    grantNoBudget: 'Ansökans belopp per år finns inte i den text Insyn har.',
    /** numbers as the charts' labels and summaries write them */
    format: {
      /** after a percentage: "25 %" */
      percent: ' %',
      /** a district's bar in the summary: "Berga 3" */
      districtCount: (name: string, n: string) => `${name} ${n}`,
      /** a status's count in the summary: "genomförd 15" */
      statusCount: (label: string, n: string) => `${label.toLowerCase()} ${n}`,
      /** a grant interval in the summary: "Skola (20–30 %)" */
      range: (label: string, min: string, max: string) => `${label} (${min}–${max} %)`,
    },
    /** /statistik/ */
    page: {
      description: 'Hur långt planerna har kommit, i siffror med källor.',
      lead: 'Siffror om planerna och uppföljningarna, med källor. Under varje diagram står en tabell med exakt de siffror diagrammet visar, och källan till siffrorna står som en länk på varje rad eller under tabellen.',
      byArea: 'Status per utvecklingsområde',
      byOrganisation: 'Status per ansvarig',
      perDistrict: 'Åtgärder per område',
    },
  },
} as const;
