/**
 * English interface words: Insyn's translation of ../sv/, file by file, not official. Nobody who
 * reads English has reviewed it yet; its review state is recorded in src/i18n/review.ts.
 * Each file has the keys of its Swedish file (a missing or extra key fails `npm run check`);
 * function keys take the same parameters and follow English plural rules (grammar.ts). Status
 * words: Done (Genomförd), Ongoing (Pågår), Not done (Ej genomförd), Unknown (Okänd), as in
 * content/translations/en.yaml.
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

export const en: Dict = {
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
