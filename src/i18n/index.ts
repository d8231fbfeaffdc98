/**
 * The dictionaries, and the shape of a page's language (I18n). A component gets its page's
 * language from the page context: `const { t, link, lang, dir } = Astro.locals.page;`
 * (src/lib/page/context.ts; i18nFor in src/lib/page/i18n.ts builds one without a page).
 * `t` is the page's dictionary, `link` puts an internal page path (from paths.ts) under the
 * page's language prefix. Every dictionary has the type of the Swedish one, so a missing or
 * extra key fails `npm run check`. Nothing here imports src/lib: words and languages only.
 */
import { sv } from './sv.ts';
import { en } from './en.ts';
import { ar } from './ar.ts';
import type { LanguageId, Locale } from './languages.ts';

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
