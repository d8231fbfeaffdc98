/**
 * The languages of Insyn and how much of the site each one has. One table, so the
 * language menu, <html lang/dir>, hreflang, the sitemap, Pagefind and the i18n report
 * agree. See docs/languages.md for the choices (codes, URL scheme, digits).
 *
 * - full: every page, at the same path under its prefix (/en/omraden/berga/).
 * - easy: easy-read Swedish (lättläst), its own shorter pages under /lattlast/.
 * - short: one page (what Insyn is, statuses, districts, contact) at the prefix.
 * `og` is Open Graph's language_TERRITORY: ar_AR is its code for Arabic without a country;
 * Tigrinya as written in Eritrea (ti_ER), where most Tigrinya speakers in Sweden come from.
 */
export const languages = {
  sv: { lang: 'sv', dir: 'ltr', prefix: '', name: 'Svenska', scope: 'full', intl: 'sv-SE', og: 'sv_SE' },
  lattlast: {
    lang: 'sv',
    dir: 'ltr',
    prefix: '/lattlast',
    name: 'Lättläst',
    scope: 'easy',
    intl: 'sv-SE',
    og: 'sv_SE',
  },
  en: { lang: 'en', dir: 'ltr', prefix: '/en', name: 'English', scope: 'full', intl: 'en-GB', og: 'en_GB' },
  // Arabic digits: Western (0–9, "latn"), as Swedish documents print them; see docs/languages.md.
  ar: {
    lang: 'ar',
    dir: 'rtl',
    prefix: '/ar',
    name: 'العربية',
    scope: 'full',
    intl: 'ar-u-nu-latn',
    og: 'ar_AR',
  },
  so: { lang: 'so', dir: 'ltr', prefix: '/so', name: 'Soomaali', scope: 'short', intl: 'so', og: 'so_SO' },
  ti: { lang: 'ti', dir: 'ltr', prefix: '/ti', name: 'ትግርኛ', scope: 'short', intl: 'ti', og: 'ti_ER' },
  // Dari: "fa-AF" (Persian as written in Afghanistan), the BCP 47 code browsers, screen readers and hreflang know.
  'fa-AF': {
    lang: 'fa-AF',
    dir: 'rtl',
    prefix: '/fa-af',
    name: 'فارسی / دری',
    scope: 'short',
    intl: 'fa-AF-u-nu-latn',
    og: 'fa_AF',
  },
} as const;

export type LanguageId = keyof typeof languages;
/** The languages every page is built in. */
export const fullLocales = ['sv', 'en', 'ar'] as const satisfies readonly LanguageId[];
export type Locale = (typeof fullLocales)[number];
export const languageIds = Object.keys(languages) as LanguageId[];

/** The language a site path belongs to, from its first segment ("/en/…" → en); Swedish when none matches. */
export function languageOfPath(pathname: string): LanguageId {
  for (const id of languageIds) {
    const { prefix } = languages[id];
    if (prefix && (pathname === prefix || pathname.startsWith(`${prefix}/`))) return id;
  }
  return 'sv';
}

/** The page paths "/x/" and "/x/#a" of the Swedish site, put under a language's prefix; files (feeds, data) stay where they are. */
export function localizePath(id: LanguageId, path: string): string {
  const prefix = languages[id].prefix;
  if (!prefix || !path.startsWith('/')) return path;
  const [pathOnly] = path.split('#');
  if (!pathOnly.endsWith('/')) return path;
  return `${prefix}${path}`;
}

/** The Swedish path of a page in any language ("/en/omraden/" → "/omraden/"). */
export function unlocalizePath(pathname: string): string {
  const prefix = languages[languageOfPath(pathname)].prefix;
  return prefix ? pathname.slice(prefix.length) || '/' : pathname;
}

/** getStaticPaths' `lang` parameter of a full locale: none for Swedish, the prefix's segment otherwise. */
export const langParam = (locale: Locale): string | undefined =>
  languages[locale].prefix.slice(1) || undefined;

/** Every path of a page, once per full locale: the `lang` rest parameter added to each. */
export function withLocales<
  P extends { params?: Record<string, string | number | undefined>; props?: object },
>(paths: P[] = [{} as P]): (P & { params: Record<string, string | number | undefined> })[] {
  return fullLocales.flatMap((locale) =>
    paths.map((p) => ({ ...p, params: { ...p.params, lang: langParam(locale) } })),
  );
}
