/**
 * English for ../sv/meeting.ts (Insyn's translation, same keys).
 * Minutes: the list (pages/[...lang]/protokoll/index.astro), a paragraph's page (protokoll/[id].astro) and a
 * party's note in it (components/meeting/NoteCard.astro); a paragraph and counted notes wherever they are named.
 */
import type { Wide } from '../types.ts';
import type { words as sv } from '../sv/meeting.ts';
import { countedNoun } from '../plural.ts';

export const words: Wide<typeof sv> = {
  meeting: {
    decisions: 'Decisions',
    information: 'Information in the item',
    notes: 'Notes in the minutes',
    summary: "Insyn's summary",
    namesMeasures: 'Mentions measures',
    topics: 'Topics',
    readFull: 'Read the whole note in the minutes',
    open: 'What the note says',
    diary: 'Diary number',
    /** a paragraph in the minutes: "Kommunstyrelsen 14 February 2023 § 31" (body and date come before) */
    paragraph: (n: number) => `§ ${n}`,
    /** "1 protokollsanteckning", "3 protokollsanteckningar"; `shown` is the number already formatted */
    noteCount: countedNoun('en', { one: '# note in the minutes', other: '# notes in the minutes' }),
    /** /protokoll/ */
    list: {
      description:
        "Paragraphs from the municipality's minutes about the action plans against segregation, with decisions and the parties' notes in the minutes.",
      lead: 'Paragraphs from minutes where the plans against segregation are dealt with, with decisions and notes in the minutes.',
    },
    /** /protokoll/<id>/ */
    page: {
      description: (title: string) => `${title}. Decisions and notes in the minutes.`,
      concerns: 'Concerns',
      plan: (year: number) => `plan ${year}`,
      informationLead: "Insyn's summary, with a reference to the paragraph in the minutes.",
    },
  },
};
