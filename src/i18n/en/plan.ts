/**
 * English for ../sv/plan.ts (Insyn's translation, same keys).
 * Plans: the list (pages/[...lang]/planer/index.astro), a plan's page (planer/[year].astro), what Insyn has of it
 * (components/plan/Completeness.astro), its follow-up (plan/FollowUpLead.astro, FollowUpSummary.astro) and how
 * to ask for it (plan/RequestPlan.astro).
 */
import type { Wide } from '../types.ts';
import type { words as sv } from '../sv/plan.ts';
import { plural } from './grammar.ts';

export const words: Wide<typeof sv> = {
  plan: {
    name: (year: number) => `Plan ${year}`,
    decidedOn: 'Adopted',
    decidedBy: 'Decided by',
    measureCount: 'Number of measures in the plan',
    documented: (documented: number, stated: number | null) =>
      stated === null
        ? `Insyn knows of ${documented} of the plan's measures. No source states how many measures the plan has.`
        : `Insyn knows of ${documented} of the plan's ${stated} measures.`,
    uncertainBefore: (n: number) => `${n} of them ${plural(n, { one: 'is', other: 'are' })} marked as `,
    uncertainWord: () => 'uncertain information',
    notProgress:
      'This says nothing about how many measures have been carried out, only how many are described here.',
    followUp: 'Follow-up',
    noFollowUp: 'Insyn has no follow-up of this plan.',
    noCounts: 'The follow-up exists, but no source states how many measures were carried out.',
    /** /planer/ */
    list: {
      description:
        "Linköping's action plans against segregation 2021–2025: when they were decided, how many measures they have and how many are documented here.",
      heading: 'Action plans against segregation',
      lead: 'The municipality decides on a new plan every year. Here are the plans and what the sources say about them.',
      caption: 'The plans year by year',
      columns: {
        plan: 'Plan',
        decided: 'Adopted',
        stated: 'Measures in the plan',
        documented: 'Documented here',
      },
    },
    /** /planer/<year>/ */
    page: {
      description: (name: string) =>
        `${name}: decision, number of measures, follow-up and the measures that are documented here.`,
      about: 'About the plan',
      documented: 'Measures that are documented here',
      noneDocumented: 'No source that Insyn has mentions any single measure in this plan.',
      documents: 'Decisions and documents',
    },
    /** the follow-up in one sentence at the top of a plan page */
    followUpLead: {
      before: 'According to ',
      word: 'the follow-up',
      counts: (year: number, words: string, total: number | null) =>
        ` of the ${year} plan: ${words}${total === null ? '' : `, out of the plan's ${total} measures`}.`,
      more: 'More about the follow-up',
      none: 'Insyn has no figures from a follow-up of this plan.',
    },
    followUpTable: {
      caption: "Status of the plan's measures according to the follow-up",
      status: 'Status',
      count: 'Number of measures',
      total: 'Total',
    },
  },
};
