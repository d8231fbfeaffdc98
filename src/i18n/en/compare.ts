/**
 * English for ../sv/compare.ts (Insyn's translation, same keys).
 * Two plans compared (pages/[...lang]/planer/jamfor/[pair].astro, planer/_components/ComparedList.astro,
 * ComparisonSummary.astro) and the links to it from a plan's page; the sentences of the changes are in history.ts.
 */
import type { Wide } from '../types.ts';
import type { words as sv } from '../sv/compare.ts';
import { measures } from './grammar.ts';

export const words: Wide<typeof sv> = {
  compare: {
    title: (from: number, to: number) => `Plan ${from} compared with plan ${to}`,
    link: (from: number, to: number) => `Compare the plans ${from} and ${to}`,
    section: 'Compare with other plan years',
    listed: (year: number) => `Insyn has the whole list of measures in the ${year} plan.`,
    notListed: (year: number) => `Insyn does not have the list of measures in the ${year} plan.`,
    summary: 'Summary',
    added: 'New measures',
    removed: 'Measures that disappeared',
    renumbered: 'New number',
    changed: 'Changed measures',
    unchanged: 'No known changes',
    cannotAdded: (from: number) => `Cannot be decided without the plan's list for ${from}`,
    cannotRemoved: (to: number) => `Cannot be decided without the plan's list for ${to}`,
    partial: 'The comparison is incomplete. Insyn only shows what the sources say about both years.',
    laterOnly: (from: number, to: number) =>
      `Documented in ${to} but not in ${from}: unknown whether they were in the ${from} plan`,
    earlierOnly: (from: number, to: number) =>
      `Documented in ${from} but not in ${to}: unknown whether they are still in the ${to} plan`,
    nothing: 'None.',
    matching:
      "Measures are followed from year to year by Insyn's fixed id, not by their number, so a measure with a new number counts as the same measure.",
    measure: 'Measure',
    page: {
      description: (from: number, to: number) =>
        `Which measures were added, disappeared, got a new number or changed between the plan for ${from} and the plan for ${to}.`,
      /** a section heading with its count: "New measures (2 measures)" */
      heading: (label: string, n: number) => `${label} (${measures(n)})`,
    },
  },
};
