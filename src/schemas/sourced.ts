import { z } from 'astro/zod';
import { sourceRef } from './source-ref.ts';

/** A value together with the source that states it; `value: null` means no source says. */
export function sourced<T extends z.ZodType>(value: T) {
  return z
    .object({
      /** the value as the source states it, or null when no source states it */
      value: value.nullable(),
      /** where the value is stated; required whenever value is not null */
      source: sourceRef.optional(),
      /** short editorial note, e.g. how a value was inferred */
      note: z.string().optional(),
    })
    .strict()
    .refine(
      (s) => (s as { value: unknown }).value === null || (s as { source?: unknown }).source !== undefined,
      {
        message: 'a value without a source: add source, or set value to null',
      },
    );
}
