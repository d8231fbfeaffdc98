import { z } from 'astro/zod';
import { isoDate } from './iso-date.ts';
import { planYear, slug } from './keys.ts';
import { sourceRef } from './source-ref.ts';

/** A short quotation with the place it is quoted from. */
export const quote = z.object({ text: z.string(), source: sourceRef }).strict();

/** A measure a note names, as the note names it. */
const namedMeasure = z
  .object({
    /** measure id (file name in content/measures/) */
    measure: z.string(),
    /** the plan year the note refers to */
    year: planYear,
    /** the number the note uses, e.g. "5.4"; must match the measure's number that year */
    number: z.string().nullable(),
  })
  .strict();

const decisionItem = z
  .object({
    kind: z.literal('decision'),
    /** the decision's point number in the minutes */
    number: z.number().int().positive(),
    /** the decision text, quoted */
    text: z.string(),
    /** where it stands */
    source: sourceRef,
  })
  .strict();

const informationItem = z
  .object({
    kind: z.literal('information'),
    /** what the item says, in plain Swedish (Insyn's summary) */
    text: z.string(),
    /** where it stands */
    source: sourceRef,
  })
  .strict();

const noteItem = z
  .object({
    kind: z.literal('note'),
    /** anchor on the meeting page, e.g. "anteckning-v" */
    id: slug,
    /** party id from content/parties.yaml */
    party: z.string(),
    /** who left the note, as the minutes name them */
    author: z.string(),
    /** what the note says, in plain Swedish (Insyn's summary, labelled as such) */
    summary: z.string(),
    /** brief quotations */
    quotes: z.array(quote).min(1, { message: 'a note needs at least one quotation' }),
    /** measures the note names */
    measures: z.array(namedMeasure).default([]),
    /** topics the note raises, plain words */
    topics: z.array(z.string()).default([]),
    /** district ids the note names */
    districts: z.array(z.string()).default([]),
    /**
     * where the note stands in the minutes: its first paragraph (`anchor`) and, where the minutes
     * show where it ends (its closing quotation mark, the next note or "Beslutsunderlag"), its last (`to`)
     */
    source: sourceRef,
  })
  .strict();

/** One item on a meeting's paragraph: a decision, an information item or a protocol note. */
export const meetingItem = z.discriminatedUnion('kind', [decisionItem, informationItem, noteItem]);

/** content/meetings/<id>.yaml: one paragraph (§) of a body's minutes. */
export const meetingSchema = z
  .object({
    /** the body, e.g. "Kommunstyrelsen" */
    body: z.string(),
    /** the meeting date */
    date: isoDate,
    /** the paragraph number (§) */
    paragraph: z.number().int().positive(),
    /** diary number, e.g. "KS 2020-754" */
    diaryNumber: z.string().nullable(),
    /** the paragraph's heading */
    title: z.string(),
    /** the source document (minutes) id */
    document: z.string(),
    /** plan years this paragraph concerns */
    plans: z.array(planYear).default([]),
    /** decisions, information and notes in their order in the minutes */
    items: z.array(meetingItem).min(1),
    /**
     * the first paragraph after the protocol notes (e.g. "Beslutsunderlag"), where the last note
     * ends; without it the last note is taken to run to the end of the document (src/lib/sources/note-at.ts)
     */
    notesEnd: z
      .string()
      .regex(/^st-\d+$/, { message: 'notesEnd must look like "st-41"' })
      .optional(),
  })
  .strict();
