/**
 * English for ../sv/district.ts (Insyn's translation, same keys).
 * Districts: the list with the map (pages/[...lang]/omraden/index.astro), a district's page (omraden/[id].astro),
 * the answer at its top (components/district/DistrictAnswer.astro, src/lib/district/answer.ts), its measures
 * (district/MeasureStatusTable.astro), other decisions in the area (district/RelatedDecisions.astro) and the
 * police classification (district/ClassificationSeries.astro, YearStrip.astro).
 */
import type { Wide } from '../types.ts';
import type { words as sv } from '../sv/district.ts';

import { plural } from './grammar.ts';

export const words: Wide<typeof sv> = {
  district: {
    unknownArea: 'Development area unknown',
    /** /omraden/ */
    list: {
      description:
        'Berga, Ryd and Skäggetorp: what the plans against segregation promise and what the sources say has been done in each area.',
      lead: 'The plans are aimed especially at three areas in Linköping. Choose your area on the map or in the list.',
    },
    /** /omraden/<id>/ */
    page: {
      description: (name: string) =>
        `${name} in Linköping: measures against segregation, facts with sources and the politicians' notes in the minutes.`,
      measures: (name: string) => `Measures that mention ${name}`,
      unspecified: 'Measures without a stated area',
      unspecifiedText: (name: string) =>
        `For these measures, no source says which area they are about. They may be about the whole municipality. They are not counted as measures for ${name}.`,
      subAreas: 'Parts of the area',
      more: (name: string) => `More about ${name}`,
      notes: (name: string) => `Notes in the minutes that mention ${name}`,
      noNotes: 'None.',
      sameMatters: 'Decisions in the same matters',
      sameMattersText:
        'The decisions in the paragraphs where the notes above are written. No source connects the decisions to a particular area.',
      done: (name: string) => `Decisions and events in ${name}`,
      doneMaybe: (name: string) => `Decisions and events that may concern ${name}`,
      doneMore: 'More about this',
      background: (name: string) => `About ${name}: map and background`,
      figures: (n: number) => `${n} ${plural(n, { one: 'series', other: 'series' })} of figures`,
      facts: (n: number) => `${n} ${plural(n, { one: 'fact', other: 'facts' })}`,
      nav: {
        done: 'Decisions and events',
        changed: 'Changes',
        measures: 'Measures',
        notes: "Parties' notes",
        background: 'Map and background',
      },
    },
    answer: {
      heading: (name: string) => `What we know about the work in ${name}`,
      noMeasures: (name: string) => `No source that Insyn has mentions a measure especially for ${name}.`,
      measuresBefore: 'Insyn knows of ',
      latestEvent: 'Latest known event for ',
      according: (kind: string | null, origin: string, date: string) =>
        ` (${kind ? `${kind.toLowerCase()}, ` : ''}${date}), according to ${origin}. `,
      noStatus: 'No follow-up that Insyn has gives a status for any of them.',
      someStatus: (k: number, n: number) => `The municipality's follow-up gives a status for ${k} of ${n}.`,
      followUpBefore: 'According to ',
      followUpWord: 'the follow-up',
      followUp: (year: number, counts: string, total: number | null) =>
        ` of the ${year} plan: ${counts}${total === null ? '' : `, out of the plan's ${total} measures`}. The text Insyn has does not say which measures these are or which areas they concern. `,
      statusCount: {
        genomford: (n: number) => `${n} done`,
        pagar: (n: number) => `${n} ongoing`,
        'ej-genomford': (n: number) => `${n} not done`,
      } as Record<string, (n: number) => string>,
      followUpLink: (year: number) => `The ${year} follow-up`,
      // "2 notes" (linked to the glossary) + this; past tense, so one note and several read alike.
      notes: (name: string, parties: string) =>
        ` in the Municipal Executive Board's minutes mentioned ${name}, from ${parties}. `,
      notesLink: 'Read the notes',
      doneLink: 'All decisions and events',
      words: 'Words explained in the glossary: ',
      whatIsNote: 'What is a note in the minutes?',
      unlisted: (years: string, name: string) =>
        `Insyn does not have the plans' full lists for ${years}. So more measures may concern ${name} than those listed here, and for most measures we do not know how things went. `,
      unspecified: (n: string) => `${n} with no area given may concern the whole municipality: `,
      whyUncertain: (n: number) =>
        n === 1 ? 'Why is the measure uncertain?' : `Why are ${n} measures uncertain?`,
      unspecifiedLink: 'measures with no area given',
    },
    /** a district's measures by development area (MeasureStatusTable.astro) */
    table: {
      years: 'Plan years according to the sources',
      status: 'Status according to the follow-up',
      none: 'no information',
      /** a plan year with the measure's number that year: "2023 (no. 3.1)" */
      yearNumber: (year: number, number: string | null) =>
        number ? `${year} (no. ${number})` : String(year),
    },
  },
  decisions: {
    heading: 'Other decisions in the area',
    notInPlan: 'Not known to be part of the action plan.',
    date: 'Date',
    diary: 'Diary number',
    diaryUnknown: 'not given in the source',
    wholeMunicipality: 'The source names no particular area.',
    sameSubject: 'Same subject as the measure',
    none: 'Insyn does not know of any other decisions about the area.',
  },
  series: {
    heading: "The police's classification year by year",
    year: 'Year',
    value: 'Information',
    note: 'Good to know',
    source: 'Source',
    gap: 'no information',
    details: 'Each year with its source',
    stripLabel: (label: string) => `${label}, year by year`,
    gapNote:
      'A year without information means that no source that Insyn has gives anything for that year, not that the area was missing from the list.',
  },
};
