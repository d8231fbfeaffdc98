/**
 * English for ../sv/timeline.ts (Insyn's translation, same keys).
 * A measure's timeline and its events (components/measure/MeasureTimeline.astro, src/lib/measure/timeline.ts);
 * who decided an event and how sure an inferred tie is are also said in the search index and the feeds. What
 * an event may be called (its label) is derived from its source: evidence.ts.
 */
import type { Wide } from '../types.ts';
import type { words as sv } from '../sv/timeline.ts';

export const words: Wide<typeof sv> = {
  events: {
    decidedBy: (body: string, diaryNumber?: string) =>
      `Decided by: ${body}${diaryNumber ? ` (diary number ${diaryNumber})` : ''}.`,
    inferred: {
      medium: 'Probably part of the measure, but not certain.',
      low: 'Possibly part of the measure, but uncertain.',
    },
    inferredWhy: "The source does not mention the measure. The link is Insyn's conclusion:",
    inferredWhyOpen: 'Why?',
  },
  timeline: {
    heading: 'Timeline',
    intro: {
      before: 'Everything Insyn knows about the measure, oldest first: plans, follow-ups, ',
      term: 'notes in the minutes',
      after: ' and other events.',
    },
    legend: 'How to read the timeline',
    plan: 'Plan',
    followUp: 'Follow-up',
    note: 'Note in the minutes',
    dateUnknown: 'Date unknown',
    planDateUnknown: 'No source that Insyn has says when the plan was adopted.',
    planDetails: (year: number) => `Details for ${year}`,
    followUpStatus: (year: number, status: string) =>
      `The follow-up of the plan for ${year} gives the measure the status “${status}”.`,
    followUpNoStatus: (year: number) =>
      `The follow-up of the plan for ${year} exists, but no source that Insyn has gives the measure's status in it.`,
    noteBy: (party: string, body: string) =>
      `${party} wrote a note in the minutes (${body}) that mentions the measure.`,
    readNote: 'Read the note',
  },
};
