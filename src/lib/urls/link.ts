/**
 * How a page links to the site's other pages in its language (`link` of the page's I18n).
 * Full languages put the path under their prefix. Easy-read links to its own page where
 * there is one, else to the standard Swedish page. A one-page language has no other pages:
 * its Swedish interface links to the Swedish site.
 */
import { languages, localizePath, type LanguageId } from '../../i18n/languages.ts';
import { hasEasyReadPage } from '../easy-read/pages.ts';

export function linkIn(id: LanguageId): (path: string) => string {
  const { scope } = languages[id];
  if (scope === 'full') return (p) => localizePath(id, p);
  if (scope === 'easy') return (p) => (hasEasyReadPage(p) ? localizePath(id, p) : p);
  return (p) => p;
}
