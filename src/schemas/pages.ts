import { z } from 'astro/zod';
import { reviewSchema } from './review.ts';

/**
 * content/pages/<slug>.mdx: editorial pages (about, accessibility). A translation is a
 * file of its own, content/pages/<slug>-<lang>.mdx, with `lang`, `translationOf` and `review`.
 */
export const pageSchema = z
  .object({
    /** page title */
    title: z.string(),
    /** one sentence for search engines and link previews */
    description: z.string(),
    /** set on a translation only: its language (a full locale other than Swedish) */
    lang: z.enum(['en', 'ar']).optional(),
    /** set on a translation only: the id of the Swedish page it translates */
    translationOf: z.string().optional(),
    /** set on a translation only: whether a person who reads the language has checked it */
    review: reviewSchema.optional(),
  })
  .strict()
  .refine((p) => !p.lang || (p.translationOf && p.review), {
    message: 'a translated page needs translationOf and review',
  });
