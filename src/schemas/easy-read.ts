import { z } from 'astro/zod';
import { slug } from './keys.ts';
import { reviewSchema } from './review.ts';

/**
 * content/lattlast/<name>.yaml: Insyn's own texts in easy-read Swedish (lättläst), for the
 * pages under /lattlast/, in lists by kind (measures, districts, words), keyed by the id of
 * the measure, district or word. They are Insyn's words, never the municipality's: the pages say so,
 * and say whether a person has checked them (`review`). Facts (counts, statuses, dates,
 * sources) are not written here: the pages compute them from the data, so they cannot
 * drift from the standard pages. Write the MTM way: the most important first, one idea per
 * sentence, everyday words, numbers as digits, no abbreviations.
 */

/** Easy-read text: one short sentence (or two that belong together) per item, shown as its own line. */
const lines = z.array(z.string().min(1)).min(1);

/** What happened to a measure, retold in easy-read words; the date, kind and source come from the event itself. */
const eventText = z
  .object({
    /** the event it retells: its `id` in the measure file, or its `date` when it has no id */
    event: z.string().min(1),
    /** the event in easy-read words, never more than the event's own text says */
    text: lines,
  })
  .strict();

const measureText = z
  .object({
    /** the measure's id (file name in content/measures/) */
    id: slug,
    /** what the measure is, in easy-read words (Insyn's summary, not the plan's wording) */
    summary: lines,
    /** for a measure with confidence low: its caveat in easy-read words (the page also keeps the standard caveat) */
    caveat: lines.optional(),
    /** the measure's events in easy-read words; an event left out is shown with its standard text */
    events: z.array(eventText).default([]),
    /** overrides the file's review for this text */
    review: reviewSchema.optional(),
  })
  .strict();

const districtText = z
  .object({
    /** the district's id (file name in content/districts/) */
    id: slug,
    /** a short introduction to the district, in easy-read words */
    summary: lines,
    review: reviewSchema.optional(),
  })
  .strict();

const wordText = z
  .object({
    /** a status id (content/statuses.yaml), "okand" for the site's own word Okänd, or a glossary id (content/glossary.yaml) */
    id: slug,
    /** what the word means, in easy-read words */
    text: lines,
    review: reviewSchema.optional(),
  })
  .strict();

export const easyReadFileSchema = z
  .object({
    /** the review of the whole file; a text's own `review` overrides it */
    review: reviewSchema,
    /** one text per measure (content/lattlast/atgarder.yaml) */
    measures: z.array(measureText).default([]),
    /** one text per district (content/lattlast/omraden.yaml) */
    districts: z.array(districtText).default([]),
    /** the status words and the few hard words the easy-read pages need (content/lattlast/ordlista.yaml) */
    words: z.array(wordText).default([]),
  })
  .strict();
export type EasyReadFile = z.infer<typeof easyReadFileSchema>;
