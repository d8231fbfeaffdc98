/**
 * English for ../sv/glossary.ts (Insyn's translation, same keys).
 * The glossary (pages/[...lang]/ordlista.astro, components/glossary/TermList.astro, status/StatusList.astro)
 * and its link in the footer.
 */
import type { Wide } from '../types.ts';
import type { words as sv } from '../sv/glossary.ts';

export const words: Wide<typeof sv> = {
  glossary: {
    nav: 'Glossary',
    title: 'Glossary',
    description:
      'Words that Insyn uses, explained in plain English: measure, development area, follow-up, note in the minutes and more.',
    lead: 'Here we explain words that are used on the pages. When a word is underlined with dots, you can tap or click it to come here.',
    statusHeading: 'The status words',
    statusLead: "The municipality's follow-up gives each measure one of these words.",
    unknownStatus:
      "No source that Insyn has states the measure's status. Insyn never guesses. “Unknown” is Insyn's word, not the municipality's.",
  },
};
