import { z } from 'astro/zod';
import { reviewSchema } from './review.ts';

/**
 * content/translations/<lang>.yaml (en, ar): Insyn's translations of texts in content/,
 * keyed by the exact Swedish text they translate, as gettext does. When the Swedish is
 * edited the old translation no longer matches and the page shows the Swedish (marked
 * lang="sv") until the translation is renewed; `npm run i18n` lists both cases.
 * Texts Insyn wrote (summaries, labels, definitions) are shown translated; quotations
 * (the municipality's or a party's words) stay in Swedish, with the translation after
 * them, marked as Insyn's and not official.
 */
export const translationFileSchema = z
  .object({
    /** the review of the whole file; an entry's own `review` overrides it */
    review: reviewSchema,
    entries: z.array(
      z
        .object({
          /** the Swedish text exactly as it stands in content/ */
          sv: z.string().min(1),
          /** Insyn's translation */
          text: z.string().min(1),
          review: reviewSchema.optional(),
        })
        .strict(),
    ),
  })
  .strict();
