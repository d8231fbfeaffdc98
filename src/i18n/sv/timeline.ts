/**
 * A measure's timeline and its events (components/measure/MeasureTimeline.astro, src/lib/measure/timeline.ts);
 * the event kinds are also named in the district answer (src/lib/district/answer.ts), the search index and
 * the feeds.
 */

export const words = {
  events: {
    kinds: { decision: 'Beslut', report: 'Kommunen berättar', news: 'Nyhet', claim: 'Påstående' },
    /** what each kind means, shown once above the timeline */
    kindMeaning: {
      decision: 'en nämnd eller ett annat organ beslutade',
      report: 'kommunen berättar vad som gjorts',
      news: 'en tidning rapporterar',
      claim: 'någon påstår något (en insändare, ett parti, anställda); inte en fastställd uppgift',
    },
    according: (who: string) => `Enligt ${who}:`,
    decidedBy: (body: string, diaryNumber?: string) =>
      `Beslut av ${body.charAt(0).toLowerCase()}${body.slice(1)}${diaryNumber ? ` (dnr ${diaryNumber})` : ''}.`,
    inferred: {
      medium: 'Troligen en del av åtgärden, men inte säkert.',
      low: 'Möjligen en del av åtgärden, men osäkert.',
    },
    inferredWhy: 'Källan nämner inte åtgärden. Kopplingen är Insyns slutsats:',
  },
  timeline: {
    heading: 'Tidslinje',
    /** the intro around its one glossary word (linked at its first use on the page) */
    intro: {
      before: 'Allt Insyn vet om åtgärden i datumordning: planerna, uppföljningarna, ',
      term: 'protokollsanteckningarna',
      after: ' och andra händelser. Varje rad säger vad för slags uppgift det är och var den står.',
    },
    legend: 'Slags uppgift',
    plan: 'Plan',
    followUp: 'Uppföljning',
    note: 'Protokollsanteckning',
    dateUnknown: 'Datum okänt',
    planInYear: (year: number, number: string | null) =>
      `Åtgärden finns i planen för ${year}${number ? ` som nummer ${number}` : ''}.`,
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
