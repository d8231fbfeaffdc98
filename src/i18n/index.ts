/**
 * The dictionaries and the one call a component makes to get its language:
 *   const { t, link, lang, dir } = useI18n(Astro);
 * `t` is the page's dictionary, `link` puts an internal page path (from paths.ts)
 * under the page's language prefix. Every dictionary has the type of the Swedish one,
 * so a missing or extra key fails `npm run check`.
 */
import { sv } from './sv.ts';
import { en } from './en.ts';
import { ar } from './ar.ts';
import { languageOfPath, languages, localizePath, type LanguageId, type Locale } from './languages.ts';
import { hasEasyReadPage } from '../lib/easy-read/pages.ts';

/**
 * A dictionary's shape: the Swedish one's keys and parameters, every string widened (sv.ts
 * is `as const`, so its strings are literal types only the Swedish words would satisfy).
 */
type Wide<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Wide<R>
    : T extends readonly (infer E)[]
      ? readonly Wide<E>[]
      : T extends object
        ? { -readonly [K in keyof T]: Wide<T[K]> }
        : T;
export type Dict = Wide<typeof sv>;

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
