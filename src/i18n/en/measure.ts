/**
 * English for ../sv/measure.ts (Insyn's translation, same keys).
 * Measures: the list (pages/[...lang]/atgarder/index.astro), a measure's page (atgarder/[slug].astro,
 * components/measure/YearEntry.astro, StepChanges.astro, ConfidenceNote.astro), the answer at its top
 * (src/lib/measure/answer.ts), a measure's name (src/lib/measure/measures.ts) and the redirect from a plan
 * year's number (pages/planer/[year]/[number].astro).
 */
import type { Wide } from '../types.ts';
import type { words as sv } from '../sv/measure.ts';
import { list, measures, possessive } from './grammar.ts';

export const words: Wide<typeof sv> = {
  measure: {
    number: 'Number',
    wording: 'Wording',
    area: 'Development area',
    districts: 'Areas',
    responsible: 'Responsible',
    status: 'Status',
    wholeMunicipality: 'Not stated (may concern the whole municipality)',
    absent: 'Not in the plan',
    notes: 'Notes in the minutes that mention the measure',
    history: 'Year by year',
    /** a measure no source gives a title for, named by its number in a plan year */
    numbered: (number: string, year: number) => `Measure ${number} (${year})`,
    untitled: 'Measure without a known title',
    /** "1 åtgärd", "3 åtgärder" */
    count: (n: number) => measures(n),
    /** a development area with its number in the plans: "3. Safety" */
    areaName: (number: number, name: string) => `${number}. ${name}`,
    /** /atgarder/ */
    list: {
      description:
        "All measures from Linköping's plans against segregation that a source mentions, with year, number and development area.",
      /** the lead up to its link; `measures` is measure.count(n) */
      lead: (measures: string) =>
        `Here are ${measures} that a source mentions. The plans have 50–60 measures each year, but Insyn does not have the plans' lists yet. Read `,
      leadLink: 'how the information is collected',
      leadAfter: '.',
      caption: 'Measures that are documented here',
      columns: {
        measure: 'Measure',
        years: 'Plan year and number',
        area: 'Development area',
        confidence: 'Certainty',
      },
    },
    /** /atgarder/<id>/ */
    page: {
      description: (title: string) =>
        `${title}: the history of the measure in Linköping's plans against segregation, year by year, with sources.`,
      paraphraseTitle: "The heading is Insyn's summary, not the plan's own title.",
      /** after "Plan 2023" in the year-by-year list */
      number: (number: string) => ` – no. ${number}`,
      yearMore: (year: number) => `What the ${year} plan says`,
      absentIn: (year: number) => `Not in the plan for ${year}`,
      unknownIn: (year: number) => `No source shows whether the measure is in the plan for ${year}`,
      plansOf: 'The plans for ',
      absentInRun: 'The measure is not in these plans',
      unknownInRun: 'No source shows if the measure is in these plans',
      noNotes: 'No note in the minutes that Insyn has mentions the measure.',
      noStatusSource: "No source gives the measure's status this year.",
      note: 'Good to know',
      /** the latest event at the top of the page: its kind, date and source (the timeline tells it) */
      latestEvent: (kind: string | null, date: string, origin: string) =>
        `Latest known event (${kind ? `${kind.toLowerCase()}, ` : ''}${date}), according to ${origin}.`,
      /** "Vänsterpartiet's " before the linked words "note in the minutes" (whose texts the sources are) */
      partyNote: (party: string) => `${possessive(party)} `,
      noteWord: 'note in the minutes',
    },
    answer: {
      name: 'what Insyn knows about the measure',
      noStatus: 'No follow-up that Insyn has gives any status for the measure.',
      readInTimeline: 'Read more in the timeline',
      statusInYear: (label: string, year: number) => `“${label}” for ${year}`,
      status: (parts: string[]) => `The municipality's follow-up gives the status ${list(parts)}.`,
    },
    /** /planer/<year>/<number>/: a measure's old address, by its number in a plan year */
    redirect: {
      title: (number: string, year: number) => `Measure ${number} in the ${year} plan`,
      text: 'The measure has its own page with its whole history:',
    },
  },
};
