/**
 * Easy-read Swedish (lättläst): the words and sentences of the pages under /lattlast/, one file
 * per page family. Its own object, not a Dict: easy-read pages are fewer and say things
 * differently, following MTM ("Så skriver du lättläst samhällsinformation"): the most important
 * first, one idea per sentence, everyday words, a needed hard word explained where it first
 * appears, numbers as digits, no abbreviations. The sentence builders only word facts; which
 * facts apply is decided from the data in src/lib/easy-read/facts.ts. Insyn wrote these texts;
 * `review` says whether a person who reads easy-read Swedish has checked them (an AI or a
 * machine is not a reviewer).
 */
import { words as layout } from './layout.ts';
import { words as home } from './home.ts';
import { words as district } from './district.ts';
import { words as indicators } from './indicators.ts';
import { words as plan } from './plan.ts';
import { words as measure } from './measure.ts';
import { words as glossary } from './glossary.ts';
import { words as about } from './about.ts';
import { words as ask } from './ask.ts';
import { words as evidence } from './evidence.ts';

export const lattlast = {
  ...layout,
  ...home,
  ...district,
  ...indicators,
  ...plan,
  ...measure,
  ...glossary,
  ...about,
  ...ask,
  ...evidence,
} as const;

export type Lattlast = typeof lattlast;
