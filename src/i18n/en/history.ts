/**
 * English for ../sv/history.ts (Insyn's translation, same keys).
 * How a measure changed between plan years: the steps on a measure's page (components/measure/StepChanges.astro,
 * WordDiff.astro) and two plans compared (pages/[...lang]/planer/jamfor/[pair].astro, measure/ChangeList.astro),
 * whose sentences src/lib/plan/compare.ts builds.
 */
import type { Wide } from '../types.ts';
import type { words as sv } from '../sv/history.ts';

export const words: Wide<typeof sv> = {
  history: {
    changes: 'What changed',
    step: (from: number, to: number) => `From ${from} to ${to}`,
    gap: 'In between',
    onlyOneYear: 'The measure is documented in only one plan year, so there is nothing to compare yet.',
    noKnownChanges: 'No known changes.',
    unknownFields: 'Unknown whether this changed, because no source states it for both years',
    fields: {
      number: 'number',
      wording: 'wording',
      area: 'development area',
      districts: 'areas',
      responsible: 'responsibility',
      status: 'status',
    },
    removed: 'removed',
    added: 'added',
    diffLegend: 'Words that were removed are struck through, words that were added are underlined.',
    /** A change between two plan years, in one sentence (src/lib/plan/compare.ts); ChangeList adds the full stop. */
    changed: {
      number: (from: string, to: string) => `Number changed from ${from} to ${to}`,
      wording: 'The wording changed',
      area: (from: string, to: string) => `Development area changed from ${from} to ${to}`,
      districts: (from: string, to: string) => `Areas changed from ${from} to ${to}`,
      /** some of the responsible stay */
      responsibleChanged: (from: string, to: string) => `Responsibility changed from ${from} to ${to}`,
      /** none of the responsible stay */
      responsibleMoved: (from: string, to: string) => `Responsibility moved from ${from} to ${to}`,
      status: (from: string, to: string) => `Status changed from ${from} to ${to}`,
    },
  },
};
