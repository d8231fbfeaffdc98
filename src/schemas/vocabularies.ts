import { z } from 'astro/zod';
import { slug } from './keys.ts';
import { sourceRef } from './source-ref.ts';

/** content/statuses.yaml: the follow-up status words the municipality uses. */
export const statusSchema = z
  .object({
    /** stable key used by follow-ups, e.g. "pagar" */
    id: slug,
    /** the word as the follow-ups print it, e.g. "Pågår" */
    label: z.string(),
    /** plain-Swedish meaning, shown on the method page */
    description: z.string(),
    /** sort order in charts and tables (done first) */
    order: z.number().int(),
    /** where the word or its meaning is stated */
    source: sourceRef,
  })
  .strict();

/** content/areas.yaml: the five development areas (utvecklingsområden) of the plans. */
export const areaSchema = z
  .object({
    /** stable key, e.g. "trygghet" */
    id: slug,
    /** the area's number in the plans (1–5); measure numbers start with it */
    number: z.number().int().min(1).max(9),
    /** the area's name as the plans word it */
    name: z.string(),
    /** a short name for tight spaces (badges, chart axes) */
    short: z.string(),
    /** where the name is stated */
    source: sourceRef,
  })
  .strict();

/** content/grant-priorities.yaml: the 2018 grant application's priority areas and dimensions. */
export const grantPrioritySchema = z
  .object({
    /** stable key, e.g. "skola" */
    id: slug,
    /** "area" (verksamhetsområde) or "dimension" (inriktning) */
    kind: z.enum(['area', 'dimension']),
    /** its number in the application's list */
    number: z.number().int().min(1),
    /** the name as the application words it */
    name: z.string(),
    /** financing interval, percent of the year's grant; null where the application gives none */
    financing: z
      .object({
        min: z.number().min(0).max(100),
        max: z.number().min(0).max(100),
        label: z.string(),
        source: sourceRef,
      })
      .strict()
      .nullable(),
    /** where the name is stated */
    source: sourceRef,
  })
  .strict()
  .refine((g) => !g.financing || g.financing.min <= g.financing.max, {
    message: 'financing.min is larger than financing.max',
    path: ['financing'],
  });

/** content/organisations.yaml: committees, administrations and companies named as responsible. */
export const organisationSchema = z
  .object({
    /** stable key, e.g. "iaf" */
    id: slug,
    /** the name as a source gives it */
    name: z.string(),
    /** the abbreviation used in the documents, if any */
    abbr: z.string().nullable(),
    /** where the name (or the abbreviation's meaning) is stated */
    source: sourceRef,
  })
  .strict();

/**
 * content/parties.yaml: the parties in Linköping's municipal council (kommunfullmäktige) in the
 * plan years, each with a source. The search's party filter lists every one of them (with 0 where
 * a party left no note), so a party is here only when a source shows it in the council or one of
 * the bodies the council appoints.
 */
export const partySchema = z
  .object({
    /** stable key, e.g. "v" */
    id: slug,
    /** the abbreviation in the minutes, e.g. "V" */
    abbr: z.string(),
    /** the party's name */
    name: z.string(),
    /** where a source shows the party in the council, the municipal board or a committee */
    source: sourceRef,
  })
  .strict();
