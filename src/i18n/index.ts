/**
 * The dictionaries and the one call a component makes to get its language:
 *   const { t, link, lang, dir } = useI18n(Astro);
 * `t` is the page's dictionary, `link` puts an internal page path (from paths.ts)
 * under the page's language prefix. The words are in one folder per language (sv/ is the
 * source, en/ and ar/ have the same files and keys: see types.ts).
 */
import { sv } from './sv/index.ts';
import { en } from './en/index.ts';
import { ar } from './ar/index.ts';
import type { Dict } from './types.ts';
import { languageOfPath, languages, localizePath, type LanguageId, type Locale } from './languages.ts';
import { hasEasyReadPage } from '../lib/easy-read/pages.ts';

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

export function i18nFor(id: LanguageId): I18n {
  const l = languages[id];
  // A one-page language has no other pages: its Swedish interface links to the Swedish site.
  // Easy-read links to its own page where there is one, else to the standard Swedish page.
  const short = l.scope === 'short';
  const link =
    l.scope === 'full'
      ? (p: string) => localizePath(id, p)
      : l.scope === 'easy'
        ? (p: string) => (hasEasyReadPage(p) ? localizePath(id, p) : p)
        : (p: string) => p;
  return {
    id,
    lang: l.lang,
    dir: l.dir,
    intl: l.intl,
    t: dictOf(id),
    uiLang: short ? 'sv' : l.lang,
    link,
  };
}

/** The language of the page being rendered, from its URL. */
export const useI18n = (astro: { url: URL }): I18n => i18nFor(languageOfPath(astro.url.pathname));
