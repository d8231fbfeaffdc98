/**
 * The same page in the other languages, for hreflang links and the language menu.
 * - Swedish, English and Arabic have every page at the same path under their prefix.
 * - The one-page languages (so, ti, fa-AF) stand for the home page: they pair with "/".
 * - Easy-read Swedish has fewer pages (src/pages/lattlast/): its menu link goes to the
 *   same page there, or that page's nearest parent; it is Swedish, so it has no hreflang.
 */
import {
  languageIds,
  languages,
  languageOfPath,
  localizePath,
  unlocalizePath,
  type LanguageId,
} from '../../i18n/languages.ts';
import { nearestPage } from './page-list.ts';

export interface Alternate {
  id: LanguageId;
  /** the language's own name, for the menu */
  name: string;
  lang: string;
  href: string;
  /** set when the link is an hreflang alternate of this page (same content in another language) */
  hreflang?: string;
  current: boolean;
}

export interface PageSets {
  /** every Swedish page path (page-list.ts) */
  swedish: ReadonlySet<string>;
  /** the Swedish paths that have an easy-read page at /lattlast/<path> */
  easyRead: ReadonlySet<string>;
}

export function alternatesOf(pathname: string, pages: PageSets): Alternate[] {
  const here = languageOfPath(pathname);
  const scope = languages[here].scope;
  const svPath = unlocalizePath(pathname);
  // pages in other languages that say the same thing: hreflang, both ways
  const pairedWithHome = scope === 'short' || svPath === '/';
  const isFullPage = scope === 'full' && pages.swedish.has(svPath);
  return languageIds.map((id) => {
    const l = languages[id];
    let href: string;
    let paired = false;
    if (l.scope === 'full') {
      href = localizePath(id, scope === 'short' ? '/' : nearestPage(svPath, pages.swedish));
      paired = (isFullPage || pairedWithHome) && scope !== 'easy';
    } else if (l.scope === 'easy') {
      href = localizePath(id, nearestPage(svPath, pages.easyRead));
    } else {
      href = `${l.prefix}/`;
      paired = pairedWithHome && scope !== 'easy';
    }
    return {
      id,
      name: l.name,
      lang: l.lang,
      href,
      hreflang: paired ? l.lang : undefined,
      current: id === here,
    };
  });
}
