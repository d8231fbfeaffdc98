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
    /** id of an entry in content/references.yaml */
    reference: z.string().optional(),
    /** human locator shown beside the link, e.g. "avsnitt En av flera åtgärder" */
    locator: z.string().optional(),
  })
  .strict()
  .refine((s) => Boolean(s.document) !== Boolean(s.reference), {
    message: 'give exactly one of document and reference',
  })
  .refine((s) => !s.anchor || Boolean(s.document), {
    message: 'anchor only goes with document',
  });

export type SourceRef = z.infer<typeof sourceRef>;
