import { z } from 'astro/zod';
import { isoDate } from './iso-date.ts';
import { slug } from './keys.ts';
import { sourceRef } from './source-ref.ts';

/**
 * What kind of statement an event is. Readers must see at a glance whether a
 * body decided something, the municipality says what it did, a newspaper
 * reports it, or somebody claims it (a claim is attributed, never a fact).
 */
export const eventKinds = ['decision', 'report', 'news', 'claim'] as const;
export const eventKind = z.enum(eventKinds, {
  error: 'an event needs a kind: decision, report, news or claim',
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
    /** decision | report | news | claim */
    kind: eventKind,
    /** what happened, in plain Swedish, never more than the source says */
    text: z.string(),
    /** decision: the body that decided, e.g. "Kultur- och fritidsnämnden" */
    body: z.string().optional(),
    /** decision: the diary number, when a source gives it */
    diaryNumber: z.string().optional(),
    /** claim (and any statement that is somebody's word): who says it, e.g. "tre fältarbetare i en insändare i Corren" */
    attribution: z.string().optional(),
    /** present only when the source does not name the measure: Insyn's inference, with confidence and reason */
    link: inferredLink.optional(),
    /** where it is stated */
    source: sourceRef,
  })
  .strict()
  .superRefine((e, ctx) => {
    if (e.kind === 'decision' && !e.body)
      ctx.addIssue({
        code: 'custom',
        path: ['body'],
        message: 'a decision needs the body that decided (e.g. "Kultur- och fritidsnämnden")',
      });
    if (e.kind === 'claim' && !e.attribution)
      ctx.addIssue({
        code: 'custom',
        path: ['attribution'],
        message: 'a claim needs its author or publisher in attribution (a claim is never stated as fact)',
      });
    if (e.diaryNumber && e.kind !== 'decision')
      ctx.addIssue({ code: 'custom', path: ['diaryNumber'], message: 'only a decision has a diary number' });
  });

export type MeasureEvent = z.infer<typeof measureEventSchema>;
