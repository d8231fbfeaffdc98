/**
 * A language as a page uses it (I18n, src/i18n/index.ts): its dictionary, lang and dir,
 * Intl locale and links. The page context (context.ts) starts from it; lib functions,
 * scripts and tests that need a language without a page call it directly.
 */
import { dictOf, type I18n } from '../../i18n/index.ts';
import { languages, type LanguageId } from '../../i18n/languages.ts';
import { linkIn } from '../urls/link.ts';

export function i18nFor(id: LanguageId): I18n {
  const l = languages[id];
  return {
    id,
    lang: l.lang,
    dir: l.dir,
    intl: l.intl,
    t: dictOf(id),
    // A one-page language's page sits in a Swedish interface (its header and footer are Swedish).
    uiLang: l.scope === 'short' ? 'sv' : l.lang,
    link: linkIn(id),
  };
}
