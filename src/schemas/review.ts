import { z } from 'astro/zod';
import { isoDate } from './iso-date.ts';

/**
 * Whether a person who reads the language has checked a translation (or an easy-read
 * text): who and when. Until then the page says, in its own language, that it is unchecked.
 * An AI or a machine is not a reviewer.
 */
export const reviewSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('unreviewed') }).strict(),
  z
    .object({
      status: z.literal('reviewed'),
      /** the reviewer's name (or role) as they agreed to be named */
      by: z.string().min(1),
      /** the day of the review */
      date: isoDate,
    })
    .strict(),
]);
export type Review = z.infer<typeof reviewSchema>;
