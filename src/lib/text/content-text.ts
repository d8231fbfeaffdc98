/**
 * What a lib function needs to know of the page's language, and a content text
 * (Swedish that Insyn wrote in content/: a name, a label, a summary) as plain text
 * in that language, for attributes, chart and map labels and sentences built here.
 * In markup, Tx.astro does the same and marks an untranslated text lang="sv".
 */
import type { I18n } from '../../i18n/index.ts';
import type { Site } from '../site/build-site.ts';
import { shown } from './translate.ts';

/** The page's dictionary, language, Intl locale and link function (from the page context, or i18nFor in tests and scripts). */
export type PageLang = Pick<I18n, 't' | 'lang' | 'intl' | 'link'>;

/**
 * Insyn's translation of a content text into `lang` where there is one, else the Swedish as it
 * stands. For attributes and labels that cannot carry a language; in markup use Tx.astro, or
 * `shown` (translate.ts), which says when the text is Swedish so it can be marked lang="sv".
 */
export function contentText(site: Pick<Site, 'translations'>, lang: string, text: string): string {
  return shown(site.translations, lang, text).text;
}

/** "a, b och c" / "a, b and c": a conjunction list in the page's locale. */
export const listText = (items: string[], intl: string): string =>
  new Intl.ListFormat(intl, { type: 'conjunction' }).format(items);
