/**
 * Every interface word of the site in Swedish, the source of the other languages: one file per
 * page family, named after the pages that use it, each headed by the pages and components that
 * read it. Content text stays in content/. A word goes in the file of the page it is shown on;
 * a namespace (t.measure, t.map …) lives in one file only (tests/unit/i18n/dictionaries.test.ts).
 * Counted nouns go through Intl.PluralRules (../plural.ts, grammar.ts).
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

export const sv = {
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
} as const;
