/**
 * Insyn's translation of a Swedish content text (content/translations/<lang>.yaml),
 * looked up by the exact Swedish text. Pure: the site passes its translation files.
 */
import type { DataOf } from '../../schemas/index.ts';
import type { Review } from '../../schemas/review.ts';

type TranslationFile = DataOf<'translations'>;

export interface Translated {
  text: string;
  review: Review;
}

const indexes = new WeakMap<TranslationFile, Map<string, Translated>>();

function indexOf(file: TranslationFile): Map<string, Translated> {
  let index = indexes.get(file);
  if (!index) {
    index = new Map(file.entries.map((e) => [e.sv, { text: e.text, review: e.review ?? file.review }]));
    indexes.set(file, index);
  }
  return index;
}

/** The translation of `sv` into language `lang`, or undefined when there is none (Swedish has none). */
export function translate(
  files: ReadonlyMap<string, TranslationFile>,
  lang: string,
  sv: string,
): Translated | undefined {
  const file = files.get(lang);
  return file ? indexOf(file).get(sv) : undefined;
}
