import { z } from 'astro/zod';

/**
 * A date as precise as the source gives it: "2023-02-14", "2020-12" or "2018".
 * Sources often name only a month or a year; we keep that precision instead of
 * inventing a day. Impossible calendar dates (2023-02-30) are rejected.
 */
export const isoDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, {
    message: 'not a date: write YYYY-MM-DD, YYYY-MM or YYYY',
  })
  .refine(isRealDate, { message: 'no such day in the calendar' });

function isRealDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number);
  if (m === undefined) return true;
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  const probe = new Date(Date.UTC(y, m - 1, d));
  return probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
}
