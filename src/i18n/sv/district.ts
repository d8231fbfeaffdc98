/**
 * Districts: the list with the map (pages/[...lang]/omraden/index.astro), a district's page (omraden/[id].astro),
 * the answer at its top (components/district/DistrictAnswer.astro, src/lib/district/answer.ts), its measures
 * (district/MeasureStatusTable.astro), other decisions in the area (district/RelatedDecisions.astro) and the
 * police classification (district/ClassificationSeries.astro, YearStrip.astro).
 */

import { plural } from './grammar.ts';

export const words = {
  district: {
    unknownArea: 'Utvecklingsområde okänt',
    /** /omraden/ */
    list: {
      description:
        'Berga, Ryd och Skäggetorp: vad planerna mot segregation lovar och vad källorna säger har gjorts i varje område.',
      lead: 'Planerna riktar sig särskilt till tre områden i Linköping. Välj ditt område på kartan eller i listan.',
    },
    /** /omraden/<id>/ */
    page: {
      description: (name: string) =>
        `${name} i Linköping: åtgärder mot segregation, fakta med källor och politikernas anteckningar.`,
      measures: (name: string) => `Åtgärder som nämner ${name}`,
      unspecified: 'Åtgärder utan angivet område',
      unspecifiedText: (name: string) =>
        `För de här åtgärderna anger ingen källa vilket område de gäller. De kan gälla hela kommunen. De räknas inte som åtgärder för ${name}.`,
      subAreas: 'Delområden',
      more: (name: string) => `Mer om ${name}`,
      notes: (name: string) => `Protokollsanteckningar som nämner ${name}`,
      noNotes: 'Inga.',
      sameMatters: 'Beslut i samma ärenden',
      sameMattersText:
        'Besluten i de paragrafer där anteckningarna ovan står. Ingen källa knyter besluten till ett visst område.',
      /** the sections a resident needs first on a phone (src/lib/district/district-page.ts) */
      done: (name: string) => `Beslut och händelser i ${name}`,
      /** when a decision's source names no area: it may concern the district, or not */
      doneMaybe: (name: string) => `Beslut och händelser som kan gälla ${name}`,
      /** an item's details (who decided, the diary number, more facts), one tap away */
      doneMore: 'Mer om det här',
      background: (name: string) => `Om ${name}: karta och bakgrund`,
      /** a topic's count of series, beside its name where the topic opens on request */
      figures: (n: number) => `${n} ${plural(n, { one: 'serie', other: 'serier' })} med siffror`,
      facts: (n: number) => `${n} ${plural(n, { one: 'uppgift', other: 'uppgifter' })}`,
      /** "På sidan": each section's short name */
      nav: {
        done: 'Beslut och händelser',
        changed: 'Förändringar',
        measures: 'Åtgärder',
        notes: 'Partiernas anteckningar',
        background: 'Karta och bakgrund',
      },
    },
    /** The answer at the top of a district page: sentences built by src/lib/district/answer.ts. */
    answer: {
      heading: (name: string) => `Det här vet vi om arbetet i ${name}`,
      noMeasures: (name: string) => `Ingen källa som Insyn har nämner en åtgärd särskilt för ${name}.`,
      measuresBefore: 'Insyn känner till ',
      latestEvent: 'Senast kända händelse för ',
      /** kind is left out for a plain event: "händelse (händelse, …)" says nothing twice */
      according: (kind: string | null, origin: string, date: string) =>
        ` (${kind ? `${kind.toLowerCase()}, ` : ''}${date}), enligt ${origin}. `,
      noStatus: 'Ingen uppföljning som Insyn har anger status för någon av dem.',
      someStatus: (k: number, n: number) => `Kommunens uppföljning anger status för ${k} av ${n}.`,
      followUpBefore: 'Enligt ',
      followUpWord: 'uppföljningen',
      followUp: (year: number, counts: string, total: number | null) =>
        ` av planen ${year} är ${counts}${total === null ? '' : ` av planens ${total} åtgärder`}. Den text Insyn har säger inte vilka åtgärder det är eller vilka områden de gäller. `,
      /** a follow-up count in a sentence, by status id; other statuses fall back to "Label: n" */
      statusCount: {
        genomford: (n: number) => `${n} genomförda`,
        pagar: (n: number) => `${n} pågående`,
        'ej-genomford': (n: number) => `${n} inte genomförda`,
      } as Record<string, (n: number) => string>,
      followUpLink: (year: number) => `Uppföljningen ${year}`,
      notes: (name: string, parties: string) =>
        ` i kommunstyrelsens protokoll nämner ${name}, från ${parties}. `,
      notesLink: 'Läs anteckningarna',
      /** after the newest event: the page's list of every decision and event */
      doneLink: 'Alla beslut och händelser',
      words: 'Ord som förklaras i ordlistan: ',
      whatIsNote: 'Vad är en protokollsanteckning?',
      unlisted: (years: string, name: string) =>
        `Planernas fullständiga listor för ${years} finns inte hos Insyn. Därför kan fler åtgärder gälla ${name} än de som står här, och för de flesta åtgärder vet vi inte hur det har gått. `,
      unspecified: (n: string) => `${n} har inget angivet område och kan gälla hela kommunen: `,
      /** opens why the answer's uncertain measures are uncertain (the reasons also stand under "Åtgärder") */
      whyUncertain: (n: number) =>
        n === 1 ? 'Varför är åtgärden osäker?' : `Varför är ${n} åtgärder osäkra?`,
      unspecifiedLink: 'åtgärder utan angivet område',
    },
    /** a district's measures by development area (MeasureStatusTable.astro) */
    table: {
      years: 'Planår enligt källorna',
      status: 'Status enligt uppföljningen',
      none: 'ingen uppgift',
      /** a plan year with the measure's number that year: "2023 (nr 3.1)" */
      yearNumber: (year: number, number: string | null) => (number ? `${year} (nr ${number})` : String(year)),
    },
  },
  decisions: {
    heading: 'Andra beslut i området',
    notInPlan: 'Inte känt som en del av åtgärdsplanen.',
    date: 'Datum',
    diary: 'Diarienummer',
    diaryUnknown: 'anges inte i källan',
    wholeMunicipality: 'Källan nämner inget särskilt område.',
    sameSubject: 'Samma ämne som åtgärden',
    none: 'Insyn känner inte till några andra beslut om området.',
  },
  series: {
    heading: 'Polisens klassning år för år',
    year: 'År',
    value: 'Uppgift',
    note: 'Att veta',
    source: 'Källa',
    gap: 'ingen uppgift',
    /** opens the table of a series: each year's value, what to know and its source */
    details: 'Varje år med källa',
    stripLabel: (label: string) => `${label}, år för år`,
    gapNote:
      'Ett år utan uppgift betyder att ingen källa som Insyn har anger något för det året, inte att området saknades på listan.',
  },
} as const;
