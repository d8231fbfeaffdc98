/**
 * Insyn's translation of a Swedish content text (content/translations/<lang>.yaml),
 * looked up by the Swedish text. Pure: the site passes its translation files.
 *
 * A translation is found by its Swedish as it reads, not as it is encoded: Unicode
 * normalisation (an editor on macOS may save "å" as "a" + ring) and runs of white space do
 * not count, so no invisible difference makes a translation stale. When the Swedish itself
 * has changed there is no translation: `shown` then gives the Swedish with lang "sv", and
 * whatever shows it must mark it lang="sv" (Tx.astro does; `npm run i18n` counts Swedish
 * content text shown without that mark on English and Arabic pages).
 */
import type { DataOf } from '../../schemas/index.ts';
import type { Review } from '../../schemas/review.ts';

type TranslationFile = DataOf<'translations'>;

export interface Translated {
  text: string;
  review: Review;
}

/** The key a Swedish text is found by: NFC, white space folded, trimmed. */
export const translationKey = (sv: string) => sv.normalize('NFC').replace(/\s+/g, ' ').trim();

const indexes = new WeakMap<TranslationFile, Map<string, Translated>>();

function indexOf(file: TranslationFile): Map<string, Translated> {
  let index = indexes.get(file);
  if (!index) {
    index = new Map(
      file.entries.map((e) => [translationKey(e.sv), { text: e.text, review: e.review ?? file.review }]),
    );
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
  return file ? indexOf(file).get(translationKey(sv)) : undefined;
}

/** A content text as a page in `lang` shows it, with the language it is in: the translation, or the Swedish ("sv"). */
export function shown(
  files: ReadonlyMap<string, TranslationFile>,
  lang: string,
  sv: string,
): { text: string; lang: string } {
  if (lang === 'sv') return { text: sv, lang: 'sv' };
  const translated = translate(files, lang, sv);
  return translated ? { text: translated.text, lang } : { text: sv, lang: 'sv' };
}
