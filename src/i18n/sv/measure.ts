/**
 * Measures: the list (pages/[...lang]/atgarder/index.astro), a measure's page (atgarder/[slug].astro,
 * components/measure/YearEntry.astro, StepChanges.astro, ConfidenceNote.astro), the answer at its top
 * (src/lib/measure/answer.ts), a measure's name (src/lib/measure/measures.ts) and the redirect from a plan
 * year's number (pages/planer/[year]/[number].astro).
 */
import { list, measures } from './grammar.ts';

export const words = {
  measure: {
    number: 'Nummer',
    wording: 'Lydelse',
    area: 'Utvecklingsområde',
    districts: 'Områden',
    responsible: 'Ansvarig',
    status: 'Status',
    wholeMunicipality: 'Inte angivet (kan gälla hela kommunen)',
    absent: 'Finns inte i planen',
    notes: 'Protokollsanteckningar som nämner åtgärden',
    history: 'Åtgärden år för år',
    /** a measure no source gives a title for, named by its number in a plan year */
    numbered: (number: string, year: number) => `Åtgärd ${number} (${year})`,
    untitled: 'Åtgärd utan känd titel',
    /** "1 åtgärd", "3 åtgärder" */
    count: (n: number) => measures(n),
    /** a development area with its number in the plans: "3. Trygghet" */
    areaName: (number: number, name: string) => `${number}. ${name}`,
    /** /atgarder/ */
    list: {
      description:
        'Alla åtgärder ur Linköpings planer mot segregation som en källa nämner, med år, nummer och utvecklingsområde.',
      /** the lead up to its link; `measures` is measure.count(n) */
      lead: (measures: string) =>
        `Här finns ${measures} som en källa nämner. Planerna har 50–60 åtgärder per år, men planernas listor finns inte hos Insyn än. Läs `,
      leadLink: 'hur uppgifterna samlas in',
      leadAfter: '.',
      caption: 'Åtgärder som finns dokumenterade här',
      columns: {
        measure: 'Åtgärd',
        years: 'Planår och nummer',
        area: 'Utvecklingsområde',
        confidence: 'Säkerhet',
      },
    },
    /** /atgarder/<id>/ */
    page: {
      description: (title: string) =>
        `${title}: åtgärdens historia i Linköpings planer mot segregation, år för år, med källor.`,
      paraphraseTitle: 'Rubriken är Insyns sammanfattning, inte planens egen titel.',
      /** after "Plan 2023" in the year-by-year list */
      number: (number: string) => ` – nr ${number}`,
      yearMore: (year: number) => `Vad planen ${year} säger`,
      absentIn: (year: number) => `Finns inte i planen ${year}`,
      unknownIn: (year: number) => `Ingen källa visar om åtgärden finns i planen ${year}`,
      /** consecutive plan years the measure is not in, or no source lists it in, as one row: "Planerna " before the years (each a link) */
      plansOf: 'Planerna ',
      absentInRun: 'Åtgärden finns inte i de planerna',
      unknownInRun: 'Ingen källa visar om åtgärden finns i de planerna',
      noNotes: 'Ingen protokollsanteckning som Insyn har nämner åtgärden.',
      noStatusSource: 'Ingen källa anger åtgärdens status det här året.',
      note: 'Att veta',
      /** the latest event at the top of the page: its kind (none for a plain "händelse"), date and source (the timeline tells it; answer.readInTimeline links there) */
      latestEvent: (kind: string | null, date: string, origin: string) =>
        `Senast kända händelse (${kind ? `${kind.toLowerCase()}, ` : ''}${date}), enligt ${origin}.`,
      /** "Vänsterpartiets " before the linked word "protokollsanteckning" (whose texts the sources are) */
      partyNote: (party: string) => `${/[sxz]$/i.test(party) ? party : `${party}s`} `,
      noteWord: 'protokollsanteckning',
    },
    /** The one or two sentences at the top of a measure page (src/lib/measure/answer.ts). */
    answer: {
      /** the answer's name for its list of sources ("Källor till …"; the answer has no heading) */
      name: 'det Insyn vet om åtgärden',
      noStatus: 'Ingen uppföljning som Insyn har anger någon status för åtgärden.',
      /** after the latest event's kind, date and source: a link to the event in the timeline, which tells it */
      readInTimeline: 'Läs mer i tidslinjen',
      statusInYear: (label: string, year: number) => `”${label}” för ${year}`,
      status: (parts: string[]) => `Kommunens uppföljning anger status ${list(parts)}.`,
    },
    /** /planer/<year>/<number>/: a measure's old address, by its number in a plan year */
    redirect: {
      title: (number: string, year: number) => `Åtgärd ${number} i planen ${year}`,
      text: 'Åtgärden har en egen sida med hela sin historia:',
    },
  },
} as const;
