/**
 * Plans: the list (pages/[...lang]/planer/index.astro), a plan's page (planer/[year].astro), what Insyn has of it
 * (components/plan/Completeness.astro), its follow-up (plan/FollowUpLead.astro, FollowUpSummary.astro) and how
 * to ask for it (plan/RequestPlan.astro).
 */
import { plural } from './grammar.ts';

export const words = {
  plan: {
    name: (year: number) => `Plan ${year}`,
    decidedOn: 'Fastställd',
    decidedBy: 'Beslutad av',
    measureCount: 'Antal åtgärder i planen',
    // Words first, and said as what Insyn knows, so the share is never read as progress.
    documented: (documented: number, stated: number | null) =>
      stated === null
        ? `Insyn känner till ${documented} av planens åtgärder. Ingen källa anger hur många åtgärder planen har.`
        : `Insyn känner till ${documented} av planens ${stated} åtgärder.`,
    uncertainBefore: (n: number) => `${n} av dem är `,
    uncertainWord: (n: number) => plural(n, { one: 'en osäker uppgift', other: 'osäkra uppgifter' }),
    notProgress:
      'Det säger inget om hur många åtgärder som är gjorda, bara hur många som finns beskrivna här.',
    followUp: 'Uppföljning',
    noFollowUp: 'Insyn har ingen uppföljning av den här planen.',
    noCounts: 'Uppföljningen finns, men ingen källa anger hur många åtgärder som blev genomförda.',
    /** /planer/ */
    list: {
      description:
        'Linköpings åtgärdsplaner mot segregation 2021–2025: när de beslutades, hur många åtgärder de har och hur många som finns dokumenterade här.',
      heading: 'Åtgärdsplaner mot segregation',
      lead: 'Kommunen beslutar en ny plan varje år. Här är planerna och vad källorna säger om dem.',
      caption: 'Planerna år för år',
      columns: {
        plan: 'Plan',
        decided: 'Fastställd',
        stated: 'Åtgärder i planen',
        documented: 'Dokumenterade här',
      },
    },
    /** /planer/<year>/ */
    page: {
      description: (name: string) =>
        `${name}: beslut, antal åtgärder, uppföljning och de åtgärder som finns dokumenterade här.`,
      about: 'Om planen',
      documented: 'Åtgärder som finns dokumenterade här',
      noneDocumented: 'Ingen källa som Insyn har nämner någon enskild åtgärd i den här planen.',
      documents: 'Beslut och handlingar',
    },
    /** the follow-up in one sentence at the top of a plan page */
    followUpLead: {
      before: 'Enligt ',
      word: 'uppföljningen',
      counts: (year: number, words: string, total: number | null) =>
        ` av planen ${year} är ${words}${total === null ? '' : ` av planens ${total} åtgärder`}.`,
      more: 'Mer om uppföljningen',
      none: 'Insyn har inga siffror från en uppföljning av den här planen.',
    },
    followUpTable: {
      caption: 'Status för planens åtgärder enligt uppföljningen',
      status: 'Status',
      count: 'Antal åtgärder',
      total: 'Totalt',
    },
  },
} as const;
