/**
 * A measure's timeline and its events (components/measure/MeasureTimeline.astro, src/lib/measure/timeline.ts);
 * who decided an event and how sure an inferred tie is are also said in the search index and the feeds. What
 * an event may be called (its label) is derived from its source: evidence.ts.
 */

export const words = {
  events: {
    decidedBy: (body: string, diaryNumber?: string) =>
      `Beslut av ${body.charAt(0).toLowerCase()}${body.slice(1)}${diaryNumber ? ` (dnr ${diaryNumber})` : ''}.`,
    inferred: {
      medium: 'Troligen en del av åtgärden, men inte säkert.',
      low: 'Möjligen en del av åtgärden, men osäkert.',
    },
    inferredWhy: 'Källan nämner inte åtgärden. Kopplingen är Insyns slutsats:',
    /** opens Insyn's reasoning for an inferred tie (the caveat itself always shows) */
    inferredWhyOpen: 'Varför?',
  },
  timeline: {
    heading: 'Tidslinje',
    /** the intro around its one glossary word (linked at its first use on the page) */
    intro: {
      before: 'Allt Insyn vet om åtgärden, äldst först: planer, uppföljningar, ',
      term: 'protokollsanteckningar',
      after: ' och andra händelser.',
    },
    legend: 'Så läser du tidslinjen',
    plan: 'Plan',
    followUp: 'Uppföljning',
    note: 'Protokollsanteckning',
    dateUnknown: 'Datum okänt',
    planDateUnknown: 'Ingen källa som Insyn har anger när planen fastställdes.',
    planDetails: (year: number) => `Detaljer för ${year}`,
    followUpStatus: (year: number, status: string) =>
      `Uppföljningen av planen för ${year} ger åtgärden status ”${status}”.`,
    followUpNoStatus: (year: number) =>
      `Uppföljningen av planen för ${year} finns, men ingen källa som Insyn har anger åtgärdens status i den.`,
    noteBy: (party: string, body: string) =>
      `${party} lämnade en protokollsanteckning i ${body.charAt(0).toLowerCase()}${body.slice(1)} som nämner åtgärden.`,
    readNote: 'Läs anteckningen',
  },
} as const;
