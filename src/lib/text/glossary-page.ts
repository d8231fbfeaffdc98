/**
 * The glossary pages' data: /ordlista/ (every word the site explains, and the status words)
 * and its easy-read twin /lattlast/ordlista/ (the status words and the few hard words Insyn
 * has written an easy-read text for, content/lattlast/).
 */
import { reviewsOf, UNKNOWN_STATUS, type EasyTexts } from '../easy-read/facts.ts';
import type { Site } from '../site/build-site.ts';
import { contentText, type PageLang } from './content-text.ts';

/** The glossary in the order of its words as the page shows them (translated, or Swedish where not yet). */
export function glossaryPage(site: Site, { lang, intl }: Pick<PageLang, 'lang' | 'intl'>) {
  const shown = (term: string) => contentText(site, lang, term);
  return {
    terms: [...site.glossary].sort((a, b) => shown(a.data.term).localeCompare(shown(b.data.term), intl)),
    statuses: site.statuses,
  };
}

/** Only the glossary words Insyn has written an easy-read text for; the rest are on /ordlista/. */
export function easyGlossaryPage(site: Site, easy: EasyTexts) {
  const words = site.glossary.flatMap((g) => {
    const text = easy.words.get(g.id);
    return text ? [{ id: g.id, term: g.data.term, text }] : [];
  });
  const statuses = site.statuses.map((status) => ({ status, text: easy.words.get(status.id) }));
  const unknown = easy.words.get(UNKNOWN_STATUS);
  return {
    statuses,
    /** the site's own status word "Okänd": no source gives a status */
    unknown,
    words,
    reviews: reviewsOf([...statuses.map((s) => s.text), unknown, ...words.map((w) => w.text)]),
  };
}
