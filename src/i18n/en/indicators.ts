/**
 * English words for the districts' indicators over time (see src/i18n/sv/indicators.ts for where
 * they are used): Insyn's translation, not official, not yet reviewed. Same keys as the Swedish.
 */
import type { Wide } from '../types.ts';
import type { words as sv } from '../sv/indicators.ts';

const qualifiers = { about: 'about', 'just-under': 'just under', 'just-over': 'just over' } as const;
const units = { procent: '%', personer: 'people', invånare: 'residents' } as const;
/** An area at the start of a line ("the voting district …" → "The voting district …"). */
const upperFirst = (s: string) => `${s.charAt(0).toLocaleUpperCase('en')}${s.slice(1)}`;

export const words: Wide<typeof sv> = {
  indicators: {
    heading: 'Has anything changed?',
    lead: (name) =>
      `Figures about ${name} from different years. They come from the municipality's statistics and from other sources. Every figure has its source.`,
    caveat: 'The figures show how the situation has changed. They do not show whether the plan caused it.',
    planStart: (year) =>
      `The first plan against segregation applied from ${year}. In the charts a dashed line shows when it started.`,
    planMarker: (year) => `First plan ${year}`,
    beforePlan: 'before the first plan',
    topics: {
      arbetsloshet: 'Unemployment',
      'ekonomisk-standard': 'Children in families with a low economic standard',
      valdeltagande: 'Voter turnout',
      skola: 'School',
      befolkning: 'Residents',
      'utlandsk-bakgrund': 'Born in another country and foreign background',
      flyttning: 'Moves to and from other countries',
    },
    areaUnits: {
      stadsdel: 'district',
      basomrade: 'base area (a part of a district)',
      'stadsdel-ungefar': 'an area roughly like the district, worked out from voting districts',
      valdistrikt: 'voting district (where people vote)',
      'polisens-omrade': 'the area as the police draw its border',
      skola: 'a school',
    },
    about: {
      publisher: 'Who says it',
      definition: 'What is counted',
      areaUnit: 'Area',
      base: 'Share of',
      baseUnknown: 'the source does not say',
      method: 'How it is counted',
    },
    columns: {
      area: 'Area',
      period: 'When',
      value: 'Figure',
      municipality: 'All of Linköping',
      source: 'Source',
    },
    noPeriod: 'Year not stated',
    noMunicipality: 'no figure',
    municipalityLine: 'All of Linköping',
    sourceWords: 'The source writes',
    value: (n, unit, qualifier) =>
      `${qualifier ? `${qualifiers[qualifier]} ` : ''}${n}${unit === 'procent' ? '\u00a0%' : `\u00a0${units[unit]}`}`,
    change: (area, from, to, amount, unit, fell) =>
      `${upperFirst(area)}: ${fell ? 'fell' : 'rose'} by ${amount} ${unit === 'procent' ? 'percentage points' : units[unit]} from ${from} to ${to}.`,
    changesHeading: 'What the source says about the change',
    single: 'There is only one measurement per area here, so there is no chart.',
    summaryArea: (area, values) => `${upperFirst(area)}: ${values.join(', ')}`,
    summaryValue: (value, period) => `${value} (${period})`,
    disagree: {
      heading: 'The sources say different things',
      lead: (area, year) => `Two sources say different things about ${area} in ${year}:`,
      side: (publisher) => `${publisher}:`,
      noneThatYear: (year) => `No figure for ${year}.`,
    },
    overview: {
      title: 'The areas in figures',
      description:
        'Unemployment, children in families with a low economic standard, voter turnout and more in Berga, Ryd and Skäggetorp, over time and with sources.',
      lead: 'Here are all the figures about Berga, Ryd and Skäggetorp that Insyn has found, for each measure with all three areas. Under each chart there is a table with the same figures and their sources.',
      noDistrict: 'The source does not say which of the areas it applies to.',
      link: 'All figures for Berga, Ryd and Skäggetorp',
    },
    data: {
      title: 'Figures about the areas',
      rowIs: 'one figure for one area and one point in time, in a series that measures in one way',
    },
  },
};
