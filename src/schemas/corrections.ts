import { z } from 'astro/zod';
import { isoDate } from './iso-date.ts';
import { slug } from './keys.ts';
import { sourceRef } from './source-ref.ts';

/**
 * content/corrections.yaml: every correction Insyn makes to a published fact,
 * in the open. /rattelser/ lists them newest first; the corrected fact carries
 * "Rättad <datum>" linked to its entry (#<id> on /rattelser/).
 */
export const correctionSchema = z
  .object({
    /** stable key, the anchor on /rattelser/ */
    id: slug,
    /** the day the correction was published */
    date: isoDate.refine((d) => d.length === 10, {
      message: 'a correction is dated to the day (YYYY-MM-DD)',
    }),
    /** the site path of the corrected page, e.g. "/atgarder/omradesteam/" */
    page: z.string().regex(/^\/[a-z0-9/-]*\/$/, {
      message:
        'a page is a site path that starts and ends with a slash, e.g. the measure page of omradesteam',
    }),
    /** the anchor of the corrected fact on that page, e.g. "svt-2022-05-18" */
    fact: z.string(),
    /** the fact in words, e.g. "Händelsen om områdesteamens nya tjänster, maj 2022" */
    subject: z.string(),
    /** what the page said that was wrong */
    wrong: z.string(),
    /** what is right */
    right: z.string(),
    /** where the right value is stated */
    source: sourceRef,
    /** who reported the error, when they agree to be named ("Insyn" for our own finds) */
    reporter: z.string().optional(),
  })
  .strict();
