/**
 * /flode.xml, /en/flode.xml, /ar/flode.xml: everything new, newest first, told in each full
 * locale and linking to its pages (what is in it: src/lib/feed/items.ts).
 */
import type { APIRoute } from 'astro';
import { site } from '../../lib/site/astro-site.ts';
import { feedItems, feedLanguage, feedPathIn } from '../../lib/feed/items.ts';
import { feedResponse } from '../../lib/feed/response.ts';
import { languageOfPath, withLocales } from '../../i18n/languages.ts';
import { feedPath } from '../../lib/urls/paths.ts';

export const getStaticPaths = () => withLocales();

export const GET: APIRoute = ({ site: url, url: self }) => {
  const id = languageOfPath(self.pathname);
  const language = feedLanguage(id, site);
  return feedResponse({
    site: url!,
    path: feedPathIn(id, feedPath()),
    title: language.t.feed.title,
    description: language.t.feed.description,
    language: language.t.feed.language,
    items: feedItems(site, language),
  });
};
