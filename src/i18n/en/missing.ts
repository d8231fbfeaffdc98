/**
 * English for ../sv/missing.ts (Insyn's translation, same keys). The letter to the municipality
 * (`missing.mail`) is always sent in Swedish; these words are its translation, shown beside it.
 */
import type { Wide } from '../types.ts';
import type { words as sv } from '../sv/missing.ts';

export const words: Wide<typeof sv> = {
  missing: {
    title: 'What is missing',
    description:
      "Documents about Linköping's action plans against segregation that Insyn does not have: the plans' lists of measures, follow-ups, situation reports and the Municipal Executive Board's items, with a ready letter to request each one.",
    lead: 'Insyn shows only what stands in documents and other sources. Insyn does not have these documents, so what they say is not on this website. Everyone has the right to request public documents from the municipality. Here is a ready letter for each document.',
    groups: {
      plan: "The plans' lists of measures",
      'follow-up': 'Follow-ups of the plans',
      'situation-report': 'Situation reports for the areas',
      'board-item': "The Municipal Executive Board's items about the plans",
    },
    fields: {
      plan: 'Belongs to',
      body: 'Who',
      date: 'Date',
      diary: 'Reference number',
      known: 'What Insyn knows',
    },
    planName: (year: number) => `The plan for ${year}`,
    notGiven: 'not given in the source',
    notNamed:
      'No source that Insyn has names this particular document. Insyn asks for it because it should exist.',
    request: 'Request the document',
    requestLabel: (title: string) => `Request “${title}” with a ready e-mail to the municipality`,
    mailIntro: 'The letter is in Swedish, the language the municipality works in. In English it says:',
    how: {
      heading: 'How to request a document',
      steps: [
        'Tap “Request the document” beside the document you want. Your e-mail program opens with a ready letter in Swedish.',
        "Write the municipality's e-mail address in the To field. Insyn has no source for the address, so it is not filled in. You can also send the letter by post or phone the municipality.",
        'You do not have to say who you are or why you want the document (Freedom of the Press Act, chapter 2, section 18).',
        'The municipality must hand out the document promptly. It does not have to give you a digital copy, but the letter asks for one. If the municipality says no, you can ask for a written decision and appeal against it.',
      ],
      contact: "The municipality's address and phone number, as the municipality itself gives them:",
    },
    send: {
      heading: 'Send what you get to Insyn',
      text: 'Did you get a document? Send it to Insyn, so that more people can read it here and the pages become more complete. Say which document it is and when you got it.',
      link: 'Send a document to Insyn',
      subject: 'A document from the municipality',
    },
    mail: {
      subject: (title: string) => `Request for a public document: ${title}`,
      body: (what: string) =>
        `Hello,\n\nI would like to see the following public document under the principle of public access (Freedom of the Press Act, chapter 2):\n\n${what}\n\nI would like a digital copy, for example as a PDF file by e-mail.\n\nI do not have to say who I am or why I want the document (Freedom of the Press Act, chapter 2, section 18). If you do not hand out the document, in whole or in part, I would like a written decision that I can appeal against.\n\nKind regards`,
    },
    link: 'What is missing – and how to request it',
    linkText:
      "Many documents about the plans are not here yet, for example the plans' lists of measures and the follow-ups.",
  },
  unknowns: {
    heading: (year: number) => `What Insyn does not know about the plan for ${year}`,
    noSource: (year: number) =>
      `No source that Insyn has mentions the plan for ${year}. So Insyn does not know whether it exists, who decided it or what it contains.`,
    items: {
      measures: 'Which measures the plan has. No source that Insyn has mentions any of them.',
      list: "The full list of the plan's measures. Insyn knows only the measures on this page.",
      count: 'How many measures the plan has.',
      decidedOn: 'When the plan was adopted.',
      decidedBy: 'Who adopted the plan.',
      followUp: 'How it went. Insyn has no follow-up of the plan.',
      statuses: 'How each measure went. The follow-up only says how many measures got each status.',
    },
    notNothing:
      'That something is not here does not mean it does not exist. It means that no source Insyn has read says it.',
    documents: 'Documents about the plan that are missing here',
    all: 'All documents missing here, and how to request them',
  },
};
