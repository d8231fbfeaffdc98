/**
 * The districts' indicators over time: the section "Har något förändrats?" on each district page
 * (src/components/district/IndicatorSection.astro), its charts and tables
 * (src/components/charts/IndicatorChart.astro), the overview /statistik/omraden/ and the
 * indicators data file. Words only; which figures apply comes from src/lib/statistics/indicators.ts.
 */
import type { AreaUnit, IndicatorTopic } from '../../schemas/indicators.ts';

type Unit = 'procent' | 'personer' | 'invånare';
type Qualifier = 'about' | 'just-under' | 'just-over';

const qualifiers: Record<Qualifier, string> = {
  about: 'cirka',
  'just-under': 'knappt',
  'just-over': 'drygt',
};
/** An area at the start of a line ("valdistriktet Skäggetorp 4" → "Valdistriktet Skäggetorp 4"). */
const upperFirst = (s: string) => `${s.charAt(0).toLocaleUpperCase('sv')}${s.slice(1)}`;

export const words = {
  indicators: {
    heading: 'Har något förändrats?',
    lead: (name: string) =>
      `Siffror om ${name} från olika år. De kommer från kommunens statistik och från andra källor. Varje siffra har sin källa.`,
    /** what the numbers can and cannot say: on every page that shows them */
    caveat: 'Siffrorna visar hur läget har ändrats. De visar inte om planen orsakade det.',
    /** the first plan's year, from the plans (content/plans.yaml) */
    planStart: (year: number) =>
      `Den första planen mot segregation gällde från ${year}. I diagrammen visar en streckad linje när den började.`,
    /** the label of the dashed line in a chart */
    planMarker: (year: number) => `Första planen ${year}`,
    /** after a period before the first plan's year */
    beforePlan: 'före första planen',
    topics: {
      arbetsloshet: 'Arbetslöshet',
      'ekonomisk-standard': 'Barn i familjer med låg ekonomisk standard',
      valdeltagande: 'Valdeltagande',
      skola: 'Skola',
      befolkning: 'Invånare',
      'utlandsk-bakgrund': 'Födda i ett annat land och utländsk bakgrund',
      flyttning: 'Flyttningar till och från andra länder',
    } satisfies Record<IndicatorTopic, string>,
    areaUnits: {
      stadsdel: 'stadsdel',
      basomrade: 'basområde (en del av en stadsdel)',
      'stadsdel-ungefar': 'ett område ungefär som stadsdelen, räknat från valdistrikt',
      valdistrikt: 'valdistrikt (där man röstar)',
      'polisens-omrade': 'området så som polisen avgränsar det',
      skola: 'en skola',
    } satisfies Record<AreaUnit, string>,
    /** the lines that say what a series measures */
    about: {
      publisher: 'Vem säger det',
      definition: 'Vad räknas',
      areaUnit: 'Område',
      base: 'Andel av',
      baseUnknown: 'källan säger inte',
      method: 'Hur det räknas',
    },
    columns: {
      area: 'Område',
      period: 'När',
      value: 'Siffra',
      municipality: 'Hela Linköping',
      source: 'Källa',
    },
    /** a figure whose year the source does not state */
    noPeriod: 'Året anges inte',
    /** no value for the whole municipality in the source */
    noMunicipality: 'ingen uppgift',
    /** the line of the whole municipality in a chart */
    municipalityLine: 'Hela Linköping',
    /** before the source's own words in a table */
    sourceWords: 'Källan skriver',
    /** "18,3 %", "knappt 68 %", "cirka 7 000 invånare"; `n` is already formatted ("6–7" for a range) */
    value: (n: string, unit: Unit, qualifier?: Qualifier) =>
      `${qualifier ? `${qualifiers[qualifier]} ` : ''}${n}${unit === 'procent' ? '\u00a0%' : `\u00a0${unit}`}`,
    /** a change the source states: "Skäggetorp: minskade med 0,9 procentenheter från 2022 till 2023" */
    change: (area: string, from: string, to: string, amount: string, unit: Unit, fell: boolean) =>
      `${upperFirst(area)}: ${fell ? 'minskade' : 'ökade'} med ${amount} ${unit === 'procent' ? 'procentenheter' : unit} från ${from} till ${to}.`,
    changesHeading: 'Vad källan säger om förändringen',
    /** under a table whose series has only one figure per area */
    single: 'Här finns bara en mätning per område, så det finns inget diagram.',
    /** one area's figures in a chart's one-sentence summary: "Skäggetorp: 18,3 % (mars 2020), 19,0 % (mars 2023)" */
    summaryArea: (area: string, values: string[]) => `${upperFirst(area)}: ${values.join(', ')}`,
    summaryValue: (value: string, period: string) => `${value} (${period})`,
    /** where two series say different things about the same place and year */
    disagree: {
      heading: 'Källorna säger olika',
      lead: (area: string, year: string) => `Två källor säger olika saker om ${area} ${year}:`,
      side: (publisher: string) => `${publisher}:`,
      noneThatYear: (year: string) => `Ingen siffra för ${year}.`,
    },
    /** the overview page /statistik/omraden/ */
    overview: {
      title: 'Områdena i siffror',
      description:
        'Arbetslöshet, barn i familjer med låg ekonomisk standard, valdeltagande och mer i Berga, Ryd och Skäggetorp, över tid och med källor.',
      lead: 'Här finns alla siffror om Berga, Ryd och Skäggetorp som Insyn har hittat, för varje mått med alla tre områdena. Under varje diagram står en tabell med samma siffror och deras källor.',
      /** a point that no source places in one of the three districts */
      noDistrict: 'Källan säger inte vilket av områdena det gäller.',
      /** on /statistik/ and each district page */
      link: 'Alla siffror för Berga, Ryd och Skäggetorp',
    },
    /** the open data file /data/indicators.csv and .json */
    data: {
      title: 'Siffror om områdena',
      rowIs: 'en siffra för ett område och en tidpunkt, i en serie som mäter på ett sätt',
    },
  },
} as const;
