/**
 * The dictionaries, and the shape of a page's language (I18n). A component gets its page's
 * language from the page context: `const { t, link, lang, dir } = Astro.locals.page;`
 * (src/lib/page/context.ts; i18nFor in src/lib/page/i18n.ts builds one without a page).
 * `t` is the page's dictionary, `link` puts an internal page path (from paths.ts) under the
 * page's language prefix. The words are in one folder per language (sv/ is the source, en/
 * and ar/ have the same files and keys: see types.ts). Nothing here imports src/lib.
 */
import { sv } from './sv/index.ts';
import { en } from './en/index.ts';
import { ar } from './ar/index.ts';
import type { Dict } from './types.ts';
import type { LanguageId, Locale } from './languages.ts';

export type { Dict } from './types.ts';

export const dictionaries: Record<Locale, Dict> = { sv, en, ar };

/** The dictionary of a language; easy-read and the short languages use Swedish interface words where they reuse components. */
export const dictOf = (id: LanguageId): Dict => (id in dictionaries ? dictionaries[id as Locale] : sv);

export interface I18n {
  /** which language of the table in languages.ts */
  id: LanguageId;
  lang: string;
  dir: 'ltr' | 'rtl';
  /** the locale for Intl (dates, numbers) */
  intl: string;
  t: Dict;
  /** the language of `t`'s words: the page's language, or "sv" where the interface stays Swedish (the one-page languages) */
  uiLang: string;
  /** an internal page path in this language; files (data, feeds) unchanged */
  link: (path: string) => string;
}
