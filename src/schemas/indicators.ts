import { z } from 'astro/zod';
import { sourceRef } from './source-ref.ts';

/**
 * A period exactly as the source states it: a year ("2022") or a month ("2023-03", for the
 * municipality's unemployment figures, which are for March). A figure whose year the source
 * does not state has no period (null) and says why; it is never given the plan year.
 */
export const indicatorPeriod = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/, { message: 'not a period: write YYYY or YYYY-MM' });

/** The subjects the indicators are grouped under, in the order the pages show them. */
export const indicatorTopics = [
  'arbetsloshet',
  'ekonomisk-standard',
  'valdeltagande',
  'skola',
  'befolkning',
  'utlandsk-bakgrund',
  'flyttning',
] as const;

/**
 * The area unit a series counts in. Figures for different units are never one series:
 * a stadsdel (the municipality's district), a basområde (a part of a district), an area the
 * municipality approximates from valdistrikt, a valdistrikt (an election district, whose name
 * does not always match the district's), the police's own border of an area, a school.
 */
export const areaUnits = [
  'stadsdel',
  'basomrade',
  'stadsdel-ungefar',
  'valdistrikt',
  'polisens-omrade',
  'skola',
] as const;

/** The whole municipality's value in the same measure and period, beside an area's. */
const municipalityValue = z
  .object({
    /** the number for all of Linköping */
    value: z.number(),
    /** where it is stated, when not in the point's own source (another page of the same publisher) */
    source: sourceRef.optional(),
  })
  .strict();

/** "knappt 68 procent", "cirka 55 procent", "en dryg fjärdedel": how the source rounds its number. */
const qualifier = z.enum(['about', 'just-under', 'just-over']);

/** About 25 words at most (30 counting numbers and short words), so a quotation stays a short citation. */
const sourceWords = z.string().refine((s) => s.trim().split(/\s+/).length <= 30, {
  message: 'quote at most about 25 words (30 at most)',
});

/** One figure for one area and period, as one source states it. */
export const indicatorPointSchema = z
  .object({
    /** the site's district (content/districts/<id>.yaml) the figure is shown on; null when no source places the area in one */
    district: z.string().nullable(),
    /** the area exactly as the source names it: "Skäggetorp", "basområdet Rosendal", "valdistriktet Skäggetorp 4" */
    area: z.string(),
    /** the year or month the figure is for, exactly as the source states it; null when it does not say */
    period: indicatorPeriod.nullable(),
    /** why there is no period (what the source does and does not say); required when period is null */
    periodNote: z.string().optional(),
    /** the number; leave out when the source gives a range */
    value: z.number().optional(),
    /** the range the source gives instead of a number ("mellan 6 och 7 procent") */
    range: z.object({ min: z.number(), max: z.number() }).strict().optional(),
    /** how the source words an approximate number ("knappt", "cirka", "drygt") */
    qualifier: qualifier.optional(),
    /** decimals shown, when they differ from the series' (the source wrote "62%" among "45.1%") */
    decimals: z.number().int().min(0).max(2).optional(),
    /** the whole municipality's value where a source gives it */
    municipality: municipalityValue.optional(),
    /** where the figure is stated */
    source: sourceRef,
    /** the source's own words about the figure (at most about 25, in its language), where Insyn has read them */
    sourceWords: sourceWords.optional(),
    /** what a reader must know about this point (how the area is tied to the district) */
    note: z.string().optional(),
    // No `confidence`: how sure a figure may be, and whether it is stated or told as its
    // publisher's ("enligt Wikipedia"), is derived from its source's kind
    // (figureEvidence in src/lib/sources/evidence.ts), never typed.
  })
  .strict()
  .refine((p) => (p.value === undefined) !== (p.range === undefined), {
    message: 'give exactly one of value and range',
    path: ['value'],
  })
  .refine((p) => !p.range || p.range.min < p.range.max, {
    message: 'a range runs from a smaller to a larger number',
    path: ['range'],
  })
  .refine((p) => p.period !== null || Boolean(p.periodNote), {
    message: 'a point without a period says why: add periodNote (never the plan year as period)',
    path: ['periodNote'],
  });

/**
 * A change a source states in words ("minskade med 0,9 procentenheter mellan 2022 och 2023").
 * Kept as the source's sentence and never turned into a point: 19,0 minus a stated fall is
 * not a figure any source gives.
 */
export const indicatorChangeSchema = z
  .object({
    /** the district it is shown on; null when none */
    district: z.string().nullable(),
    /** the area as the source names it */
    area: z.string(),
    /** the period the change runs from, as the source states it */
    from: indicatorPeriod,
    /** the period it runs to */
    to: indicatorPeriod,
    /** the change in the series' unit: percentage points for a share (negative = fell) */
    value: z.number(),
    /** where it is stated */
    source: sourceRef,
    /** the source's own words, where Insyn has read them */
    sourceWords: sourceWords.optional(),
  })
  .strict();

/**
 * Another series whose figure for the same area and period differs and which is measured
 * differently: the pages show both side by side under "Källorna säger olika", never one of
 * them as the answer.
 */
const disagreementSchema = z
  .object({
    /** the other series (a file name in content/indicators/) */
    series: z.string(),
    /** the district both speak of */
    district: z.string(),
    /** the year both speak of */
    period: indicatorPeriod,
    /** why they may differ, in plain Swedish (Insyn's words; never which one is right) */
    note: z.string(),
  })
  .strict();

/**
 * content/indicators/<series-id>.yaml: one measure of the districts over time. Everything that
 * makes figures comparable (what is counted, the area unit, the base, the unit, the publisher)
 * is stated once here for the whole series, so a point cannot differ from its series; figures
 * measured another way are another file.
 */
export const indicatorSeriesSchema = z
  .object({
    /** what is measured, short, e.g. "Arbetslöshet 18–64 år" */
    title: z.string(),
    /** the same in easy Swedish, for the easy-read district pages, e.g. "Vuxna som inte har jobb" */
    easyTitle: z.string(),
    /** the subject it is grouped under on the pages */
    topic: z.enum(indicatorTopics),
    /** its place among the series of its topic (lower first; the municipality's own statistics first) */
    order: z.number().int().default(100),
    /** who is counted and how, in plain Swedish */
    definition: z.string(),
    /** the area unit every point of the series counts in */
    areaUnit: z.enum(areaUnits),
    /** what a share is a share of ("invånare 18–64 år"); null when the source does not say */
    base: z.string().nullable(),
    /** the unit of every value */
    unit: z.enum(['procent', 'personer', 'invånare']),
    /** decimals shown (as the source writes them: "19,0 procent" is 1) */
    decimals: z.number().int().min(0).max(2).default(0),
    /** who publishes the figures, as the sources say ("Linköpings kommun (Linköping i siffror)", "Wikipedia (engelska)") */
    publisher: z.string(),
    /** the publisher's method, where a source states it */
    method: z.string().optional(),
    /** years between regular measurements (1 = yearly, 4 = elections); null = irregular, so no line joins two points */
    every: z.number().int().min(1).nullable(),
    /** the figures */
    points: z.array(indicatorPointSchema).default([]),
    /** changes the source states in words */
    changes: z.array(indicatorChangeSchema).default([]),
    /** another series that says something different for the same area and year */
    disagrees: disagreementSchema.optional(),
  })
  .strict()
  .refine((s) => s.points.length > 0 || s.changes.length > 0, {
    message: 'a series needs at least one point or one stated change',
    path: ['points'],
  });

export type IndicatorSeriesData = z.infer<typeof indicatorSeriesSchema>;
export type IndicatorPoint = z.infer<typeof indicatorPointSchema>;
export type IndicatorChange = z.infer<typeof indicatorChangeSchema>;
export type IndicatorTopic = (typeof indicatorTopics)[number];
export type AreaUnit = (typeof areaUnits)[number];
