/**
 * Arabic interface words (Modern Standard Arabic, plain): Insyn's translation of ../sv/, file by
 * file, not official. Nobody who reads Arabic has reviewed it yet (see src/i18n/review.ts).
 * Each file has the keys of its Swedish file (a missing or extra key fails `npm run check`);
 * function keys take the same parameters. Numbers in sentences are Western digits
 * (ar-u-nu-latn, as on every Arabic page); a counted noun takes its Arabic form through
 * Intl.PluralRules('ar') (one, two, few, many, other; grammar.ts). Status words, as in
 * content/translations/ar.yaml: منفَّذ (Genomförd), قيد التنفيذ (Pågår), غير منفَّذ (Ej genomförd),
 * غير معروف (Okänd).
 */
import { words as layout } from './layout.ts';
import { words as home } from './home.ts';
import { words as search } from './search.ts';
import { words as status } from './status.ts';
import { words as measure } from './measure.ts';
import { words as history } from './history.ts';
import { words as timeline } from './timeline.ts';
import { words as district } from './district.ts';
import { words as plan } from './plan.ts';
import { words as compare } from './compare.ts';
import { words as meeting } from './meeting.ts';
import { words as document } from './document.ts';
import { words as sources } from './sources.ts';
import { words as evidence } from './evidence.ts';
import { words as map } from './map.ts';
import { words as charts } from './charts.ts';
import { words as indicators } from './indicators.ts';
import { words as feed } from './feed.ts';
import { words as data } from './data.ts';
import { words as glossary } from './glossary.ts';
import { words as corrections } from './corrections.ts';
import { words as missing } from './missing.ts';
import type { Dict } from '../types.ts';

export const ar: Dict = {
  ...layout,
  ...home,
  ...search,
  ...status,
  ...measure,
  ...history,
  ...timeline,
  ...district,
  ...plan,
  ...compare,
  ...meeting,
  ...document,
  ...sources,
  ...evidence,
  ...map,
  ...charts,
  ...indicators,
  ...feed,
  ...data,
  ...glossary,
  ...corrections,
  ...missing,
};
