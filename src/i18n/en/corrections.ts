/**
 * English for ../sv/corrections.ts (Insyn's translation, same keys).
 * Corrections: the page (pages/[...lang]/rattelser.astro), its link in the footer, and "Rättad" on a corrected
 * fact (components/measure/MeasureTimeline.astro, district/RelatedDecisions.astro).
 */
import type { Wide } from '../types.ts';
import type { words as sv } from '../sv/corrections.ts';

export const words: Wide<typeof sv> = {
  corrections: {
    title: 'Corrections',
    description:
      'All corrections of information on Insyn, the latest first: what was wrong, what is right and where the correct information is stated.',
    lead: 'When Insyn has shown a piece of information that was wrong, we correct it openly. Every correction is here: which page and which information, what was wrong, what is right and the source for what is right. The corrected information shows “Corrected” with a link to here.',
    none: 'No corrections so far.',
    page: 'Page',
    wrong: 'What was wrong',
    right: 'What is right',
    source: 'Source for what is right',
    reporter: 'Reported by',
    corrected: (date: string) => `Corrected ${date}`,
    policy: 'How Insyn corrects errors',
  },
};
