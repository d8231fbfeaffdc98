import { z } from 'astro/zod';
import { isoDate } from './iso-date.ts';
import { planYear } from './keys.ts';
import { sourceRef } from './source-ref.ts';
import { sourced } from './sourced.ts';

/** content/plans.yaml: one entry per plan year. */
export const planSchema = z
  .object({
    /** the year as a string key, e.g. "2023" */
    id: z.string().regex(/^\d{4}$/, { message: 'a plan id is its year, e.g. "2023"' }),
    /** the year the plan is for */
    year: planYear,
    /** the plan's name as the sources call it */
    name: z.string(),
    /** the date it was decided (fastställd), with its source; null when no source gives it */
    decidedOn: sourced(isoDate),
    /** who decided it, e.g. "Kommundirektören" */
    decidedBy: sourced(z.string()),
    /** number of measures in the plan as a source states it; null when no source says */
    measureCount: sourced(z.number().int().positive()),
    /** source documents about this plan (decisions, minutes), by id */
    documents: z.array(z.string()).default([]),
    /** meetings (minutes) where the plan was handled, by id */
    meetings: z.array(z.string()).default([]),
    /** is the plan document itself (the list of measures) available to Insyn? */
    planDocumentAvailable: z.boolean(),
    /** what a reader needs to ask for to get the plan document (allmän handling) */
    requestHint: z.string(),
    /** short, sourced statements about the plan's content */
    facts: z.array(z.object({ text: z.string(), source: sourceRef }).strict()).default([]),
  })
  .strict()
  .refine((p) => p.id === String(p.year), { message: 'id and year differ', path: ['id'] });

/** content/follow-ups/<year>.yaml: the follow-up (uppföljning) of one plan year. */
export const followUpSchema = z
  .object({
    /** the plan year followed up */
    planYear,
    /** where the follow-up is reported (document + anchor) */
    reportedIn: sourceRef,
    /** date the follow-up was approved or reported, with source; null when unknown */
    reportedOn: sourced(isoDate),
    /** status counts as the source gives them (status id → count); null when no source gives counts */
    counts: z.record(z.string(), z.number().int().min(0)).nullable(),
    /** where the counts are stated; required when counts are given */
    countsSource: sourceRef.optional(),
    /** total number of measures the follow-up says it covers; null when not stated */
    total: z.number().int().positive().nullable(),
    /** status per measure where a source gives it */
    measures: z
      .array(
        z
          .object({
            /** measure id (file name in content/measures/) */
            measure: z.string(),
            /** status id from content/statuses.yaml */
            status: z.string(),
            /** where this measure's status is stated */
            source: sourceRef,
          })
          .strict(),
      )
      .default([]),
    /** caveats the source itself gives, quoted briefly */
    caveats: z.array(z.object({ text: z.string(), source: sourceRef }).strict()).default([]),
  })
  .strict()
  .refine((f) => f.counts === null || f.countsSource !== undefined, {
    message: 'counts without countsSource',
    path: ['countsSource'],
  });
