import { z } from 'astro/zod';
import { conflictSchema } from './conflicts.ts';
import { measureEventSchema } from './events.ts';
import { confidence, planYear } from './keys.ts';
import { sourceRef } from './source-ref.ts';

/** One plan year's entry for a measure: how that year's plan (as a source tells it) words and assigns it. */
export const measureYearSchema = z
  .object({
    /** the plan year */
    year: planYear,
    /** the measure's number in that year's plan, e.g. "3.1"; null when the source gives none */
    number: z
      .string()
      .regex(/^\d+\.\d+$/, { message: 'a measure number looks like "3.1"' })
      .nullable(),
    /** the wording as the source gives it; null when no source gives it */
    wording: z.string().nullable(),
    /** "quote" = the source's own words; "paraphrase" = Insyn's summary of the source */
    wordingKind: z.enum(['quote', 'paraphrase']).nullable(),
    /** development area id; null when no source says */
    area: z.string().nullable(),
    /** how the area is known when the source does not state it (e.g. "from the number 3.1") */
    areaNote: z.string().optional(),
    /** district ids the measure targets; null when no source says */
    districts: z.array(z.string()).nullable(),
    /** responsible organisation ids; null when no source says */
    responsible: z.array(z.string()).nullable(),
    /** where the measure appears in that year (the main source for every field) */
    source: sourceRef,
    /** other sources for single fields, when they differ from `source` */
    fieldSources: z
      .object({ area: sourceRef, districts: sourceRef, responsible: sourceRef })
      .partial()
      .strict()
      .default({}),
    /** anything a reader must know about this year's entry */
    note: z.string().optional(),
  })
  .strict();

/** content/measures/<slug>.yaml: one measure, stable across renumbering. The file name is its permanent URL. */
export const measureSchema = z
  .object({
    /** short display title; null when no source gives one (then the site names it by its number, see measureTitle in src/lib/measure/measures.ts) */
    title: z.string().nullable(),
    /** "official" = the plan's own title, "quote" = words from a source, "paraphrase" = Insyn's summary */
    titleKind: z.enum(['official', 'quote', 'paraphrase']).nullable(),
    /**
     * how sure it is that this is a measure of the plan: at most what its plan years' sources allow
     * (high only from the plan, follow-up or decision itself; medium from the municipality's news, a
     * party's or the majority's quotation; low from news, opinion or secondary sources); the content
     * check refuses more. Lower it when a source itself is unsure ("en tanke").
     */
    confidence,
    /** a caveat shown prominently; required for low confidence */
    caveat: z.string().optional(),
    /** one entry per plan year the measure is known to appear in */
    years: z.array(measureYearSchema).min(1, { message: 'a measure needs at least one plan year' }),
    /** dated, sourced things that happened to the measure outside plans and follow-ups, each with what the source says happened */
    events: z.array(measureEventSchema).default([]),
    /** facts about the measure that sources state differently, shown side by side */
    conflicts: z.array(conflictSchema).default([]),
  })
  .strict()
  .refine((m) => m.confidence !== 'low' || Boolean(m.caveat), {
    message: 'a low-confidence measure needs a caveat',
    path: ['caveat'],
  })
  .refine((m) => new Set(m.years.map((y) => y.year)).size === m.years.length, {
    message: 'the same plan year appears twice',
    path: ['years'],
  })
  .superRefine((m, ctx) => {
    const seen = new Set<string>();
    for (const [i, e] of m.events.entries()) {
      if (!e.id) continue;
      if (seen.has(e.id))
        ctx.addIssue({
          code: 'custom',
          path: ['events', i, 'id'],
          message: `duplicate event id "${e.id}" (expected each id once per measure)`,
        });
      seen.add(e.id);
    }
  });
