import { z } from 'astro/zod';
import { conflictSchema } from './conflicts.ts';
import { happening } from './events.ts';
import { isoDate } from './iso-date.ts';
import { slug } from './keys.ts';
import { sourceRef } from './source-ref.ts';

/**
 * content/decisions/<id>.yaml: a municipal decision about the same districts
 * and aims as the plans that no source ties to a plan measure (Nära
 * socialtjänst, a school reorganisation, a citizen pledge). Shown on district
 * pages apart from the plans' measures, saying it is not known to be part of
 * a plan. The file name is the anchor on the district page (#beslut-<id>).
 */
export const decisionSchema = z
  .object({
    /** Insyn's short title, e.g. "Nära socialtjänst i Skäggetorp" */
    title: z.string(),
    /** what the source says happened (a decision, an agreement or pledge, an action …); the label is derived from the source */
    act: happening.default('decision'),
    /** who decided (for an agreement: its parties; for an action: who acted), as the source names them, e.g. "Social- och omsorgsnämnden" */
    body: z.string(),
    /**
     * when, as precise as the source; null when no source Insyn has gives even the year (a page that
     * shows no date): then `dateNote` says what is known, and the date shows as unknown, never invented
     */
    date: isoDate.nullable(),
    /** what is known about the date when the source is vague or says two things; required when date is null */
    dateNote: z.string().min(1).optional(),
    /** the diary number (diarienummer), null when no source gives it */
    diaryNumber: z.string().nullable(),
    /** what was decided, in plain Swedish, never more than the source says */
    summary: z.string(),
    /** district ids the source names; null when it names none (then it is shown on every district page as a decision that may concern it) */
    districts: z.array(z.string()).nullable(),
    /** where the decision is stated */
    source: sourceRef,
    /** further sourced statements about it (what happened next, a differing figure) */
    details: z.array(z.object({ text: z.string(), source: sourceRef }).strict()).default([]),
    /** measures on the same subject; the link says only that, never that the decision belongs to the plan */
    measures: z.array(slug).default([]),
    /** facts about it that sources state differently, shown side by side */
    conflicts: z.array(conflictSchema).default([]),
  })
  .strict()
  .refine((d) => d.date !== null || d.dateNote !== undefined, {
    message:
      'a decision without a date needs a dateNote saying what is known about when (e.g. "Sidan visar inget datum")',
    path: ['dateNote'],
  });
