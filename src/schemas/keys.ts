import { z } from 'astro/zod';

/** Ids are lowercase ASCII slugs so that they work as URLs and file names. */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'ids are lowercase a-z, digits and hyphens' });

/** A plan year 2021–2029 (the plans are yearly). */
export const planYear = z.number().int().min(2020).max(2030);

/** How far a fact can be trusted, shown on the site. */
export const confidence = z.enum(['high', 'medium', 'low']);
export type Confidence = z.infer<typeof confidence>;
