/**
 * English for ../sv/document.ts (Insyn's translation, same keys).
 * Source documents: the list (pages/[...lang]/dokument/index.astro), a document's page with its full text
 * (dokument/[id].astro, components/document/DocumentText.astro), and the kinds of document wherever a source
 * is named (src/lib/sources/origin.ts, the search index, the easy-read source links).
 */
import type { Wide } from '../types.ts';
import type { words as sv } from '../sv/document.ts';

export const words: Wide<typeof sv> = {
  document: {
    /** a kind of document as a label (a document's page, the easy-read source links) */
    kind: {
      decision: 'Decision',
      minutes: 'Minutes',
      'press-release': 'Press release',
      'grant-application': 'Application',
      'follow-up': 'Follow-up',
      plan: 'Plan',
    },
    /** a kind of document inside a sentence ("citat ur pressmeddelande från …", origin.document) */
    kindInSentence: {
      decision: 'a decision',
      minutes: 'the minutes',
      'press-release': 'a press release',
      'grant-application': 'an application',
      'follow-up': 'a follow-up',
      plan: 'a plan',
    },
    date: 'Date',
    noDate: 'The document has no date',
    issuer: 'Issued by',
    recipient: 'Sent to',
    original: 'The original',
    draft: 'Draft',
    transcription: 'About the text',
    fullText: 'Full text',
    page: (n: number) => `Page ${n}`,
    kindHeading: 'Type',
    draftNote: 'the document is marked DRAFT (UTKAST).',
    noOriginal: 'The address of the original is not known',
    numbered: 'The pages and paragraphs are numbered by Insyn.',
    /** /dokument/ */
    list: {
      description:
        'The source documents that Insyn is built on: decisions, minutes, press releases and an application, with the full text.',
      lead: 'Public documents that Insyn is built on. Each document is shown with its full text, so that every source reference can point to the right paragraph.',
    },
  },
};
