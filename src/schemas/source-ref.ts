import { z } from 'astro/zod';

/**
 * Where a fact comes from: a source document (with a block anchor such as
 * "st-12", which its page renders) or an external reference (by URL).
 * Exactly one of `document` and `reference` is set.
 */
export const sourceRef = z
  .object({
    /** id of an entry in content/documents/ */
    document: z.string().optional(),
    /** block anchor inside that document, e.g. "st-12" */
    anchor: z
      .string()
      .regex(/^st-\d+$/, { message: 'anchor must look like "st-12"' })
      .optional(),
    /**
     * the last paragraph of a passage that runs over several, e.g. "st-37" (only a protocol note's
     * whole text: its first paragraph is `anchor`); only where the source shows where it ends
     */
    to: z
      .string()
      .regex(/^st-\d+$/, { message: 'to must look like "st-37"' })
      .optional(),
    /** id of an entry in content/references.yaml */
    reference: z.string().optional(),
    /** human locator shown beside the link, e.g. "avsnitt En av flera åtgärder" */
    locator: z.string().optional(),
    /**
     * the source's own words the fact rests on, copied exactly (in the source's language, at most
     * about 25 words); only where someone has read them in the source. With a document anchor the
     * content check verifies they stand in that paragraph.
     */
    words: z
      .string()
      .min(1)
      .refine((w) => w.trim().split(/\s+/).length <= 30, {
        message: "the source's words are a short quotation (at most about 25 words)",
      })
      .optional(),
  })
  .strict()
  .refine((s) => Boolean(s.document) !== Boolean(s.reference), {
    message: 'give exactly one of document and reference',
  })
  .refine((s) => !s.anchor || Boolean(s.document), {
    message: 'anchor only goes with document',
  })
  .refine((s) => !s.to || Boolean(s.anchor), {
    message: 'to only goes with anchor (the passage runs from anchor to to)',
  });

export type SourceRef = z.infer<typeof sourceRef>;
