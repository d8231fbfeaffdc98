import { z } from 'astro/zod';
import { isoDate } from './iso-date.ts';
import { confidence } from './keys.ts';
import { sourceRef } from './source-ref.ts';

/**
 * One sourced classification of a district in a year (the police's list of
 * vulnerable areas): a word, not a number. Only years a source gives; a year
 * no source covers is a gap, never filled in.
 */
export const districtClassificationSchema = z
  .object({
    /** series key: entries with the same key are the same list and may be read over years */
    series: z.string(),
    /** what the series is, e.g. "Polisens lista över utsatta områden" */
    label: z.string(),
    /** the year the classification is for */
    year: isoDate,
    /** the classification as the source states it, e.g. "särskilt utsatt område" */
    value: z.string(),
    /** what a reader must know (how many areas the list had, what the source does not say) */
    note: z.string().optional(),
    /** where it is stated */
    source: sourceRef,
    /** high = the municipality or police; low = secondary */
    confidence,
  })
  .strict();

/** content/districts/<id>.yaml: Berga, Ryd, Skäggetorp. */
export const districtSchema = z
  .object({
    /** the name with å, ä, ö */
    name: z.string(),
    /** the name folded to ASCII, for search ("Skaggetorp") */
    asciiName: z.string(),
    /** one sentence in plain Swedish about the district (Insyn's, neutral) */
    summary: z.string(),
    /** named parts of the district, with their source */
    subAreas: z
      .array(z.object({ name: z.string(), note: z.string().optional(), source: sourceRef }).strict())
      .default([]),
    /** sourced classifications per year (police classification), shown as series */
    classifications: z.array(districtClassificationSchema).default([]),
    /** other sourced statements (population history) */
    statements: z.array(z.object({ text: z.string(), source: sourceRef }).strict()).default([]),
  })
  .strict();
