import { z } from 'astro/zod';
import { isoDate } from './iso-date.ts';
import { slug } from './keys.ts';
import { sourceRef } from './source-ref.ts';

/**
 * What the source says happened. This is the fact, never the label: what the page may call
 * the event ("Beslut", "Kommunen berättar", "Enligt …") is derived from the kind of its source
 * (src/lib/sources/evidence.ts), so a party's website saying "nämnden beslutade" is shown as
 * what that party says, not as a decision.
 */
export const happenings = [
  /** a body decided something (give `body`, and `diaryNumber` when the source does) */
  'decision',
  /** something was done or is under way: started, reached out, met, cut */
  'action',
  /** something was announced to happen: "ska", "kommer att" (not done) */
  'plan',
  /** a follow-up or an evaluation found something */
  'finding',
  /** an agreement or a pledge with others */
  'agreement',
] as const;
export type Happening = (typeof happenings)[number];
export const happening = z.enum(happenings, {
  error: `an event needs what: what the source says happened (${happenings.join(', ')})`,
});

/**
 * How an event is tied to its measure when the source does not name the
 * measure: Insyn's inference, shown as one in words. An inference is never
 * certain, so only medium or low.
 */
export const inferredLink = z
  .object({
    /** how likely Insyn thinks the tie is: medium ("troligen") or low ("möjligen") */
    confidence: z.enum(['medium', 'low'], { error: 'an inferred link needs a confidence: medium or low' }),
    /** why Insyn ties the event to the measure although the source does not name it */
    reason: z
      .string({ error: 'an inferred link needs a reason (why Insyn ties the event to the measure)' })
      .min(1),
  })
  .strict();

/** One dated, sourced thing that happened to a measure outside plans and follow-ups. */
export const measureEventSchema = z
  .object({
    /** a stable anchor on the measure page (#id), needed when a correction points at the event */
    id: slug.optional(),
    /** when, as precise as the source */
    date: isoDate,
    /**
     * what is known about the date when the source is vague: a page that shows no date of its own,
     * a year that follows only from the context ("Artikeln visar inget datum …"); shown beside the date
     */
    dateNote: z.string().min(1).optional(),
    /** what the source says happened (decision, action, plan, finding, agreement); the label is derived from the source */
    what: happening,
    /** what happened, in plain Swedish, never more than the source says */
    text: z.string(),
    /** decision: the body that decided, as the source names it, e.g. "Kultur- och fritidsnämnden" */
    body: z.string().optional(),
    /** decision: the diary number, when a source gives it */
    diaryNumber: z.string().optional(),
    /** present only when the source does not name the measure: Insyn's inference, with confidence and reason */
    link: inferredLink.optional(),
    /** where it is stated */
    source: sourceRef,
  })
  .strict()
  .superRefine((e, ctx) => {
    if (e.what === 'decision' && !e.body)
      ctx.addIssue({
        code: 'custom',
        path: ['body'],
        message: 'a decision needs the body that decided (e.g. "Kultur- och fritidsnämnden")',
      });
    if (e.diaryNumber && e.what !== 'decision')
      ctx.addIssue({ code: 'custom', path: ['diaryNumber'], message: 'only a decision has a diary number' });
  });

export type MeasureEvent = z.infer<typeof measureEventSchema>;
