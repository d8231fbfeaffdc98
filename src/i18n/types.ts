/**
 * The type of a dictionary: the Swedish one's keys and parameters, every string widened (the
 * Swedish files are `as const`, so their strings are literal types only the Swedish words would
 * satisfy). Each English and Arabic file is typed by its Swedish file (`Wide<typeof sv>`), so a
 * missing or extra key fails `npm run check` in the file where it is missing.
 */
import type { sv } from './sv/index.ts';

export type Wide<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Wide<R>
    : T extends readonly (infer E)[]
      ? readonly Wide<E>[]
      : T extends object
        ? { -readonly [K in keyof T]: Wide<T[K]> }
        : T;

export type Dict = Wide<typeof sv>;
