/**
 * A plan's easy-read page (pages/lattlast/planer/[year].astro) and what a follow-up says, on that page and
 * a district's (components/lattlast/FollowUp.astro).
 */
import { measures, number, plural } from './shared.ts';

export const words = {
  plan: {
    title: (year: number) => `Planen för ${year}`,
    description: (year: number) =>
      `Kommunens plan mot segregation för ${year}: hur många åtgärder den har och vad uppföljningen säger. På lättläst svenska.`,
    heading: (year: number) => `Kommunens plan för ${year}`,
    answerLabel: (year: number) => `Svaret för planen ${year}`,
    count: (n: number) => `Planen har ${measures(n)}.`,
    countUnknown: 'Hur många åtgärder har planen?',
    whatHeading: 'Vad är en plan?',
    everyYear: 'Kommunen gör en ny plan varje år.',
    knownHeading: 'Åtgärder som Insyn känner till',
    known: (k: number, n: number | null) =>
      k === 0
        ? 'Insyn känner inte till någon av planens åtgärder.'
        : n === null
          ? `Insyn känner till ${measures(k)} i planen.`
          : `Insyn känner till ${number.format(k)} av planens ${measures(n)}.`,
    uncertain: (n: number) =>
      plural(n, {
        one: '1 av dem är osäker. Det är inte säkert att den finns i planen.',
        other: `${number.format(n)} av dem är osäkra. Det är inte säkert att de finns i planen.`,
      }),
    notListed: 'Insyn har inte hela listan med åtgärder.',
    ask: 'Så kan du be kommunen om listan',
  },

  /** What a follow-up says, for a plan page and a district page. */
  followUp: {
    year: (year: number) => `Uppföljningen av planen för ${year}`,
    /** a count by status id; other statuses fall back to "Ord: n" */
    counts: {
      genomford: (n: number) =>
        plural(n, {
          one: '1 åtgärd är genomförd. Den är gjord.',
          other: `${measures(n)} är genomförda. De är gjorda.`,
        }),
      pagar: (n: number) =>
        plural(n, {
          one: '1 åtgärd pågår. Den är inte klar.',
          other: `${measures(n)} pågår. De är inte klara.`,
        }),
      'ej-genomford': (n: number) =>
        plural(n, { one: '1 åtgärd är inte genomförd.', other: `${measures(n)} är inte genomförda.` }),
    } as Record<string, (n: number) => string>,
    other: (label: string, n: number) => `${label}: ${measures(n)}.`,
    total: (n: number) => `Planen hade ${measures(n)}.`,
    whichUnknown: 'Vilka åtgärder är gjorda? Det säger inte uppföljningen.',
    noCounts: (year: number) =>
      `Kommunen har följt upp planen för ${year}. Men hur många åtgärder blev gjorda?`,
    /** `n` plan years, worded as `years` */
    none: (years: string, n: number) =>
      `Insyn har ingen uppföljning av ${plural(n, { one: 'planen', other: 'planerna' })} för ${years}.`,
    noneOne: 'Insyn har ingen uppföljning av den här planen.',
    standard: 'Mer om uppföljningen på vanlig svenska',
  },
} as const;
