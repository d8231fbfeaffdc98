import { z } from 'astro/zod';
import { slug } from './keys.ts';
import { sourceRef } from './source-ref.ts';

/** What one source says about a fact that another source says differently. */
const account = z
  .object({
    /** what this source says, in Insyn's plain Swedish, never more than the source, e.g. "September 2022" */
    value: z.string().min(1),
    /** where it is said (give the source's own words in `words` where someone has read them) */
    source: sourceRef,
  })
  .strict();

/**
 * A fact the sources disagree about, shown side by side ("Källorna säger olika"), never resolved
 * silently: each account with its source, in the order given. Insyn does not pick a winner; `note`
 * may say what is known about why they differ (another base, another day).
 */
export const conflictSchema = z
  .object({
    /** stable key, the anchor of the conflict on its page (#olika-<id>) */
    id: slug,
    /** what the sources disagree about, e.g. "När Nära socialtjänst i Skäggetorp började" */
    about: z.string().min(1),
    /** what each source says: at least two */
    accounts: z
      .array(account)
      .min(2, { message: 'a disagreement needs at least two accounts, each with its source' }),
    /** what is known about why they differ, in Insyn's words (no new fact without a source) */
    note: z.string().optional(),
  })
  .strict();

export type Conflict = z.infer<typeof conflictSchema>;
