/**
 * Whether a person who reads the language has checked Insyn's interface words in it (the
 * dictionaries en.ts and ar.ts). Every page in the language says so at its top until then
 * (src/layouts/Base.astro); a translated editorial page records its own review in its
 * frontmatter, a content text in content/translations/<lang>.yaml. Only a person who reads
 * the language sets `reviewed`, with their name (or role) and the day: never a machine.
 */
import type { Review } from '../schemas/review.ts';

export const dictionaryReview: Record<'en' | 'ar', Review> = {
  en: { status: 'unreviewed' },
  ar: { status: 'unreviewed' },
};
